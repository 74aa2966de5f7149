"""Every public model, imported lazily: `from kwork_api._generated.models import Project`.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .api_error_response import APIErrorResponse as APIErrorResponse
    from .auth_response import AuthResponse as AuthResponse
    from .auth_token import AuthToken as AuthToken
    from .badge import Badge as Badge
    from .connects import Connects as Connects
    from .data_response import DataResponse as DataResponse
    from .error_detail import ErrorDetail as ErrorDetail
    from .kwork_category import KworkCategory as KworkCategory
    from .kwork_user import KworkUser as KworkUser
    from .ok_response import OkResponse as OkResponse
    from .pagination_info import PaginationInfo as PaginationInfo
    from .project import Project as Project
    from .projects_response import ProjectsResponse as ProjectsResponse
    from .sent_message import SentMessage as SentMessage

_MODULES: dict[str, str] = {
    "APIErrorResponse": "api_error_response",
    "AuthResponse": "auth_response",
    "AuthToken": "auth_token",
    "Badge": "badge",
    "Connects": "connects",
    "DataResponse": "data_response",
    "ErrorDetail": "error_detail",
    "KworkCategory": "kwork_category",
    "KworkUser": "kwork_user",
    "OkResponse": "ok_response",
    "PaginationInfo": "pagination_info",
    "Project": "project",
    "ProjectsResponse": "projects_response",
    "SentMessage": "sent_message",
}

__all__ = [
    "APIErrorResponse",
    "AuthResponse",
    "AuthToken",
    "Badge",
    "Connects",
    "DataResponse",
    "ErrorDetail",
    "KworkCategory",
    "KworkUser",
    "OkResponse",
    "PaginationInfo",
    "Project",
    "ProjectsResponse",
    "SentMessage",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
