"""KworkDetailsExtra: The secondary blocks of a kwork page: related kworks, average scores, recent reviews and the sites of link-building kworks.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

    recommended_kworks: list[Kwork] | None = _attrs.field(default=None, hash=False)
    similar_kworks: list[Kwork] | None = _attrs.field(default=None, hash=False)
    other_kworks: list[Kwork] | None = _attrs.field(default=None, hash=False)
    reviews_count: int | None = None
    kwork_ratings: KworkRatings | None = None
    last_reviews: list[UserReview] | None = _attrs.field(default=None, hash=False)
    links_sites: list[KworkLinkSite] | None = _attrs.field(default=None, hash=False)
    links_sites_v2: KworkLinkSitesTable | None = None
    links_sites_count: int | None = None
    not_available_for_company: bool | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
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

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkDetailsExtra]]


def _from_wire(
    d: Any,
    where: str = "KworkDetailsExtra",
    _new: Callable[[type[KworkDetailsExtra]], KworkDetailsExtra] = object.__new__,
    _s_recommended_kworks: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "recommended_kworks"
    ].__set__,
    _s_similar_kworks: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "similar_kworks"
    ].__set__,
    _s_other_kworks: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "other_kworks"
    ].__set__,
    _s_reviews_count: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "reviews_count"
    ].__set__,
    _s_kwork_ratings: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "kwork_ratings"
    ].__set__,
    _s_last_reviews: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "last_reviews"
    ].__set__,
    _s_links_sites: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "links_sites"
    ].__set__,
    _s_links_sites_v2: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "links_sites_v2"
    ].__set__,
    _s_links_sites_count: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "links_sites_count"
    ].__set__,
    _s_not_available_for_company: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "not_available_for_company"
    ].__set__,
    _s_additional_properties: Callable[[KworkDetailsExtra, Any], None] = KworkDetailsExtra.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkDetailsExtra:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_recommended_kworks = g("recommended_kworks")
    if f_recommended_kworks is not None:
        if f_recommended_kworks.__class__ is list:
            f_recommended_kworks = list(map(_m_kwork.Kwork._from_wire, f_recommended_kworks))
        else:
            f_recommended_kworks = _c.to_list(
                f_recommended_kworks, _m_kwork.Kwork._from_wire, "KworkDetailsExtra.recommended_kworks"
            )
    f_similar_kworks = g("similar_kworks")
    if f_similar_kworks is not None:
        if f_similar_kworks.__class__ is list:
            f_similar_kworks = list(map(_m_kwork.Kwork._from_wire, f_similar_kworks))
        else:
            f_similar_kworks = _c.to_list(
                f_similar_kworks, _m_kwork.Kwork._from_wire, "KworkDetailsExtra.similar_kworks"
            )
    f_other_kworks = g("other_kworks")
    if f_other_kworks is not None:
        if f_other_kworks.__class__ is list:
            f_other_kworks = list(map(_m_kwork.Kwork._from_wire, f_other_kworks))
        else:
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
        if f_last_reviews.__class__ is list:
            f_last_reviews = list(map(_m_user_review.UserReview._from_wire, f_last_reviews))
        else:
            f_last_reviews = _c.to_list(
                f_last_reviews, _m_user_review.UserReview._from_wire, "KworkDetailsExtra.last_reviews"
            )
    f_links_sites = g("links_sites")
    if f_links_sites is not None:
        if f_links_sites.__class__ is list:
            f_links_sites = list(map(_m_kwork_link_site.KworkLinkSite._from_wire, f_links_sites))
        else:
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
    o = _new(KworkDetailsExtra)
    _s_recommended_kworks(o, f_recommended_kworks)
    _s_similar_kworks(o, f_similar_kworks)
    _s_other_kworks(o, f_other_kworks)
    _s_reviews_count(o, f_reviews_count)
    _s_kwork_ratings(o, f_kwork_ratings)
    _s_last_reviews(o, f_last_reviews)
    _s_links_sites(o, f_links_sites)
    _s_links_sites_v2(o, f_links_sites_v2)
    _s_links_sites_count(o, f_links_sites_count)
    _s_not_available_for_company(o, f_not_available_for_company)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkDetailsExtra._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
