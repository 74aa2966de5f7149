"""YescrowPayer: How the buyer pays, as a private person or as a company with a verified legal entity.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import yescrow_company as _m_yescrow_company

if TYPE_CHECKING:
    from .yescrow_company import YescrowCompany

_KNOWN = frozenset(
    {
        "role",
        "company",
        "company_balance",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class YescrowPayer(KworkModel):
    """How the buyer pays, as a private person or as a company with a verified legal entity.

    Attributes:
        role: `0` private person, `1` company.
        company: The company a buyer pays as, and where its verification stands.
        company_balance: Balance of the company account, in roubles; sent by `actor` only.
    """

    role: int | None = None
    company: YescrowCompany | None = None
    company_balance: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("role", "role", "int | None"),
        ("company", "company", "YescrowCompany | None"),
        ("company_balance", "company_balance", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], YescrowPayer]]


def _from_wire(
    d: Any,
    where: str = "YescrowPayer",
    _new: Callable[[type[YescrowPayer]], YescrowPayer] = object.__new__,
    _s_role: Callable[[YescrowPayer, Any], None] = YescrowPayer.__dict__["role"].__set__,
    _s_company: Callable[[YescrowPayer, Any], None] = YescrowPayer.__dict__["company"].__set__,
    _s_company_balance: Callable[[YescrowPayer, Any], None] = YescrowPayer.__dict__[
        "company_balance"
    ].__set__,
    _s_additional_properties: Callable[[YescrowPayer, Any], None] = YescrowPayer.__dict__[
        "additional_properties"
    ].__set__,
) -> YescrowPayer:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_role = g("role")
    if f_role is not None and f_role.__class__ is not int:
        f_role = _c.to_int(f_role, "YescrowPayer.role")
    f_company = g("company")
    if f_company is not None:
        f_company = _c.to_model(
            f_company, _m_yescrow_company.YescrowCompany._from_wire, "YescrowPayer.company"
        )
    f_company_balance = g("company_balance")
    if (
        f_company_balance is not None
        and f_company_balance.__class__ is not float
        and f_company_balance.__class__ is not int
    ):
        f_company_balance = _c.to_float(f_company_balance, "YescrowPayer.company_balance")
    o = _new(YescrowPayer)
    _s_role(o, f_role)
    _s_company(o, f_company)
    _s_company_balance(o, f_company_balance)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


YescrowPayer._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
