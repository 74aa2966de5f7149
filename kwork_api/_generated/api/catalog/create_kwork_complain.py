"""`createKworkComplain`: Report a kwork to the moderators.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import kwork_complaint_response as _m_kwork_complaint_response

if TYPE_CHECKING:
    from ...models.kwork_complaint_response import KworkComplaintResponse

OPERATION: Operation[KworkComplaintResponse] = Operation(
    method="createKworkComplain",
    auth="optional",
    replay_safe=False,
    params=(
        Param("kwork_id", "kwork_id", "query", "plain", kind="int", required=True),
        Param("category_id", "category_id", "query", "plain", kind="int", required=True),
        Param("files", "files[new][]", "query", "repeat", kind="int"),
        Param("email", "email", "query", "plain", kind="str"),
        Param("message", "message", "form", "plain", kind="str"),
        Param("g_recaptcha_response", "g-recaptcha-response", "form", "plain", kind="str", secret=True),
    ),
    result="envelope",
    parse=_m_kwork_complaint_response.KworkComplaintResponse._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="KworkComplaintResponse",
)
