"""Base class of every generated model: wire round-trips and a compact repr."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar, Self


class KworkModel:
    """Immutable data from the API.

    Attributes use snake_case; `to_dict()` gives the wire names back, with fields the SDK
    does not know yet (`additional_properties`) included, so nothing the server sent is lost.
    """

    __slots__ = ()

    #: (python name, wire name, public type) of each declared field, in declaration order.
    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = ()

    additional_properties: Mapping[str, Any]

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Self:
        """Build from wire data (as the API sends it), converting PHP-style values."""
        if cls is KworkModel:
            raise TypeError(
                "KworkModel is the base class; call from_dict on a model such as kwork_api.Project"
            )
        return cls._from_wire(data, cls.__name__)  # type: ignore[attr-defined,no-any-return]

    def to_dict(self) -> dict[str, Any]:
        """Wire-shaped plain data (JSON-ready), including unknown fields the server sent."""
        out: dict[str, Any] = dict(self.additional_properties)
        for name, wire, _ in self._kwork_wire_:
            value = getattr(self, name)
            if value is not None:
                out[wire] = _plain(value)
        return out


def _plain(value: Any) -> Any:
    if isinstance(value, KworkModel):
        return value.to_dict()
    if isinstance(value, list):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
