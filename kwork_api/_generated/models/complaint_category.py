"""ComplaintCategory: A reason for a complaint; top levels hold more specific reasons.

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
        "commentRequired",
        "isFileUploaderNotAuth",
        "hasNotification",
        "subCategories",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ComplaintCategory(KworkModel):
    """A reason for a complaint; top levels hold more specific reasons.

    Attributes:
        id: Complaint category id.
        title: Category title.
        comment_required: True when a complaint in this category must carry a comment. Wire
            name: `commentRequired`.
        is_file_uploader_not_auth: True when files may be attached to the complaint. Wire name:
            `isFileUploaderNotAuth`.
        has_notification: True when the app shows an explanatory notice for this category. Wire
            name: `hasNotification`.
        sub_categories: More specific reasons under this one. Wire name: `subCategories`.
    """

    id: int
    title: str | None = None
    comment_required: bool | None = None
    is_file_uploader_not_auth: bool | None = None
    has_notification: bool | None = None
    sub_categories: list[ComplaintCategory] | None = _attrs.field(default=None, hash=False)
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("comment_required", "commentRequired", "bool | None"),
        ("is_file_uploader_not_auth", "isFileUploaderNotAuth", "bool | None"),
        ("has_notification", "hasNotification", "bool | None"),
        ("sub_categories", "subCategories", "list[ComplaintCategory] | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ComplaintCategory]]


def _from_wire(
    d: Any,
    where: str = "ComplaintCategory",
    _new: Callable[[type[ComplaintCategory]], ComplaintCategory] = object.__new__,
    _s_id: Callable[[ComplaintCategory, Any], None] = ComplaintCategory.__dict__["id"].__set__,
    _s_title: Callable[[ComplaintCategory, Any], None] = ComplaintCategory.__dict__["title"].__set__,
    _s_comment_required: Callable[[ComplaintCategory, Any], None] = ComplaintCategory.__dict__[
        "comment_required"
    ].__set__,
    _s_is_file_uploader_not_auth: Callable[[ComplaintCategory, Any], None] = ComplaintCategory.__dict__[
        "is_file_uploader_not_auth"
    ].__set__,
    _s_has_notification: Callable[[ComplaintCategory, Any], None] = ComplaintCategory.__dict__[
        "has_notification"
    ].__set__,
    _s_sub_categories: Callable[[ComplaintCategory, Any], None] = ComplaintCategory.__dict__[
        "sub_categories"
    ].__set__,
    _s_additional_properties: Callable[[ComplaintCategory, Any], None] = ComplaintCategory.__dict__[
        "additional_properties"
    ].__set__,
) -> ComplaintCategory:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "ComplaintCategory.id")
        if f_id is None:
            raise _c.missing("ComplaintCategory.id")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "ComplaintCategory.title")
    f_comment_required = g("commentRequired")
    if f_comment_required is not None and f_comment_required.__class__ is not bool:
        f_comment_required = _c.to_bool(f_comment_required, "ComplaintCategory.comment_required")
    f_is_file_uploader_not_auth = g("isFileUploaderNotAuth")
    if f_is_file_uploader_not_auth is not None and f_is_file_uploader_not_auth.__class__ is not bool:
        f_is_file_uploader_not_auth = _c.to_bool(
            f_is_file_uploader_not_auth, "ComplaintCategory.is_file_uploader_not_auth"
        )
    f_has_notification = g("hasNotification")
    if f_has_notification is not None and f_has_notification.__class__ is not bool:
        f_has_notification = _c.to_bool(f_has_notification, "ComplaintCategory.has_notification")
    f_sub_categories = g("subCategories")
    if f_sub_categories is not None:
        if f_sub_categories.__class__ is list:
            f_sub_categories = list(map(ComplaintCategory._from_wire, f_sub_categories))
        else:
            f_sub_categories = _c.to_list(
                f_sub_categories, ComplaintCategory._from_wire, "ComplaintCategory.sub_categories"
            )
    o = _new(ComplaintCategory)
    _s_id(o, f_id)
    _s_title(o, f_title)
    _s_comment_required(o, f_comment_required)
    _s_is_file_uploader_not_auth(o, f_is_file_uploader_not_auth)
    _s_has_notification(o, f_has_notification)
    _s_sub_categories(o, f_sub_categories)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ComplaintCategory._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
