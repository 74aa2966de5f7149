"""CancellationReason: A reason offered for cancelling an order, with finer subtypes.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import cancellation_subreason as _m_cancellation_subreason

if TYPE_CHECKING:
    from .cancellation_subreason import CancellationSubreason

_KNOWN = frozenset(
    {
        "id",
        "title",
        "commentRequired",
        "hide_worker_kwork_by_default",
        "is_arbitrage_popup_available",
        "subtypes",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CancellationReason(KworkModel):
    """A reason offered for cancelling an order, with finer subtypes.

    Attributes:
        id: Reason code; send it as `reason_type` when cancelling.
        title: Reason text.
        comment_required: True when the reason takes a comment. Wire name: `commentRequired`.
        hide_worker_kwork_by_default: True when the app ticks "hide this freelancer's kworks"
            for this reason by default.
        is_arbitrage_popup_available: True when the app suggests arbitration instead of
            cancelling for this reason.
        subtypes: Finer reasons under this one.
    """

    id: str
    title: str | None = None
    comment_required: bool | None = None
    hide_worker_kwork_by_default: bool | None = None
    is_arbitrage_popup_available: bool | None = None
    subtypes: list[CancellationSubreason] | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "str"),
        ("title", "title", "str | None"),
        ("comment_required", "commentRequired", "bool | None"),
        ("hide_worker_kwork_by_default", "hide_worker_kwork_by_default", "bool | None"),
        ("is_arbitrage_popup_available", "is_arbitrage_popup_available", "bool | None"),
        ("subtypes", "subtypes", "list[CancellationSubreason] | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "CancellationReason") -> CancellationReason:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not str:
            f_id = _c.to_str(f_id, "CancellationReason.id")
            if f_id is None:
                raise _c.missing("CancellationReason.id")
        f_title = g("title")
        if f_title is not None and f_title.__class__ is not str:
            f_title = _c.to_str(f_title, "CancellationReason.title")
        f_comment_required = g("commentRequired")
        if f_comment_required is not None and f_comment_required.__class__ is not bool:
            f_comment_required = _c.to_bool(f_comment_required, "CancellationReason.comment_required")
        f_hide_worker_kwork_by_default = g("hide_worker_kwork_by_default")
        if (
            f_hide_worker_kwork_by_default is not None
            and f_hide_worker_kwork_by_default.__class__ is not bool
        ):
            f_hide_worker_kwork_by_default = _c.to_bool(
                f_hide_worker_kwork_by_default, "CancellationReason.hide_worker_kwork_by_default"
            )
        f_is_arbitrage_popup_available = g("is_arbitrage_popup_available")
        if (
            f_is_arbitrage_popup_available is not None
            and f_is_arbitrage_popup_available.__class__ is not bool
        ):
            f_is_arbitrage_popup_available = _c.to_bool(
                f_is_arbitrage_popup_available, "CancellationReason.is_arbitrage_popup_available"
            )
        f_subtypes = g("subtypes")
        if f_subtypes is not None:
            f_subtypes = _c.to_list(
                f_subtypes,
                _m_cancellation_subreason.CancellationSubreason._from_wire,
                "CancellationReason.subtypes",
            )
        extra = d.keys() - _KNOWN
        return CancellationReason(
            f_id,
            f_title,
            f_comment_required,
            f_hide_worker_kwork_by_default,
            f_is_arbitrage_popup_available,
            f_subtypes,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
