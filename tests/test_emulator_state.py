"""The emulator keeps the state a user would notice, through the public client API."""

from __future__ import annotations

import pytest

from kwork_api import KworkClient, KworkNotFoundError, KworkValidationError
from kwork_api.testing import Emulator

KWORK = 5_000_007
PEER = 1103


@pytest.fixture
def client(kwork_client: KworkClient) -> KworkClient:
    return kwork_client


def test_a_sent_message_shows_up_in_the_dialog(client: KworkClient) -> None:
    username = client.dialogs.get_dialog(PEER).username
    assert username is not None
    sent = client.dialogs.send_message(PEER, "Проверка связи ✅")
    newest = client.dialogs.get_messages(username)  # no page: the newest page
    assert (newest.messages or [])[-1].message == "Проверка связи ✅"
    assert (newest.messages or [])[-1].message_id == sent.id


def test_messages_iterate_oldest_first_across_pages_filled_from_the_newest_end(
    client: KworkClient, kwork_emulator: Emulator
) -> None:
    username = client.dialogs.get_dialog(PEER).username
    assert username is not None
    every = [m.message_id for m in client.dialogs.iter_messages(username)]
    assert every == [m.id for m in kwork_emulator.dialogs[PEER].messages]
    assert len(every) > 20  # more than one page


def test_favorites_and_hidden_kworks_are_remembered(client: KworkClient) -> None:
    client.catalog.mark_favorite(KWORK, True)
    assert KWORK in [k.id for k in client.catalog.get_favorites().kworks or []]
    client.catalog.mark_favorite(KWORK, False)
    assert KWORK not in [k.id for k in client.catalog.get_favorites().kworks or []]
    client.catalog.mark_hidden(KWORK, True)
    assert KWORK not in [k.id for k in client.catalog.iter_list()]
    assert client.catalog.get_details(KWORK).is_hidden is True


def test_dialog_archive_star_hide_and_read_state(client: KworkClient, kwork_emulator: Emulator) -> None:
    client.dialogs.archive(PEER)
    client.dialogs.set_starred(PEER, True)
    dialog = client.dialogs.get_dialog(PEER)
    assert dialog.archived is True and dialog.is_starred is True
    client.dialogs.unarchive(PEER)
    assert client.dialogs.get_dialog(PEER).archived is False
    assert any(m.unread for m in kwork_emulator.dialogs[PEER].messages)
    client.dialogs.mark_read(PEER)
    assert client.dialogs.get_dialog(PEER).unread_count == 0
    client.dialogs.hide(PEER, False)
    assert PEER not in [d.user_id for d in client.dialogs.iter_list()]


def test_offers_can_be_listed_and_deleted(client: KworkClient) -> None:
    offers = client.projects.get_offers().response or []
    assert len(offers) == 3
    client.projects.delete_offer(offers[0].id)
    assert [o.id for o in client.projects.get_offers().response or []] == [o.id for o in offers[1:]]
    with pytest.raises(KworkNotFoundError):
        client.projects.delete_offer(offers[0].id)


def test_order_notes_are_saved_shown_and_deleted(client: KworkClient) -> None:
    order_id = 9_100_002
    client.orders.save_note(order_id, "Позвонить заказчику в пятницу 📞")
    orders = {o.id: o for o in client.orders.get_payer_orders().orders or []}
    assert orders[order_id].order_note == "Позвонить заказчику в пятницу 📞"
    header = client.orders.get_header(order_id)[0]
    assert header.order is not None and header.order.note is not None
    assert header.order.note.text == "Позвонить заказчику в пятницу 📞"
    client.orders.delete_note(order_id)
    assert {o.id: o for o in client.orders.get_payer_orders().orders or []}[order_id].order_note is None


def test_missing_required_parameter_answers_code_100(kwork_emulator: Emulator, client: KworkClient) -> None:
    with pytest.raises(KworkValidationError) as info:
        client.dialogs.send_message(PEER, "")  # empty text: the emulator's own check
    assert info.value.error_code == 101
    from kwork_api._generated.api.dialogs.inbox_create import OPERATION

    with pytest.raises(KworkValidationError) as missing:
        client._request(OPERATION, (None,) * len(OPERATION.params))
    assert "`user_id` is required" in str(missing.value)
