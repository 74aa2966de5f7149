"""Scenarios shared by the cassette recorder and the cassette tests (both clients)."""

from __future__ import annotations

from typing import Any

import httpx

from kwork_api import AsyncKworkClient, KworkClient
from kwork_api.testing import DEMO_LOGIN, DEMO_PASSWORD

#: Where recordings are made (and replayed: no server listens during replay).
RECORD_URL = "http://127.0.0.1:18765/"


def run_sync(base_url: str = RECORD_URL) -> dict[str, Any]:
    with KworkClient.login(
        DEMO_LOGIN, DEMO_PASSWORD, base_url=base_url, http_client=httpx.Client()
    ) as client:
        me = client.user.get_me()
        categories = client.catalog.get_categories()
        pages = [client.projects.get_list(page=n) for n in (1, 2)]
        sent = client.dialogs.send_message(1102, "Запись кассеты 📼", message_key="cassette-1")
        cities = client.reference.get_cities(1)
    return {
        "me": me.username,
        "categories": [c.name for c in categories],
        "projects": [p.id for page in pages for p in page.projects or []],
        "sent": sent.id,
        "cities": [c.name for c in cities],
    }


async def run_async(base_url: str = RECORD_URL) -> dict[str, Any]:
    client = await AsyncKworkClient.login(
        DEMO_LOGIN, DEMO_PASSWORD, base_url=base_url, http_client=httpx.AsyncClient()
    )
    async with client:
        me = await client.user.get_me()
        categories = await client.catalog.get_categories()
        pages = [await client.projects.get_list(page=n) for n in (1, 2)]
        sent = await client.dialogs.send_message(1102, "Запись кассеты 📼", message_key="cassette-1")
        cities = await client.reference.get_cities(1)
    return {
        "me": me.username,
        "categories": [c.name for c in categories],
        "projects": [p.id for page in pages for p in page.projects or []],
        "sent": sent.id,
        "cities": [c.name for c in cities],
    }
