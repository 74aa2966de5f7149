"""The emulator's data set: deterministic, realistic, and cheap at any size.

Everything derives from a seed, so two emulators built alike answer alike (tests compare
clients and cassettes replay). Projects are computed from their index on demand, so an
emulator with 100,000 projects costs no more memory than one with 150.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from typing import Any

BASE_TIME = 1_764_547_200  # 2025-12-01 00:00 UTC: a fixed "now" keeps answers stable

_URGENCY = ["", "", " (срочно)", " — нужен опытный исполнитель", " на долгосрочное сотрудничество"]
_TASKS = [
    "лендинг на Тильде",
    "логотип для кофейни",
    "парсер цен конкурентов",
    "бот для Telegram",
    "перевод инструкции с английского",
    "SEO-аудит интернет-магазина",
    "дизайн карточек для Wildberries",
    "монтаж видео для YouTube",
    "настройка рекламы в Яндекс Директ",
    "вёрстка письма для рассылки",
    "статья о ремонте квартиры",
    "исправление ошибок на WordPress",
    "таблица Excel с формулами",
    "озвучка ролика мужским голосом",
    "мобильное приложение для записи к врачу",
]
_SERVICES = [
    "лендинг на Тильде",
    "логотип для вашего бренда",
    "парсер цен конкурентов",
    "бота для Telegram",
    "перевод текста с английского",
    "SEO-аудит сайта",
    "дизайн карточек для маркетплейса",
    "монтаж видео для YouTube",
    "настройку рекламы в Яндекс Директ",
    "вёрстку письма для рассылки",
    "статью для блога",
    "исправление ошибок на WordPress",
    "таблицу Excel с формулами",
    "озвучку ролика",
    "прототип мобильного приложения",
]
_DETAILS = [
    "Нужно сделать качественно и в срок.",
    "Пример работы пришлю в личные сообщения.",
    "Бюджет обсуждаем, важен опыт.",
    "Желательно портфолио с похожими задачами.",
    "Техническое задание готово 📎",
    "Сроки сжатые, нужен ответ сегодня 🔥",
]
_INITIALS = ["К.", "С.", "М.", "П."]
_NAMES = ["Алексей", "Мария", "Дмитрий", "Анна", "Сергей", "Ольга", "Иван", "Екатерина", "Павел", "Наталья"]
_NICKS = [
    "pixel_master",
    "copywriter_pro",
    "seo_guru",
    "botmaker",
    "design_lab",
    "translate_it",
    "video_cut",
    "web_fixer",
    "excel_wizard",
    "voice_man",
    "app_studio",
    "target_ads",
]
_MESSAGES = [
    "Здравствуйте! Интересует ваш кворк 🙂",
    "Да, могу взяться. Когда нужен результат?",
    "Отправил техническое задание, посмотрите, пожалуйста.",
    "Спасибо, всё отлично! 👍",
    "Можно добавить ещё одну правку?",
    "Готово, проверьте результат 🚀",
    "Подскажите, а в стоимость входят исходники?",
    "Принято, приступаю к работе.",
]
CATEGORY_TREE: list[tuple[int, str, list[tuple[int, str]]]] = [
    (1, "Дизайн", [(11, "Логотипы"), (12, "Баннеры и иконки"), (13, "Дизайн сайтов")]),
    (2, "Разработка и IT", [(21, "Сайт под ключ"), (22, "Доработка сайта"), (23, "Боты и скрипты")]),
    (3, "Тексты и переводы", [(31, "Статьи"), (32, "Переводы"), (33, "Редактура")]),
    (4, "SEO и трафик", [(41, "Аудит"), (42, "Ссылки"), (43, "Контекстная реклама")]),
    (5, "Аудио, видео, съёмка", [(51, "Монтаж видео"), (52, "Озвучка")]),
    (6, "Соцсети и маркетинг", [(61, "Продвижение"), (62, "Таргет")]),
]
LEAF_CATEGORIES = [cid for _, _, subs in CATEGORY_TREE for cid, _ in subs]
COUNTRIES: list[tuple[int, str, list[tuple[int, str]]]] = [
    (1, "Россия", [(101, "Москва"), (102, "Санкт-Петербург"), (103, "Казань"), (104, "Новосибирск")]),
    (2, "Украина", [(201, "Киев"), (202, "Одесса")]),
    (3, "Беларусь", [(301, "Минск"), (302, "Гомель")]),
    (4, "Казахстан", [(401, "Алматы"), (402, "Астана")]),
    (5, "Узбекистан", [(501, "Ташкент")]),
]
TIMEZONES = [
    (i + 1, offset, name)
    for i, (offset, name) in enumerate(
        [
            (2, "Калининград"),
            (3, "Москва"),
            (4, "Самара"),
            (5, "Екатеринбург"),
            (6, "Омск"),
            (7, "Новосибирск"),
            (8, "Иркутск"),
            (9, "Якутск"),
            (10, "Владивосток"),
            (11, "Магадан"),
            (12, "Камчатка"),
        ]
    )
]

DEMO_LOGIN = "demo"
DEMO_PASSWORD = "demo-password"
DEMO_USER_ID = 1000


def _pick(rng: random.Random, items: list[str]) -> str:
    return items[rng.randrange(len(items))]


def user(uid: int) -> dict[str, Any]:
    rng = random.Random(uid * 7919)
    nick = DEMO_LOGIN if uid == DEMO_USER_ID else f"{_NICKS[uid % len(_NICKS)]}{uid}"
    good = rng.randrange(0, 400)
    return {
        "id": uid,
        "username": nick,
        "fullname": f"{_pick(rng, _NAMES)} {'Демо' if uid == DEMO_USER_ID else _pick(rng, _INITIALS)}",
        "status": "active",
        "type": "worker" if uid % 3 else "payer",
        "verified": uid % 2 == 0,
        "profilepicture": f"https://cdn.kwork.ru/files/avatar/large/{uid % 97:02d}/{uid}.jpg",
        "description": "Делаю быстро и качественно. Опыт более 5 лет ✨",
        "slogan": "Ваш надёжный исполнитель",
        "location": "Москва",
        "rating": f"{4 + rng.random():.1f}",
        "rating_count": good,
        "good_reviews": good,
        "bad_reviews": rng.randrange(0, 5),
        "reviews_count": good + 2,
        "online": uid % 4 != 0,
        "live_date": BASE_TIME - uid * 37,
        "addtime": BASE_TIME - 86_400 * (200 + uid),
        "currency": "RUB",
        "free_amount": 15_250.5 if uid == DEMO_USER_ID else 0,
        "hold_amount": 1_200 if uid == DEMO_USER_ID else 0,
        "country_id": 1,
        "city_id": 101,
        "timezone_id": 2,
        "kworks_count": 3,
        "completed_orders_count": good + 11,
        "achievments_list": [
            {
                "id": 1,
                "name": "Мастер своего дела",
                "description": "Более 100 выполненных заказов",
                "image_url": "https://cdn.kwork.ru/badges/1.png",
            },
            {
                "id": 7,
                "name": "Быстрый ответ",
                "description": None,
                "image_url": "https://cdn.kwork.ru/badges/7.png",
            },
        ][: 1 + uid % 2],
    }


def project(i: int) -> dict[str, Any]:
    """Project number `i` (0-based, newest first), as the exchange lists it."""
    rng = random.Random(i * 104729 + 17)
    category = LEAF_CATEGORIES[i % len(LEAF_CATEGORIES)]
    parent = next(cid for cid, _, subs in CATEGORY_TREE if any(s == category for s, _ in subs))
    price = 500 + rng.randrange(0, 60) * 250
    buyer = 2000 + i % 40
    return {
        "id": 3_000_000 - i,
        "status": "active",
        "user_id": buyer,
        "username": f"buyer{buyer}",
        "profile_picture": f"https://cdn.kwork.ru/files/avatar/medium/{buyer % 97:02d}/{buyer}.jpg",
        "price": price,
        "possible_price_limit": price * 3,
        "allow_higher_price": i % 4 == 0,
        "title": f"Требуется {_pick(rng, _TASKS)}{_pick(rng, _URGENCY)}",
        "description": f"{_pick(rng, _DETAILS)} {_pick(rng, _DETAILS)}",
        "offers": rng.randrange(0, 40),
        "time_left": 86_400 * (1 + i % 3) - i * 60 % 86_400,
        "parent_category_id": parent,
        "category_id": category,
        "date_confirm": BASE_TIME - i * 600,
        "category_base_price": 500,
        "user_projects_count": 1 + i % 17,
        "user_hired_percent": rng.randrange(0, 100),
        "user_active_projects_count": i % 3,
        "achievements_list": user(buyer)["achievments_list"],
        "is_viewed": False,
        "already_work": 0,
        "has_offer": False,
    }


def kwork(i: int) -> dict[str, Any]:
    """Kwork number `i` (0-based) of the 60 in the catalog."""
    rng = random.Random(i * 6271 + 5)
    category = LEAF_CATEGORIES[i % len(LEAF_CATEGORIES)]
    worker = 1100 + i % 20
    u = user(worker)
    return {
        "id": 5_000_000 + i,
        "category_id": category,
        "title": f"Сделаю {_pick(rng, _SERVICES)}",
        "image_url": f"https://cdn.kwork.ru/pics/t3/{i:02d}/{5_000_000 + i}.jpg",
        "price": 500 + (i % 12) * 500,
        "is_price_from": i % 3 == 0,
        "is_favorite": False,
        "is_hidden": False,
        "worker": {
            "id": worker,
            "username": u["username"],
            "fullname": u["fullname"],
            "profilepicture": u["profilepicture"],
            "rating": float(u["rating"]),
            "reviews_count": u["reviews_count"],
            "rating_count": u["rating_count"],
            "is_online": u["online"],
        },
    }


def review(kwork_index: int, j: int) -> dict[str, Any]:
    writer = 2000 + (kwork_index * 7 + j) % 50
    return {
        "id": 900_000 + kwork_index * 100 + j,
        "time_added": BASE_TIME - (j + 1) * 86_400,
        "text": _MESSAGES[(kwork_index + j) % len(_MESSAGES)],
        "good": j % 9 != 8,
        "bad": j % 9 == 8,
        "writer": {
            "id": writer,
            "username": f"buyer{writer}",
            "profilepicture": f"https://cdn.kwork.ru/files/avatar/medium/{writer % 97:02d}/{writer}.jpg",
        },
    }


@dataclass
class Message:
    id: int
    from_id: int
    to_id: int
    text: str
    time: int
    unread: bool = False


@dataclass
class DialogState:
    user_id: int
    messages: list[Message] = field(default_factory=list)
    archived: bool = False
    starred: bool = False
    hidden: bool = False


def dialogs(count: int = 12) -> dict[int, DialogState]:
    out: dict[int, DialogState] = {}
    next_id = 70_000_000
    for d in range(count):
        peer = 1100 + d
        rng = random.Random(d * 31 + 3)
        state = DialogState(peer)
        n = 30 + rng.randrange(0, 50)
        for m in range(n):
            mine = m % 2 == 1
            state.messages.append(
                Message(
                    id=next_id,
                    from_id=DEMO_USER_ID if mine else peer,
                    to_id=peer if mine else DEMO_USER_ID,
                    text=_MESSAGES[(d + m) % len(_MESSAGES)],
                    time=BASE_TIME - d * 3_600 - (n - m) * 300,
                    unread=(not mine) and m >= n - 2,
                )
            )
            next_id += 1
        out[peer] = state
    return out


def notification(i: int) -> dict[str, Any]:
    kinds = [
        ("new_message", "Новое сообщение"),
        ("order_status", "Статус заказа изменён"),
        ("review", "Вам оставили отзыв ⭐"),
        ("project", "Новый проект в избранной рубрике"),
    ]
    kind, title = kinds[i % len(kinds)]
    return {
        "id": 40_000 + i,
        "type": kind,
        "title": title,
        "text": _MESSAGES[i % len(_MESSAGES)],
        "time": BASE_TIME - i * 1_800,
        "unread": i < 5,
        "link": f"https://kwork.ru/inbox/{1100 + i % 12}",
    }
