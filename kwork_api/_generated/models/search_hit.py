"""SearchHit: Where a searched text was found.

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
        "id",
        "conversation_id",
        "phrase",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class SearchHit(KworkModel):
    """Where a searched text was found.

    Attributes:
        id: Id of the message or track found.
        conversation_id: Entry id of it in the dialog feed.
        phrase: The phrase that matched.
    """

    id: int | None = None
    conversation_id: int | None = None
    phrase: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("conversation_id", "conversation_id", "int | None"),
        ("phrase", "phrase", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], SearchHit]]


def _from_wire(
    d: Any,
    where: str = "SearchHit",
    _new: Callable[[type[SearchHit]], SearchHit] = object.__new__,
    _s_id: Callable[[SearchHit, Any], None] = SearchHit.__dict__["id"].__set__,
    _s_conversation_id: Callable[[SearchHit, Any], None] = SearchHit.__dict__["conversation_id"].__set__,
    _s_phrase: Callable[[SearchHit, Any], None] = SearchHit.__dict__["phrase"].__set__,
    _s_additional_properties: Callable[[SearchHit, Any], None] = SearchHit.__dict__[
        "additional_properties"
    ].__set__,
) -> SearchHit:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id is not None and f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "SearchHit.id")
    f_conversation_id = g("conversation_id")
    if f_conversation_id is not None and f_conversation_id.__class__ is not int:
        f_conversation_id = _c.to_int(f_conversation_id, "SearchHit.conversation_id")
    f_phrase = g("phrase")
    if f_phrase is not None and f_phrase.__class__ is not str:
        f_phrase = _c.to_str(f_phrase, "SearchHit.phrase")
    o = _new(SearchHit)
    _s_id(o, f_id)
    _s_conversation_id(o, f_conversation_id)
    _s_phrase(o, f_phrase)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


SearchHit._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
