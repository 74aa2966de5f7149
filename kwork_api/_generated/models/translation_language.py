"""TranslationLanguage: A language offered for translation work.

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
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("id", "id", "int"),
        ("nominative", "nominative", "str | None"),
        ("genitive", "genitive", "str | None"),
    )

    @staticmethod
    def _from_wire(d: Any, where: str = "TranslationLanguage") -> TranslationLanguage:
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
        extra = d.keys() - _KNOWN
        return TranslationLanguage(
            f_id,
            f_nominative,
            f_genitive,
            {k: d[k] for k in extra} if extra else _c.EMPTY,
        )
