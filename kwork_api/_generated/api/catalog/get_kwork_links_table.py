"""`getKworkLinksTable`: List the sites offered by a link-building kwork.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import kwork_link_site as _m_kwork_link_site

if TYPE_CHECKING:
    from ...models.kwork_link_site import KworkLinkSite

OPERATION: Operation[list[KworkLinkSite]] = Operation(
    method="getKworkLinksTable",
    auth="optional",
    replay_safe=True,
    params=(
        Param("kwork_id", "id", "query", "plain", kind="int", required=True),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_kwork_link_site.KworkLinkSite._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[KworkLinkSite]",
)
