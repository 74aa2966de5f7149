"""Declarative description of one API method, as the generated endpoint modules state it.

The core (request encoding, auth, retries, envelope, paging) and the emulator read these
objects; nothing in them is per-endpoint code.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, Generic, Literal, TypeVar

Location = Literal["query", "form", "multipart"]
#: plain: one value; csv: list joined by commas; repeat: `name[]=a&name[]=b`;
#: json: JSON-encoded; file: an upload; indexed: `name[0][key]=value` for a list of mappings;
#: keyed: `name[key]=value` for a mapping (PHP maps such as `extras[12345]=1`);
#: spread: each key of a mapping becomes a parameter of its own.
Style = Literal["plain", "csv", "repeat", "json", "file", "indexed", "keyed", "spread"]
AuthUse = Literal["none", "optional", "required"]
#: data: `response` converted; envelope: the whole body converted; none: nothing;
#: binary: the raw bytes of a file answer.
ResultKind = Literal["data", "envelope", "none", "binary"]
T = TypeVar("T")


@dataclass(frozen=True, slots=True)
class Param:
    name: str
    wire: str
    location: Location
    style: Style
    required: bool = False
    secret: bool = False
    #: The Python type the value (or each item of a list) must have: int, float, str or bool.
    kind: Literal["int", "float", "str", "bool", "any"] = "any"


@dataclass(frozen=True, slots=True)
class Operation(Generic[T]):
    """One Kwork method: `POST /<method>`; `T` is the public result type the facade returns."""

    method: str
    auth: AuthUse
    replay_safe: bool
    params: tuple[Param, ...]
    result: ResultKind
    #: Converts the data (`response`, or the whole body for envelope results) to public types.
    parse: Callable[[Any, str], Any] | None
    #: What a success answer without data (or "no orders", codes 150/151) means:
    #: "list" -> [], "none" -> None, "page" -> an empty page, "error" -> KworkApiError.
    empty: Literal["list", "none", "page", "error"] = "error"
    #: Attribute of the page model holding the items, for paged methods.
    paged: str | None = None
    #: "start" for methods that return a new token, "end" for ones that revoke it.
    session: Literal["start", "end"] | None = None
    #: The public result type, as written in the facade's signature (for tools and the emulator).
    returns: str = "None"
    #: Every Kwork method is POST but one (getPayerCompanyModalUrl).
    http_method: Literal["POST", "GET"] = "POST"

    @property
    def path(self) -> str:
        return "/" + self.method

    def __repr__(self) -> str:
        return f"Operation({self.method!r})"
