"""ProjectsResponse: A page of exchange projects.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import connects as _m_connects
from . import pagination_info as _m_pagination_info
from . import project as _m_project

if TYPE_CHECKING:
    from .connects import Connects
    from .pagination_info import PaginationInfo
    from .project import Project

_KNOWN = frozenset(
    {
        "success",
        "response",
        "connects",
        "paging",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProjectsResponse(KworkModel):
    """A page of exchange projects.

    Attributes:
        success: Always true on success.
        response: The projects on this page.
        connects: The freelancer's connects balance, when signed in as one.
        paging: Where a page sits in a paged list.
    """

    success: bool
    response: list[Project] | None = _attrs.field(default=None, hash=False)
    connects: Connects | None = None
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "list[Project] | None"),
        ("connects", "connects", "Connects | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def projects(self) -> list[Project] | None:
        """Same as `response`."""
        return self.response

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProjectsResponse]]


def _from_wire(
    d: Any,
    where: str = "ProjectsResponse",
    _new: Callable[[type[ProjectsResponse]], ProjectsResponse] = object.__new__,
    _s_success: Callable[[ProjectsResponse, Any], None] = ProjectsResponse.__dict__["success"].__set__,
    _s_response: Callable[[ProjectsResponse, Any], None] = ProjectsResponse.__dict__["response"].__set__,
    _s_connects: Callable[[ProjectsResponse, Any], None] = ProjectsResponse.__dict__["connects"].__set__,
    _s_paging: Callable[[ProjectsResponse, Any], None] = ProjectsResponse.__dict__["paging"].__set__,
    _s_additional_properties: Callable[[ProjectsResponse, Any], None] = ProjectsResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> ProjectsResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "ProjectsResponse.success")
        if f_success is None:
            raise _c.missing("ProjectsResponse.success")
    f_response = g("response")
    if f_response is not None:
        if f_response.__class__ is list:
            f_response = list(map(_m_project.Project._from_wire, f_response))
        else:
            f_response = _c.to_list(f_response, _m_project.Project._from_wire, "ProjectsResponse.response")
    f_connects = g("connects")
    if f_connects is not None:
        f_connects = _c.to_model(f_connects, _m_connects.Connects._from_wire, "ProjectsResponse.connects")
    f_paging = g("paging")
    if f_paging is not None:
        f_paging = _c.to_model(
            f_paging, _m_pagination_info.PaginationInfo._from_wire, "ProjectsResponse.paging"
        )
    o = _new(ProjectsResponse)
    _s_success(o, f_success)
    _s_response(o, f_response)
    _s_connects(o, f_connects)
    _s_paging(o, f_paging)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProjectsResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
