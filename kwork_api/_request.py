"""Encode facade arguments into the wire form an Operation declares (query, form, multipart)."""

from __future__ import annotations

import enum
import io
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import IO, Any, TypeAlias

import orjson

from ._errors import KworkValidationError
from ._operation import Operation, Param

#: What an upload parameter accepts: a path, raw bytes, a binary file object, or a
#: `(filename, content)` / `(filename, content, content_type)` tuple.
FileInput: TypeAlias = (
    str
    | os.PathLike[str]
    | bytes
    | IO[bytes]
    | tuple[str, bytes | IO[bytes]]
    | tuple[str, bytes | IO[bytes], str]
)

Pairs = list[tuple[str, Any]]


class Encoded:
    __slots__ = ("data", "files", "params")

    def __init__(self) -> None:
        self.params: Pairs = []
        self.data: Pairs = []
        self.files: list[tuple[str, Any]] = []


_NOTHING: Any = object()


def _short(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def _bad(op: Operation[Any], p: Param, expected: str, value: Any) -> KworkValidationError:
    return KworkValidationError(
        f"{op.method}: argument `{p.name}` must be {expected}, got {type(value).__name__} {_short(value)}",
        method=op.method,
        field=p.name,
    )


def scalar(value: Any) -> str | None:
    """Wire text of one value: booleans as 1/0, as Kwork expects. None for unsupported types."""
    cls = value.__class__
    if cls is str:
        return value  # type: ignore[no-any-return]
    if cls is bool:
        return "1" if value else "0"
    if cls is int or cls is float:
        return str(value)
    if isinstance(value, enum.Enum):
        return scalar(value.value)
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, str):
        return str.__str__(value)
    if isinstance(value, int | float):
        return str(value)
    return None


_KIND_NAMES = {"int": "an integer", "float": "a number", "str": "a string", "bool": "True or False"}


def _kind_ok(kind: str, value: Any) -> bool:
    if kind == "any":
        return True
    if kind == "bool":
        return isinstance(value, bool)
    if isinstance(value, bool):  # a bool is an int to Python, never a valid id or count here
        return False
    if kind == "int":
        return isinstance(value, int)
    if kind == "float":
        return isinstance(value, int | float)
    return isinstance(value, str)


def _content(op: Operation[Any], p: Param, value: Any) -> Any:
    """File content that httpx can send: bytes or an open binary file."""
    if isinstance(value, bytes | bytearray):
        return bytes(value)
    if (
        isinstance(value, io.TextIOBase)
        or "b" not in getattr(value, "mode", "b")
        or not hasattr(value, "read")
    ):
        raise _bad(op, p, "bytes or a file opened in binary mode ('rb')", value)
    if getattr(value, "closed", False):
        raise KworkValidationError(
            f"{op.method}: the file given as `{p.name}` is closed", method=op.method, field=p.name
        )
    return value


def _file(op: Operation[Any], p: Param, value: Any) -> Any:
    if isinstance(value, tuple) and 2 <= len(value) <= 3 and isinstance(value[0], str):
        if len(value) == 3 and not isinstance(value[2], str):
            raise _bad(op, p, "(filename, content, content_type) with a string content type", value[2])
        return (value[0], _content(op, p, value[1]), *value[2:])
    if isinstance(value, str | os.PathLike):
        path = Path(value)
        try:
            return (path.name, path.read_bytes())
        except OSError as exc:
            raise KworkValidationError(
                f"{op.method}: cannot read the file for `{p.name}` ({path}): {exc.strerror or exc}",
                method=op.method,
                field=p.name,
            ) from None
    if isinstance(value, bytes | bytearray):
        return (p.name, bytes(value))
    if hasattr(value, "read"):
        return (os.path.basename(str(getattr(value, "name", p.name))), _content(op, p, value))
    raise _bad(op, p, "a path, bytes or a binary file object", value)


def _keyed(op: Operation[Any], p: Param, prefix: str, value: Mapping[Any, Any], target: Pairs) -> None:
    """PHP maps: `{12: 1}` -> `name[12]=1`; nested mappings nest: `name[12][title]=...`."""
    for key, sub in value.items():
        if not isinstance(key, str | int):
            raise _bad(op, p, "a mapping with string or integer keys", key)
        name = f"{prefix}[{key}]"
        if isinstance(sub, Mapping):
            _keyed(op, p, name, sub, target)
            continue
        text = scalar(sub)
        if text is None:
            raise _bad(op, p, "a mapping of keys to plain values", sub)
        target.append((name, text))


def encode(op: Operation[Any], values: Sequence[Any]) -> Encoded:
    """Pair each declared parameter with its value and lay it out on the wire.

    None means "not sent". Raises KworkValidationError for a missing required argument or a
    value of a type the wire cannot carry, before anything is sent.
    """
    out = Encoded()
    for p, value in zip(op.params, values, strict=True):
        if value is None:
            if p.required:
                raise KworkValidationError(
                    f"{op.method}: argument `{p.name}` is required", method=op.method, field=p.name
                )
            continue
        if p.style == "file":
            out.files.append((p.wire, _file(op, p, value)))
            continue
        if p.style == "plain" and not _kind_ok(p.kind, value):
            raise _bad(op, p, _KIND_NAMES[p.kind], value)
        target = out.params if p.location == "query" else out.data
        style = p.style
        if style == "plain":
            text = scalar(value)
            if text is None:
                raise _bad(op, p, "a string, number or bool", value)
            target.append((p.wire, text))
        elif style == "json":
            try:
                target.append((p.wire, orjson.dumps(value).decode()))
            except TypeError:
                raise _bad(op, p, "JSON-serialisable data", value) from None
        elif style == "keyed":
            if not isinstance(value, Mapping):
                raise _bad(op, p, "a mapping", value)
            _keyed(op, p, p.wire.split("[")[0], value, target)
        elif style == "spread":
            if not isinstance(value, Mapping):
                raise _bad(op, p, "a mapping", value)
            for key, sub in value.items():
                text = scalar(sub)
                if text is None or not isinstance(key, str):
                    raise _bad(op, p, "a mapping of names to plain values", sub)
                target.append((key, text))
        elif style == "indexed":
            if isinstance(value, Mapping) or not isinstance(value, Sequence):
                raise _bad(op, p, "a list of mappings", value)
            base = p.wire.split("[")[0]
            for i, item in enumerate(value):
                if not isinstance(item, Mapping):
                    raise _bad(op, p, "a list of mappings", item)
                for key, sub in item.items():
                    text = scalar(sub)
                    if text is None:
                        raise _bad(op, p, "mappings of plain values", sub)
                    target.append((f"{base}[{i}][{key}]", text))
        else:  # csv / repeat
            if isinstance(value, str | bytes) or not isinstance(value, Sequence | set | frozenset):
                raise _bad(op, p, "a list", value)
            items: list[Any] = list(value)
            if not items:  # an empty list filters nothing: send nothing
                if p.required:
                    raise KworkValidationError(
                        f"{op.method}: argument `{p.name}` needs at least one value",
                        method=op.method,
                        field=p.name,
                    )
                continue
            bad = next((v for v in items if not _kind_ok(p.kind, v) or scalar(v) is None), _NOTHING)
            if bad is not _NOTHING:
                kind = _KIND_NAMES.get(p.kind, "a plain value")
                raise _bad(op, p, f"a list of items each {kind}", bad)
            texts = [scalar(v) for v in items]
            if style == "csv":
                target.append((p.wire, ",".join(texts)))  # type: ignore[arg-type]
            else:
                target.extend((p.wire, t) for t in texts)
    return out
