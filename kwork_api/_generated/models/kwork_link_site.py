"""KworkLinkSite: A site in a link-building kwork's table: a site where the seller places links, or a site or domain offered for sale. Metrics are sent as display text.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "name",
        "sqi",
        "moz_domain_authority",
        "moz_spam_score",
        "majestic_citation_flow",
        "trust",
        "spam",
        "language",
        "traffic",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkLinkSite(KworkModel):
    """A site in a link-building kwork's table: a site where the seller places links, or a site or
    domain offered for sale. Metrics are sent as display text.

    Attributes:
        name: Site or domain name.
        sqi: Yandex site quality index (IKS).
        moz_domain_authority: Moz Domain Authority.
        moz_spam_score: Moz Spam Score.
        majestic_citation_flow: Majestic Citation Flow.
        trust: Trust score.
        spam: Spam score.
        language: Language of the site.
        traffic: Site traffic.
    """

    name: str | None = None
    sqi: str | None = None
    moz_domain_authority: str | None = None
    moz_spam_score: str | None = None
    majestic_citation_flow: str | None = None
    trust: str | None = None
    spam: str | None = None
    language: str | None = None
    traffic: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("name", "name", "str | None"),
        ("sqi", "sqi", "str | None"),
        ("moz_domain_authority", "moz_domain_authority", "str | None"),
        ("moz_spam_score", "moz_spam_score", "str | None"),
        ("majestic_citation_flow", "majestic_citation_flow", "str | None"),
        ("trust", "trust", "str | None"),
        ("spam", "spam", "str | None"),
        ("language", "language", "str | None"),
        ("traffic", "traffic", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkLinkSite]]


def _from_wire(
    d: Any,
    where: str = "KworkLinkSite",
    _new: Callable[[type[KworkLinkSite]], KworkLinkSite] = object.__new__,
    _s_name: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__["name"].__set__,
    _s_sqi: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__["sqi"].__set__,
    _s_moz_domain_authority: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__[
        "moz_domain_authority"
    ].__set__,
    _s_moz_spam_score: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__[
        "moz_spam_score"
    ].__set__,
    _s_majestic_citation_flow: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__[
        "majestic_citation_flow"
    ].__set__,
    _s_trust: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__["trust"].__set__,
    _s_spam: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__["spam"].__set__,
    _s_language: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__["language"].__set__,
    _s_traffic: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__["traffic"].__set__,
    _s_additional_properties: Callable[[KworkLinkSite, Any], None] = KworkLinkSite.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkLinkSite:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_name = g("name")
    if f_name is not None and f_name.__class__ is not str:
        f_name = _c.to_str(f_name, "KworkLinkSite.name")
    f_sqi = g("sqi")
    if f_sqi is not None and f_sqi.__class__ is not str:
        f_sqi = _c.to_str(f_sqi, "KworkLinkSite.sqi")
    f_moz_domain_authority = g("moz_domain_authority")
    if f_moz_domain_authority is not None and f_moz_domain_authority.__class__ is not str:
        f_moz_domain_authority = _c.to_str(f_moz_domain_authority, "KworkLinkSite.moz_domain_authority")
    f_moz_spam_score = g("moz_spam_score")
    if f_moz_spam_score is not None and f_moz_spam_score.__class__ is not str:
        f_moz_spam_score = _c.to_str(f_moz_spam_score, "KworkLinkSite.moz_spam_score")
    f_majestic_citation_flow = g("majestic_citation_flow")
    if f_majestic_citation_flow is not None and f_majestic_citation_flow.__class__ is not str:
        f_majestic_citation_flow = _c.to_str(f_majestic_citation_flow, "KworkLinkSite.majestic_citation_flow")
    f_trust = g("trust")
    if f_trust is not None and f_trust.__class__ is not str:
        f_trust = _c.to_str(f_trust, "KworkLinkSite.trust")
    f_spam = g("spam")
    if f_spam is not None and f_spam.__class__ is not str:
        f_spam = _c.to_str(f_spam, "KworkLinkSite.spam")
    f_language = g("language")
    if f_language is not None and f_language.__class__ is not str:
        f_language = _c.to_str(f_language, "KworkLinkSite.language")
    f_traffic = g("traffic")
    if f_traffic is not None and f_traffic.__class__ is not str:
        f_traffic = _c.to_str(f_traffic, "KworkLinkSite.traffic")
    o = _new(KworkLinkSite)
    _s_name(o, f_name)
    _s_sqi(o, f_sqi)
    _s_moz_domain_authority(o, f_moz_domain_authority)
    _s_moz_spam_score(o, f_moz_spam_score)
    _s_majestic_citation_flow(o, f_majestic_citation_flow)
    _s_trust(o, f_trust)
    _s_spam(o, f_spam)
    _s_language(o, f_language)
    _s_traffic(o, f_traffic)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkLinkSite._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
