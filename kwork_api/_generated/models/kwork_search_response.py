"""KworkSearchResponse: A page of kwork search results.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import catalog_classifier as _m_catalog_classifier
from . import kwork_card_with_level as _m_kwork_card_with_level
from . import pagination_info as _m_pagination_info
from . import search_category_count as _m_search_category_count

if TYPE_CHECKING:
    from .catalog_classifier import CatalogClassifier
    from .kwork_card_with_level import KworkCardWithLevel
    from .pagination_info import PaginationInfo
    from .search_category_count import SearchCategoryCount

_KNOWN = frozenset(
    {
        "success",
        "response",
        "searchCategories",
        "classifiers",
        "paging",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkSearchResponse(KworkModel):
    """A page of kwork search results.

    Attributes:
        success: Always true on success.
        response: The kworks on this page.
        search_categories: Categories the matches fall in. Wire name: `searchCategories`.
        classifiers: Classifiers the matches fall in.
        paging: Where this page sits in the list.
    """

    success: bool
    response: list[KworkCardWithLevel] | None = _attrs.field(default=None, hash=False)
    search_categories: list[SearchCategoryCount] | None = _attrs.field(default=None, hash=False)
    classifiers: list[CatalogClassifier] | None = _attrs.field(default=None, hash=False)
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("success", "success", "bool"),
        ("response", "response", "list[KworkCardWithLevel] | None"),
        ("search_categories", "searchCategories", "list[SearchCategoryCount] | None"),
        ("classifiers", "classifiers", "list[CatalogClassifier] | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def kworks(self) -> list[KworkCardWithLevel] | None:
        """Same as `response`."""
        return self.response

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkSearchResponse]]


def _from_wire(
    d: Any,
    where: str = "KworkSearchResponse",
    _new: Callable[[type[KworkSearchResponse]], KworkSearchResponse] = object.__new__,
    _s_success: Callable[[KworkSearchResponse, Any], None] = KworkSearchResponse.__dict__["success"].__set__,
    _s_response: Callable[[KworkSearchResponse, Any], None] = KworkSearchResponse.__dict__[
        "response"
    ].__set__,
    _s_search_categories: Callable[[KworkSearchResponse, Any], None] = KworkSearchResponse.__dict__[
        "search_categories"
    ].__set__,
    _s_classifiers: Callable[[KworkSearchResponse, Any], None] = KworkSearchResponse.__dict__[
        "classifiers"
    ].__set__,
    _s_paging: Callable[[KworkSearchResponse, Any], None] = KworkSearchResponse.__dict__["paging"].__set__,
    _s_additional_properties: Callable[[KworkSearchResponse, Any], None] = KworkSearchResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkSearchResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_success = g("success")
    if f_success.__class__ is not bool:
        f_success = _c.to_bool(f_success, "KworkSearchResponse.success")
        if f_success is None:
            raise _c.missing("KworkSearchResponse.success")
    f_response = g("response")
    if f_response is not None:
        if f_response.__class__ is list:
            f_response = list(map(_m_kwork_card_with_level.KworkCardWithLevel._from_wire, f_response))
        else:
            f_response = _c.to_list(
                f_response,
                _m_kwork_card_with_level.KworkCardWithLevel._from_wire,
                "KworkSearchResponse.response",
            )
    f_search_categories = g("searchCategories")
    if f_search_categories is not None:
        if f_search_categories.__class__ is list:
            f_search_categories = list(
                map(_m_search_category_count.SearchCategoryCount._from_wire, f_search_categories)
            )
        else:
            f_search_categories = _c.to_list(
                f_search_categories,
                _m_search_category_count.SearchCategoryCount._from_wire,
                "KworkSearchResponse.search_categories",
            )
    f_classifiers = g("classifiers")
    if f_classifiers is not None:
        if f_classifiers.__class__ is list:
            f_classifiers = list(map(_m_catalog_classifier.CatalogClassifier._from_wire, f_classifiers))
        else:
            f_classifiers = _c.to_list(
                f_classifiers,
                _m_catalog_classifier.CatalogClassifier._from_wire,
                "KworkSearchResponse.classifiers",
            )
    f_paging = g("paging")
    if f_paging is not None:
        f_paging = _c.to_model(
            f_paging, _m_pagination_info.PaginationInfo._from_wire, "KworkSearchResponse.paging"
        )
    o = _new(KworkSearchResponse)
    _s_success(o, f_success)
    _s_response(o, f_response)
    _s_search_categories(o, f_search_categories)
    _s_classifiers(o, f_classifiers)
    _s_paging(o, f_paging)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkSearchResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
