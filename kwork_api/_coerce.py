"""Lenient converters from Kwork's PHP-shaped JSON to the public Python types.

The generated `_from_wire` functions check a value's class inline and call these only when
it is not already the public type, so the common case costs one comparison. Every
converter either returns the public value (or None for PHP's "missing" spellings) or raises
KworkValidationError naming the field: never a bare ValueError or TypeError.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping
from typing import Any, NoReturn, TypeVar

from ._errors import KworkValidationError

T = TypeVar("T")
Converter = Callable[[Any, str], Any]


class FrozenDict(dict[str, Any]):
    """A read-only dict for `additional_properties`: models are immutable, and it pickles."""

    __slots__ = ()

    def _readonly(self, *args: Any, **kwargs: Any) -> NoReturn:
        raise TypeError("additional_properties is read-only; use to_dict() for a mutable copy")

    __setitem__ = __delitem__ = clear = pop = popitem = setdefault = update = __ior__ = _readonly

    def __reduce__(self) -> tuple[type[FrozenDict], tuple[dict[str, Any]]]:
        return (FrozenDict, (dict(self),))

    def __repr__(self) -> str:
        return f"FrozenDict({dict.__repr__(self)})"


#: Shared read-only mapping for models whose wire data had no unknown keys.
EMPTY: Mapping[str, Any] = FrozenDict()

_TRUE = frozenset({"1", "true", "True", "TRUE", "yes", "on"})
_FALSE = frozenset({"0", "false", "False", "FALSE", "no", "off", ""})


def _excerpt(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def invalid(where: str, expected: str, value: Any) -> KworkValidationError:
    return KworkValidationError(f"{where}: expected {expected}, got {_excerpt(value)}", field=where)


def missing(where: str) -> KworkValidationError:
    return KworkValidationError(f"{where}: required field is missing or null", field=where)


def to_int(value: Any, where: str) -> int | None:
    cls = value.__class__
    if cls is int or value is None:
        return value  # type: ignore[no-any-return]
    if cls is str:
        text = value.strip()
        if not text:
            return None
        try:
            return int(text)
        except ValueError:
            try:
                number = float(text)
            except ValueError:
                raise invalid(where, "an integer", value) from None
            if number.is_integer():
                return int(number)
            raise invalid(where, "an integer", value) from None
    if cls is bool:
        return int(value)
    if cls is float and math.isfinite(value) and value.is_integer():
        return int(value)
    raise invalid(where, "an integer", value)


def to_float(value: Any, where: str) -> float | None:
    cls = value.__class__
    if cls is float or value is None:
        return value  # type: ignore[no-any-return]
    if cls is int or cls is bool:
        return float(value)
    if cls is str:
        text = value.strip().replace(",", ".")
        if not text:
            return None
        try:
            number = float(text)
        except ValueError:
            raise invalid(where, "a number", value) from None
        if math.isfinite(number):
            return number
    raise invalid(where, "a number", value)


def to_bool(value: Any, where: str) -> bool | None:
    cls = value.__class__
    if cls is bool or value is None:
        return value  # type: ignore[no-any-return]
    if cls is int:
        if value in (0, 1):
            return bool(value)
    elif cls is str:
        if value in _TRUE:
            return True
        if value in _FALSE:
            return False
    elif cls is float and value in (0.0, 1.0):
        return bool(value)
    raise invalid(where, "a boolean (true/false, 1/0, yes/no)", value)


def to_str(value: Any, where: str) -> str | None:
    cls = value.__class__
    if cls is str or value is None:
        return value  # type: ignore[no-any-return]
    if cls is int or cls is float:
        return str(value)
    if value is False:  # PHP's "no value"
        return None
    raise invalid(where, "a string", value)


def to_any(value: Any, where: str) -> Any:
    return value


def to_model(value: Any, parse: Callable[[Any, str], T], where: str) -> T | None:
    """A nested object: PHP sends `[]`, `false`, `""` or null when there is none."""
    if value.__class__ is dict:
        return parse(value, where)
    if value is None or value is False or value in ([], ""):
        return None
    raise invalid(where, "an object", value)


def to_list(value: Any, convert: Converter, where: str) -> list[Any] | None:
    """A list; PHP sends `{"0": a, "1": b}` for some lists and `false` or null for none."""
    cls = value.__class__
    if cls is dict:
        value = list(value.values())
    elif cls is not list:
        if value is None or value is False or value == "":
            return None
        raise invalid(where, "a list", value)
    if convert is to_any:
        return value  # type: ignore[no-any-return]
    item_where = where + "[]"
    return [convert(item, item_where) for item in value]


def to_map(value: Any, convert: Converter, where: str) -> dict[str, Any] | None:
    """A free-form object; PHP sends `[]` for an empty one."""
    cls = value.__class__
    if cls is dict:
        if convert is to_any:
            return value  # type: ignore[no-any-return]
        return {str(k): convert(v, f"{where}.{k}") for k, v in value.items()}
    if cls is list:
        if not value:
            return {}
        return {str(i): convert(v, f"{where}.{i}") for i, v in enumerate(value)}
    if value is None or value is False:
        return None
    raise invalid(where, "an object", value)


def model_converter(parse: Callable[[Any, str], T]) -> Callable[[Any, str], T | None]:
    def convert(value: Any, where: str) -> T | None:
        return to_model(value, parse, where)

    return convert


def list_converter(convert: Converter) -> Callable[[Any, str], list[Any] | None]:
    def convert_list(value: Any, where: str) -> list[Any] | None:
        return to_list(value, convert, where)

    return convert_list


def map_converter(convert: Converter) -> Callable[[Any, str], dict[str, Any] | None]:
    def convert_map(value: Any, where: str) -> dict[str, Any] | None:
        return to_map(value, convert, where)

    return convert_map


def expect_object(value: Any, where: str) -> dict[str, Any]:
    """The top of a model must be an object; `[]` stands for an empty one."""
    if value.__class__ is dict:
        return value
    if value == []:
        return {}
    raise invalid(where, "an object", value)
