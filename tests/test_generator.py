"""The generator's rules, and the pitfalls of naive openapi-python-client output staying fixed."""

from __future__ import annotations

import copy
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))

import plan as planmod  # noqa: E402

SPEC = yaml.safe_load((ROOT / "openapi" / "kwork.yaml").read_text(encoding="utf-8"))


def with_op(extra: dict[str, Any], path: str = "/zzTest") -> dict[str, Any]:
    spec = copy.deepcopy(SPEC)
    op = {
        "operationId": "zzTest",
        "tags": ["other"],
        "summary": "Test.",
        "description": "Test method.",
        "x-kwork": {"name": "zz_test", "replay": "safe"},
        "responses": {
            "200": {
                "description": "Ok.",
                "content": {"application/json": {"schema": {"$ref": "#/components/schemas/OkResponse"}}},
            }
        },
    }
    op.update(extra)
    spec["paths"][path] = {"post": op}
    result: dict[str, Any] = spec
    return result


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        ({"x-kwork": {"name": "zzTest", "replay": "safe"}}, "snake_case facade name"),
        ({"x-kwork": {"name": "zz_test"}}, "replay must be 'safe' or 'unsafe'"),
        ({"summary": "Получить"}, "written in English"),
        ({"summary": ""}, "English description is required"),
        ({"tags": ["other", "user"]}, "exactly one lower-case ASCII tag"),
        ({"parameters": [{"name": "x", "in": "query", "description": "X."}]}, "parameter without schema"),
        (
            {
                "parameters": [
                    {
                        "name": "ids",
                        "in": "query",
                        "description": "Ids.",
                        "schema": {"type": "array", "items": {"type": "integer"}},
                    }
                ]
            },
            r"PHP `name\[\]` form",
        ),
        (
            {
                "responses": {
                    "200": {
                        "description": "x",
                        "content": {
                            "application/json": {
                                "schema": {"type": "object", "properties": {"a": {"type": "string"}}}
                            }
                        },
                    }
                }
            },
            "named envelope",
        ),
    ],
)
def test_spec_convention_violations_are_errors_naming_the_place(extra: dict[str, Any], message: str) -> None:
    with pytest.raises(planmod.SpecError, match=message) as info:
        planmod.build(with_op(extra))
    assert "/zzTest" in str(info.value)


def test_inline_objects_and_unexplained_free_form_fields_are_refused() -> None:
    spec = copy.deepcopy(SPEC)
    spec["components"]["schemas"]["ZzThing"] = {
        "type": "object",
        "description": "A thing.",
        "properties": {"blob": {"type": "object", "additionalProperties": True, "description": "Blob."}},
    }
    with pytest.raises(planmod.SpecError, match="x-kwork-freeform"):
        planmod.build(spec)
    spec["components"]["schemas"]["ZzThing"]["properties"] = {
        "inner": {"type": "object", "properties": {"a": {"type": "string"}}, "description": "Inner."}
    }
    with pytest.raises(planmod.SpecError, match="inline object"):
        planmod.build(spec)


def test_first_listed_type_is_public_and_names_are_snake_case() -> None:
    plan = planmod.build(SPEC)
    user = plan.models["KworkUser"]
    fields = {f.wire: f for f in user.fields}
    assert fields["id"].annotation == "int"
    assert fields["rating"].type.kind == "float"
    assert fields["profilepicture"].name == "profilepicture"
    assert planmod.snake("lastOnlineTime") == "last_online_time"
    assert planmod.snake("g-recaptcha-response") == "g_recaptcha_response"
    assert planmod.snake("class") == "class_"


def test_every_operation_has_a_facade_method_on_both_clients_with_the_declared_name() -> None:
    from kwork_api import AsyncKworkClient, KworkClient

    plan = planmod.build(SPEC)
    sync, aio = (
        KworkClient(token="t"),
        AsyncKworkClient(token="t", http_client=__import__("httpx").AsyncClient()),
    )
    for op in plan.operations:
        assert callable(getattr(getattr(sync, op.tag), op.name)), op.operation_id
        assert callable(getattr(getattr(aio, op.tag), op.name)), op.operation_id
        if op.paged:
            assert callable(getattr(getattr(aio, op.tag), op.iter_name))
    sync.close()


def test_importing_kwork_api_loads_no_model_or_endpoint_module() -> None:
    code = (
        "import sys, kwork_api; "
        "loaded = [m for m in sys.modules if m.startswith(('kwork_api._generated.models.', "
        "'kwork_api._generated.api.', 'kwork_api.resources.'))]; "
        "heavy = [m for m in ('aiohttp', 'cattrs', 'kwork_api.testing') if m in sys.modules]; "
        "print(len(loaded), heavy)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out[0] == "0", "import kwork_api eagerly loaded generated modules"
    assert out[1] == "[]", "import kwork_api loaded a heavy optional dependency"


def test_models_load_on_first_use_from_the_package() -> None:
    code = (
        "import sys, kwork_api; kwork_api.Project; "
        "print('kwork_api._generated.models.project' in sys.modules, "
        "'kwork_api._generated.models.kwork_user' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split()
    assert out == ["True", "False"]


def test_generated_code_has_no_unset_and_no_fixed_multipart_boundary() -> None:
    generated = ROOT / "kwork_api" / "_generated"
    for path in generated.rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "Unset" not in text and "UNSET" not in text, path
        assert "boundary=+++" not in text, path


def test_generation_fails_on_generator_warnings(tmp_path: Path) -> None:
    import generate

    spec = with_op({})
    spec["components"]["schemas"]["ZzBroken"] = {
        "type": "object",
        "description": "Broken.",
        "properties": {"x": {"$ref": "#/components/schemas/DoesNotExist", "description": "X."}},
    }
    with pytest.raises(planmod.SpecError, match="unresolved reference"):
        generate.render(planmod.build(spec), tmp_path)
