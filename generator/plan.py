"""Turn openapi/kwork.yaml into a plan: plain data that the templates print.

Every naming and typing decision of the generated code is made here, in Python, so it can be
read and tested; the Jinja templates only lay the plan out. A spec that breaks one of the
conventions in docs/spec-conventions.md raises SpecError naming the place.
"""

from __future__ import annotations

import keyword
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from openapi_python_client import strings as _oapi_strings

SCALARS = {"integer": "int", "number": "float", "string": "str", "boolean": "bool"}
#: Converter names in kwork_api._coerce for each public scalar type.
CONVERTERS = {"int": "to_int", "float": "to_float", "str": "to_str", "bool": "to_bool"}
TAG_ORDER = (
    "auth",
    "user",
    "catalog",
    "projects",
    "orders",
    "offers",
    "dialogs",
    "notifications",
    "portfolio",
    "reviews",
    "files",
    "reference",
    "settings",
    "other",
)
SECURITY_TOKEN = "token"


class SpecError(Exception):
    """The spec breaks a generator convention."""


def snake(name: str) -> str:
    """`lastOnlineTime` -> `last_online_time`, `g-recaptcha-response` -> `g_recaptcha_response`."""
    s = re.sub(r"\[(\d*)\]", r"_\1", name).strip("_")
    s = re.sub(r"[^0-9a-zA-Z_]+", "_", s)
    s = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", s)
    s = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", s)
    s = re.sub(r"_+", "_", s).strip("_").lower()
    if not s:
        raise SpecError(f"cannot make a Python name from {name!r}")
    if s[0].isdigit():
        s = "n" + s
    if keyword.iskeyword(s) or s in {"self", "timeout", "max_retries"}:
        s += "_"
    return s


def pascal(name: str) -> str:
    return "".join(p[:1].upper() + p[1:] for p in re.split(r"[^0-9a-zA-Z]+", name) if p)


@dataclass(frozen=True)
class PyType:
    """A public Python type and how wire values become it."""

    kind: str  # int | float | str | bool | any | list | map | model
    nullable: bool = False
    item: PyType | None = None
    model: str | None = None
    enum: tuple[Any, ...] = ()
    wire: tuple[str, ...] = ()  # JSON types the wire may send, for docs

    def annotation(self, *, optional: bool = False) -> str:
        if self.kind in CONVERTERS or self.kind == "bytes":
            base = self.kind
        elif self.kind == "any":
            return "Any"
        elif self.kind == "list":
            assert self.item is not None
            base = f"list[{self.item.annotation()}]"
        elif self.kind == "map":
            assert self.item is not None
            base = f"dict[str, {self.item.annotation()}]"
        else:
            assert self.model is not None
            base = self.model
        return f"{base} | None" if (self.nullable or optional) else base

    def converter(self, current: str | None = None) -> str:
        """Expression for a callable `(value, where) -> public value` (None passes through).

        `current` is the model whose module the expression lives in (it refers to itself directly).
        """
        if self.kind in CONVERTERS:
            return f"_c.{CONVERTERS[self.kind]}"
        if self.kind == "any":
            return "_c.to_any"
        if self.kind == "model":
            return f"_c.model_converter({model_ref(self.model or '', current)})"
        assert self.item is not None
        inner = self.item.converter(current)
        return f"_c.list_converter({inner})" if self.kind == "list" else f"_c.map_converter({inner})"

    def models(self) -> Iterator[str]:
        if self.model:
            yield self.model
        if self.item:
            yield from self.item.models()

    def describe(self) -> str:
        """Human-readable type for docs, with wire variants."""
        text = self.annotation().replace("| None", "or null").replace(" or null", " | null")
        extra = [w for w in self.wire if SCALARS.get(w) not in (None, self.kind)]
        if extra:
            text += f" (wire also: {', '.join(extra)})"
        return text


def module_name(class_name: str) -> str:
    """The module openapi-python-client writes a model to (its naming, so the two always agree)."""
    return str(_oapi_strings.snake_case(class_name))


def module_alias(class_name: str) -> str:
    return "_m_" + module_name(class_name)


def model_ref(class_name: str, current: str | None = None) -> str:
    """Expression for a model's parser, from inside model `current`'s module (or an operation's)."""
    if class_name == current:
        return f"{class_name}._from_wire"
    return f"{module_alias(class_name)}.{class_name}._from_wire"


@dataclass
class FieldPlan:
    wire: str
    name: str
    type: PyType
    required: bool
    description: str
    secret: bool
    #: Other wire names the server uses for the same value (read when `wire` is absent).
    wire_aliases: tuple[str, ...] = ()

    @property
    def annotation(self) -> str:
        return self.type.annotation(optional=not self.required)


@dataclass
class AliasPlan:
    name: str
    target: FieldPlan


@dataclass
class ModelPlan:
    name: str
    description: str
    fields: list[FieldPlan]
    aliases: list[AliasPlan]
    mixin: str | None

    @property
    def module(self) -> str:
        return module_name(self.name)

    @property
    def referenced(self) -> list[str]:
        return sorted({m for f in self.fields for m in f.type.models()} - {self.name})


@dataclass
class ParamPlan:
    wire: str
    name: str
    location: str  # query | form | multipart
    style: str  # plain | csv | repeat | json | file | indexed | keyed | spread
    type: PyType
    request_type: str
    required: bool
    description: str
    secret: bool
    default: Any = None


@dataclass
class OperationPlan:
    operation_id: str
    path: str
    tag: str
    name: str
    summary: str
    description: str
    auth: str  # none | optional | required
    replay_safe: bool
    params: list[ParamPlan]
    result: str  # data | envelope | none | binary
    result_type: PyType | None
    paged: str | None
    session: str | None
    deprecated: bool
    http_method: str = "POST"

    @property
    def method(self) -> str:
        return self.path.lstrip("/")

    @property
    def module(self) -> str:
        return str(_oapi_strings.PythonIdentifier(self.operation_id, "field_"))

    @property
    def return_annotation(self) -> str:
        return "None" if self.result_type is None else self.result_type.annotation()

    @property
    def iter_name(self) -> str:
        return "iter_" + (self.name[4:] if self.name.startswith("get_") else self.name)

    @property
    def item_type(self) -> PyType | None:
        """Type of one item yielded by iter_*, found on the result model's paged attribute."""
        return self._item_type

    _item_type: PyType | None = None

    @property
    def ordered_params(self) -> list[ParamPlan]:
        """Required parameters first (positional), in spec order, then the optional ones."""
        return [p for p in self.params if p.required] + [p for p in self.params if not p.required]

    @property
    def models(self) -> list[str]:
        return sorted(set(self.result_type.models())) if self.result_type else []


@dataclass
class TagPlan:
    name: str
    description: str
    operations: list[OperationPlan] = field(default_factory=list)

    @property
    def class_name(self) -> str:
        return pascal(self.name) + "Resource"

    @property
    def async_class_name(self) -> str:
        return "Async" + self.class_name


@dataclass
class Plan:
    title: str
    version: str
    models: dict[str, ModelPlan]
    operations: list[OperationPlan]
    tags: dict[str, TagPlan]
    raw: dict[str, Any]
    #: (Model.attribute, reason) for every free-form field, listed in the reference.
    freeform: list[tuple[str, str]] = field(default_factory=list)

    def tag(self, name: str) -> TagPlan:
        return self.tags[name]

    def operation(self, operation_id: str) -> OperationPlan:
        for op in self.operations:  # by operationId, or by module name (what the generator passes)
            if operation_id in (op.operation_id, op.module):
                return op
        raise KeyError(operation_id)


class _Builder:
    def __init__(self, spec: dict[str, Any]) -> None:
        self.spec = spec
        self.schemas: dict[str, Any] = spec.get("components", {}).get("schemas", {})
        self.models: dict[str, ModelPlan] = {}
        self.freeform: list[tuple[str, str]] = []

    # -- references -------------------------------------------------------------------------
    def deref(self, node: Any, where: str) -> Any:
        seen = 0
        while isinstance(node, dict) and "$ref" in node:
            ref = node["$ref"]
            if not ref.startswith("#/components/"):
                raise SpecError(f"{where}: only local #/components refs are supported, got {ref}")
            target: Any = self.spec
            for part in ref[2:].split("/"):
                if part not in target:
                    raise SpecError(f"{where}: unresolved reference {ref}")
                target = target[part]
            node = target
            seen += 1
            if seen > 20:
                raise SpecError(f"{where}: reference loop at {ref}")
        return node

    @staticmethod
    def ref_name(node: Any) -> str | None:
        if isinstance(node, dict) and isinstance(node.get("$ref"), str):
            ref = node["$ref"]
            if ref.startswith("#/components/schemas/"):
                return str(ref.rsplit("/", 1)[1])
        return None

    def merged(self, schema: dict[str, Any], where: str) -> dict[str, Any]:
        """Flatten `allOf` into one object schema (properties, required, aliases)."""
        if "allOf" not in schema:
            return schema
        out: dict[str, Any] = {k: v for k, v in schema.items() if k != "allOf"}
        props: dict[str, Any] = {}
        required: list[str] = []
        aliases: dict[str, str] = {}
        for i, raw in enumerate(schema["allOf"]):
            part = self.merged(self.deref(raw, f"{where}.allOf[{i}]"), where)
            props.update(part.get("properties", {}))
            required += [r for r in part.get("required", []) if r not in required]
            aliases.update(part.get("x-kwork-aliases", {}))
            if part.get("x-kwork-mixin"):
                out.setdefault("x-kwork-mixin", part["x-kwork-mixin"])
        props.update(schema.get("properties", {}))
        out.update(type="object", properties=props, required=required)
        aliases.update(schema.get("x-kwork-aliases", {}))
        if aliases:
            out["x-kwork-aliases"] = aliases
        return out

    # -- types -------------------------------------------------------------------------------
    def pytype(self, node: Any, where: str) -> PyType:
        name = self.ref_name(node)
        if name is not None:
            target = self.deref(node, where)
            if self._is_object(target):
                self.model(name)
                return PyType("model", model=name, wire=("object",))
            return self.pytype(target, where)
        if not isinstance(node, dict):
            raise SpecError(f"{where}: schema must be a mapping")
        for key in ("oneOf", "anyOf"):
            if key in node:
                variants = node[key]
                nulls = [v for v in variants if isinstance(v, dict) and v.get("type") == "null"]
                rest = [v for v in variants if v not in nulls]
                if len(rest) != 1:
                    raise SpecError(f"{where}: {key} must be one schema plus optional null")
                inner = self.pytype(rest[0], where)
                return PyType(inner.kind, True, inner.item, inner.model, inner.enum, (*inner.wire, "null"))
        if "allOf" in node:
            raise SpecError(f"{where}: inline allOf; give the combined schema a name in components")
        types = node.get("type")
        if types is None:
            if "properties" in node:
                raise SpecError(f"{where}: inline object; give it a name in components/schemas")
            return PyType("any", True, wire=("any",))
        types = [types] if isinstance(types, str) else list(types)
        nullable = "null" in types or bool(node.get("nullable"))
        real = [t for t in types if t != "null"]
        if not real:
            return PyType("any", True, wire=("null",))
        first = real[0]
        enum = tuple(node.get("enum", ()))
        if first in SCALARS:
            return PyType(SCALARS[first], nullable, enum=enum, wire=tuple(types))
        if first == "array":
            item = self.pytype(node.get("items", {}), f"{where}[]")
            return PyType("list", nullable, item=item, wire=tuple(types))
        if first == "object":
            if node.get("properties"):
                raise SpecError(f"{where}: inline object; give it a name in components/schemas")
            extra = node.get("additionalProperties", True)
            item = PyType("any", True) if extra in (True, {}) else self.pytype(extra, f"{where}{{}}")
            return PyType("map", nullable, item=item, wire=tuple(types))
        raise SpecError(f"{where}: unsupported type {first!r}")

    def _is_object(self, schema: Any) -> bool:
        if not isinstance(schema, dict):
            return False
        if "allOf" in schema or schema.get("properties"):
            return True
        t = schema.get("type")
        return t == "object" and "additionalProperties" not in schema and bool(schema.get("properties"))

    # -- models ------------------------------------------------------------------------------
    def model(self, name: str) -> ModelPlan:
        if name in self.models:
            return self.models[name]
        where = f"components.schemas.{name}"
        if not re.fullmatch(r"[A-Z][A-Za-z0-9]*", name):
            raise SpecError(f"{where}: component names are PascalCase ASCII")
        schema = self.merged(self.deref(self.schemas[name], where), where)
        plan = ModelPlan(name, _text(schema.get("description"), where), [], [], schema.get("x-kwork-mixin"))
        self.models[name] = plan  # registered before fields, so self-references resolve
        required = set(schema.get("required", []))
        seen: dict[str, str] = {}
        for wire, prop in schema.get("properties", {}).items():
            fwhere = f"{where}.{wire}"
            if not re.fullmatch(r"[\x20-\x7e]+", wire):
                raise SpecError(f"{fwhere}: property names are ASCII")
            pyname = (prop.get("x-kwork-name") if isinstance(prop, dict) else None) or snake(wire)
            if not re.fullmatch(r"[a-z][a-z0-9_]*", pyname) or keyword.iskeyword(pyname):
                raise SpecError(f"{fwhere}: x-kwork-name must be a snake_case Python name")
            if pyname in seen:
                raise SpecError(
                    f"{fwhere}: Python name {pyname!r} also used by {seen[pyname]!r}; "
                    "give one of them `x-kwork-name: <python_name>`"
                )
            seen[pyname] = wire
            prop_schema = self.deref(prop, fwhere) if self.ref_name(prop) is None else prop
            desc = prop.get("description") if isinstance(prop, dict) else None
            if desc is None and self.ref_name(prop):
                desc = self.deref(prop, fwhere).get("description")
            ftype = self.pytype(prop_schema, fwhere)
            if (
                _is_freeform(ftype)
                and not (isinstance(prop, dict) and prop.get("x-kwork-freeform"))
                and not (isinstance(prop_schema, dict) and prop_schema.get("x-kwork-freeform"))
            ):
                raise SpecError(
                    f"{fwhere}: free-form data needs x-kwork-freeform: <why the API is free-form here>"
                )
            if _is_freeform(ftype):
                self.freeform.append(
                    (
                        f"{name}.{pyname}",
                        str(
                            (prop.get("x-kwork-freeform") if isinstance(prop, dict) else None)
                            or prop_schema.get("x-kwork-freeform")
                        ),
                    )
                )
            aliases = tuple(prop.get("x-kwork-wire-aliases", ()) if isinstance(prop, dict) else ())
            plan.fields.append(
                FieldPlan(
                    wire=wire,
                    name=pyname,
                    type=ftype,
                    required=wire in required,
                    description=_text(desc, fwhere),
                    secret=_is_secret(prop_schema),
                    wire_aliases=aliases,
                )
            )
        by_wire = {f.wire: f for f in plan.fields}
        for alias, target in (schema.get("x-kwork-aliases") or {}).items():
            if target not in by_wire:
                raise SpecError(f"{where}.x-kwork-aliases.{alias}: no property {target!r}")
            if alias in seen:
                raise SpecError(f"{where}.x-kwork-aliases.{alias}: clashes with a field")
            plan.aliases.append(AliasPlan(alias, by_wire[target]))
        return plan

    # -- operations --------------------------------------------------------------------------
    def operations(self) -> list[OperationPlan]:
        ops: list[OperationPlan] = []
        ids: set[str] = set()
        names: set[tuple[str, str]] = set()
        for path, item in self.spec.get("paths", {}).items():
            for method, op in item.items():
                where = f"paths.{path}.{method}"
                if method not in ("post", "get"):
                    raise SpecError(f"{where}: Kwork methods are POST (one reference method is GET)")
                plan = self.operation(path, op, where)
                plan.http_method = method.upper()
                if method == "get" and any(p.location != "query" for p in plan.params):
                    raise SpecError(f"{where}: a GET method takes query parameters only")
                if plan.operation_id in ids:
                    raise SpecError(f"{where}: duplicate operationId {plan.operation_id}")
                if (plan.tag, plan.name) in names:
                    raise SpecError(f"{where}: facade name {plan.tag}.{plan.name} already used")
                if plan.paged and (plan.tag, plan.iter_name) in names:
                    raise SpecError(f"{where}: {plan.tag}.{plan.iter_name} clashes")
                ids.add(plan.operation_id)
                names.add((plan.tag, plan.name))
                if plan.paged:
                    names.add((plan.tag, plan.iter_name))
                ops.append(plan)
        return ops

    def operation(self, path: str, op: dict[str, Any], where: str) -> OperationPlan:
        ext = op.get("x-kwork")
        if not isinstance(ext, dict):
            raise SpecError(f"{where}: missing x-kwork (name, replay)")
        name = ext.get("name")
        if not isinstance(name, str) or not re.fullmatch(r"[a-z][a-z0-9_]*", name):
            raise SpecError(f"{where}: x-kwork.name must be a snake_case facade name")
        if ext.get("replay") not in ("safe", "unsafe"):
            raise SpecError(f"{where}: x-kwork.replay must be 'safe' or 'unsafe'")
        tags = op.get("tags") or []
        if len(tags) != 1 or not re.fullmatch(r"[a-z]+", tags[0]):
            raise SpecError(f"{where}: exactly one lower-case ASCII tag")
        op_id = op.get("operationId")
        if not isinstance(op_id, str) or not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", op_id):
            raise SpecError(f"{where}: operationId must be ASCII letters and digits")
        params = self.parameters(op, where)
        result, result_type = self.result(op, where)
        paged = ext.get("paged")
        plan = OperationPlan(
            operation_id=op_id,
            path=path,
            tag=tags[0],
            name=name,
            summary=_text(op.get("summary"), f"{where}.summary"),
            description=(op.get("description") or "").strip(),
            auth=self.auth(op, where),
            replay_safe=ext["replay"] == "safe",
            params=params,
            result=result,
            result_type=result_type,
            paged=paged,
            session=ext.get("session"),
            deprecated=bool(op.get("deprecated")),
        )
        if paged is not None:
            plan._item_type = self.paged_item(plan, where)
        if plan.session not in (None, "start", "end"):
            raise SpecError(f"{where}: x-kwork.session must be 'start' or 'end'")
        return plan

    def auth(self, op: dict[str, Any], where: str) -> str:
        security = op.get("security", self.spec.get("security", []))
        with_token = [SECURITY_TOKEN in s for s in security]
        if not security or not all("app" in s for s in security):
            raise SpecError(f"{where}: every security alternative includes `app`")
        if all(with_token):
            return "required"
        return "optional" if any(with_token) else "none"

    def parameters(self, op: dict[str, Any], where: str) -> list[ParamPlan]:
        out: list[ParamPlan] = []
        for i, raw in enumerate(op.get("parameters", [])):
            p = self.deref(raw, f"{where}.parameters[{i}]")
            pwhere = f"{where}.parameters.{p.get('name')}"
            if p.get("in") != "query":
                raise SpecError(f"{pwhere}: parameters are `in: query`; bodies go in requestBody")
            if "content" in p:
                schema = p["content"]["application/json"]["schema"]
                style = "json"
            else:
                schema = p.get("schema")
                if schema is None:
                    raise SpecError(f"{pwhere}: parameter without schema")
                style = None
            out.append(
                self.param(
                    p["name"],
                    schema,
                    "query",
                    p.get("required", False),
                    p.get("description"),
                    pwhere,
                    style,
                    p,
                )
            )
        body = op.get("requestBody")
        if body:
            content = body.get("content", {})
            if len(content) != 1:
                raise SpecError(f"{where}.requestBody: exactly one content type")
            ((ctype, media),) = content.items()
            location = {"application/x-www-form-urlencoded": "form", "multipart/form-data": "multipart"}.get(
                ctype
            )
            if location is None:
                raise SpecError(f"{where}.requestBody: unsupported content type {ctype}")
            schema = self.merged(self.deref(media.get("schema", {}), where), where)
            required = set(schema.get("required", []))
            for fname, fschema in schema.get("properties", {}).items():
                fs = self.deref(fschema, f"{where}.requestBody.{fname}")
                out.append(
                    self.param(
                        fname,
                        fs,
                        location,
                        fname in required,
                        fs.get("description"),
                        f"{where}.requestBody.{fname}",
                        None,
                        fs,
                    )
                )
        seen: set[str] = set()
        for p in out:
            if p.name in seen:
                raise SpecError(f"{where}: two parameters map to Python name {p.name!r}")
            seen.add(p.name)
        return out

    def param(
        self,
        wire: str,
        schema: Any,
        location: str,
        required: bool,
        description: Any,
        where: str,
        style: str | None,
        holder: dict[str, Any],
    ) -> ParamPlan:
        schema = self.deref(schema, where)
        ext = holder.get("x-kwork-style") or schema.get("x-kwork-style")
        t = schema.get("type")
        t = [x for x in ([t] if isinstance(t, str) else (t or [])) if x != "null"]
        first = t[0] if t else None
        name = holder.get("x-kwork-name") or (
            snake(wire.split("[", maxsplit=1)[0]) if wire.endswith("[]") else snake(wire)
        )
        if not re.fullmatch(r"[a-z][a-z0-9_]*", name) or keyword.iskeyword(name):
            raise SpecError(f"{where}: x-kwork-name must be a snake_case Python name")
        if style == "json":
            request_type = "Mapping[str, Any]" if first == "object" else "Any"
        elif ext == "indexed":
            style = "indexed"
            request_type = "Sequence[Mapping[str, Any]]"
        elif ext == "keyed":
            style = "keyed"
            request_type = "Mapping[int | str, Any]"
        elif first == "array":
            item = self.deref(schema.get("items", {}), where)
            itype = SCALARS.get(item.get("type"), "Any")
            request_type = f"Sequence[{_literal(item) or itype}]"
            explode = holder.get("explode", True)
            style = "repeat" if explode else "csv"
            if style == "repeat" and not wire.endswith("[]"):
                raise SpecError(f"{where}: exploded arrays use the PHP `name[]` form (or set explode: false)")
        elif schema.get("format") == "binary":
            if location != "multipart":
                raise SpecError(f"{where}: binary fields belong in multipart bodies")
            style, request_type = "file", "FileInput"
        elif first in SCALARS:
            style = "plain"
            request_type = _literal(schema) or SCALARS[first]
        elif first == "object":
            # OpenAPI's form/explode object: each key becomes a query parameter of its own
            style, request_type = "spread", "Mapping[str, Any]"
        else:
            raise SpecError(f"{where}: unsupported parameter type {schema.get('type')!r}")
        return ParamPlan(
            wire=wire,
            name=name,
            location=location,
            style=style,
            type=PyType(_value_kind(style, first, schema, self, where)),
            request_type=request_type,
            required=bool(required),
            description=_text(description, where),
            secret=_is_secret(schema),
            default=schema.get("default"),
        )

    def result(self, op: dict[str, Any], where: str) -> tuple[str, PyType | None]:
        """Work out what the facade returns from the 200 response schema."""
        content = op.get("responses", {}).get("200", {}).get("content", {})
        binary = [
            c
            for c, m in content.items()
            if c != "application/json"
            and isinstance(m.get("schema"), dict)
            and m["schema"].get("format") == "binary"
        ]
        if binary and "application/json" not in content:
            return "binary", PyType("bytes")
        try:
            media = content["application/json"]
        except KeyError:
            raise SpecError(
                f"{where}: a 200 application/json (or binary file) response is required"
            ) from None
        schema = media.get("schema", {})
        name = self.ref_name(schema)
        if name is not None:
            target = self.merged(self.deref(schema, where), where)
            if set(target.get("properties", {})) == {"success"}:
                return "none", None
            return "envelope", self.pytype(schema, where)
        parts = schema.get("allOf", [])
        if len(parts) != 2 or self.ref_name(parts[0]) != "DataResponse":
            raise SpecError(f"{where}: 200 schema is a named envelope or allOf [DataResponse, {{response}}]")
        props = parts[1].get("properties", {})
        if set(props) != {"response"}:
            raise SpecError(f"{where}: extra envelope keys need a named envelope schema")
        return "data", self.pytype(props["response"], f"{where}.response")

    def paged_item(self, op: OperationPlan, where: str) -> PyType:
        rt = op.result_type
        if rt is None or rt.kind != "model" or rt.model is None:
            raise SpecError(f"{where}: x-kwork.paged needs a page model result")
        model = self.models[rt.model]
        attrs = {f.name: f.type for f in model.fields} | {a.name: a.target.type for a in model.aliases}
        if op.paged not in attrs or attrs[op.paged].kind != "list":
            raise SpecError(f"{where}: x-kwork.paged names no list attribute of {rt.model}")
        if "pagination" not in attrs:
            raise SpecError(f"{where}: {rt.model} has no `pagination` attribute")
        item = attrs[op.paged].item
        assert item is not None
        return item


def _text(value: Any, where: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise SpecError(f"{where}: an English description is required")
    if re.search(r"[\u0400-\u04ff]", value):
        raise SpecError(f"{where}: descriptions are written in English")
    return " ".join(value.split())


def _value_kind(
    style: str | None, first: str | None, schema: dict[str, Any], builder: _Builder, where: str
) -> str:
    """The scalar kind an argument's values must have (its items', for arrays); "any" if free."""
    if style in ("csv", "repeat"):
        item = builder.deref(schema.get("items", {}), where)
        itype = item.get("type")
        return SCALARS.get(itype if isinstance(itype, str) else "", "any")
    if style == "plain":
        return SCALARS.get(first or "", "any")
    return "any"


def _is_freeform(t: PyType) -> bool:
    while t.kind == "list" and t.item is not None:
        t = t.item
    return t.kind in ("any", "map") and (t.item is None or t.item.kind == "any")


def _is_secret(schema: Any) -> bool:
    return isinstance(schema, dict) and schema.get("format") == "password"


def _literal(schema: Mapping[str, Any]) -> str | None:
    enum = schema.get("enum")
    if not enum:
        return None
    return "Literal[" + ", ".join(repr(v) for v in enum) + "]"


def build(spec: dict[str, Any]) -> Plan:
    b = _Builder(spec)
    ops = b.operations()
    for name in b.schemas:  # every component is a public model, referenced or not
        target = b.deref(b.schemas[name], name)
        if b._is_object(target):
            b.model(name)
    tag_info = {t["name"]: t.get("description", "") for t in spec.get("tags", [])}
    tags: dict[str, TagPlan] = {}
    for op in ops:
        if op.tag not in tag_info:
            raise SpecError(f"tag {op.tag!r} of {op.operation_id} is not declared under `tags`")
        tags.setdefault(op.tag, TagPlan(op.tag, _text(tag_info[op.tag], f"tags.{op.tag}")))
        tags[op.tag].operations.append(op)
    order = {t: i for i, t in enumerate(TAG_ORDER)}
    tags = dict(sorted(tags.items(), key=lambda kv: (order.get(kv[0], 99), kv[0])))
    for tag in tags.values():
        tag.operations.sort(key=lambda o: o.name)
    info = spec.get("info", {})
    models = dict(sorted(b.models.items()))
    return Plan(
        info.get("title", ""),
        str(info.get("version", "")),
        models,
        sorted(ops, key=lambda o: o.operation_id.lower()),
        tags,
        spec,
        sorted(b.freeform),
    )


def load(path: Path) -> Plan:
    with path.open(encoding="utf-8") as fh:
        return build(yaml.safe_load(fh))
