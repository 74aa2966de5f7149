"""kwork-api: a typed Python SDK for the Kwork.ru freelance marketplace API.

    from kwork_api import KworkClient

    with KworkClient(token="...") as client:
        me = client.user.get_me()
        for project in client.projects.iter_list(categories=[11]):
            print(project.title, project.budget)

`AsyncKworkClient` has the same groups and methods, awaited. Every model of the API (for
example `Project`, `KworkUser`) can be imported from here; they load on first use, so
`import kwork_api` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ._client import DEFAULT_BASE_URL, AsyncKworkClient, KworkClient
from ._errors import (
    KworkApiError,
    KworkAuthError,
    KworkBlockedError,
    KworkCaptchaRequired,
    KworkError,
    KworkNetworkError,
    KworkNotFoundError,
    KworkPhoneConfirmationRequired,
    KworkRateLimitError,
    KworkTimeoutError,
    KworkValidationError,
)
from ._generated import models as _models
from ._model import KworkModel
from ._request import FileInput
from ._retry import RetryPolicy
from ._session import Session
from ._types import NOT_GIVEN, NotGiven

if TYPE_CHECKING:
    from ._generated.models import *  # noqa: F403

__version__ = "0.1.0"

__all__ = [
    "DEFAULT_BASE_URL",
    "NOT_GIVEN",
    "AsyncKworkClient",
    "FileInput",
    "KworkApiError",
    "KworkAuthError",
    "KworkBlockedError",
    "KworkCaptchaRequired",
    "KworkClient",
    "KworkError",
    "KworkModel",
    "KworkNetworkError",
    "KworkNotFoundError",
    "KworkPhoneConfirmationRequired",
    "KworkRateLimitError",
    "KworkTimeoutError",
    "KworkValidationError",
    "NotGiven",
    "RetryPolicy",
    "Session",
    "__version__",
]
__all__ += _models.__all__  # every model, listed by the generator

_MODEL_NAMES = frozenset(_models.__all__)


def __getattr__(name: str) -> Any:
    if name in _MODEL_NAMES:
        value = getattr(_models, name)
        globals()[name] = value
        return value
    raise AttributeError(f"module 'kwork_api' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
