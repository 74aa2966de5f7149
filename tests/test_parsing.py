"""Envelope unwrapping and lenient parsing of PHP-shaped JSON into the public models."""

from __future__ import annotations

from typing import Any

import orjson
import pytest

from kwork_api import (
    KworkApiError,
    KworkUser,
    KworkValidationError,
    PaginationInfo,
    Project,
    ProjectsResponse,
)
from kwork_api._coerce import to_bool, to_float, to_int, to_list, to_map, to_model, to_str
from kwork_api._envelope import read
from kwork_api._generated.api.auth.logout import OPERATION as LOGOUT
from kwork_api._generated.api.catalog.categories import OPERATION as CATEGORIES
from kwork_api._generated.api.projects.projects import OPERATION as PROJECTS
from kwork_api._generated.api.user.actor import OPERATION as ACTOR


def answer(op: Any, body: Any) -> Any:
    return read(op, 200, orjson.dumps(body), {})


def test_data_result_is_unwrapped_from_response() -> None:
    me = answer(ACTOR, {"success": True, "response": {"id": 5, "username": "demo"}})
    assert isinstance(me, KworkUser)
    assert (me.id, me.username) == (5, "demo")


def test_absent_optional_fields_read_as_none_never_unset() -> None:
    me = answer(ACTOR, {"success": True, "response": {"id": 5}})
    assert me.fullname is None
    assert me.achievments_list is None
    assert "Unset" not in repr(me)


def test_success_without_response_on_a_list_method_is_an_empty_list() -> None:
    assert answer(CATEGORIES, {"success": True}) == []


def test_success_without_response_on_a_model_method_raises_api_error() -> None:
    with pytest.raises(KworkApiError, match="without data"):
        answer(ACTOR, {"success": True})


def test_none_result_method_returns_none() -> None:
    assert answer(LOGOUT, {"success": True}) is None


def test_envelope_result_keeps_extra_keys_and_exposes_aliases() -> None:
    page = answer(
        PROJECTS,
        {
            "success": True,
            "response": [{"id": "7", "price": "500", "offers": "3"}],
            "paging": {"page": 1, "pages": "3", "total": 41, "limit": 20},
            "connects": {"all_connects": 30, "active_connects": "12"},
        },
    )
    assert isinstance(page, ProjectsResponse)
    projects = page.projects or []
    assert [p.id for p in projects] == [7]
    assert projects[0].budget == 500.0
    assert projects[0].bids_count == 3
    assert page.connects is not None and page.connects.active_connects == 12
    assert page.pagination == page.paging


def test_php_shapes_are_converted_as_the_issue_lists() -> None:
    user = KworkUser.from_dict(
        {
            "id": "12",
            "rating": "4.8",
            "unread_messages_count": "0",
            "verified": 1,
            "achievments_list": {"0": {"id": 1, "name": "A"}},
        }
    )
    assert user.id == 12
    assert user.rating == 4.8
    assert user.unread_messages_count == 0
    assert user.verified is True
    assert [b.name for b in user.achievments_list or []] == ["A"]


def test_empty_php_array_where_an_object_is_declared_reads_as_none() -> None:
    page = ProjectsResponse.from_dict({"success": True, "response": [], "paging": [], "connects": []})
    assert page.paging is None
    assert page.connects is None
    assert page.projects == []


def test_unparseable_value_raises_validation_error_naming_the_field() -> None:
    with pytest.raises(KworkValidationError) as info:
        Project.from_dict({"id": 1, "price": "дорого"})
    assert info.value.field == "Project.price"
    assert "Project.price" in str(info.value)


def test_missing_required_field_raises_validation_error_not_key_error() -> None:
    with pytest.raises(KworkValidationError, match=r"Project\.id"):
        Project.from_dict({"name": "no id"})


def test_unknown_fields_and_unknown_enum_values_never_crash_and_are_kept() -> None:
    from kwork_api import SentMessage

    message = SentMessage.from_dict({"id": 1, "type": "voice_note", "brand_new_field": {"x": [1]}})
    assert message.type == "voice_note"
    assert message.additional_properties == {"brand_new_field": {"x": [1]}}
    assert message.to_dict()["brand_new_field"] == {"x": [1]}


def test_models_are_immutable_and_round_trip_to_wire_names() -> None:
    user = KworkUser.from_dict({"id": 3, "profilepicture": "https://x/a.jpg", "good_reviews": 2})
    with pytest.raises(AttributeError):
        user.id = 4  # type: ignore[misc]
    assert KworkUser.from_dict(user.to_dict()) == user
    assert user.avatar_url == "https://x/a.jpg"


def test_public_model_annotations_never_mention_unset() -> None:
    for cls in (KworkUser, Project, ProjectsResponse, PaginationInfo):
        for klass in cls.__mro__:
            assert "Unset" not in str(getattr(klass, "__annotations__", {})), klass


@pytest.mark.parametrize(
    ("fn", "value", "expected"),
    [
        (to_int, "500", 500),
        (to_int, " 42 ", 42),
        (to_int, 7.0, 7),
        (to_int, "7.0", 7),
        (to_int, True, 1),
        (to_int, "", None),
        (to_float, "4.8", 4.8),
        (to_float, "4,8", 4.8),
        (to_float, 3, 3.0),
        (to_bool, 1, True),
        (to_bool, "0", False),
        (to_bool, "true", True),
        (to_bool, 0, False),
        (to_str, 12, "12"),
        (to_str, False, None),
        (to_str, "x", "x"),
    ],
)
def test_scalar_converters_accept_php_spellings(fn: Any, value: Any, expected: Any) -> None:
    assert fn(value, "M.f") == expected


@pytest.mark.parametrize(
    ("fn", "value"),
    [
        (to_int, "abc"),
        (to_int, 1.5),
        (to_int, [1]),
        (to_float, "nan?"),
        (to_float, {}),
        (to_bool, 2),
        (to_bool, "maybe"),
        (to_str, {"a": 1}),
        (to_str, True),
    ],
)
def test_scalar_converters_reject_garbage_with_validation_error(fn: Any, value: Any) -> None:
    with pytest.raises(KworkValidationError) as info:
        fn(value, "M.f")
    assert info.value.field == "M.f"


def test_composite_converters_handle_php_lists_and_empty_objects() -> None:
    assert to_list({"0": 1, "1": 2}, to_int, "f") == [1, 2]
    assert to_list(False, to_int, "f") is None
    assert to_map([], to_int, "f") == {}

    def parse(value: Any, where: str) -> dict[str, Any]:
        return dict(value)

    assert to_model([], parse, "f") is None
    assert to_model(False, parse, "f") is None
    assert to_model({"a": 1}, parse, "f") == {"a": 1}
    with pytest.raises(KworkValidationError):
        to_model("text", parse, "f")
    with pytest.raises(KworkValidationError):
        to_list(5, to_int, "f")


def test_pagination_info_computes_what_the_server_left_out() -> None:
    full = PaginationInfo.from_dict({"page": 2, "pages": 5, "total": 97, "limit": 20})
    assert (full.current_page, full.total_pages, full.total_items, full.items_per_page) == (2, 5, 97, 20)
    assert full.has_next and full.has_prev
    no_pages = PaginationInfo.from_dict({"page": "3", "total": "41", "limit": "20"})
    assert no_pages.total_pages == 3
    assert not no_pages.has_next
    first = PaginationInfo.from_dict({"page": 1})
    assert first.total_pages is None and not first.has_next and not first.has_prev
