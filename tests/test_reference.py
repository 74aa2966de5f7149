"""The spec against the facts: every known method is covered, the file is valid OpenAPI 3.1,
and the types agree with what the official app was seen receiving."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

import orjson
import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = Path(__file__).resolve().parent / "reference"
sys.path.insert(0, str(ROOT / "generator"))

import plan as planmod  # noqa: E402

SPEC = yaml.safe_load((ROOT / "openapi" / "kwork.yaml").read_text(encoding="utf-8"))
PLAN = planmod.build(SPEC)
OPS = {op.method: op for op in PLAN.operations}
EXCLUDED: dict[str, str] = {e["method"]: e["reason"] for e in SPEC.get("x-kwork-excluded", [])}


def reference_methods() -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for line in (REFERENCE / "methods.tsv").read_text(encoding="utf-8").splitlines():
        if line.startswith("#") or not line.strip():
            continue
        method, _auth, params = [*line.split("\t"), ""][:3]
        out[method] = [p.rstrip("!") for p in params.split() if p.isascii()]
    return out


OBSERVED: dict[str, Any] = json.loads((REFERENCE / "observed.json").read_text(encoding="utf-8"))


def test_spec_is_valid_openapi_31() -> None:
    from openapi_spec_validator import validate

    validate(SPEC)


def test_every_reference_method_is_in_the_spec_or_excluded_with_a_reason() -> None:
    missing = [m for m in reference_methods() if m not in OPS and m not in EXCLUDED]
    assert missing == [], f"methods neither in the spec nor excluded: {missing}"
    for method, reason in EXCLUDED.items():
        assert method not in OPS, f"{method} is both excluded and present"
        assert len(reason) > 20, f"exclusion of {method} needs a real reason"


def test_methods_the_app_calls_on_api_kwork_ru_are_in_the_spec_or_excluded() -> None:
    missing = [m for m in OBSERVED if m not in OPS and m not in EXCLUDED]
    assert missing == []


def test_every_reference_parameter_is_accepted_by_its_method() -> None:
    lost: list[str] = []
    for method, params in reference_methods().items():
        op = OPS.get(method)
        if op is None:
            continue
        wires = {p.wire for p in op.params} | {p.wire.split("[")[0] for p in op.params}
        declared_spread = any(p.style == "spread" for p in op.params)
        for name in params:
            base = name.split("[")[0]
            if name not in wires and base not in wires and not declared_spread:
                lost.append(f"{method}.{name}")
    assert lost == [], f"reference parameters the spec does not accept: {lost}"


# -- observed wire types -----------------------------------------------------------------------
#: One value per observed type; 1 also stands for the 0/1 flags PHP sends as integers.
SAMPLE: dict[str, Any] = {"int": 1, "str": "7", "bool": True, "float": 4.5, "null": None}


def parse_listing(text: str) -> Any:
    """The observed `key: type` listing (indented, `[list]` for items) as a sample JSON value."""
    root: dict[str, Any] = {}
    stack: list[tuple[int, Any]] = [(-1, root)]
    for raw in text.splitlines():
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip())
        line = raw.strip()
        if line.startswith("- "):
            line = line[2:]  # a list item: its children sit deeper than the dash
        key, colon, kind = line.partition(":")
        kind = kind.strip()
        while stack[-1][0] >= indent:
            stack.pop()
        parent = stack[-1][1]
        if not colon:  # a bare type under `[list]`: the items are scalars (or opaque objects)
            parent["__scalar__"] = {} if key.strip() == "object" else SAMPLE.get(key.strip())
            continue
        value: Any = {} if kind == "" else ([] if kind == "[]" else SAMPLE.get(kind))
        if key.strip() == "[list]":
            parent_list: list[Any] = parent.setdefault("__list__", [])
            parent_list.append(value)
        else:
            parent[key.strip()] = value
        if isinstance(value, dict):
            stack.append((indent, value))
    return _lists(root)


def _lists(node: Any) -> Any:
    if isinstance(node, dict):
        if "__scalar__" in node:
            return node["__scalar__"]
        if "__list__" in node:
            return [_lists(v) for v in node["__list__"]]
        return {k: _lists(v) for k, v in node.items()}
    return node


def unknown_fields(value: Any, path: str = "") -> list[str]:
    """Wire keys that landed in additional_properties anywhere in a parsed result."""
    from kwork_api import KworkModel

    out: list[str] = []
    if isinstance(value, KworkModel):
        out += [f"{path}{type(value).__name__}.{k}" for k in value.additional_properties]
        for name, _, _ in type(value)._kwork_wire_:
            out += unknown_fields(getattr(value, name), f"{path}")
    elif isinstance(value, list):
        for item in value[:3]:
            out += unknown_fields(item, path)
    return out


OBSERVED_IN_SPEC = sorted(m for m in OBSERVED if m in OPS)


@pytest.mark.parametrize("method", OBSERVED_IN_SPEC)
def test_observed_answer_shape_parses_and_every_observed_field_is_declared(method: str) -> None:
    from kwork_api._envelope import read

    module = __import__(f"kwork_api._generated.api.{OPS[method].tag}.{OPS[method].module}", fromlist=["x"])
    body = parse_listing(OBSERVED[method]["response"])
    result = read(module.OPERATION, 200, orjson.dumps(body), {})
    if OPS[method].result != "none" and body.get("response") not in (None, [], {}):
        assert result is not None
    assert unknown_fields(result) == []


@pytest.mark.parametrize("method", OBSERVED_IN_SPEC)
def test_fields_the_app_sends_are_parameters_of_the_method(method: str) -> None:
    op = OPS[method]
    wires = {p.wire for p in op.params} | {p.wire.split("[")[0] for p in op.params}
    sent = [f for f in OBSERVED[method]["request"] if not f.startswith("<")]
    missing = [f for f in sent if f not in wires and f.split("[")[0] not in wires]
    assert missing == []
