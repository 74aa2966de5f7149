"""KworkLinkSitesTable: The sites of a link-building kwork, as a table.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_link_site as _m_kwork_link_site

if TYPE_CHECKING:
    from .kwork_link_site import KworkLinkSite

_KNOWN = frozenset(
    {
        "link_headers",
        "links_content",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkLinkSitesTable(KworkModel):
    """The sites of a link-building kwork, as a table.

    Attributes:
        link_headers: Column headers.
        links_content: Rows, one per site.
    """

    link_headers: list[str] | None = _attrs.field(default=None, hash=False)
    links_content: list[KworkLinkSite] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("link_headers", "link_headers", "list[str] | None"),
        ("links_content", "links_content", "list[KworkLinkSite] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkLinkSitesTable]]


def _from_wire(
    d: Any,
    where: str = "KworkLinkSitesTable",
    _new: Callable[[type[KworkLinkSitesTable]], KworkLinkSitesTable] = object.__new__,
    _s_link_headers: Callable[[KworkLinkSitesTable, Any], None] = KworkLinkSitesTable.__dict__[
        "link_headers"
    ].__set__,
    _s_links_content: Callable[[KworkLinkSitesTable, Any], None] = KworkLinkSitesTable.__dict__[
        "links_content"
    ].__set__,
    _s_additional_properties: Callable[[KworkLinkSitesTable, Any], None] = KworkLinkSitesTable.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkLinkSitesTable:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_link_headers = g("link_headers")
    if f_link_headers is not None:
        f_link_headers = _c.to_list(f_link_headers, _c.to_str, "KworkLinkSitesTable.link_headers")
    f_links_content = g("links_content")
    if f_links_content is not None:
        if f_links_content.__class__ is list:
            f_links_content = list(map(_m_kwork_link_site.KworkLinkSite._from_wire, f_links_content))
        else:
            f_links_content = _c.to_list(
                f_links_content,
                _m_kwork_link_site.KworkLinkSite._from_wire,
                "KworkLinkSitesTable.links_content",
            )
    o = _new(KworkLinkSitesTable)
    _s_link_headers(o, f_link_headers)
    _s_links_content(o, f_links_content)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkLinkSitesTable._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
