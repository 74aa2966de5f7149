"""CatalogResponse: A page of the kwork catalog.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import catalog_classifier as _m_catalog_classifier
from . import kwork as _m_kwork
from . import pagination_info as _m_pagination_info

if TYPE_CHECKING:
    from .catalog_classifier import CatalogClassifier
    from .kwork import Kwork
    from .pagination_info import PaginationInfo

_KNOWN = frozenset(
    {
        "kworks",
        "kworks_count",
        "classifiers",
        "paging",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class CatalogResponse(KworkModel):
    """A page of the kwork catalog.

    Attributes:
        kworks: The kworks on this page.
        kworks_count: Number of kworks matching the filters, across all pages.
        classifiers: Classifiers nested in this section, with their kwork counts.
        paging: Where this page sits in the list.
    """

    kworks: list[Kwork] | None = _attrs.field(default=None, hash=False)
    kworks_count: int | None = None
    classifiers: list[CatalogClassifier] | None = _attrs.field(default=None, hash=False)
    paging: PaginationInfo | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("kworks", "kworks", "list[Kwork] | None"),
        ("kworks_count", "kworks_count", "int | None"),
        ("classifiers", "classifiers", "list[CatalogClassifier] | None"),
        ("paging", "paging", "PaginationInfo | None"),
    )

    @property
    def pagination(self) -> PaginationInfo | None:
        """Same as `paging`."""
        return self.paging

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], CatalogResponse]]


def _from_wire(
    d: Any,
    where: str = "CatalogResponse",
    _new: Callable[[type[CatalogResponse]], CatalogResponse] = object.__new__,
    _s_kworks: Callable[[CatalogResponse, Any], None] = CatalogResponse.__dict__["kworks"].__set__,
    _s_kworks_count: Callable[[CatalogResponse, Any], None] = CatalogResponse.__dict__[
        "kworks_count"
    ].__set__,
    _s_classifiers: Callable[[CatalogResponse, Any], None] = CatalogResponse.__dict__["classifiers"].__set__,
    _s_paging: Callable[[CatalogResponse, Any], None] = CatalogResponse.__dict__["paging"].__set__,
    _s_additional_properties: Callable[[CatalogResponse, Any], None] = CatalogResponse.__dict__[
        "additional_properties"
    ].__set__,
) -> CatalogResponse:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_kworks = g("kworks")
    if f_kworks is not None:
        if f_kworks.__class__ is list:
            f_kworks = list(map(_m_kwork.Kwork._from_wire, f_kworks))
        else:
            f_kworks = _c.to_list(f_kworks, _m_kwork.Kwork._from_wire, "CatalogResponse.kworks")
    f_kworks_count = g("kworks_count")
    if f_kworks_count is not None and f_kworks_count.__class__ is not int:
        f_kworks_count = _c.to_int(f_kworks_count, "CatalogResponse.kworks_count")
    f_classifiers = g("classifiers")
    if f_classifiers is not None:
        if f_classifiers.__class__ is list:
            f_classifiers = list(map(_m_catalog_classifier.CatalogClassifier._from_wire, f_classifiers))
        else:
            f_classifiers = _c.to_list(
                f_classifiers,
                _m_catalog_classifier.CatalogClassifier._from_wire,
                "CatalogResponse.classifiers",
            )
    f_paging = g("paging")
    if f_paging is not None:
        f_paging = _c.to_model(
            f_paging, _m_pagination_info.PaginationInfo._from_wire, "CatalogResponse.paging"
        )
    o = _new(CatalogResponse)
    _s_kworks(o, f_kworks)
    _s_kworks_count(o, f_kworks_count)
    _s_classifiers(o, f_classifiers)
    _s_paging(o, f_paging)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


CatalogResponse._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
