"""`getCurrentVersions`: Get the current versions of the mobile apps.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation

from ...models import app_versions as _m_app_versions

if TYPE_CHECKING:
    from ...models.app_versions import AppVersions

OPERATION: Operation[AppVersions] = Operation(
    method="getCurrentVersions",
    auth="optional",
    replay_safe=True,
    params=(),
    result="data",
    parse=_m_app_versions.AppVersions._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="AppVersions",
)
