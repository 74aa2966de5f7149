"""`searchDialogs`: Search dialogs by interlocutor or text.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import search_dialogs_response as _m_search_dialogs_response

if TYPE_CHECKING:
    from ...models.search_dialogs_response import SearchDialogsResponse

OPERATION: Operation[SearchDialogsResponse] = Operation(
    method="searchDialogs",
    auth="required",
    replay_safe=True,
    params=(
        Param("query", "query", "query", "plain", kind="str", required=True),
        Param("page", "page", "query", "plain", kind="int"),
        Param("excluded_ids", "excludedIds", "query", "csv", kind="int"),
        Param("with_tracks", "withTracks", "query", "plain", kind="bool"),
    ),
    result="envelope",
    parse=_m_search_dialogs_response.SearchDialogsResponse._from_wire,
    empty="page",
    paged="dialogs",
    session=None,
    returns="SearchDialogsResponse",
)
