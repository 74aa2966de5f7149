"""Code snippets the templates place: model parsers, operation tables, facade signatures.

Kept in Python so each decision about generated code is in one readable place.
"""

from __future__ import annotations

import textwrap
from typing import Any

from plan import (
    FieldPlan,
    ModelPlan,
    OperationPlan,
    ParamPlan,
    Plan,
    PyType,
    model_ref,
    module_alias,
    module_name,
)

INDENT = "    "


def wrap(text: str, width: int = 96, indent: str = "") -> str:
    return (
        "\n".join(
            textwrap.wrap(
                text, width, initial_indent=indent, subsequent_indent=indent, break_on_hyphens=False
            )
        )
        or indent.rstrip()
    )


def doc_escape(text: str) -> str:
    return text.replace("\\", "\\\\").replace('"""', '\\"\\"\\"')


# -- models ---------------------------------------------------------------------------------
def model_field_order(model: ModelPlan) -> list[FieldPlan]:
    """attrs needs fields without defaults first: required ones, then optional ones."""
    return [f for f in model.fields if f.required] + [f for f in model.fields if not f.required]


def field_declaration(f: FieldPlan) -> str:
    """Lists, maps and free-form values stay out of the hash (they are unhashable), so equal
    models hash alike and models can live in sets; secrets stay out of the repr."""
    options = []
    if not f.required:
        options.append("default=None")
    if f.secret:
        options.append("repr=False")
    if f.type.kind in ("list", "map", "any"):
        options.append("hash=False")
    if not options:
        return f"{f.name}: {f.annotation}"
    if options == ["default=None"]:
        return f"{f.name}: {f.annotation} = None"
    return f"{f.name}: {f.annotation} = _attrs.field({', '.join(options)})"


def parse_lines(model: ModelPlan, f: FieldPlan) -> list[str]:
    """Statements that read wire key `f.wire` from `d` into local `f_<name>`, converted.

    Straight-line code is the fastest pure-Python form measured (docs/benchmarks.md): one
    dict lookup and one class check per field; converters run only on PHP-shaped values.
    """
    var = f"f_{f.name}"
    where = f'"{model.name}.{f.name}"'
    t = f.type
    lines = [f"{var} = g({f.wire!r})"]
    for alias in f.wire_aliases:
        lines += [f"if {var} is None:", f"{INDENT}{var} = g({alias!r})"]
    must = f.required and not t.nullable
    if t.kind in ("int", "float", "str", "bool"):
        conv = f"_c.to_{t.kind}({var}, {where})"
        # an int is a valid float (PEP 484's numeric tower): no conversion, no allocation
        check = (
            f"{var}.__class__ is not float and {var}.__class__ is not int"
            if t.kind == "float"
            else f"{var}.__class__ is not {t.kind}"
        )
        if must:
            lines += [
                f"if {check}:",
                f"{INDENT}{var} = {conv}",
                f"{INDENT}if {var} is None:",
                f"{INDENT * 2}raise _c.missing({where})",
            ]
        else:
            lines += [f"if {var} is not None and {check}:", f"{INDENT}{var} = {conv}"]
        return lines
    if t.kind == "any":
        return lines + ([f"if {var} is None:", f"{INDENT}raise _c.missing({where})"] if must else [])
    if t.kind == "model":
        body = [f"{var} = _c.to_model({var}, {model_ref(t.model or '', model.name)}, {where})"]
    elif t.kind == "list":
        assert t.item is not None
        body = [f"{var} = _c.to_list({var}, {item_converter(t.item, model.name)}, {where})"]
        if t.item.kind == "model":  # the common case inline: a real list of objects, mapped in C
            body = [
                f"if {var}.__class__ is list:",
                f"{INDENT}{var} = list(map({model_ref(t.item.model or '', model.name)}, {var}))",
                "else:",
                *(INDENT + line for line in body),
            ]
    else:
        assert t.item is not None
        body = [f"{var} = _c.to_map({var}, {item_converter(t.item, model.name)}, {where})"]
    lines += [f"if {var} is not None:", *(INDENT + line for line in body)]
    if must:
        lines += [f"if {var} is None:", f"{INDENT}raise _c.missing({where})"]
    return lines


def item_converter(t: PyType, current: str | None = None) -> str:
    """A `(value, where)` converter for list or map items."""
    if t.kind == "model":
        return model_ref(t.model or "", current)
    return t.converter(current)


def model_imports(model: ModelPlan) -> list[str]:
    return [f"from . import {module_name(m)} as {module_alias(m)}" for m in model.referenced]


def typing_imports(model: ModelPlan) -> list[str]:
    return [f"from .{module_name(m)} import {m}" for m in model.referenced]


def model_doc(model: ModelPlan) -> str:
    lines = [wrap(doc_escape(model.description))]
    if model.fields:
        lines += ["", "Attributes:"]
        for f in model.fields:
            note = f" Wire name: `{f.wire}`." if f.wire != f.name else ""
            lines.append(_hanging(f"{f.name}: {doc_escape(f.description)}{note}"))
    return "\n".join(lines)


def _hanging(text: str, indent: str = INDENT, width: int = 92) -> str:
    return "\n".join(
        textwrap.wrap(
            text, width, initial_indent=indent, subsequent_indent=indent * 2, break_on_hyphens=False
        )
    )


# -- operations -----------------------------------------------------------------------------
def op_imports(op: OperationPlan) -> list[str]:
    return [f"from ...models import {module_name(m)} as {module_alias(m)}" for m in op.models]


def result_parse(op: OperationPlan) -> str:
    t = op.result_type
    if t is None or op.result == "binary":
        return "None"
    if t.kind == "model":
        return model_ref(t.model or "")
    return t.converter()


def empty_rule(op: OperationPlan) -> str:
    t = op.result_type
    if op.result == "binary":
        return "error"
    if op.paged:
        return "page"
    if t is None or t.nullable:
        return "none"
    return "list" if t.kind == "list" else "error"


def param_literal(p: ParamPlan) -> str:
    extra = ""
    if p.type.kind != "any":
        extra += f", kind={p.type.kind!r}"
    if p.required:
        extra += ", required=True"
    if p.secret:
        extra += ", secret=True"
    return f"Param({p.name!r}, {p.wire!r}, {p.location!r}, {p.style!r}{extra})"


# -- facade ---------------------------------------------------------------------------------
def signature(op: OperationPlan, *, paged_iter: bool = False) -> str:
    """Parameters after `self`: required ones positional, the rest keyword-only."""
    parts: list[str] = []
    params = [p for p in op.params if not (paged_iter and p.name == "page")]  # iter_* pages itself
    required = [p for p in params if p.required]
    optional = [p for p in params if not p.required]
    parts += [f"{p.name}: {p.request_type}" for p in required]
    parts.append("*")
    parts += [f"{p.name}: {p.request_type} | None = None" for p in optional]
    if paged_iter:
        parts.append("page: int = 1")
    parts += ["timeout: Timeout | NotGiven = NOT_GIVEN", "max_retries: int | NotGiven = NOT_GIVEN"]
    return ", ".join(parts)


def values_tuple(op: OperationPlan, *, paged_iter: bool = False) -> str:
    # iter_* always sends `page` (1 by default): without it some methods answer their newest page
    names = [p.name for p in op.params]
    if not names:
        return "()"
    return "(" + ", ".join(names) + ("," if len(names) == 1 else "") + ")"


def facade_doc(op: OperationPlan, *, paged_iter: bool = False) -> str:
    lines: list[str] = []
    if paged_iter:
        lines.append(wrap(doc_escape(f"Iterate over every item of `{op.name}`, fetching pages as needed.")))
        lines += ["", wrap(doc_escape(op.summary))]
    else:
        lines.append(wrap(doc_escape(op.summary)))
        if op.description and op.description != op.summary:
            lines += ["", wrap(doc_escape(op.description))]
    params = [p for p in op.ordered_params if not (paged_iter and p.name == "page")]
    if params or paged_iter:
        lines += ["", "Args:"]
        lines += [_hanging(f"{p.name}: {doc_escape(p.description)}") for p in params]
    if paged_iter:
        lines.append(
            _hanging(
                "page: The page to start from. If fetching a page fails, the iterator raises; "
                "resume with `page=` set to the page that failed."
            )
        )
    lines += ["", "Returns:"]
    if paged_iter:
        item = op.item_type.annotation() if op.item_type else "Any"
        lines.append(_hanging(f"An iterator of {item}."))
    else:
        lines.append(_hanging(f"{op.return_annotation}."))
    if op.deprecated:
        lines += [
            "",
            "Deprecated by the server: it may stop answering; prefer the method its description names.",
        ]
    safety = (
        "replay-safe (retried on transient failures)"
        if op.replay_safe
        else "changes state (never resent once it may have reached the server)"
    )
    lines += ["", wrap(f"Kwork method `{op.method}`; {safety}.")]
    return "\n".join(lines)


def facade_imports(ops: list[OperationPlan]) -> list[str]:
    seen: list[str] = []
    for op in ops:
        for m in [*op.models, *(op.item_type.models() if op.item_type else ())]:
            line = f"from kwork_api._generated.models.{module_name(m)} import {m}"
            if line not in seen:
                seen.append(line)
    return sorted(seen)


def uses(ops: list[OperationPlan], token: str) -> bool:
    text = " ".join(signature(o) + signature(o, paged_iter=True) for o in ops)
    return token in text


def globals_for(plan: Plan) -> dict[str, Any]:
    """Everything the templates may call, under one `kwork` namespace plus helpers."""
    return {
        "kwork": plan,
        "kg": {
            "model_field_order": model_field_order,
            "field_declaration": field_declaration,
            "parse_lines": parse_lines,
            "model_imports": model_imports,
            "typing_imports": typing_imports,
            "model_doc": model_doc,
            "op_imports": op_imports,
            "result_parse": result_parse,
            "empty_rule": empty_rule,
            "param_literal": param_literal,
            "signature": signature,
            "values_tuple": values_tuple,
            "facade_doc": facade_doc,
            "facade_imports": facade_imports,
            "uses": uses,
            "wrap": wrap,
            "doc_escape": doc_escape,
            "module_name": module_name,
        },
    }
