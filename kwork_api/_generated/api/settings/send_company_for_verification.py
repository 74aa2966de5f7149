"""`sendCompanyForVerification`: Submit a company or sole proprietor for verification.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import company_verification as _m_company_verification

if TYPE_CHECKING:
    from ...models.company_verification import CompanyVerification

OPERATION: Operation[CompanyVerification] = Operation(
    method="sendCompanyForVerification",
    auth="required",
    replay_safe=False,
    params=(
        Param("tax_number", "tax_number", "query", "plain", kind="str", required=True),
        Param("address", "address", "query", "plain", kind="str"),
    ),
    result="data",
    parse=_m_company_verification.CompanyVerification._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CompanyVerification",
)
