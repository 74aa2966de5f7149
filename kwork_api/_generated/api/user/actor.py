"""`actor`: Get the signed-in user's own profile and counters.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import kwork_user as _m_kwork_user

if TYPE_CHECKING:
    from ...models.kwork_user import KworkUser

OPERATION: Operation[KworkUser] = Operation(
    method="actor",
    auth="required",
    replay_safe=True,
    params=(
        Param("make_online", "makeOnline", "query", "plain", kind="bool"),
        Param("uad", "uad", "form", "plain", kind="str"),
        Param("is_app_white_listed", "isAppWhiteListed", "form", "plain", kind="bool"),
        Param("white_listed_last_show_time", "whiteListedLastShowTime", "form", "plain", kind="str"),
        Param("white_listed_window_skipped", "whiteListedWindowSkipped", "form", "plain", kind="bool"),
        Param("is_app_push_on", "isAppPushOn", "form", "plain", kind="bool"),
        Param("app_push_on_last_show_time", "appPushOnLastShowTime", "form", "plain", kind="str"),
    ),
    result="data",
    parse=_m_kwork_user.KworkUser._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="KworkUser",
)
