"""`getKworkLinksTablev2`: Get the links table of a link-building kwork.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import kwork_links_table as _m_kwork_links_table

if TYPE_CHECKING:
    from ...models.kwork_links_table import KworkLinksTable

OPERATION: Operation[KworkLinksTable] = Operation(
    method="getKworkLinksTablev2",
    auth="optional",
    replay_safe=True,
    params=(
        Param("kwork_id", "id", "query", "plain", kind="int", required=True),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_m_kwork_links_table.KworkLinksTable._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="KworkLinksTable",
)
