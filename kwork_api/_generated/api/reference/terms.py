"""`terms`: Get the user agreement (public offer).

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import legal_document as _m_legal_document

if TYPE_CHECKING:
    from ...models.legal_document import LegalDocument

OPERATION: Operation[LegalDocument] = Operation(
    method="terms",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_legal_document.LegalDocument._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="LegalDocument",
)
