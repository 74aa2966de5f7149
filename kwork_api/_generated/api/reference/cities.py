"""`cities`: List the cities of a country.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import city as _m_city

if TYPE_CHECKING:
    from ...models.city import City

OPERATION: Operation[list[City]] = Operation(
    method="cities",
    auth="optional",
    replay_safe=True,
    params=(Param("country_id", "countryId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_city.City._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[City]",
)
