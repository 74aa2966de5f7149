"""ComplaintCategory: A reason for a complaint; top levels hold more specific reasons.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    sub_categories: list[ComplaintCategory] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("title", "title", "str | None"),
        ("comment_required", "commentRequired", "bool | None"),
        ("is_file_uploader_not_auth", "isFileUploaderNotAuth", "bool | None"),
        ("has_notification", "hasNotification", "bool | None"),
        ("sub_categories", "subCategories", "list[ComplaintCategory] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "ComplaintCategory") -> ComplaintCategory:
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
            f_sub_categories = _c.to_list(
                f_sub_categories, ComplaintCategory._from_wire, "ComplaintCategory.sub_categories"
            )
        extra = d.keys() - _KNOWN
        return ComplaintCategory(
            f_id,
            f_title,
            f_comment_required,
            f_is_file_uploader_not_auth,
            f_has_notification,
            f_sub_categories,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
