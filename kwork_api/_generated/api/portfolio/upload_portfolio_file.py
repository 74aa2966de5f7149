"""`uploadPortfolioFile`: Upload an image for a portfolio item.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api import _coerce as _c
from kwork_api._operation import Operation, Param

from ...models import portfolio_file_upload as _m_portfolio_file_upload

if TYPE_CHECKING:
    from ...models.portfolio_file_upload import PortfolioFileUpload

OPERATION: Operation[list[PortfolioFileUpload]] = Operation(
    method="uploadPortfolioFile",
    auth="required",
    replay_safe=False,
    params=(
        Param("hashes", "hashes[]", "query", "repeat", kind="int"),
        Param("file", "file", "multipart", "file", required=True),
    ),
    result="data",
    parse=_c.list_converter(_c.model_converter(_m_portfolio_file_upload.PortfolioFileUpload._from_wire)),
    empty="list",
    paged=None,
    session=None,
    returns="list[PortfolioFileUpload]",
)
