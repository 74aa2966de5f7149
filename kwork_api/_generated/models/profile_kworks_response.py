"""ProfileKworksResponse: A page of kworks from one of the user's own lists.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork_card as _m_kwork_card
from . import pagination_info as _m_pagination_info

if TYPE_CHECKING:
    from .kwork_card import KworkCard
    from .pagination_info import PaginationInfo

_KNOWN = frozenset(
    {
        "success",
        "response",
        "paging",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class ProfileKworksResponse(KworkModel):
    """A page of kworks from one of the user's own lists.

    Attributes:
        success: Always true on success.
        response: The kworks on this page.
        paging: Where this page sits in the list.
    """

    success: bool
    response: list[KworkCard] | None = _attrs.field(default=None, hash=False)
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "list[KworkCard] | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def kworks(self) -> list[KworkCard] | None:
        """Same as `response`."""
        return self.response

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], ProfileKworksResponse]]


def _from_wire(
    d: Any,
    where: str = "ProfileKworksResponse",
    _new: Callable[[type[ProfileKworksResponse]], ProfileKworksResponse] = object.__new__,
    _s_success: Callable[[ProfileKworksResponse, Any], None] = ProfileKworksResponse.__dict__[
        "success"
    ].__set__,
    _s_response: Callable[[ProfileKworksResponse, Any], None] = ProfileKworksResponse.__dict__[
        "response"
    ].__set__,
    _s_paging: Callable[[ProfileKworksResponse, Any], None] = ProfileKworksResponse.__dict__[
        "paging"
    ].__set__,
    _s_additional_properties: Callable[[ProfileKworksResponse, Any], None] = ProfileKworksResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> ProfileKworksResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "ProfileKworksResponse.success")
        if f_success is None:
            raise _c.missing("ProfileKworksResponse.success")
    f_response = g("response")
    if f_response is not None:
        if f_response.__class__ is list:
            f_response = list(map(_m_kwork_card.KworkCard._from_wire, f_response))
        else:
            f_response = _c.to_list(
                f_response, _m_kwork_card.KworkCard._from_wire, "ProfileKworksResponse.response"
            )
    f_paging = g("paging")
    if f_paging is not None:
        f_paging = _c.to_model(
            f_paging, _m_pagination_info.PaginationInfo._from_wire, "ProfileKworksResponse.paging"
        )
    o = _new(ProfileKworksResponse)
    _s_success(o, f_success)
    _s_response(o, f_response)
    _s_paging(o, f_paging)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


ProfileKworksResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
