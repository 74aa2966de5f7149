"""`kworksStatusList`: List your own kworks grouped by status.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import kwork_status_tab as _m_kwork_status_tab

if TYPE_CHECKING:
    from ...models.kwork_status_tab import KworkStatusTab

OPERATION: Operation[list[KworkStatusTab]] = Operation(
    method="kworksStatusList",
    auth="required",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_kwork_status_tab.KworkStatusTab._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[KworkStatusTab]",
)
