"""The one entry point that turns openapi/kwork.yaml into code (`make generate`).

    python generator/generate.py           # rewrite the generated files in the repo
    python generator/generate.py --check   # regenerate elsewhere; exit 1 if the repo differs

It runs openapi-python-client (pinned in pyproject.toml) with our templates, giving its
Jinja environment our plan (generator/plan.py), then renders the facade groups and the API
reference with the same environment and formats everything with ruff. Any generator
warning fails the run: a dropped endpoint is an error, not a warning.
"""

from __future__ import annotations

import argparse
import copy
import difflib
import filecmp
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from codegen import globals_for  # noqa: E402
from openapi_python_client import Project  # noqa: E402
from openapi_python_client.config import Config, ConfigFile, MetaType  # noqa: E402
from openapi_python_client.parser import GeneratorData  # noqa: E402
from plan import Plan, SpecError, load  # noqa: E402

ROOT = HERE.parent
SPEC = ROOT / "openapi" / "kwork.yaml"
TEMPLATES = HERE / "templates"
#: Generated outputs, relative to the repo root. Nothing else is touched.
OUTPUTS = ("kwork_api/_generated", "kwork_api/resources", "docs/api-reference.md")
#: Files openapi-python-client always writes that kwork-api does not use.
UNUSED = ("client.py", "errors.py", "types.py")
RUFF_SETTINGS = ["--isolated", "--line-length", "110", "--target-version", "py311"]


def derived_spec(plan: Plan) -> dict[str, Any]:
    """The spec as openapi-python-client should see it.

    It lays out files (one model module per component, one module per operation) and renders
    our templates; every typing decision is the plan's. So it gets each component as a plain
    object and each operation with its query parameters and the component it returns, and
    nothing it would turn into models of its own (enums, request bodies, envelopes, maps).
    """
    spec = copy.deepcopy(plan.raw)
    spec["components"]["schemas"] = {
        name: {"type": "object", "description": model.description} for name, model in plan.models.items()
    }
    spec["components"].pop("responses", None)
    spec["components"].pop("parameters", None)
    for path, item in spec["paths"].items():
        ((method, op),) = item.items()
        plan_op = plan.operation(op["operationId"])
        parameters = [
            {"name": p.wire, "in": "query", "required": p.required, "schema": {"type": "string"}}
            for p in plan_op.params
            if p.location == "query"
        ]
        if plan_op.result_type is not None and plan_op.result_type.model:
            schema: dict[str, Any] = {"$ref": f"#/components/schemas/{plan_op.result_type.model}"}
        else:
            schema = {}
        item[method] = {
            "operationId": op["operationId"],
            "tags": op["tags"],
            "summary": plan_op.summary,
            "parameters": parameters,
            "responses": {"200": {"description": path, "content": {"application/json": {"schema": schema}}}},
        }
    return spec


def render(plan: Plan, out: Path) -> None:
    """Write every generated file under `out`, laid out like the repo root."""
    package = out / "kwork_api" / "_generated"
    config = Config.from_sources(
        ConfigFile(post_hooks=[], field_prefix="field_", literal_enums=True),
        MetaType.NONE,
        SPEC,
        "utf-8",
        overwrite=True,
        output_path=package,
    )
    data = GeneratorData.from_dict(derived_spec(plan), config=config)
    if not isinstance(data, GeneratorData):
        raise SpecError(f"openapi-python-client refused the spec: {data.header}: {data.detail}")
    project = Project(openapi=data, config=config, custom_template_path=TEMPLATES)
    project.env.globals.update(globals_for(plan))
    project.env.filters["pyrepr"] = repr
    errors = project.build()
    if errors:
        text = "\n".join(f"{e.level}: {e.header}: {e.detail}" for e in errors)
        raise SpecError(f"openapi-python-client reported problems (treated as errors):\n{text}")
    for name in UNUSED:
        (package / name).unlink()
    (package / "py.typed").write_text("")
    _check_layout(plan, package)

    resources = out / "kwork_api" / "resources"
    resources.mkdir(parents=True)
    facade = project.env.get_template("facade.py.jinja")
    for tag in plan.tags.values():
        (resources / f"{tag.name}.py").write_text(facade.render(tag=tag), encoding="utf-8")
    (resources / "__init__.py").write_text(
        project.env.get_template("groups.py.jinja").render(), encoding="utf-8"
    )

    docs = out / "docs"
    docs.mkdir(parents=True)
    reference = project.env.get_template("api_reference.md.jinja").render()
    (docs / "api-reference.md").write_text(reference.rstrip() + "\n", encoding="utf-8")

    code = [str(out / "kwork_api")]
    ruff = [sys.executable, "-m", "ruff"]
    subprocess.run(
        [*ruff, "check", "--fix-only", "--select", "I,F401,UP", "--quiet", *RUFF_SETTINGS, *code], check=True
    )
    subprocess.run([*ruff, "format", "--quiet", *RUFF_SETTINGS, *code], check=True)


def _check_layout(plan: Plan, package: Path) -> None:
    """Every planned model and operation has its module; nothing unplanned leaked in."""
    models = {p.stem for p in (package / "models").glob("*.py")} - {"__init__"}
    expected = {m.module for m in plan.models.values()}
    if models != expected:
        raise SpecError(
            f"model modules differ from the plan: extra {sorted(models - expected)}, "
            f"missing {sorted(expected - models)}"
        )
    for op in plan.operations:
        if not (package / "api" / op.tag / f"{op.module}.py").exists():
            raise SpecError(f"no module generated for {op.operation_id} ({op.tag}/{op.module}.py)")


def _files(base: Path, rel: str) -> dict[str, Path]:
    root = base / rel
    if root.is_file():
        return {rel: root}
    if not root.exists():
        return {}
    return {
        str(p.relative_to(base)): p
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def compare(fresh: Path) -> list[str]:
    problems: list[str] = []
    for rel in OUTPUTS:
        want, have = _files(fresh, rel), _files(ROOT, rel)
        for name in sorted(set(want) | set(have)):
            if name not in have:
                problems.append(f"missing: {name}")
            elif name not in want:
                problems.append(f"not generated (stale or hand-made): {name}")
            elif not filecmp.cmp(want[name], have[name], shallow=False):
                diff = difflib.unified_diff(
                    have[name].read_text().splitlines(),
                    want[name].read_text().splitlines(),
                    f"repo/{name}",
                    f"generated/{name}",
                    lineterm="",
                    n=1,
                )
                problems.append(f"differs: {name}\n" + "\n".join(list(diff)[:20]))
    return problems


def install(fresh: Path) -> None:
    for rel in OUTPUTS:
        target, source = ROOT / rel, fresh / rel
        if target.is_dir():
            shutil.rmtree(target)
        elif target.exists():
            target.unlink()
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.move(str(source), str(target))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--check", action="store_true", help="fail if the committed output is not current")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    try:
        plan = load(SPEC)
        with tempfile.TemporaryDirectory(prefix="kwork-generate-") as tmp:
            fresh = Path(tmp)
            render(plan, fresh)
            if args.check:
                problems = compare(fresh)
                if problems:
                    print(
                        "Generated code is not current; run `make generate` and commit the result.",
                        file=sys.stderr,
                    )
                    print("\n".join(problems[:30]), file=sys.stderr)
                    if len(problems) > 30:
                        print(f"... and {len(problems) - 30} more", file=sys.stderr)
                    return 1
            else:
                install(fresh)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 2
    elapsed = time.perf_counter() - started
    what = "checked" if args.check else "generated"
    print(
        f"{what} {len(plan.operations)} methods, {len(plan.models)} models, {len(plan.tags)} groups "
        f"in {elapsed:.1f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
