"""`getCompanyDetails`: Look up a Russian company or sole proprietor by tax number.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import company_details as _m_company_details

if TYPE_CHECKING:
    from ...models.company_details import CompanyDetails

OPERATION: Operation[CompanyDetails] = Operation(
    method="getCompanyDetails",
    auth="optional",
    replay_safe=True,
    params=(Param("tax_number", "tax_number", "query", "plain", kind="str", required=True),),
    result="data",
    parse=_m_company_details.CompanyDetails._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CompanyDetails",
)
