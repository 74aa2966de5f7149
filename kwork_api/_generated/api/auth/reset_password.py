"""`resetPassword`: Send a password reset e-mail.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from kwork_api._operation import Operation, Param

OPERATION: Operation[None] = Operation(
    method="resetPassword",
    auth="required",
    replay_safe=False,
    params=(
        Param("email", "email", "form", "plain", kind="str", required=True),
        Param("g_recaptcha_response", "g-recaptcha-response", "form", "plain", kind="str", secret=True),
    ),
    result="none",
    parse=None,
    empty="none",
    paged=None,
    session=None,
    returns="None",
)
