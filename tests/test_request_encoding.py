"""Arguments become the wire form the spec declares; bad input fails before anything is sent."""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

import pytest

from kwork_api import KworkValidationError
from kwork_api._operation import Operation, Param
from kwork_api._request import encode


def op(*params: Param) -> Operation[Any]:
    return Operation("m", "required", True, params, "none", None)


def test_booleans_travel_as_one_and_zero() -> None:
    enc = encode(op(Param("flag", "isStarred", "query", "plain")), [True])
    assert enc.params == [("isStarred", "1")]
    assert encode(op(Param("flag", "isStarred", "query", "plain")), [False]).params == [("isStarred", "0")]


def test_none_means_not_sent_and_required_none_is_refused() -> None:
    assert encode(op(Param("page", "page", "query", "plain")), [None]).params == []
    with pytest.raises(KworkValidationError, match="`user_id` is required"):
        encode(op(Param("user_id", "user_id", "query", "plain", required=True)), [None])


def test_comma_lists_and_bracket_arrays() -> None:
    enc = encode(
        op(Param("categories", "categories", "query", "csv"), Param("ids", "ids[]", "form", "repeat")),
        [[11, 12], (3, 4)],
    )
    assert enc.params == [("categories", "11,12")]
    assert enc.data == [("ids[]", "3"), ("ids[]", "4")]
    assert encode(op(Param("categories", "categories", "query", "csv")), [[]]).params == []  # filters nothing
    with pytest.raises(KworkValidationError, match="must be a list"):
        encode(op(Param("categories", "categories", "query", "csv")), ["11,12"])


@pytest.mark.parametrize(
    ("kind", "good", "bad"),
    [
        ("int", 7, True),
        ("int", 7, "7"),
        ("int", 7, 7.5),
        ("float", 7, "7.5"),
        ("bool", False, 0),
        ("str", "x", 5),
    ],
)
def test_values_must_have_the_declared_kind(kind: str, good: object, bad: object) -> None:
    p = Param("user_id", "user_id", "query", "plain", kind=kind)  # type: ignore[arg-type]
    assert encode(op(p), [good]).params
    with pytest.raises(KworkValidationError, match="argument `user_id` must be"):
        encode(op(p), [bad])
    items = Param("ids", "ids[]", "query", "repeat", kind=kind)  # type: ignore[arg-type]
    with pytest.raises(KworkValidationError, match="each"):
        encode(op(items), [[good, bad]])


def test_text_mode_closed_and_wrong_upload_content_is_refused(tmp_path: Path) -> None:
    import io

    p = Param("file", "file", "multipart", "file")
    path = tmp_path / "a.txt"
    path.write_text("text")
    with path.open() as text_mode, pytest.raises(KworkValidationError, match="binary mode"):
        encode(op(p), [text_mode])
    with pytest.raises(KworkValidationError, match="binary mode"):
        encode(op(p), [io.StringIO("x")])
    closed = path.open("rb")
    closed.close()
    with pytest.raises(KworkValidationError, match="is closed"):
        encode(op(p), [closed])
    with pytest.raises(KworkValidationError, match="binary mode"):
        encode(op(p), [("a.txt", None)])
    with pytest.raises(KworkValidationError, match="Is a directory"):
        encode(op(p), [tmp_path])


def test_indexed_and_spread_and_json_styles() -> None:
    enc = encode(
        op(
            Param("packages", "packages", "query", "indexed"),
            Param("filters", "filters", "query", "spread"),
            Param("stages", "stages", "query", "json"),
        ),
        [[{"id": 7, "value": "x"}], {"sonline": True, "price": 500}, [{"title": "Этап", "price": 500}]],
    )
    assert enc.params == [
        ("packages[0][id]", "7"),
        ("packages[0][value]", "x"),
        ("sonline", "1"),
        ("price", "500"),
        ("stages", '[{"title":"Этап","price":500}]'),
    ]


def test_keyed_style_writes_php_maps() -> None:
    enc = encode(op(Param("extras", "extras", "form", "keyed")), [{12345: 1, "678": True}])
    assert enc.data == [("extras[12345]", "1"), ("extras[678]", "1")]
    nested = encode(op(Param("stages", "stages", "form", "keyed")), [{9: {"title": "Этап", "price": 500}}])
    assert nested.data == [("stages[9][title]", "Этап"), ("stages[9][price]", "500")]


def test_files_accept_path_bytes_file_object_and_tuple(tmp_path: Path) -> None:
    path = tmp_path / "logo.png"
    path.write_bytes(b"\x89PNG")
    p = Param("upload_files", "upload_files", "multipart", "file")
    assert encode(op(p), [path]).files == [("upload_files", ("logo.png", b"\x89PNG"))]
    assert encode(op(p), [str(path)]).files == [("upload_files", ("logo.png", b"\x89PNG"))]
    assert encode(op(p), [b"raw"]).files == [("upload_files", ("upload_files", b"raw"))]
    fh = io.BytesIO(b"data")
    assert encode(op(p), [fh]).files[0][1][1] is fh
    assert encode(op(p), [("a.txt", b"x", "text/plain")]).files == [
        ("upload_files", ("a.txt", b"x", "text/plain"))
    ]


@pytest.mark.parametrize(
    ("param", "value", "message"),
    [
        (Param("user_id", "user_id", "query", "plain"), {"a": 1}, "must be a string, number or bool"),
        (Param("ids", "ids[]", "query", "repeat"), "12", "must be a list"),
        (Param("ids", "ids[]", "query", "repeat"), [object()], "must be a list of items each a plain value"),
        (Param("filters", "filters", "query", "spread"), [1], "must be a mapping"),
        (Param("extras", "extras", "form", "keyed"), [1], "must be a mapping"),
        (Param("packages", "packages", "query", "indexed"), {"id": 1}, "must be a list of mappings"),
        (Param("file", "file", "multipart", "file"), 12, "must be a path, bytes or a binary file object"),
        (Param("stages", "stages", "query", "json"), {1, 2}, "must be JSON-serialisable"),
    ],
)
def test_wrong_argument_types_raise_a_clear_validation_error(param: Param, value: Any, message: str) -> None:
    with pytest.raises(KworkValidationError, match=message) as info:
        encode(op(param), [value])
    assert info.value.field == param.name


def test_missing_file_path_is_a_validation_error_naming_the_file(tmp_path: Path) -> None:
    with pytest.raises(
        KworkValidationError, match=r"cannot read the file for `file` \(.*nope\.png\): No such file"
    ):
        encode(op(Param("file", "file", "multipart", "file")), [tmp_path / "nope.png"])
