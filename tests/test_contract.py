"""The public names users and the seed's code rely on exist, with the seed's fields."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import httpx
import pytest
import yaml

import kwork_api
from kwork_api import AsyncKworkClient, KworkClient

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "generator"))
import plan as planmod  # noqa: E402

SEED_MODELS = [
    "KworkUser",
    "KworkCategory",
    "Kwork",
    "KworkDetails",
    "PaginationInfo",
    "CatalogResponse",
    "Project",
    "ProjectsResponse",
    "Review",
    "ReviewsResponse",
    "Notification",
    "NotificationsResponse",
    "Dialog",
    "AuthResponse",
    "ErrorDetail",
    "APIErrorResponse",
    "City",
    "Country",
    "TimeZone",
    "Feature",
    "Badge",
    "DataResponse",
]
CONTRACT = [
    ("user", "get_me", []),
    ("user", "get_user", ["user_id"]),
    ("catalog", "get_categories", []),
    ("catalog", "get_list", []),
    ("catalog", "get_details", ["kwork_id"]),
    ("projects", "get_list", []),
    ("projects", "iter_list", []),
    ("projects", "get", ["project_id"]),
    ("notifications", "get_list", []),
    ("reference", "get_countries", []),
    ("reference", "get_cities", ["country_id"]),
    ("reference", "get_timezones", []),
    ("dialogs", "get_list", []),
    ("dialogs", "get_messages", ["username"]),
    ("dialogs", "send_message", ["user_id", "text"]),
]


@pytest.mark.parametrize("name", SEED_MODELS)
def test_seed_model_names_are_public_models(name: str) -> None:
    assert issubclass(getattr(kwork_api, name), kwork_api.KworkModel)
    assert name in kwork_api.__all__


def test_seed_fields_are_on_the_public_models() -> None:
    user = kwork_api.KworkUser.from_dict({"id": 1, "profilepicture": "https://a/b.jpg"})
    project = kwork_api.Project.from_dict({"id": 2, "price": 1500, "offers": 7})
    assert user.avatar_url == "https://a/b.jpg"
    assert (project.budget, project.bids_count) == (1500.0, 7)
    page = kwork_api.ProjectsResponse.from_dict(
        {"success": True, "response": [], "paging": {"page": 1, "pages": 2}}
    )
    assert page.projects == [] and page.pagination is not None and page.pagination.has_next
    info = kwork_api.PaginationInfo.from_dict({"page": 2, "total": 30, "limit": 10})
    assert (
        info.current_page,
        info.total_pages,
        info.total_items,
        info.items_per_page,
        info.has_next,
        info.has_prev,
    ) == (2, 3, 30, 10, True, True)


@pytest.mark.parametrize(("group", "method", "positional"), CONTRACT)
def test_minimum_contract_names_exist_on_both_clients(group: str, method: str, positional: list[str]) -> None:
    for client in (KworkClient(token="t"), AsyncKworkClient(token="t", http_client=httpx.AsyncClient())):
        fn = getattr(getattr(client, group), method)
        params = [
            p
            for p in inspect.signature(fn).parameters.values()
            if p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD
        ]
        assert [p.name for p in params] == positional


def test_every_method_taking_a_page_and_returning_a_page_model_has_an_iterator() -> None:
    spec = yaml.safe_load((ROOT / "openapi" / "kwork.yaml").read_text(encoding="utf-8"))
    plan = planmod.build(spec)
    missing = []
    for op in plan.operations:
        takes_page = any(p.name == "page" for p in op.params)
        model = plan.models.get(op.result_type.model or "") if op.result_type else None
        attrs = {f.name for f in model.fields} | {a.name for a in model.aliases} if model else set()
        if takes_page and "pagination" in attrs and not op.paged:
            missing.append(op.operation_id)
    assert missing == []
