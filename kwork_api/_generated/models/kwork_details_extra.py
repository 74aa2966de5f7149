"""KworkDetailsExtra: The secondary blocks of a kwork page: related kworks, average scores, recent reviews and the sites of link-building kworks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

from . import kwork as _m_kwork
from . import kwork_link_site as _m_kwork_link_site
from . import kwork_link_sites_table as _m_kwork_link_sites_table
from . import kwork_ratings as _m_kwork_ratings
from . import user_review as _m_user_review

if TYPE_CHECKING:
    from .kwork import Kwork
    from .kwork_link_site import KworkLinkSite
    from .kwork_link_sites_table import KworkLinkSitesTable
    from .kwork_ratings import KworkRatings
    from .user_review import UserReview

_KNOWN = frozenset(
    {
        "recommended_kworks",
        "similar_kworks",
        "other_kworks",
        "reviews_count",
        "kwork_ratings",
        "last_reviews",
        "links_sites",
        "links_sites_v2",
        "links_sites_count",
        "not_available_for_company",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkDetailsExtra(KworkModel):
    """The secondary blocks of a kwork page: related kworks, average scores, recent reviews and the
    sites of link-building kworks.

    Attributes:
        recommended_kworks: Kworks recommended to the viewer.
        similar_kworks: Similar kworks.
        other_kworks: Other kworks of the same freelancer.
        reviews_count: Number of reviews of the kwork.
        kwork_ratings: Average scores of the kwork.
        last_reviews: The latest reviews, up to three.
        links_sites: Sites of a link-building kwork (older list form).
        links_sites_v2: Sites of a link-building kwork, as a table.
        links_sites_count: Number of sites of a link-building kwork.
        not_available_for_company: True when a buyer acting for a company cannot order the
            kwork.
    """

    recommended_kworks: list[Kwork] | None = None
    similar_kworks: list[Kwork] | None = None
    other_kworks: list[Kwork] | None = None
    reviews_count: int | None = None
    kwork_ratings: KworkRatings | None = None
    last_reviews: list[UserReview] | None = None
    links_sites: list[KworkLinkSite] | None = None
    links_sites_v2: KworkLinkSitesTable | None = None
    links_sites_count: int | None = None
    not_available_for_company: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("recommended_kworks", "recommended_kworks", "list[Kwork] | None"),
        ("similar_kworks", "similar_kworks", "list[Kwork] | None"),
        ("other_kworks", "other_kworks", "list[Kwork] | None"),
        ("reviews_count", "reviews_count", "int | None"),
        ("kwork_ratings", "kwork_ratings", "KworkRatings | None"),
        ("last_reviews", "last_reviews", "list[UserReview] | None"),
        ("links_sites", "links_sites", "list[KworkLinkSite] | None"),
        ("links_sites_v2", "links_sites_v2", "KworkLinkSitesTable | None"),
        ("links_sites_count", "links_sites_count", "int | None"),
        ("not_available_for_company", "not_available_for_company", "bool | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "KworkDetailsExtra") -> KworkDetailsExtra:
        if d.__class__ is not dict:
            d = _c.expect_object(d, where)
        g = d.get
        f_recommended_kworks = g("recommended_kworks")
        if f_recommended_kworks is not None:
            f_recommended_kworks = _c.to_list(
                f_recommended_kworks, _m_kwork.Kwork._from_wire, "KworkDetailsExtra.recommended_kworks"
            )
        f_similar_kworks = g("similar_kworks")
        if f_similar_kworks is not None:
            f_similar_kworks = _c.to_list(
                f_similar_kworks, _m_kwork.Kwork._from_wire, "KworkDetailsExtra.similar_kworks"
            )
        f_other_kworks = g("other_kworks")
        if f_other_kworks is not None:
            f_other_kworks = _c.to_list(
                f_other_kworks, _m_kwork.Kwork._from_wire, "KworkDetailsExtra.other_kworks"
            )
        f_reviews_count = g("reviews_count")
        if f_reviews_count is not None and f_reviews_count.__class__ is not int:
            f_reviews_count = _c.to_int(f_reviews_count, "KworkDetailsExtra.reviews_count")
        f_kwork_ratings = g("kwork_ratings")
        if f_kwork_ratings is not None:
            f_kwork_ratings = _c.to_model(
                f_kwork_ratings, _m_kwork_ratings.KworkRatings._from_wire, "KworkDetailsExtra.kwork_ratings"
            )
        f_last_reviews = g("last_reviews")
        if f_last_reviews is not None:
            f_last_reviews = _c.to_list(
                f_last_reviews, _m_user_review.UserReview._from_wire, "KworkDetailsExtra.last_reviews"
            )
        f_links_sites = g("links_sites")
        if f_links_sites is not None:
            f_links_sites = _c.to_list(
                f_links_sites, _m_kwork_link_site.KworkLinkSite._from_wire, "KworkDetailsExtra.links_sites"
            )
        f_links_sites_v2 = g("links_sites_v2")
        if f_links_sites_v2 is not None:
            f_links_sites_v2 = _c.to_model(
                f_links_sites_v2,
                _m_kwork_link_sites_table.KworkLinkSitesTable._from_wire,
                "KworkDetailsExtra.links_sites_v2",
            )
        f_links_sites_count = g("links_sites_count")
        if f_links_sites_count is not None and f_links_sites_count.__class__ is not int:
            f_links_sites_count = _c.to_int(f_links_sites_count, "KworkDetailsExtra.links_sites_count")
        f_not_available_for_company = g("not_available_for_company")
        if f_not_available_for_company is not None and f_not_available_for_company.__class__ is not bool:
            f_not_available_for_company = _c.to_bool(
                f_not_available_for_company, "KworkDetailsExtra.not_available_for_company"
            )
        extra = d.keys() - _KNOWN
        return KworkDetailsExtra(
            f_recommended_kworks,
            f_similar_kworks,
            f_other_kworks,
            f_reviews_count,
            f_kwork_ratings,
            f_last_reviews,
            f_links_sites,
            f_links_sites_v2,
            f_links_sites_count,
            f_not_available_for_company,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
