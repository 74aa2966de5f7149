"""`inboxTrackMessage`: Get one dialog entry (message or track) by id.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import dialog_entry as _m_dialog_entry

if TYPE_CHECKING:
    from ...models.dialog_entry import DialogEntry

OPERATION: Operation[list[DialogEntry]] = Operation(
    method="inboxTrackMessage",
    auth="required",
    replay_safe=True,
    params=(Param("conversation_id", "conversationId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_dialog_entry.DialogEntry._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[DialogEntry]",
)
