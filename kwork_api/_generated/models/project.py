"""Project: A project (buyer request) on the exchange.

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
        "name",
        "description",
        "price_limit",
        "possible_price_limit",
        "offers",
        "user_id",
        "is_active",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class Project(KworkModel):
    """A project (buyer request) on the exchange.

    Attributes:
        id: Project id.
        name: Project title.
        description: What the buyer needs.
        price_limit: Budget ceiling set by the buyer, in roubles.
        possible_price_limit: Highest price the buyer would accept for a good offer.
        offers: Number of offers sent so far.
        user_id: Id of the buyer.
        is_active: True while the project accepts offers.
    """

    id: int
    name: str | None = None
    description: str | None = None
    price_limit: float | None = None
    possible_price_limit: float | None = None
    offers: int | None = None
    user_id: int | None = None
    is_active: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("name", "name", "str | None"),
        ("description", "description", "str | None"),
        ("price_limit", "price_limit", "float | None"),
        ("possible_price_limit", "possible_price_limit", "float | None"),
        ("offers", "offers", "int | None"),
        ("user_id", "user_id", "int | None"),
        ("is_active", "is_active", "bool | None"),
    )

    @property
    def budget(self) -> float | None:
        """Same as `price_limit`."""
        return self.price_limit

    @property
    def bids_count(self) -> int | None:
        """Same as `offers`."""
        return self.offers

    @staticmethod
    def _from_wire(d: Any, where: str = "Project") -> Project:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_id = g("id")
        if f_id.__class__ is not int:
            f_id = _c.to_int(f_id, "Project.id")
            if f_id is None:
                raise _c.missing("Project.id")
        f_name = g("name")
        if f_name is not None and f_name.__class__ is not str:
            f_name = _c.to_str(f_name, "Project.name")
        f_description = g("description")
        if f_description is not None and f_description.__class__ is not str:
            f_description = _c.to_str(f_description, "Project.description")
        f_price_limit = g("price_limit")
        if f_price_limit is not None and f_price_limit.__class__ is not float:
            f_price_limit = _c.to_float(f_price_limit, "Project.price_limit")
        f_possible_price_limit = g("possible_price_limit")
        if f_possible_price_limit is not None and f_possible_price_limit.__class__ is not float:
            f_possible_price_limit = _c.to_float(f_possible_price_limit, "Project.possible_price_limit")
        f_offers = g("offers")
        if f_offers is not None and f_offers.__class__ is not int:
            f_offers = _c.to_int(f_offers, "Project.offers")
        f_user_id = g("user_id")
        if f_user_id is not None and f_user_id.__class__ is not int:
            f_user_id = _c.to_int(f_user_id, "Project.user_id")
        f_is_active = g("is_active")
        if f_is_active is not None and f_is_active.__class__ is not bool:
            f_is_active = _c.to_bool(f_is_active, "Project.is_active")
        extra = d.keys() - _KNOWN
        return Project(
            f_id,
            f_name,
            f_description,
            f_price_limit,
            f_possible_price_limit,
            f_offers,
            f_user_id,
            f_is_active,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
