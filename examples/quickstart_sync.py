"""The blocking client doing Kwork's main job: sign in, browse, page through projects, message.

    KWORK_BASE_URL=http://127.0.0.1:8765/ python examples/quickstart_sync.py

Without KWORK_BASE_URL it talks to the real api.kwork.ru with KWORK_LOGIN / KWORK_PASSWORD.
"""

from __future__ import annotations

import os

from kwork_api import DEFAULT_BASE_URL, KworkClient, KworkError


def main() -> None:
    base_url = os.environ.get("KWORK_BASE_URL", DEFAULT_BASE_URL)
    login = os.environ.get("KWORK_LOGIN", "demo")
    password = os.environ.get("KWORK_PASSWORD", "demo-password")

    with KworkClient.login(login, password, base_url=base_url) as client:
        me = client.user.get_me()
        print(
            f"Signed in as {me.username} (id {me.id}), rating {me.rating}, "
            f"balance {me.free_amount} {me.currency}"
        )

        categories = client.catalog.get_categories()
        print(
            f"{len(categories)} top-level categories:",
            ", ".join(c.name or "?" for c in categories[:4]),
            "...",
        )

        first = categories[0].subcategories or []
        category = first[0] if first else categories[0]
        page = client.catalog.get_list(category_id=category.id, page=1)
        print(
            f"Catalog «{category.name}»: {page.pagination.total_items if page.pagination else '?'} kworks;"
            f" first: {page.kworks[0].title if page.kworks else '-'}"
        )

        projects = list(client.projects.iter_list(categories=[category.id]))
        print(f"Projects in «{category.name}», all pages: {len(projects)}")
        for project in projects[:3]:
            print(f"  #{project.id} {project.title} - budget {project.budget} ₽, {project.bids_count} offers")

        dialogs = client.dialogs.get_list()
        peer = dialogs.dialogs[0] if dialogs.dialogs else None
        if peer is not None and peer.username:
            sent = client.dialogs.send_message(peer.user_id, "Здравствуйте! Готов обсудить задачу 🙂")
            history = client.dialogs.get_messages(peer.username)
            last = history.messages[-1] if history.messages else None
            print(
                f"Sent message {sent.id} to {peer.username}; "
                f"newest in the dialog: {last.message if last else '-'}"
            )


if __name__ == "__main__":
    try:
        main()
    except KworkError as exc:
        raise SystemExit(f"Kwork error: {exc}") from None
