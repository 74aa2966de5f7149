"""`markKworksBlackFriday`: Enter one of your kworks in the Black Friday sale.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import black_friday_terms as _m_black_friday_terms

if TYPE_CHECKING:
    from ...models.black_friday_terms import BlackFridayTerms

OPERATION: Operation[BlackFridayTerms] = Operation(
    method="markKworksBlackFriday",
    auth="required",
    replay_safe=False,
    params=(Param("kwork_id", "kworkId", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_black_friday_terms.BlackFridayTerms._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="BlackFridayTerms",
)
