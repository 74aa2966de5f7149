"""AppNotice: A notice the app shows to users of old versions, such as the end of their support.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "id",
        "title",
        "text",
        "link",
        "lang",
        "show_period_days",
        "min_supported_version",
        "support_end_date",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class AppNotice(KworkModel):
    """A notice the app shows to users of old versions, such as the end of their support.

    Attributes:
        id: Notice id.
        title: Notice title.
        text: Notice text.
        link: URL to open from the notice.
        lang: Language of the notice, such as `ru`.
        show_period_days: How often to show the notice again, in days.
        min_supported_version: Oldest supported version, as the platform's build number (such as
            Android's API level).
        support_end_date: When support of older versions ends (Unix time).
    """

    id: int
    title: str | None = None
    text: str | None = None
    link: str | None = None
    lang: str | None = None
    show_period_days: int | None = None
    min_supported_version: int | None = None
    support_end_date: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("text", "text", "str | None"),
        ("link", "link", "str | None"),
        ("lang", "lang", "str | None"),
        ("show_period_days", "show_period_days", "int | None"),
        ("min_supported_version", "min_supported_version", "int | None"),
        ("support_end_date", "support_end_date", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], AppNotice]]


def _from_wire(
    d: Any,
    where: str = "AppNotice",
    _new: Callable[[type[AppNotice]], AppNotice] = object.__new__,
    _s_id: Callable[[AppNotice, Any], None] = AppNotice.__dict__["id"].__set__,
    _s_title: Callable[[AppNotice, Any], None] = AppNotice.__dict__["title"].__set__,
    _s_text: Callable[[AppNotice, Any], None] = AppNotice.__dict__["text"].__set__,
    _s_link: Callable[[AppNotice, Any], None] = AppNotice.__dict__["link"].__set__,
    _s_lang: Callable[[AppNotice, Any], None] = AppNotice.__dict__["lang"].__set__,
    _s_show_period_days: Callable[[AppNotice, Any], None] = AppNotice.__dict__["show_period_days"].__set__,
    _s_min_supported_version: Callable[[AppNotice, Any], None] = AppNotice.__dict__[
        "min_supported_version"
    ].__set__,
    _s_support_end_date: Callable[[AppNotice, Any], None] = AppNotice.__dict__["support_end_date"].__set__,
    _s_additional_properties: Callable[[AppNotice, Any], None] = AppNotice.__dict__[
        "additional_properties"
    ].__set__,
) -> AppNotice:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "AppNotice.id")
        if f_id is None:
            raise _c.missing("AppNotice.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "AppNotice.title")
    f_text = g("text")
    if f_text is not None and f_text.__class__ is not str:
        f_text = _c.to_str(f_text, "AppNotice.text")
    f_link = g("link")
    if f_link is not None and f_link.__class__ is not str:
        f_link = _c.to_str(f_link, "AppNotice.link")
    f_lang = g("lang")
    if f_lang is not None and f_lang.__class__ is not str:
        f_lang = _c.to_str(f_lang, "AppNotice.lang")
    f_show_period_days = g("show_period_days")
    if f_show_period_days is not None and f_show_period_days.__class__ is not int:
        f_show_period_days = _c.to_int(f_show_period_days, "AppNotice.show_period_days")
    f_min_supported_version = g("min_supported_version")
    if f_min_supported_version is not None and f_min_supported_version.__class__ is not int:
        f_min_supported_version = _c.to_int(f_min_supported_version, "AppNotice.min_supported_version")
    f_support_end_date = g("support_end_date")
    if f_support_end_date is not None and f_support_end_date.__class__ is not int:
        f_support_end_date = _c.to_int(f_support_end_date, "AppNotice.support_end_date")
    o = _new(AppNotice)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_text(o, f_text)
    _s_link(o, f_link)
    _s_lang(o, f_lang)
    _s_show_period_days(o, f_show_period_days)
    _s_min_supported_version(o, f_min_supported_version)
    _s_support_end_date(o, f_support_end_date)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


AppNotice._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
