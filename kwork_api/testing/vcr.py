"""A vcrpy configuration that keeps secrets out of cassettes.

    import vcr
    from kwork_api.testing import vcr_config

    my_vcr = vcr.VCR(**vcr_config())
    with my_vcr.use_cassette("tests/cassettes/me.yaml"):
        ...

It scrubs the Authorization and Cookie request headers, the `token` and `uad` query
parameters, the login/password/phone/captcha/uad form fields, the token inside sign-in
answers and Set-Cookie.
"""

from __future__ import annotations

import re
from typing import Any

REDACTED = "REDACTED"
SECRET_FORM_FIELDS = (
    "login",
    "password",
    "phone_last",
    "g-recaptcha-response",
    "recaptcha_pass_token",
    "new_password",
    "old_password",
    "code",
    "token",
    "uad",
)
_TOKEN_IN_BODY = re.compile(rb'("(?:token|recaptcha_pass_token|web_auth_token)"\s*:\s*")[^"]*(")')


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Mask tokens in JSON bodies and drop Set-Cookie headers."""
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() == "set-cookie":
            del headers[name]
    body = response.get("body") or {}
    content = body.get("string")
    if isinstance(content, str):
        content = content.encode()
    if isinstance(content, bytes) and content:
        body["string"] = _TOKEN_IN_BODY.sub(rb"\g<1>" + REDACTED.encode() + rb"\g<2>", content)
    return response


def vcr_config(**overrides: Any) -> dict[str, Any]:
    """Keyword arguments for `vcr.VCR(...)` or pytest-recording's `vcr_config` fixture."""
    config: dict[str, Any] = {
        "filter_headers": [("authorization", REDACTED), ("cookie", REDACTED)],
        "filter_query_parameters": [("token", REDACTED), ("uad", REDACTED)],
        "filter_post_data_parameters": [(name, REDACTED) for name in SECRET_FORM_FIELDS],
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "record_mode": "none",
        "match_on": ["method", "scheme", "host", "port", "path", "query"],
    }
    config.update(overrides)
    return config
