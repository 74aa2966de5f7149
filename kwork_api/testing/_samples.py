"""Spec-valid sample answers synthesized from the generated models' declared types."""

from __future__ import annotations

import random
import zlib
from typing import Any

from kwork_api._operation import Operation

from . import _data

_WORDS = ["Логотип", "Сайт", "Перевод", "Бот", "Статья", "Видео", "Баннер", "Аудит", "Текст", "Дизайн"]


def parse_type(text: str) -> tuple[str, Any]:
    """`list[Badge] | None` -> ("list", ("model", "Badge")); nullability is dropped."""
    text = text.strip()
    if text.endswith("| None"):
        text = text[: -len("| None")].strip()
    if text.startswith("list[") and text.endswith("]"):
        return ("list", parse_type(text[5:-1]))
    if text.startswith("dict[str,") and text.endswith("]"):
        return ("map", parse_type(text[len("dict[str,") : -1]))
    if text in ("int", "float", "str", "bool", "bytes", "Any", "None"):
        return (text, None)
    return ("model", text)


def _model_class(name: str) -> Any:
    from kwork_api._generated import models  # noqa: PLC0415

    return getattr(models, name)


def sample(kind: tuple[str, Any], name: str, rng: random.Random, depth: int = 0) -> Any:
    tag, arg = kind
    lname = name.lower()
    if tag == "int":
        if lname.endswith(("time", "date", "_at", "timestamp")) or lname.startswith(("date", "time")):
            return _data.BASE_TIME - rng.randrange(0, 90) * 86_400
        if lname == "id" or lname.endswith("id"):
            return rng.randrange(1_000, 9_999_999)
        return rng.randrange(0, 100)
    if tag == "float":
        return round(rng.uniform(1, 5000), 2)
    if tag == "bool":
        return rng.random() < 0.5
    if tag == "str":
        if "url" in lname or "picture" in lname or "image" in lname or "link" in lname or "path" in lname:
            return f"https://cdn.kwork.ru/files/{rng.randrange(10**6)}.jpg"
        if "currency" in lname:
            return "RUB"
        return f"{rng.choice(_WORDS)} {rng.randrange(1, 99)} ✨"
    if tag in {"Any", "None"}:
        return None
    if tag == "list":
        if depth > 3:
            return []
        return [sample(arg, name, rng, depth + 1) for _ in range(2)]
    if tag == "map":
        return {"key": sample(arg, name, rng, depth + 1)}
    return sample_model(arg, rng, depth + 1)


def sample_model(model: str, rng: random.Random, depth: int = 0) -> dict[str, Any]:
    cls = _model_class(model)
    out: dict[str, Any] = {}
    for _, wire, annotation in cls._kwork_wire_:
        kind = parse_type(annotation)
        if kind[0] == "model" and depth > 3:
            continue
        value = sample(kind, wire, rng, depth)
        if value is not None:
            out[wire] = value
    if "success" in out:
        out["success"] = True
    return out


def sample_result(op: Operation[Any], *, seed: int = 0, page: int = 1) -> dict[str, Any]:
    """A whole success envelope for `op`, deterministic for (seed, method, page)."""
    rng = random.Random(seed * 1_000_003 + zlib.crc32(op.method.encode()) + page)
    if op.result == "none":
        return {"success": True}
    kind = parse_type(op.returns)
    if op.result == "envelope":
        body = sample(kind, op.method, rng)
    else:
        body = {"success": True, "response": sample(kind, op.method, rng)}
    _fix_paging(body, page)
    return body  # type: ignore[no-any-return]


def _fix_paging(node: Any, page: int) -> None:
    """Make sampled paging consistent: this page of a single page."""
    if isinstance(node, dict):
        paging = node.get("paging")
        if isinstance(paging, dict):
            paging.update(page=page, pages=1, total=2, limit=20)
        for value in node.values():
            _fix_paging(value, page)
