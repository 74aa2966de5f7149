"""Decode an HTTP request body the way the emulator needs it: form fields and uploads."""

from __future__ import annotations

from email.parser import BytesParser
from email.policy import HTTP
from urllib.parse import parse_qsl


def decode_body(content_type: str, body: bytes) -> tuple[list[tuple[str, str]], dict[str, tuple[str, bytes]]]:
    """(form fields, files by field name) of a urlencoded or multipart body."""
    ctype = content_type.lower()
    if ctype.startswith("application/x-www-form-urlencoded"):
        return parse_qsl(body.decode("utf-8", "replace"), keep_blank_values=True), {}
    if ctype.startswith("multipart/form-data"):
        message = BytesParser(policy=HTTP).parsebytes(
            b"Content-Type: " + content_type.encode("latin-1") + b"\r\n\r\n" + body
        )
        form: list[tuple[str, str]] = []
        files: dict[str, tuple[str, bytes]] = {}
        for part in message.iter_parts():
            name = part.get_param("name", header="content-disposition")
            if not isinstance(name, str):
                continue
            filename = part.get_filename()
            payload = part.get_payload(decode=True)
            data = payload if isinstance(payload, bytes) else b""
            if filename is not None:
                files[name] = (filename, data)
            else:
                form.append((name, data.decode("utf-8", "replace")))
        return form, files
    return [], {}
