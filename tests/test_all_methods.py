"""Every operation of the spec, called through KworkClient and AsyncKworkClient against the
in-process emulator, returns the typed result its signature promises."""

from __future__ import annotations

import sys
import typing
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml

import kwork_api
from kwork_api import AsyncKworkClient, KworkClient, KworkModel
from kwork_api.testing import DEMO_LOGIN, DEMO_PASSWORD, Emulator, EmulatorTransport
from kwork_api.testing._data import user
from kwork_api.testing._samples import parse_type

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))

import plan as planmod  # noqa: E402

PLAN = planmod.build(yaml.safe_load((ROOT / "openapi" / "kwork.yaml").read_text(encoding="utf-8")))
BASE = "http://kwork-emulator.test/"

#: Ids the emulator's data set knows, by what an argument refers to.
IDS = {
    "kwork": 5_000_000,
    "project": 3_000_000,
    "want": 3_000_000,
    "country": 1,
    "page": 1,
    "order": 9_100_001,
    "offer": 7_000_000,
}
PEER = 1100


def argument(op: planmod.OperationPlan, p: planmod.ParamPlan) -> Any:
    """A plausible value for a required argument, from its type and name."""
    t = p.request_type
    if t.startswith("Literal["):
        return typing.get_args(eval(t, {"Literal": typing.Literal}))[0]  # the first allowed value
    if t == "bool":
        return True
    if t == "FileInput":
        return ("note.txt", "Файл 📎".encode())
    if t.startswith("Sequence[Mapping"):
        return [{"id": 1, "value": 1}]
    if t.startswith("Mapping"):
        return {1: 1}
    if t.startswith("Sequence["):
        return [1] if "int" in t else ["a"]
    if t == "int":
        return next((v for k, v in IDS.items() if k in p.name), PEER)
    if t == "float":
        return 1.5
    if p.name == "path":
        return "files/demo/welcome.txt"
    if p.name == "login":
        return DEMO_LOGIN
    if p.name == "password":
        return DEMO_PASSWORD
    if "username" in p.name or p.name == "name":
        return user(PEER)["username"]
    return "Текст 🙂"


def expected(op: planmod.OperationPlan) -> tuple[str, Any]:
    return parse_type(op.return_annotation)


def check(result: Any, kind: tuple[str, Any], where: str) -> None:
    tag, arg = kind
    if tag == "None":
        assert result is None, where
    elif tag == "model":
        assert isinstance(result, getattr(kwork_api, arg)), f"{where}: {type(result).__name__} is not {arg}"
        assert isinstance(result, KworkModel)
    elif tag == "list":
        assert isinstance(result, list), where
        for item in result:
            check(item, arg, where)
    elif tag == "map":
        assert isinstance(result, dict), where
    elif tag in ("int", "float", "str", "bool", "bytes"):
        assert isinstance(
            result, {"int": int, "float": float, "str": str, "bool": bool, "bytes": bytes}[tag]
        ), where
    else:
        assert tag == "Any", where


def values(op: planmod.OperationPlan, *, paged_iter: bool = False) -> list[Any]:
    return [argument(op, p) for p in op.params if p.required and not (paged_iter and p.name == "page")]


OPERATIONS = [pytest.param(op, id=f"{op.tag}.{op.name}") for op in PLAN.operations]


@pytest.fixture
def emulator() -> Emulator:
    return Emulator()


@pytest.mark.parametrize("op", OPERATIONS)
def test_every_method_through_the_blocking_client(op: planmod.OperationPlan, emulator: Emulator) -> None:
    with KworkClient(
        token=emulator.issue_token(),
        base_url=BASE,
        http_client=httpx.Client(transport=EmulatorTransport(emulator)),
    ) as client:
        method = getattr(getattr(client, op.tag), op.name)
        result = method(*values(op))
        check(result, expected(op), op.operation_id)
        if op.paged:
            items = list(getattr(getattr(client, op.tag), op.iter_name)(*values(op, paged_iter=True)))
            assert op.item_type is not None
            check(items, ("list", parse_type(op.item_type.annotation())), op.operation_id)


@pytest.mark.parametrize("op", OPERATIONS)
async def test_every_method_through_the_async_client(op: planmod.OperationPlan, emulator: Emulator) -> None:
    async with AsyncKworkClient(
        token=emulator.issue_token(),
        base_url=BASE,
        http_client=httpx.AsyncClient(transport=EmulatorTransport(emulator)),
    ) as client:
        method = getattr(getattr(client, op.tag), op.name)
        result = await method(*values(op))
        check(result, expected(op), op.operation_id)
        if op.paged:
            items = [
                item
                async for item in getattr(getattr(client, op.tag), op.iter_name)(*values(op, paged_iter=True))
            ]
            assert op.item_type is not None
            check(items, ("list", parse_type(op.item_type.annotation())), op.operation_id)


def test_counts_of_spec_facade_and_emulator_agree(emulator: Emulator) -> None:
    sync, aio = KworkClient(token="t"), AsyncKworkClient(token="t", http_client=httpx.AsyncClient())
    facade_sync = sum(callable(getattr(getattr(sync, op.tag), op.name, None)) for op in PLAN.operations)
    facade_async = sum(callable(getattr(getattr(aio, op.tag), op.name, None)) for op in PLAN.operations)
    served = sum(op.method in emulator.operations for op in PLAN.operations)
    assert len(PLAN.operations) == facade_sync == facade_async == served == len(emulator.operations)
    sync.close()
