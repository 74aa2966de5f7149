"""`countries`: List the countries.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation

from ...models import country as _m_country

if TYPE_CHECKING:
    from ...models.country import Country

OPERATION: Operation[list[Country]] = Operation(
    method="countries",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_country.Country._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[Country]",
)
