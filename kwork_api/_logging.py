"""Logging that never shows a secret.

httpx logs every request at INFO with the full URL, which for Kwork carries `?token=`.
`install_redaction()` adds a filter to the `httpx` logger that masks secret query values
in those records; the SDK's own logger (`kwork_api`) only ever logs method names, statuses,
timings and retry decisions.
"""

from __future__ import annotations

import logging

from ._errors import redact

log = logging.getLogger("kwork_api")


class RedactSecrets(logging.Filter):
    """Mask `token=`, `password=` and similar values in a record's message and arguments."""

    def filter(self, record: logging.LogRecord) -> bool:
        if record.args:
            args = record.args if isinstance(record.args, tuple) else (record.args,)
            record.args = tuple(redact(str(a)) if _may_hold_secret(a) else a for a in args)
        if isinstance(record.msg, str) and "=" in record.msg:
            record.msg = redact(record.msg)
        return True


def _may_hold_secret(value: object) -> bool:
    return not isinstance(value, int | float) and "=" in str(value)


_FILTER = RedactSecrets()


def install_redaction() -> None:
    """Idempotently attach the filter to the loggers that see request URLs."""
    for name in ("httpx", "httpcore", "kwork_api"):
        logger = logging.getLogger(name)
        if _FILTER not in logger.filters:
            logger.addFilter(_FILTER)
