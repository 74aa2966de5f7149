"""`project`: Get one exchange project.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import project as _m_project

if TYPE_CHECKING:
    from ...models.project import Project

OPERATION: Operation[Project] = Operation(
    method="project",
    auth="required",
    replay_safe=True,
    params=(Param("project_id", "id", "query", "plain", kind="int", required=True),),
    result="data",
    parse=_m_project.Project._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="Project",
)
