"""`getCustomOptionsPresets`: Get the price presets for custom options of an order.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import custom_option_preset as _m_custom_option_preset

if TYPE_CHECKING:
    from ...models.custom_option_preset import CustomOptionPreset

OPERATION: Operation[list[CustomOptionPreset]] = Operation(
    method="getCustomOptionsPresets",
    auth="required",
    replay_safe=True,
    params=(Param("order_id", "order_id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_custom_option_preset.CustomOptionPreset._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[CustomOptionPreset]",
)
