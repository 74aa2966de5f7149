"""KworkChannelStats: Statistics of the channel a kwork promotes.

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
        "participants_count",
        "avg_post_reach",
        "err_percent",
        "mentions_count",
        "price_per_thousand",
        "posts_per_day",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class KworkChannelStats(KworkModel):
    """Statistics of the channel a kwork promotes.

    Attributes:
        participants_count: Subscribers.
        avg_post_reach: Average views per post.
        err_percent: Engagement rate, in percent.
        mentions_count: Number of mentions.
        price_per_thousand: Price per 1,000 views, in the kwork's currency (roubles for `ru`
            kworks, dollars for `en`).
        posts_per_day: Posts per day.
    """

    participants_count: int | None = None
    avg_post_reach: int | None = None
    err_percent: float | None = None
    mentions_count: int | None = None
    price_per_thousand: float | None = None
    posts_per_day: float | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("participants_count", "participants_count", "int | None"),
        ("avg_post_reach", "avg_post_reach", "int | None"),
        ("err_percent", "err_percent", "float | None"),
        ("mentions_count", "mentions_count", "int | None"),
        ("price_per_thousand", "price_per_thousand", "float | None"),
        ("posts_per_day", "posts_per_day", "float | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], KworkChannelStats]]


def _from_wire(
    d: Any,
    where: str = "KworkChannelStats",
    _new: Callable[[type[KworkChannelStats]], KworkChannelStats] = object.__new__,
    _s_participants_count: Callable[[KworkChannelStats, Any], None] = KworkChannelStats.__dict__[
        "participants_count"
    ].__set__,
    _s_avg_post_reach: Callable[[KworkChannelStats, Any], None] = KworkChannelStats.__dict__[
        "avg_post_reach"
    ].__set__,
    _s_err_percent: Callable[[KworkChannelStats, Any], None] = KworkChannelStats.__dict__[
        "err_percent"
    ].__set__,
    _s_mentions_count: Callable[[KworkChannelStats, Any], None] = KworkChannelStats.__dict__[
        "mentions_count"
    ].__set__,
    _s_price_per_thousand: Callable[[KworkChannelStats, Any], None] = KworkChannelStats.__dict__[
        "price_per_thousand"
    ].__set__,
    _s_posts_per_day: Callable[[KworkChannelStats, Any], None] = KworkChannelStats.__dict__[
        "posts_per_day"
    ].__set__,
    _s_additional_properties: Callable[[KworkChannelStats, Any], None] = KworkChannelStats.__dict__[
        "additional_properties"
    ].__set__,
) -> KworkChannelStats:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_participants_count = g("participants_count")
    if f_participants_count is not None and f_participants_count.__class__ is not int:
        f_participants_count = _c.to_int(f_participants_count, "KworkChannelStats.participants_count")
    f_avg_post_reach = g("avg_post_reach")
    if f_avg_post_reach is not None and f_avg_post_reach.__class__ is not int:
        f_avg_post_reach = _c.to_int(f_avg_post_reach, "KworkChannelStats.avg_post_reach")
    f_err_percent = g("err_percent")
    if (
        f_err_percent is not None
        and f_err_percent.__class__ is not float
        and f_err_percent.__class__ is not int
    ):
        f_err_percent = _c.to_float(f_err_percent, "KworkChannelStats.err_percent")
    f_mentions_count = g("mentions_count")
    if f_mentions_count is not None and f_mentions_count.__class__ is not int:
        f_mentions_count = _c.to_int(f_mentions_count, "KworkChannelStats.mentions_count")
    f_price_per_thousand = g("price_per_thousand")
    if (
        f_price_per_thousand is not None
        and f_price_per_thousand.__class__ is not float
        and f_price_per_thousand.__class__ is not int
    ):
        f_price_per_thousand = _c.to_float(f_price_per_thousand, "KworkChannelStats.price_per_thousand")
    f_posts_per_day = g("posts_per_day")
    if (
        f_posts_per_day is not None
        and f_posts_per_day.__class__ is not float
        and f_posts_per_day.__class__ is not int
    ):
        f_posts_per_day = _c.to_float(f_posts_per_day, "KworkChannelStats.posts_per_day")
    o = _new(KworkChannelStats)
    _s_participants_count(o, f_participants_count)
    _s_avg_post_reach(o, f_avg_post_reach)
    _s_err_percent(o, f_err_percent)
    _s_mentions_count(o, f_mentions_count)
    _s_price_per_thousand(o, f_price_per_thousand)
    _s_posts_per_day(o, f_posts_per_day)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


KworkChannelStats._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
