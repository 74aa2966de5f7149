"""Property-based: thousands of spec-valid and mutated answer bodies, generated from the spec's
own response schemas, go through both clients. Nothing but a KworkError subclass may escape."""

from __future__ import annotations

import asyncio
import contextlib
import copy
import json
import sys
from functools import cache
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from kwork_api import AsyncKworkClient, KworkClient, KworkError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import plan as planmod  # noqa: E402
from test_all_methods import values  # noqa: E402

SPEC = yaml.safe_load((ROOT / "openapi" / "kwork.yaml").read_text(encoding="utf-8"))
PLAN = planmod.build(SPEC)
JSON_OPS = [op for op in PLAN.operations if op.result != "binary"]
DEPTH = 3  # recursive schemas (a category's subcategories) are cut here


def inline(node: Any, depth: int = 0) -> Any:
    """A self-contained JSON Schema: refs inlined, our extensions dropped, recursion cut."""
    if isinstance(node, dict):
        if "$ref" in node:
            if depth >= DEPTH:
                return {"type": "null"}
            target: Any = SPEC
            for part in node["$ref"][2:].split("/"):
                target = target[part]
            return inline(target, depth + 1)
        out = {
            k: inline(v, depth)
            for k, v in node.items()
            if not k.startswith("x-") and k not in ("description", "format", "example")
        }
        for part in out.pop("allOf", []):  # flatten, so each object lists all its properties
            out.setdefault("properties", {}).update(part.get("properties", {}))
            out["required"] = sorted({*out.get("required", []), *part.get("required", [])})
            out["type"] = "object"
        if "properties" in out:
            out.setdefault("additionalProperties", False)  # small bodies; unknown keys come from mutation
        return out
    if isinstance(node, list):
        return [inline(v, depth) for v in node]
    return node


@cache
def body_strategy(index: int) -> st.SearchStrategy[Any]:
    op = JSON_OPS[index]
    schema = next(iter(SPEC["paths"][op.path].values()))["responses"]["200"]["content"]["application/json"][
        "schema"
    ]
    return from_schema(inline(schema), allow_x00=False, codec="utf-8")


JSON_VALUE = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(-(2**40), 2**40)
    | st.floats(allow_nan=False)
    | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3),
    max_leaves=8,
)


@st.composite
def mutated(draw: st.DrawFn, body: Any) -> Any:
    """Replace one randomly chosen node of `body` by arbitrary JSON, or drop one key."""
    body = copy.deepcopy(body)
    paths: list[tuple[Any, Any]] = []

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key in node:
                paths.append((node, key))
                walk(node[key])
        elif isinstance(node, list):
            for i, item in enumerate(node):
                paths.append((node, i))
                walk(item)

    walk(body)
    if not paths:
        return draw(JSON_VALUE)
    parent, key = draw(st.sampled_from(paths))
    if isinstance(parent, dict) and draw(st.booleans()):
        del parent[key]
    else:
        parent[key] = draw(JSON_VALUE)
    return body


@st.composite
def cases(draw: st.DrawFn) -> tuple[int, Any]:
    index = draw(st.integers(0, len(JSON_OPS) - 1))
    body = draw(body_strategy(index))
    if draw(st.booleans()):
        body = draw(mutated(body))
    return index, body


def through_clients(index: int, content: bytes, *, with_async: bool = True) -> None:
    """Call method `index` on both clients with `content` as the answer; only KworkError may escape."""
    op = JSON_OPS[index]
    args = values(op)
    transport = httpx.MockTransport(lambda request: httpx.Response(200, content=content))
    client = KworkClient(token="t", http_client=httpx.Client(transport=transport), max_retries=0)
    with client, contextlib.suppress(KworkError):
        getattr(getattr(client, op.tag), op.name)(*args)
    if not with_async:
        return

    async def run() -> None:
        http = httpx.AsyncClient(transport=transport)
        async with AsyncKworkClient(token="t", http_client=http, max_retries=0) as aclient:
            with contextlib.suppress(KworkError):
                await getattr(getattr(aclient, op.tag), op.name)(*args)

    asyncio.run(run())


@settings(
    max_examples=1500,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
)
@given(cases())
def test_any_spec_valid_or_mutated_body_gives_a_result_or_a_kwork_error(case: tuple[int, Any]) -> None:
    index, body = case
    through_clients(index, json.dumps(body).encode())  # stdlib: bodies may hold integers beyond 64 bits


@pytest.mark.parametrize(
    "garbage",
    [
        b"",
        b"null",
        b"[]",
        b"0",
        b'"text"',
        b"{}",
        b'{"success": "maybe"}',
        b'{"success": true, "response": {"0": [1, {"a": []}]}}',
        b"\xff\xfe{",
        b'{"success": false, "error_code": {"nested": 1}}',
    ],
)
def test_classic_garbage_through_every_method(garbage: bytes) -> None:
    for index in range(len(JSON_OPS)):
        through_clients(index, garbage, with_async=False)
