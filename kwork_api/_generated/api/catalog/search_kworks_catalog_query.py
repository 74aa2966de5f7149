"""`searchKworksCatalogQuery`: Suggest search phrases for a partial query.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

OPERATION: Operation[list[dict[str, Any]]] = Operation(
    method="searchKworksCatalogQuery",
    auth="optional",
    replay_safe=True,
    params=(
        Param("query", "query", "query", "plain", kind="str", required=True),
        Param("page", "page", "query", "plain", kind="int"),
    ),
    result="data",
    parse=_c.list_converter(_c.map_converter(_c.to_any)),
    empty="list",
    paged=None,
    session=None,
    returns="list[dict[str, Any]]",
)
