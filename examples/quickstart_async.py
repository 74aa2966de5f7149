"""The async client: the same calls, several at once with asyncio.gather.

KWORK_BASE_URL=http://127.0.0.1:8765/ python examples/quickstart_async.py
"""

from __future__ import annotations

import asyncio
import os

from kwork_api import DEFAULT_BASE_URL, AsyncKworkClient, KworkError


async def main() -> None:
    base_url = os.environ.get("KWORK_BASE_URL", DEFAULT_BASE_URL)
    login = os.environ.get("KWORK_LOGIN", "demo")
    password = os.environ.get("KWORK_PASSWORD", "demo-password")

    async with await AsyncKworkClient.login(login, password, base_url=base_url) as client:
        me, categories, countries, first_page = await asyncio.gather(
            client.user.get_me(),
            client.catalog.get_categories(),
            client.reference.get_countries(),
            client.projects.get_list(page=1),
        )
        print(
            f"[async] {me.username}: {len(categories)} categories, {len(countries)} countries, "
            f"{first_page.pagination.total_items if first_page.pagination else '?'} projects on the exchange"
        )

        pages = await asyncio.gather(*(client.projects.get_list(page=n) for n in range(2, 5)))
        print(f"[async] fetched pages 2-4 at once: {sum(len(p.projects or []) for p in pages)} projects")

        count = 0
        async for _project in client.projects.iter_list(categories=[21, 22, 23]):
            count += 1
        print(f"[async] development projects, all pages: {count}")

        dialogs = await client.dialogs.get_list()
        if dialogs.dialogs:
            peer = dialogs.dialogs[0]
            sent = await client.dialogs.send_message(peer.user_id, "Привет из асинхронного клиента ⚡")
            print(f"[async] sent message {sent.id} to {peer.username}")


if __name__ == "__main__":
    try:
        asyncio.run(main())
    except KworkError as exc:
        raise SystemExit(f"Kwork error: {exc}") from None
