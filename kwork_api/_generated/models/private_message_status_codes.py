"""PrivateMessageStatusCodes: The reason codes `privateMessageStatus` (and `Dialog.disallowReason`) take, by name. Only `default` means writing is allowed; the names of the others say which rule applies.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, ClassVar

import attrs as _attrs

from kwork_api import _coerce as _c
from kwork_api._model import KworkModel

_KNOWN = frozenset(
    {
        "default",
        "conversationTime",
        "orderTime",
        "orderCancel",
        "orderRating",
        "support",
        "userBlockedTemporarily",
        "userBlockedPermanently",
        "blocked_by_receiver",
        "blocked_by_sender",
        "blocked_by_both",
        "spamer",
        "userIsViewedProjects",
        "interlocutorIsDeleted",
        "oldConversation",
        "showFishingTutorial",
        "conversationLongTime",
        "currentUserBlocked",
        "sellerOnboardingRequired",
    }
)


@_attrs.frozen(slots=True, weakref_slot=False)
class PrivateMessageStatusCodes(KworkModel):
    """The reason codes `privateMessageStatus` (and `Dialog.disallowReason`) take, by name. Only
    `default` means writing is allowed; the names of the others say which rule applies.

    Attributes:
        default: Writing is allowed.
        conversation_time: Code of a limit tied to the age of the conversation. Wire name:
            `conversationTime`.
        order_time: Code of a limit tied to the timing of an order between the users. Wire name:
            `orderTime`.
        order_cancel: Code of a limit tied to a cancelled order between the users. Wire name:
            `orderCancel`.
        order_rating: Code of a limit tied to the rating of an order between the users. Wire
            name: `orderRating`.
        support: Code for a dialog with Kwork support.
        user_blocked_temporarily: The receiver's account is blocked for a while. Wire name:
            `userBlockedTemporarily`.
        user_blocked_permanently: The receiver's account is blocked for good. Wire name:
            `userBlockedPermanently`.
        blocked_by_receiver: The receiver blocked the signed-in user.
        blocked_by_sender: The signed-in user blocked the receiver.
        blocked_by_both: Both users blocked each other.
        spamer: The sender is flagged as a spammer.
        user_is_viewed_projects: Code of a limit tied to the sender's viewing of the receiver's
            projects. Wire name: `userIsViewedProjects`.
        interlocutor_is_deleted: The receiver's account was deleted. Wire name:
            `interlocutorIsDeleted`.
        old_conversation: The conversation is too old to continue. Wire name: `oldConversation`.
        show_fishing_tutorial: The sender must first see the warning about phishing (fraud)
            attempts. Wire name: `showFishingTutorial`.
        conversation_long_time: Code of a limit tied to a long silence in the conversation. Wire
            name: `conversationLongTime`.
        current_user_blocked: The signed-in user's account is blocked. Wire name:
            `currentUserBlocked`.
        seller_onboarding_required: The sender, a seller, must finish the seller onboarding
            first. Wire name: `sellerOnboardingRequired`.
    """

    default: int | None = None
    conversation_time: int | None = None
    order_time: int | None = None
    order_cancel: int | None = None
    order_rating: int | None = None
    support: int | None = None
    user_blocked_temporarily: int | None = None
    user_blocked_permanently: int | None = None
    blocked_by_receiver: int | None = None
    blocked_by_sender: int | None = None
    blocked_by_both: int | None = None
    spamer: int | None = None
    user_is_viewed_projects: int | None = None
    interlocutor_is_deleted: int | None = None
    old_conversation: int | None = None
    show_fishing_tutorial: int | None = None
    conversation_long_time: int | None = None
    current_user_blocked: int | None = None
    seller_onboarding_required: int | None = None
    additional_properties: Mapping[str, Any] = _attrs.field(default=_c.EMPTY, repr=False, hash=False)
    """Fields the server sent that the spec does not describe yet, by wire name."""

    _kwork_wire_: ClassVar[tuple[tuple[str, str, str], ...]] = (
        ("default", "default", "int | None"),
        ("conversation_time", "conversationTime", "int | None"),
        ("order_time", "orderTime", "int | None"),
        ("order_cancel", "orderCancel", "int | None"),
        ("order_rating", "orderRating", "int | None"),
        ("support", "support", "int | None"),
        ("user_blocked_temporarily", "userBlockedTemporarily", "int | None"),
        ("user_blocked_permanently", "userBlockedPermanently", "int | None"),
        ("blocked_by_receiver", "blocked_by_receiver", "int | None"),
        ("blocked_by_sender", "blocked_by_sender", "int | None"),
        ("blocked_by_both", "blocked_by_both", "int | None"),
        ("spamer", "spamer", "int | None"),
        ("user_is_viewed_projects", "userIsViewedProjects", "int | None"),
        ("interlocutor_is_deleted", "interlocutorIsDeleted", "int | None"),
        ("old_conversation", "oldConversation", "int | None"),
        ("show_fishing_tutorial", "showFishingTutorial", "int | None"),
        ("conversation_long_time", "conversationLongTime", "int | None"),
        ("current_user_blocked", "currentUserBlocked", "int | None"),
        ("seller_onboarding_required", "sellerOnboardingRequired", "int | None"),
    )

    #: Wire dict -> model; bound below, where the slot setters it uses exist.
    _from_wire: ClassVar[Callable[[Any, str], PrivateMessageStatusCodes]]


def _from_wire(
    d: Any,
    where: str = "PrivateMessageStatusCodes",
    _new: Callable[[type[PrivateMessageStatusCodes]], PrivateMessageStatusCodes] = object.__new__,
    _s_default: Callable[[PrivateMessageStatusCodes, Any], None] = PrivateMessageStatusCodes.__dict__[
        "default"
    ].__set__,
    _s_conversation_time: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["conversation_time"].__set__,
    _s_order_time: Callable[[PrivateMessageStatusCodes, Any], None] = PrivateMessageStatusCodes.__dict__[
        "order_time"
    ].__set__,
    _s_order_cancel: Callable[[PrivateMessageStatusCodes, Any], None] = PrivateMessageStatusCodes.__dict__[
        "order_cancel"
    ].__set__,
    _s_order_rating: Callable[[PrivateMessageStatusCodes, Any], None] = PrivateMessageStatusCodes.__dict__[
        "order_rating"
    ].__set__,
    _s_support: Callable[[PrivateMessageStatusCodes, Any], None] = PrivateMessageStatusCodes.__dict__[
        "support"
    ].__set__,
    _s_user_blocked_temporarily: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["user_blocked_temporarily"].__set__,
    _s_user_blocked_permanently: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["user_blocked_permanently"].__set__,
    _s_blocked_by_receiver: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["blocked_by_receiver"].__set__,
    _s_blocked_by_sender: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["blocked_by_sender"].__set__,
    _s_blocked_by_both: Callable[[PrivateMessageStatusCodes, Any], None] = PrivateMessageStatusCodes.__dict__[
        "blocked_by_both"
    ].__set__,
    _s_spamer: Callable[[PrivateMessageStatusCodes, Any], None] = PrivateMessageStatusCodes.__dict__[
        "spamer"
    ].__set__,
    _s_user_is_viewed_projects: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["user_is_viewed_projects"].__set__,
    _s_interlocutor_is_deleted: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["interlocutor_is_deleted"].__set__,
    _s_old_conversation: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["old_conversation"].__set__,
    _s_show_fishing_tutorial: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["show_fishing_tutorial"].__set__,
    _s_conversation_long_time: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["conversation_long_time"].__set__,
    _s_current_user_blocked: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["current_user_blocked"].__set__,
    _s_seller_onboarding_required: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["seller_onboarding_required"].__set__,
    _s_additional_properties: Callable[
        [PrivateMessageStatusCodes, Any], None
    ] = PrivateMessageStatusCodes.__dict__["additional_properties"].__set__,
) -> PrivateMessageStatusCodes:
    """Convert wire data. Sets the frozen slots directly: measurably faster than attrs' __init__."""
    if d.__class__ is not dict:
        d = _c.expect_object(d, where)
    g = d.get
    f_default = g("default")
    if f_default is not None and f_default.__class__ is not int:
        f_default = _c.to_int(f_default, "PrivateMessageStatusCodes.default")
    f_conversation_time = g("conversationTime")
    if f_conversation_time is not None and f_conversation_time.__class__ is not int:
        f_conversation_time = _c.to_int(f_conversation_time, "PrivateMessageStatusCodes.conversation_time")
    f_order_time = g("orderTime")
    if f_order_time is not None and f_order_time.__class__ is not int:
        f_order_time = _c.to_int(f_order_time, "PrivateMessageStatusCodes.order_time")
    f_order_cancel = g("orderCancel")
    if f_order_cancel is not None and f_order_cancel.__class__ is not int:
        f_order_cancel = _c.to_int(f_order_cancel, "PrivateMessageStatusCodes.order_cancel")
    f_order_rating = g("orderRating")
    if f_order_rating is not None and f_order_rating.__class__ is not int:
        f_order_rating = _c.to_int(f_order_rating, "PrivateMessageStatusCodes.order_rating")
    f_support = g("support")
    if f_support is not None and f_support.__class__ is not int:
        f_support = _c.to_int(f_support, "PrivateMessageStatusCodes.support")
    f_user_blocked_temporarily = g("userBlockedTemporarily")
    if f_user_blocked_temporarily is not None and f_user_blocked_temporarily.__class__ is not int:
        f_user_blocked_temporarily = _c.to_int(
            f_user_blocked_temporarily, "PrivateMessageStatusCodes.user_blocked_temporarily"
        )
    f_user_blocked_permanently = g("userBlockedPermanently")
    if f_user_blocked_permanently is not None and f_user_blocked_permanently.__class__ is not int:
        f_user_blocked_permanently = _c.to_int(
            f_user_blocked_permanently, "PrivateMessageStatusCodes.user_blocked_permanently"
        )
    f_blocked_by_receiver = g("blocked_by_receiver")
    if f_blocked_by_receiver is not None and f_blocked_by_receiver.__class__ is not int:
        f_blocked_by_receiver = _c.to_int(
            f_blocked_by_receiver, "PrivateMessageStatusCodes.blocked_by_receiver"
        )
    f_blocked_by_sender = g("blocked_by_sender")
    if f_blocked_by_sender is not None and f_blocked_by_sender.__class__ is not int:
        f_blocked_by_sender = _c.to_int(f_blocked_by_sender, "PrivateMessageStatusCodes.blocked_by_sender")
    f_blocked_by_both = g("blocked_by_both")
    if f_blocked_by_both is not None and f_blocked_by_both.__class__ is not int:
        f_blocked_by_both = _c.to_int(f_blocked_by_both, "PrivateMessageStatusCodes.blocked_by_both")
    f_spamer = g("spamer")
    if f_spamer is not None and f_spamer.__class__ is not int:
        f_spamer = _c.to_int(f_spamer, "PrivateMessageStatusCodes.spamer")
    f_user_is_viewed_projects = g("userIsViewedProjects")
    if f_user_is_viewed_projects is not None and f_user_is_viewed_projects.__class__ is not int:
        f_user_is_viewed_projects = _c.to_int(
            f_user_is_viewed_projects, "PrivateMessageStatusCodes.user_is_viewed_projects"
        )
    f_interlocutor_is_deleted = g("interlocutorIsDeleted")
    if f_interlocutor_is_deleted is not None and f_interlocutor_is_deleted.__class__ is not int:
        f_interlocutor_is_deleted = _c.to_int(
            f_interlocutor_is_deleted, "PrivateMessageStatusCodes.interlocutor_is_deleted"
        )
    f_old_conversation = g("oldConversation")
    if f_old_conversation is not None and f_old_conversation.__class__ is not int:
        f_old_conversation = _c.to_int(f_old_conversation, "PrivateMessageStatusCodes.old_conversation")
    f_show_fishing_tutorial = g("showFishingTutorial")
    if f_show_fishing_tutorial is not None and f_show_fishing_tutorial.__class__ is not int:
        f_show_fishing_tutorial = _c.to_int(
            f_show_fishing_tutorial, "PrivateMessageStatusCodes.show_fishing_tutorial"
        )
    f_conversation_long_time = g("conversationLongTime")
    if f_conversation_long_time is not None and f_conversation_long_time.__class__ is not int:
        f_conversation_long_time = _c.to_int(
            f_conversation_long_time, "PrivateMessageStatusCodes.conversation_long_time"
        )
    f_current_user_blocked = g("currentUserBlocked")
    if f_current_user_blocked is not None and f_current_user_blocked.__class__ is not int:
        f_current_user_blocked = _c.to_int(
            f_current_user_blocked, "PrivateMessageStatusCodes.current_user_blocked"
        )
    f_seller_onboarding_required = g("sellerOnboardingRequired")
    if f_seller_onboarding_required is not None and f_seller_onboarding_required.__class__ is not int:
        f_seller_onboarding_required = _c.to_int(
            f_seller_onboarding_required, "PrivateMessageStatusCodes.seller_onboarding_required"
        )
    o = _new(PrivateMessageStatusCodes)
    _s_default(o, f_default)
    _s_conversation_time(o, f_conversation_time)
    _s_order_time(o, f_order_time)
    _s_order_cancel(o, f_order_cancel)
    _s_order_rating(o, f_order_rating)
    _s_support(o, f_support)
    _s_user_blocked_temporarily(o, f_user_blocked_temporarily)
    _s_user_blocked_permanently(o, f_user_blocked_permanently)
    _s_blocked_by_receiver(o, f_blocked_by_receiver)
    _s_blocked_by_sender(o, f_blocked_by_sender)
    _s_blocked_by_both(o, f_blocked_by_both)
    _s_spamer(o, f_spamer)
    _s_user_is_viewed_projects(o, f_user_is_viewed_projects)
    _s_interlocutor_is_deleted(o, f_interlocutor_is_deleted)
    _s_old_conversation(o, f_old_conversation)
    _s_show_fishing_tutorial(o, f_show_fishing_tutorial)
    _s_conversation_long_time(o, f_conversation_long_time)
    _s_current_user_blocked(o, f_current_user_blocked)
    _s_seller_onboarding_required(o, f_seller_onboarding_required)
    _s_additional_properties(
        o, _c.EMPTY if d.keys() <= _KNOWN else _c.FrozenDict({k: d[k] for k in d.keys() - _KNOWN})
    )
    return o


PrivateMessageStatusCodes._from_wire = staticmethod(_from_wire)  # type: ignore[assignment]
