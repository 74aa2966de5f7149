"""YescrowApplicants: The user's applications to work or pay as a business (self-employed, sole trader or company).

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import yescrow_application as _m_yescrow_application

if TYPE_CHECKING:
    from .yescrow_application import YescrowApplication

_KNOWN = frozenset(
    {
        "worker",
        "payer",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class YescrowApplicants(KworkModel):
    """The user's applications to work or pay as a business (self-employed, sole trader or company).

    Attributes:
        worker: One application to work or pay as a business, and its review status.
        payer: One application to work or pay as a business, and its review status.
    """

    worker: YescrowApplication | None = None
    payer: YescrowApplication | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("worker", "worker", "YescrowApplication | None"),
        ("payer", "payer", "YescrowApplication | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], YescrowApplicants]]


def _from_wire(
    d: Any,
    where: str = "YescrowApplicants",
    _new: Callable[[type[YescrowApplicants]], YescrowApplicants] = object.__new__,
    _s_worker: Callable[[YescrowApplicants, Any], None] = YescrowApplicants.__dict__["worker"].__set__,
    _s_payer: Callable[[YescrowApplicants, Any], None] = YescrowApplicants.__dict__["payer"].__set__,
    _s_additional_properties: Callable[[YescrowApplicants, Any], None] = YescrowApplicants.__dict__[
        "additional_properties"
    ].__set__,
) -> YescrowApplicants:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_worker = g("worker")
    if f_worker is not None:
        f_worker = _c.to_model(
            f_worker, _m_yescrow_application.YescrowApplication._from_wire, "YescrowApplicants.worker"
        )
    f_payer = g("payer")
    if f_payer is not None:
        f_payer = _c.to_model(
            f_payer, _m_yescrow_application.YescrowApplication._from_wire, "YescrowApplicants.payer"
        )
    o = _new(YescrowApplicants)
    _s_worker(o, f_worker)
    _s_payer(o, f_payer)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


YescrowApplicants._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
