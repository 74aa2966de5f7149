"""ProjectOffer: An offer a freelancer sent to a buyer's project.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import project as _m_project

if TYPE_CHECKING:
    from .project import Project

_KNOWN = frozenset(
    {
        "id",
        "status",
        "title",
        "comment",
        "price",
        "duration",
        "date_create",
        "is_actual",
        "is_read",
        "want_id",
        "order_id",
        "kwork_id",
        "project",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProjectOffer(KworkModel):
    """An offer a freelancer sent to a buyer's project.

    Attributes:
        id: Offer id.
        status: Offer status code, such as `active`.
        title: Title of the offered work.
        comment: The freelancer's message to the buyer.
        price: Offered price, in the account's currency.
        duration: Offered delivery time, in days.
        date_create: When the offer was sent (Unix time).
        is_actual: True while the offer still stands (the project is open and the offer not
            withdrawn).
        is_read: True once the buyer has read the offer.
        want_id: Id of the project the offer answers.
        order_id: Id of the order made from the offer, once the buyer accepted it.
        kwork_id: Id of the kwork offered, when the offer is based on one.
        project: A project (buyer request) on the exchange, as a freelancer sees it.
    """

    id: int
    status: str | None = None
    title: str | None = None
    comment: str | None = None
    price: float | None = None
    duration: int | None = None
    date_create: int | None = None
    is_actual: bool | None = None
    is_read: bool | None = None
    want_id: int | None = None
    order_id: int | None = None
    kwork_id: int | None = None
    project: Project | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("status", "status", "str | None"),
        ("title", "title", "str | None"),
        ("comment", "comment", "str | None"),
        ("price", "price", "float | None"),
        ("duration", "duration", "int | None"),
        ("date_create", "date_create", "int | None"),
        ("is_actual", "is_actual", "bool | None"),
        ("is_read", "is_read", "bool | None"),
        ("want_id", "want_id", "int | None"),
        ("order_id", "order_id", "int | None"),
        ("kwork_id", "kwork_id", "int | None"),
        ("project", "project", "Project | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProjectOffer]]


def _from_wire(
    d: Any,
    where: str = "ProjectOffer",
    _new: Callable[[type[ProjectOffer]], ProjectOffer] = object.__new__,
    _s_id: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["id"].__set__,
    _s_status: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["status"].__set__,
    _s_title: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["title"].__set__,
    _s_comment: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["comment"].__set__,
    _s_price: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["price"].__set__,
    _s_duration: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["duration"].__set__,
    _s_date_create: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["date_create"].__set__,
    _s_is_actual: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["is_actual"].__set__,
    _s_is_read: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["is_read"].__set__,
    _s_want_id: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["want_id"].__set__,
    _s_order_id: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["order_id"].__set__,
    _s_kwork_id: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["kwork_id"].__set__,
    _s_project: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__["project"].__set__,
    _s_additional_properties: Callable[[ProjectOffer, Any], None] = ProjectOffer.__dict__[
        "additional_properties"
    ].__set__,
) -> ProjectOffer:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "ProjectOffer.id")
        if f_id is None:
            raise _c.missing("ProjectOffer.id")
    f_status = g("status")
    if f_status is not None and f_status.__class__ is not str:
        f_status = _c.to_str(f_status, "ProjectOffer.status")
    f_title = g("title")
    if f_title is not None and f_title.__class__ is not str:
        f_title = _c.to_str(f_title, "ProjectOffer.title")
    f_comment = g("comment")
    if f_comment is not None and f_comment.__class__ is not str:
        f_comment = _c.to_str(f_comment, "ProjectOffer.comment")
    f_price = g("price")
    if f_price is not None and f_price.__class__ is not float and f_price.__class__ is not int:
        f_price = _c.to_float(f_price, "ProjectOffer.price")
    f_duration = g("duration")
    if f_duration is not None and f_duration.__class__ is not int:
        f_duration = _c.to_int(f_duration, "ProjectOffer.duration")
    f_date_create = g("date_create")
    if f_date_create is not None and f_date_create.__class__ is not int:
        f_date_create = _c.to_int(f_date_create, "ProjectOffer.date_create")
    f_is_actual = g("is_actual")
    if f_is_actual is not None and f_is_actual.__class__ is not bool:
        f_is_actual = _c.to_bool(f_is_actual, "ProjectOffer.is_actual")
    f_is_read = g("is_read")
    if f_is_read is not None and f_is_read.__class__ is not bool:
        f_is_read = _c.to_bool(f_is_read, "ProjectOffer.is_read")
    f_want_id = g("want_id")
    if f_want_id is not None and f_want_id.__class__ is not int:
        f_want_id = _c.to_int(f_want_id, "ProjectOffer.want_id")
    f_order_id = g("order_id")
    if f_order_id is not None and f_order_id.__class__ is not int:
        f_order_id = _c.to_int(f_order_id, "ProjectOffer.order_id")
    f_kwork_id = g("kwork_id")
    if f_kwork_id is not None and f_kwork_id.__class__ is not int:
        f_kwork_id = _c.to_int(f_kwork_id, "ProjectOffer.kwork_id")
    f_project = g("project")
    if f_project is not None:
        f_project = _c.to_model(f_project, _m_project.Project._from_wire, "ProjectOffer.project")
    o = _new(ProjectOffer)
    _s_id(o, f_id)
    _s_status(o, f_status)
    _s_title(o, f_title)
    _s_comment(o, f_comment)
    _s_price(o, f_price)
    _s_duration(o, f_duration)
    _s_date_create(o, f_date_create)
    _s_is_actual(o, f_is_actual)
    _s_is_read(o, f_is_read)
    _s_want_id(o, f_want_id)
    _s_order_id(o, f_order_id)
    _s_kwork_id(o, f_kwork_id)
    _s_project(o, f_project)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProjectOffer._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
