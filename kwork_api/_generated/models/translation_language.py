"""TranslationLanguage: A language offered for translation work.

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
        "nominative",
        "genitive",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class TranslationLanguage(KworkModel):
    """A language offered for translation work.

    Attributes:
        id: Language id; -1 means any language.
        nominative: Language name in the nominative case, such as "English".
        genitive: Language name in the genitive case, as used in "translation from ...".
    """

    id: int
    nominative: str | None = None
    genitive: str | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("nominative", "nominative", "str | None"),
        ("genitive", "genitive", "str | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], TranslationLanguage]]


def _from_wire(
    d: Any,
    where: str = "TranslationLanguage",
    _new: Callable[[type[TranslationLanguage]], TranslationLanguage] = object.__new__,
    _s_id: Callable[[TranslationLanguage, Any], None] = TranslationLanguage.__dict__["id"].__set__,
    _s_nominative: Callable[[TranslationLanguage, Any], None] = TranslationLanguage.__dict__[
        "nominative"
    ].__set__,
    _s_genitive: Callable[[TranslationLanguage, Any], None] = TranslationLanguage.__dict__[
        "genitive"
    ].__set__,
    _s_additional_properties: Callable[[TranslationLanguage, Any], None] = TranslationLanguage.__dict__[
        "additional_properties"
    ].__set__,
) -> TranslationLanguage:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_id = g("id")
    if f_id.__class__ is not int:
        f_id = _c.to_int(f_id, "TranslationLanguage.id")
        if f_id is None:
            raise _c.missing("TranslationLanguage.id")
    f_nominative = g("nominative")
    if f_nominative is not None and f_nominative.__class__ is not str:
        f_nominative = _c.to_str(f_nominative, "TranslationLanguage.nominative")
    f_genitive = g("genitive")
    if f_genitive is not None and f_genitive.__class__ is not str:
        f_genitive = _c.to_str(f_genitive, "TranslationLanguage.genitive")
    o = _new(TranslationLanguage)
    _s_id(o, f_id)
    _s_nominative(o, f_nominative)
    _s_genitive(o, f_genitive)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


TranslationLanguage._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
