"""SearchHit: Where a searched text was found.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Mapping
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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int | None"),
        ("conversation_id", "conversation_id", "int | None"),
        ("phrase", "phrase", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "SearchHit") -> SearchHit:
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
        extra = d.keys() - _KNOWN
        return SearchHit(
            f_id,
            f_conversation_id,
            f_phrase,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
