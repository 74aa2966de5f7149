"""`getPayerCompanyModalUrl`: Get the link that opens company registration for a buyer.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

OPERATION: Operation[str] = Operation(
    method="getPayerCompanyModalUrl",
    http_method="GET",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.to_str,
    empty="error",
    paged=None,
    session=None,
    returns="str",
)
