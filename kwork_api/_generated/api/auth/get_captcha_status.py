"""`getCaptchaStatus`: Check whether a password reset needs a captcha.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import captcha_status as _m_captcha_status

if TYPE_CHECKING:
    from ...models.captcha_status import CaptchaStatus

OPERATION: Operation[CaptchaStatus] = Operation(
    method="getCaptchaStatus",
    auth="required",
    replay_safe=True,
    params=(Param("email", "email", "query", "plain", kind="str"),),
    result="data",
    parse=_m_captcha_status.CaptchaStatus._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="CaptchaStatus",
)
