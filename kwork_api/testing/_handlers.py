"""Hand-written handlers for the methods whose state a user notices.

Each takes (emulator, request, operation) and returns the whole success envelope, or raises
ApiFault for Kwork's error envelope. Methods not listed here answer sample data.
"""

from __future__ import annotations

from secrets import token_hex
from typing import Any

from kwork_api._operation import Operation

from . import _data
from ._emulator import ApiFault, Emulator, Reply, Request, handler
from ._samples import sample_result

Op = Operation[Any]


def ok(response: Any = None, **extra: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"success": True}
    if response is not None:
        out["response"] = response
    out.update(extra)
    return out


def need(request: Request, name: str) -> str:
    value = request.params.get(name)
    if value is None or value == "":
        raise ApiFault(f"Не хватает параметров: {name}", 100)
    return value


def need_int(request: Request, name: str) -> int:
    try:
        return int(need(request, name))
    except ValueError:
        raise ApiFault(f"Неверное значение параметра {name}", 101) from None


def flag(request: Request, name: str) -> bool:
    return request.params.get(name, "0") in ("1", "true")


# -- auth ---------------------------------------------------------------------------------------
@handler("signIn", "signInWithCaptcha")
def sign_in(emu: Emulator, request: Request, op: Op) -> Any:
    params = request.params
    account = emu.accounts.get(params.get("login", ""))
    if account is None or params.get("password") != account.password:
        raise ApiFault("Неверный логин или пароль", 105)
    if (
        account.challenge == "captcha"
        and not params.get("g-recaptcha-response")
        and params.get("recaptcha_pass_token") != "pass-" + account.login
    ):
        raise ApiFault("Подтвердите, что вы не робот", 118)
    if account.challenge == "phone" and params.get("phone_last") != account.phone_last:
        raise ApiFault("Введите последние 4 цифры номера телефона", 192, phone_mask="+7 *** ***-**-34")
    token = emu.issue_token(account.login)
    emu.sign_ins += 1
    extra: dict[str, Any] = {}
    if account.challenge == "captcha":
        extra["recaptcha_pass_token"] = "pass-" + account.login
    return ok({"token": token, "expired": emu.token_lifetime, "need_2fa": False}, **extra)


@handler("logout")
def logout(emu: Emulator, request: Request, op: Op) -> Any:
    emu.tokens.pop(request.token or "", None)
    return ok()


@handler("getWebAuthToken")
def web_auth_token(emu: Emulator, request: Request, op: Op) -> Any:
    target = request.params.get("url_to_redirect", "https://kwork.ru/")
    one_time = "w" + token_hex(12)
    return ok(
        {
            "token": one_time,
            "expires_at": _data.BASE_TIME + 60,
            "url_to_redirect": target,
            "url": f"https://kwork.ru/user_auth_by_token?token={one_time}",
        }
    )


@handler("actor")
def actor(emu: Emulator, request: Request, op: Op) -> Any:
    uid = emu.user_of(request)
    assert uid is not None
    me = _data.user(uid)
    me["unread_messages_count"] = sum(1 for d in emu.dialogs.values() for m in d.messages if m.unread)
    me["favourite_kworks_count"] = len(emu.favorites)
    me["hidden_kworks_count"] = len(emu.hidden)
    return ok(me)


def _public_profile(uid: int) -> dict[str, Any]:
    """A user as others see them: without the balances only the owner gets."""
    profile = _data.user(uid)
    for private in ("free_amount", "hold_amount", "currency"):
        profile.pop(private, None)
    return profile


@handler("user")
def user(emu: Emulator, request: Request, op: Op) -> Any:
    uid = need_int(request, "id")
    if not 1000 <= uid < 3000:
        raise ApiFault("Пользователь не найден", status=404)
    profile = _public_profile(uid)
    note = emu.user_notes.get(uid)
    profile["note"] = {"text": note, "posted_timestamp": _data.BASE_TIME} if note else []
    return ok(profile)


@handler("saveUserNote")
def save_user_note(emu: Emulator, request: Request, op: Op) -> Any:
    emu.user_notes[need_int(request, "user_id")] = request.params.get("note") or request.params.get(
        "text", ""
    )
    return ok()


@handler("deleteUserNote")
def delete_user_note(emu: Emulator, request: Request, op: Op) -> Any:
    emu.user_notes.pop(need_int(request, "user_id"), None)
    return ok()


# -- catalog --------------------------------------------------------------------------------------
@handler("categories")
def categories(emu: Emulator, request: Request, op: Op) -> Any:
    return ok(
        [
            {
                "id": cid,
                "name": name,
                "description": f"Рубрика «{name}»",
                "subcategories": [
                    {"id": sid, "name": sname, "description": None, "subcategories": []}
                    for sid, sname in subs
                ],
            }
            for cid, name, subs in _data.CATEGORY_TREE
        ]
    )


KWORK_COUNT = 60


def _kwork(emu: Emulator, i: int) -> dict[str, Any]:
    k = _data.kwork(i)
    k["is_favorite"] = k["id"] in emu.favorites
    k["is_hidden"] = k["id"] in emu.hidden
    return k


def _kwork_index(kwork_id: int) -> int:
    i = kwork_id - 5_000_000
    if not 0 <= i < KWORK_COUNT:
        raise ApiFault("Кворк не найден", status=404)
    return i


@handler("kworks")
def kworks(emu: Emulator, request: Request, op: Op) -> Any:
    params = request.params
    category = params.get("categoryId")
    query = (params.get("query") or "").lower()
    items = [_kwork(emu, i) for i in range(KWORK_COUNT)]
    items = [k for k in items if not k["is_hidden"]]
    if category:
        items = [k for k in items if str(k["category_id"]) == category]
    if query:
        items = [k for k in items if query in k["title"].lower()]
    page = emu.page_of(request)
    limit = int(params.get("limit") or emu.page_size)
    chunk = items[(page - 1) * limit : page * limit]
    return ok(
        {
            "kworks_count": len(items),
            "kworks": chunk,
            "classifiers": [],
            "paging": emu.paging(page, len(items), limit),
        }
    )


@handler("getKworkDetails")
def kwork_details(emu: Emulator, request: Request, op: Op) -> Any:
    i = _kwork_index(need_int(request, "id"))
    card = _kwork(emu, i)
    return ok(
        {
            "id": card["id"],
            "kwork_title": card["title"],
            "image_url": card["image_url"],
            "kwork_description": "Подробное описание услуги: что входит, сроки и этапы работы 📋",
            "kwork_instructions": "Пришлите техническое задание и примеры, которые вам нравятся.",
            "kwork_link": f"https://kwork.ru/kwork/{card['id']}",
            "category": card["category_id"],
            "lang": "ru",
            "default_kwork_price": card["price"],
            "term": f"{1 + i % 5} дн.",
            "is_subscription": False,
            "orders_in_queue_count": i % 4,
            "kwork_in_favorites_count": 10 + i,
            "is_favorite": card["is_favorite"],
            "is_hidden": card["is_hidden"],
        }
    )


@handler("getKworkReviews")
def kwork_reviews(emu: Emulator, request: Request, op: Op) -> Any:
    i = _kwork_index(need_int(request, "kwork_id"))
    kind = request.params.get("type", "all")
    reviews = [_data.review(i, j) for j in range(23)]
    if kind == "positive":
        reviews = [r for r in reviews if r["good"]]
    elif kind == "negative":
        reviews = [r for r in reviews if r["bad"]]
    page = emu.page_of(request)
    chunk = reviews[(page - 1) * 10 : page * 10]
    return ok(chunk, paging=emu.paging(page, len(reviews), 10))


@handler("markKworkAsFavorite")
def mark_favorite(emu: Emulator, request: Request, op: Op) -> Any:
    kwork_id = need_int(request, "kwork_id")
    _kwork_index(kwork_id)
    (emu.favorites.add if flag(request, "is_favorite") else emu.favorites.discard)(kwork_id)
    return ok()


@handler("markKworkAsHidden")
def mark_hidden(emu: Emulator, request: Request, op: Op) -> Any:
    kwork_id = need_int(request, "kwork_id")
    _kwork_index(kwork_id)
    (emu.hidden.add if flag(request, "is_hidden") else emu.hidden.discard)(kwork_id)
    return ok()


def _kwork_page(emu: Emulator, request: Request, ids: set[int]) -> Any:
    items = [_kwork(emu, i) for i in range(KWORK_COUNT) if 5_000_000 + i in ids]
    page = emu.page_of(request)
    chunk = items[(page - 1) * emu.page_size : page * emu.page_size]
    return ok(chunk, paging=emu.paging(page, len(items)))


@handler("favoriteKworks")
def favorite_kworks(emu: Emulator, request: Request, op: Op) -> Any:
    return _kwork_page(emu, request, emu.favorites)


@handler("getHiddenKworks")
def hidden_kworks(emu: Emulator, request: Request, op: Op) -> Any:
    return _kwork_page(emu, request, emu.hidden)


# -- projects -------------------------------------------------------------------------------------
@handler("projects")
def projects(emu: Emulator, request: Request, op: Op) -> Any:
    params = request.params
    wanted = {c for c in (params.get("categories") or "").split(",") if c and c != "all"}
    lo = int(params.get("price_from") or 0)
    hi = int(params.get("price_to") or 10**9)
    query = (params.get("query") or "").lower()
    page = emu.page_of(request)
    size = emu.page_size
    if not wanted and not query and lo == 0 and hi == 10**9:
        total = emu.project_count  # unfiltered: computed on demand, so 100,000 cost nothing
        chunk = [_data.project(i) for i in range((page - 1) * size, min(page * size, total))]
    else:
        matches = [
            p
            for p in (_data.project(i) for i in range(min(emu.project_count, 5_000)))
            if (not wanted or str(p["category_id"]) in wanted)
            and lo <= p["price"] <= hi
            and (not query or query in p["title"].lower())
        ]
        total = len(matches)
        chunk = matches[(page - 1) * size : page * size]
    connects = {
        "all_connects": 30,
        "active_connects": 30 - len(emu.sent_offers),
        "update_time": _data.BASE_TIME,
    }
    return ok(chunk, paging=emu.paging(page, total), connects=connects)


@handler("project")
def project(emu: Emulator, request: Request, op: Op) -> Any:
    project_id = need_int(request, "id")
    i = 3_000_000 - project_id
    if not 0 <= i < emu.project_count:
        raise ApiFault("Проект не найден", status=404)
    return ok(_data.project(i))


@handler("exchangeInfo")
def exchange_info(emu: Emulator, request: Request, op: Op) -> Any:
    # The real server answers this one without the envelope.
    return {"archived_count": 2, "exchange_response_count": len(emu.sent_offers)}


# -- dialogs --------------------------------------------------------------------------------------
def _dialog_wire(emu: Emulator, state: _data.DialogState) -> dict[str, Any]:
    peer = _data.user(state.user_id)
    last = state.messages[-1] if state.messages else None
    unread = sum(1 for m in state.messages if m.unread)
    return {
        "user_id": state.user_id,
        "username": peer["username"],
        "profilepicture": peer["profilepicture"],
        "unread": unread > 0,
        "unread_count": unread,
        "last_message": last.text if last else "",
        "time": last.time if last else _data.BASE_TIME,
        "is_online": peer["online"],
        "lastOnlineTime": peer["live_date"],
        "link": f"https://kwork.ru/inbox/{peer['username']}",
        "status": "active",
        "blocked_by_user": False,
        "allowedDialog": True,
        "archived": state.archived,
        "isStarred": state.starred,
        "has_active_order": False,
        "has_answer": True,
        "lastMessage": {
            "unread": bool(last and last.unread),
            "fromUsername": _data.user(last.from_id)["username"],
            "fromUserId": last.from_id,
            "type": "message",
            "time": last.time,
            "message": last.text,
        }
        if last
        else None,
    }


def _message_wire(m: _data.Message) -> dict[str, Any]:
    frm, to = _data.user(m.from_id), _data.user(m.to_id)
    return {
        "message_id": m.id,
        "from_id": m.from_id,
        "from_username": frm["username"],
        "from_profilepicture": frm["profilepicture"],
        "to_id": m.to_id,
        "to_username": to["username"],
        "to_profilepicture": to["profilepicture"],
        "message": m.text,
        "time": m.time,
        "unread": m.unread,
        "type": "message",
        "status": "active",
        "forwarded": False,
        "files": [],
    }


def _dialog_for(emu: Emulator, request: Request, name: str) -> _data.DialogState:
    peer = need_int(request, name)
    state = emu.dialogs.get(peer)
    if state is None:
        raise ApiFault("Диалог не найден", status=404)
    return state


@handler("dialogs")
def dialogs(emu: Emulator, request: Request, op: Op) -> Any:
    states = sorted(
        (d for d in emu.dialogs.values() if not d.hidden),
        key=lambda d: d.messages[-1].time if d.messages else 0,
        reverse=True,
    )
    filter_counts = {
        "unread": sum(1 for d in states if any(m.unread for m in d.messages)),
        "archived": sum(1 for d in states if d.archived),
    }
    page = emu.page_of(request)
    size = 10
    chunk = [_dialog_wire(emu, d) for d in states[(page - 1) * size : page * size]]
    paging = {"page": page, "total": len(states), "limit": size}  # this method sends no `pages`
    return ok(chunk, paging=paging, filter_counts=filter_counts)


@handler("getDialog")
def get_dialog(emu: Emulator, request: Request, op: Op) -> Any:
    return ok(_dialog_wire(emu, _dialog_for(emu, request, "id")))


@handler("inboxes")
def inboxes(emu: Emulator, request: Request, op: Op) -> Any:
    """Messages of a dialog, oldest first. Pages fill from the newest end: the last page is
    full, page 1 holds the remainder, and a call without `page` gets the newest page."""
    username = need(request, "username")
    state = next((d for d in emu.dialogs.values() if _data.user(d.user_id)["username"] == username), None)
    if state is None:
        raise ApiFault("Пользователь не найден", status=404)
    size = 20
    total = len(state.messages)
    pages = max(1, -(-total // size))
    page = emu.page_of(request) if request.params.get("page") else pages
    end = total - (pages - page) * size
    chunk = state.messages[max(0, end - size) : max(0, end)]
    return ok(
        [_message_wire(m) for m in chunk],
        paging={"page": page, "pages": pages, "total": total, "limit": size},
    )


@handler("inboxCreate")
def inbox_create(emu: Emulator, request: Request, op: Op) -> Any:
    peer = need_int(request, "user_id")
    text = request.params.get("text", "")
    if not text.strip() and not request.values("uploaded_files[]"):
        raise ApiFault("Сообщение не может быть пустым", 101)
    key = request.params.get("message_key") or request.params.get("uuid")
    if key and key in emu.message_keys:  # a retried send: answer with the stored message
        existing = emu.message_keys[key]
        return ok(
            {
                "id": existing,
                "conversation_id": peer,
                "type": "message",
                "page": 1,
                "time": _data.BASE_TIME,
                "mass_mailing_notification": False,
            }
        )
    me = emu.user_of(request)
    assert me is not None
    state = emu.dialogs.setdefault(peer, _data.DialogState(peer))
    emu.next_message_id += 1
    message = _data.Message(
        emu.next_message_id, me, peer, text, _data.BASE_TIME + emu.next_message_id % 100_000
    )
    state.messages.append(message)
    state.hidden = False
    if key:
        emu.message_keys[key] = message.id
    return ok(
        {
            "id": message.id,
            "conversation_id": peer,
            "type": "message",
            "page": 1,
            "time": message.time,
            "mass_mailing_notification": False,
        }
    )


@handler("inboxRead")
def inbox_read(emu: Emulator, request: Request, op: Op) -> Any:
    state = _dialog_for(emu, request, "user_id")
    only = {
        int(v)
        for raw in request.values("messages") + request.values("messages[]")
        for v in raw.split(",")
        if v
    }
    for m in state.messages:
        if not only or m.id in only:
            m.unread = False
    return ok()


@handler("archiveDialog")
def archive(emu: Emulator, request: Request, op: Op) -> Any:
    _dialog_for(emu, request, "archiveUserId").archived = True
    return ok()


@handler("unarchiveDialog")
def unarchive(emu: Emulator, request: Request, op: Op) -> Any:
    peer = next(
        (n for n in ("unarchiveUserId", "archiveUserId", "userId", "user_id") if n in request.params),
        "userId",
    )
    _dialog_for(emu, request, peer).archived = False
    return ok()


@handler("setDialogStarred")
def set_starred(emu: Emulator, request: Request, op: Op) -> Any:
    starred = flag(request, "isStarred")
    _dialog_for(emu, request, "userId").starred = starred
    return ok({"message": "Диалог отмечен" if starred else "Отметка снята"})


@handler("hideDialog")
def hide(emu: Emulator, request: Request, op: Op) -> Any:
    restore = flag(request, "isRestore")
    _dialog_for(emu, request, "userId").hidden = not restore
    return ok({"message": "Диалог восстановлен" if restore else "Диалог скрыт", "unhide_available_secs": 300})


@handler("countries")
def countries(emu: Emulator, request: Request, op: Op) -> Any:
    return ok([{"id": cid, "name": name} for cid, name, _ in _data.COUNTRIES])


@handler("cities")
def cities(emu: Emulator, request: Request, op: Op) -> Any:
    country = need_int(request, "countryId")
    for cid, _, towns in _data.COUNTRIES:
        if cid == country:
            return ok([{"id": tid, "name": name} for tid, name in towns])
    return ok([])


@handler("timezones")
def timezones(emu: Emulator, request: Request, op: Op) -> Any:
    return ok(
        [
            {"id": tid, "utc_offset": offset, "name": f"(UTC+{offset:02d}:00) {name}"}
            for tid, offset, name in _data.TIMEZONES
        ]
    )


# -- notifications, channel, files ----------------------------------------------------------------
@handler("notifications")
def notifications(emu: Emulator, request: Request, op: Op) -> Any:
    groups: dict[str, list[dict[str, Any]]] = {}
    for i in range(24):
        item = _data.notification(i)
        peer = 1100 + i % 12
        groups.setdefault(item["type"], []).append(
            {
                "id": item["id"],
                "added": item["time"],
                "entity_id": peer,
                "link": item["link"],
                "otherUserId": peer,
                "otherUserName": _data.user(peer)["username"],
            }
        )
    titles = {"new_message": "Сообщения", "order_status": "Заказы", "review": "Отзывы", "project": "Проекты"}
    return ok(
        [
            {
                "name": kind,
                "description": titles[kind],
                "is_red": kind == "new_message",
                "priority": n,
                "entity_type": "user",
                "notifications": items,
            }
            for n, (kind, items) in enumerate(groups.items())
        ]
    )


@handler("getChannel")
def channel(emu: Emulator, request: Request, op: Op) -> Any:
    return ok({"channel": f"user-{emu.user_of(request)}-{(request.token or '')[:6]}"})


@handler("fileUpload", "uploadPortfolioFile", "voiceUpload", "uploadCover", "updateAvatar")
def upload(emu: Emulator, request: Request, op: Op) -> Any:
    if not request.files:
        raise ApiFault("Файл не передан", 100)
    name, content = next(iter(request.files.values()))
    file_id = 60_000_000 + len(emu.uploads)
    path = f"files/{file_id}/{name}"
    emu.uploads[path] = (name, content)
    body = sample_result(op, seed=emu.seed)
    data = body.get("response")
    if isinstance(data, dict):
        data.update(id=file_id, name=name, size=len(content), path=path)
    return body


# -- orders -----------------------------------------------------------------------------------------
@handler("saveOrderNote")
def save_order_note(emu: Emulator, request: Request, op: Op) -> Any:
    order_id = need_int(request, "order_id")
    if order_id not in ORDER_IDS:
        raise ApiFault("Заказ не найден", status=404)
    emu.order_notes[order_id] = need(request, "note")
    return ok()


@handler("deleteOrderNote")
def delete_order_note(emu: Emulator, request: Request, op: Op) -> Any:
    emu.order_notes.pop(need_int(request, "order_id"), None)
    return ok()


# -- file answers ------------------------------------------------------------------------------------
_PNG = bytes.fromhex(
    "89504e470d0a1a0a0000000d4948445200000001000000010806000000"
    "1f15c4890000000d49444154789c6360f8cfc0f01f0005000201e2211bc80000000049454e44ae426082"
)


@handler("miniature", "uploadedFile")
def file_bytes(emu: Emulator, request: Request, op: Op) -> Any:
    stored = emu.uploads.get(need(request, "path"))
    if stored is None:
        raise ApiFault("Файл не найден", status=404)
    if op.method == "miniature":
        return Reply(200, _PNG, {"content-type": "image/jpeg"})
    return Reply(200, stored[1], {"content-type": "application/octet-stream"})


@handler("getPayerCompanyModalUrl")
def payer_company_modal(emu: Emulator, request: Request, op: Op) -> Any:
    return ok("https://kwork.ru/buyer?modal=open-modal-yescrow-add-company")


# -- offers: the freelancer's offers on projects -----------------------------------------------------
def _seed_offers(emu: Emulator) -> dict[int, dict[str, Any]]:
    if not emu.sent_offers:
        for n in range(3):
            project = _data.project(n * 5)
            emu.sent_offers[7_000_000 + n] = {
                "id": 7_000_000 + n,
                "status": "active",
                "title": project["title"],
                "comment": "Здравствуйте! Сделаю качественно и в срок, есть похожие работы 👍",
                "price": project["price"],
                "duration": 3 + n,
                "date_create": _data.BASE_TIME - n * 3_600,
                "is_actual": True,
                "is_read": n > 0,
                "want_id": project["id"],
                "project": project,
            }
    return emu.sent_offers


@handler("offers")
def offers(emu: Emulator, request: Request, op: Op) -> Any:
    items = sorted(_seed_offers(emu).values(), key=lambda o: o["date_create"], reverse=True)
    page = emu.page_of(request)
    chunk = items[(page - 1) * emu.page_size : page * emu.page_size]
    connects = {"all_connects": 30, "active_connects": 30 - len(items), "update_time": _data.BASE_TIME}
    return ok(chunk, paging=emu.paging(page, len(items)), connects=connects)


@handler("deleteOffer")
def delete_offer(emu: Emulator, request: Request, op: Op) -> Any:
    if _seed_offers(emu).pop(need_int(request, "id"), None) is None:
        raise ApiFault("Предложение не найдено", status=404)
    return ok()


# -- orders: a few orders of the demo user, with notes that stick ----------------------------------
ORDER_IDS = (9_100_001, 9_100_002, 9_100_003)


def _note(emu: Emulator, order_id: int) -> Any:
    """The note as the order header shows it (order lists show only its text)."""
    text = emu.order_notes.get(order_id)
    return {"text": text, "posted_timestamp": _data.BASE_TIME} if text else None


@handler("payerOrders", "workerOrders")
def orders_page(emu: Emulator, request: Request, op: Op) -> Any:
    body = sample_result(op, seed=emu.seed)
    data = body["response"]
    template = (data.get("orders") or [{}])[0]
    data["orders"] = [
        {
            **template,
            "id": oid,
            "kwork_title": _data.kwork(n)["title"],
            "status": 1,
            "order_note": emu.order_notes.get(oid),
        }
        for n, oid in enumerate(ORDER_IDS)
    ]
    data["paging"] = emu.paging(emu.page_of(request), len(ORDER_IDS))
    return body


@handler("getOrderHeader")
def order_header(emu: Emulator, request: Request, op: Op) -> Any:
    order_id = need_int(request, "orderId")
    if order_id not in ORDER_IDS:
        raise ApiFault("Заказ не найден", status=404)
    body = sample_result(op, seed=emu.seed)
    for header in body["response"]:
        header.setdefault("order", {}).update(id=order_id, note=_note(emu, order_id))
    return body


@handler("userByUsername")
def user_by_username(emu: Emulator, request: Request, op: Op) -> Any:
    wanted = need(request, "username")
    for uid in (*range(1000, 1003), *range(1100, 1120), *range(2000, 2040)):
        if _data.user(uid)["username"] == wanted:
            return ok(_public_profile(uid))
    raise ApiFault("Пользователь не найден", status=404)
