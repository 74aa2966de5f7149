"""`dialogs`: List the user's dialogs.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import dialogs_response as _m_dialogs_response

if TYPE_CHECKING:
    from ...models.dialogs_response import DialogsResponse

OPERATION: Operation[DialogsResponse] = Operation(
    method="dialogs",
    auth="required",
    replay_safe=True,
    params=(
        Param("page", "page", "query", "plain", kind="int"),
        Param("excluded_ids", "excludedIds", "query", "csv", kind="int"),
        Param("with_tracks", "withTracks", "query", "plain", kind="bool"),
    ),
    result="envelope",
    parse=_m_dialogs_response.DialogsResponse._from_wire,
    empty="page",
    paged="dialogs",
    session=None,
    returns="DialogsResponse",
)
