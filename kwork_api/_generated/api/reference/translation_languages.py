"""`translationLanguages`: List the languages offered for translation work.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import translation_language as _m_translation_language

if TYPE_CHECKING:
    from ...models.translation_language import TranslationLanguage

OPERATION: Operation[dict[str, TranslationLanguage]] = Operation(
    method="translationLanguages",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.map_converter(_c.model_converter(_m_translation_language.TranslationLanguage._from_wire)),
    empty="error",
    paged=None,
    session=None,
    returns="dict[str, TranslationLanguage]",
)
