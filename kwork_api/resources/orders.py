"""`client.orders`: Orders, their stages, extras, deliveries, cancellations and arbitration.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal

from kwork_api._generated.api.orders import (
    accept_extras as _accept_extras,
)
from kwork_api._generated.api.orders import (
    accept_stage_suggestion as _accept_stage_suggestion,
)
from kwork_api._generated.api.orders import (
    add_stage as _add_stage,
)
from kwork_api._generated.api.orders import (
    allow_order_portfolio_upload as _allow_order_portfolio_upload,
)
from kwork_api._generated.api.orders import (
    approve_order as _approve_order,
)
from kwork_api._generated.api.orders import (
    approve_order_stage as _approve_order_stage,
)
from kwork_api._generated.api.orders import (
    cancel_order_awaiting_payment as _cancel_order_awaiting_payment,
)
from kwork_api._generated.api.orders import (
    cancel_order_by_payer as _cancel_order_by_payer,
)
from kwork_api._generated.api.orders import (
    cancel_order_by_worker as _cancel_order_by_worker,
)
from kwork_api._generated.api.orders import (
    confirm_cancel_order_request_by_payer as _confirm_cancel_order_request_by_payer,
)
from kwork_api._generated.api.orders import (
    confirm_cancel_order_request_by_worker as _confirm_cancel_order_request_by_worker,
)
from kwork_api._generated.api.orders import (
    create_stage as _create_stage,
)
from kwork_api._generated.api.orders import (
    delete_cancel_order_request_by_payer as _delete_cancel_order_request_by_payer,
)
from kwork_api._generated.api.orders import (
    delete_cancel_order_request_by_worker as _delete_cancel_order_request_by_worker,
)
from kwork_api._generated.api.orders import (
    delete_order_note as _delete_order_note,
)
from kwork_api._generated.api.orders import (
    delete_stage as _delete_stage,
)
from kwork_api._generated.api.orders import (
    edit_stage as _edit_stage,
)
from kwork_api._generated.api.orders import (
    get_arbitration_reasons as _get_arbitration_reasons,
)
from kwork_api._generated.api.orders import (
    get_custom_options_presets as _get_custom_options_presets,
)
from kwork_api._generated.api.orders import (
    get_extras_available_for_order as _get_extras_available_for_order,
)
from kwork_api._generated.api.orders import (
    get_order_cancellation_reasons as _get_order_cancellation_reasons,
)
from kwork_api._generated.api.orders import (
    get_order_details as _get_order_details,
)
from kwork_api._generated.api.orders import (
    get_order_files as _get_order_files,
)
from kwork_api._generated.api.orders import (
    get_order_header as _get_order_header,
)
from kwork_api._generated.api.orders import (
    get_order_provided_data as _get_order_provided_data,
)
from kwork_api._generated.api.orders import (
    get_ordered_extras as _get_ordered_extras,
)
from kwork_api._generated.api.orders import (
    get_users_last_order_info as _get_users_last_order_info,
)
from kwork_api._generated.api.orders import (
    offer_order_options as _offer_order_options,
)
from kwork_api._generated.api.orders import (
    order as _order,
)
from kwork_api._generated.api.orders import (
    order_kwork as _order_kwork,
)
from kwork_api._generated.api.orders import (
    order_stage as _order_stage,
)
from kwork_api._generated.api.orders import (
    orders_between as _orders_between,
)
from kwork_api._generated.api.orders import (
    pay_order_awaiting_payment as _pay_order_awaiting_payment,
)
from kwork_api._generated.api.orders import (
    payer_buy_extras as _payer_buy_extras,
)
from kwork_api._generated.api.orders import (
    payer_decline_extras as _payer_decline_extras,
)
from kwork_api._generated.api.orders import (
    payer_declines_extra_removal_request as _payer_declines_extra_removal_request,
)
from kwork_api._generated.api.orders import (
    payer_extra_delete as _payer_extra_delete,
)
from kwork_api._generated.api.orders import (
    payer_orders as _payer_orders,
)
from kwork_api._generated.api.orders import (
    payer_upgrade_package as _payer_upgrade_package,
)
from kwork_api._generated.api.orders import (
    rate_arbitration as _rate_arbitration,
)
from kwork_api._generated.api.orders import (
    reject_cancel_order_request_by_payer as _reject_cancel_order_request_by_payer,
)
from kwork_api._generated.api.orders import (
    reject_cancel_order_request_by_worker as _reject_cancel_order_request_by_worker,
)
from kwork_api._generated.api.orders import (
    reject_stage_suggestion as _reject_stage_suggestion,
)
from kwork_api._generated.api.orders import (
    repeat_order as _repeat_order,
)
from kwork_api._generated.api.orders import (
    save_order_note as _save_order_note,
)
from kwork_api._generated.api.orders import (
    send_bonus as _send_bonus,
)
from kwork_api._generated.api.orders import (
    send_order_for_approval as _send_order_for_approval,
)
from kwork_api._generated.api.orders import (
    send_order_for_arbitration as _send_order_for_arbitration,
)
from kwork_api._generated.api.orders import (
    send_order_for_revision as _send_order_for_revision,
)
from kwork_api._generated.api.orders import (
    send_order_receipt_link_for_verification as _send_order_receipt_link_for_verification,
)
from kwork_api._generated.api.orders import (
    send_order_requirements as _send_order_requirements,
)
from kwork_api._generated.api.orders import (
    set_order_rating as _set_order_rating,
)
from kwork_api._generated.api.orders import (
    set_taking_orders as _set_taking_orders,
)
from kwork_api._generated.api.orders import (
    suggest_stages as _suggest_stages,
)
from kwork_api._generated.api.orders import (
    update_order_draft_message as _update_order_draft_message,
)
from kwork_api._generated.api.orders import (
    update_stage_progress as _update_stage_progress,
)
from kwork_api._generated.api.orders import (
    worker_confirms_extra_removal_request as _worker_confirms_extra_removal_request,
)
from kwork_api._generated.api.orders import (
    worker_decline_extras as _worker_decline_extras,
)
from kwork_api._generated.api.orders import (
    worker_declines_extra_removal_request as _worker_declines_extra_removal_request,
)
from kwork_api._generated.api.orders import (
    worker_extra_delete as _worker_extra_delete,
)
from kwork_api._generated.api.orders import (
    worker_inprogress as _worker_inprogress,
)
from kwork_api._generated.api.orders import (
    worker_orders as _worker_orders,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.arbitration_reason import ArbitrationReason
    from kwork_api._generated.models.available_extra import AvailableExtra
    from kwork_api._generated.models.buyer_level_progress import BuyerLevelProgress
    from kwork_api._generated.models.cancellation_reason import CancellationReason
    from kwork_api._generated.models.created_order import CreatedOrder
    from kwork_api._generated.models.custom_option_preset import CustomOptionPreset
    from kwork_api._generated.models.extras_offer_result import ExtrasOfferResult
    from kwork_api._generated.models.last_order_info import LastOrderInfo
    from kwork_api._generated.models.order import Order
    from kwork_api._generated.models.order_details import OrderDetails
    from kwork_api._generated.models.order_extra import OrderExtra
    from kwork_api._generated.models.order_file import OrderFile
    from kwork_api._generated.models.order_header import OrderHeader
    from kwork_api._generated.models.order_lookup import OrderLookup
    from kwork_api._generated.models.order_provided_data import OrderProvidedData
    from kwork_api._generated.models.order_summary import OrderSummary
    from kwork_api._generated.models.orders_page import OrdersPage
    from kwork_api._generated.models.stage_progress_report import StageProgressReport

__all__ = ["AsyncOrdersResource", "OrdersResource"]


class OrdersResource(SyncResource):
    """Orders, their stages, extras, deliveries, cancellations and arbitration."""

    __slots__ = ()

    def accept_extras(
        self,
        order_id: int,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Accept the extras the freelancer offered.

        The buyer accepts and pays for the extras proposed in a track entry.

        Args:
            order_id: Order id.
            track_id: Id of the track entry with the offer.

        Returns:
            None.

        Kwork method `acceptExtras`; changes state (never resent once it may have reached the server).
        """
        return self._call(_accept_extras.OPERATION, (order_id, track_id), timeout, max_retries)

    def accept_stage_suggestion(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Accept the proposed stages of an order.

        Accepts the other side's counter-proposal of stages made with `suggest_stages`.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `acceptStageSuggestion`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_accept_stage_suggestion.OPERATION, (order_id,), timeout, max_retries)

    def add_stage(
        self,
        order_id: int,
        extend_time: int,
        stages: Sequence[Mapping[str, Any]],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add stages to an order and reserve their payment.

        The buyer adds new stages and reserves their price from the balance at once. Each stage is a
        mapping with `title` (stage title) and `payer_price` (stage price for the buyer, in the order's
        currency); it travels as `stages[0][title]=...&stages[0][payer_price]=...`.

        Args:
            order_id: Order id.
            extend_time: Days to add to the order's deadline; 0 for none.
            stages: The new stages. Each stage is a mapping with `title` (stage title) and
                `payer_price` (stage price for the buyer, in the order's currency); it travels as
                `stages[0][title]=...&stages[0][payer_price]=...`.

        Returns:
            None.

        Kwork method `addStage`; changes state (never resent once it may have reached the server).
        """
        return self._call(_add_stage.OPERATION, (order_id, extend_time, stages), timeout, max_retries)

    def allow_portfolio_upload(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Let the freelancer show an order's work in their portfolio.

        The buyer grants permission after the order, when it was not given on approval.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `allowOrderPortfolioUpload`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(_allow_order_portfolio_upload.OPERATION, (order_id,), timeout, max_retries)

    def approve(
        self,
        order_id: int,
        allow_portfolio: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[BuyerLevelProgress]:
        """Accept the delivered work and complete the order.

        The buyer accepts the work; the freelancer gets paid. Answers with the buyer's progress towards
        the next buyer level.

        Args:
            order_id: Order id.
            allow_portfolio: Allow the freelancer to show this work in their portfolio.

        Returns:
            list[BuyerLevelProgress].

        Kwork method `approveOrder`; changes state (never resent once it may have reached the server).
        """
        return self._call(_approve_order.OPERATION, (order_id, allow_portfolio), timeout, max_retries)

    def approve_stages(
        self,
        order_id: int,
        *,
        stage_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[BuyerLevelProgress]:
        """Accept delivered stages of an order.

        The buyer accepts some stages; the freelancer gets paid for them. Answers with the buyer's
        progress towards the next buyer level.

        Args:
            order_id: Order id.
            stage_ids: Ids of the stages to accept.

        Returns:
            list[BuyerLevelProgress].

        Kwork method `approveOrderStage`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_approve_order_stage.OPERATION, (order_id, stage_ids), timeout, max_retries)

    def buy_extras(
        self,
        order_id: int,
        extras: Mapping[int | str, Any],
        *,
        as_volume: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Buy extras for an order.

        The buyer adds extras from `get_available_extras` and pays for them.

        Args:
            order_id: Order id.
            extras: Extras to buy with their counts, by extra id: `{12345: 1}` (sent as
                `extras[12345]=1`).
            as_volume: Counts are in volume units (such as words) rather than extra units.

        Returns:
            None.

        Kwork method `payerBuyExtras`; changes state (never resent once it may have reached the server).
        """
        return self._call(_payer_buy_extras.OPERATION, (order_id, extras, as_volume), timeout, max_retries)

    def cancel_by_payer(
        self,
        order_id: int,
        reason_type: str,
        *,
        hide_kworks: bool | None = None,
        message: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel an order as the buyer.

        Cancels the order, or asks the freelancer to agree to cancel it, depending on its state and the
        reason. Reasons come from `get_cancellation_reasons`.

        Args:
            order_id: Order id.
            reason_type: Reason code from `get_cancellation_reasons`.
            hide_kworks: Also hide this freelancer's kworks from the buyer.
            message: Comment explaining the cancellation.

        Returns:
            None.

        Kwork method `cancelOrderByPayer`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _cancel_order_by_payer.OPERATION,
            (order_id, reason_type, hide_kworks, message),
            timeout,
            max_retries,
        )

    def cancel_by_worker(
        self,
        order_id: int,
        reason_type: str,
        *,
        message: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel an order as the freelancer.

        Cancels the order, or asks the buyer to agree to cancel it, depending on its state and the
        reason. Reasons come from `get_cancellation_reasons`.

        Args:
            order_id: Order id.
            reason_type: Reason code from `get_cancellation_reasons`.
            message: Comment explaining the cancellation.

        Returns:
            None.

        Kwork method `cancelOrderByWorker`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _cancel_order_by_worker.OPERATION, (order_id, reason_type, message), timeout, max_retries
        )

    def cancel_unpaid(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an order that was never paid.

        Removes an order in the "awaiting payment" status.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `cancelOrderAwaitingPayment`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(_cancel_order_awaiting_payment.OPERATION, (order_id,), timeout, max_retries)

    def confirm_cancel_request_by_payer(
        self,
        order_id: int,
        reply_type: Literal["agree", "disagree"],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Agree to the freelancer's request to cancel an order.

        The buyer accepts a mutual cancellation and says whether they agree with the stated reason.

        Args:
            order_id: Order id.
            reply_type: Whether the buyer agrees with the freelancer's reason.

        Returns:
            None.

        Kwork method `confirmCancelOrderRequestByPayer`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(
            _confirm_cancel_order_request_by_payer.OPERATION, (order_id, reply_type), timeout, max_retries
        )

    def confirm_cancel_request_by_worker(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Agree to the buyer's request to cancel an order.

        The freelancer accepts a mutual cancellation; the order is cancelled.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `confirmCancelOrderRequestByWorker`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(
            _confirm_cancel_order_request_by_worker.OPERATION, (order_id,), timeout, max_retries
        )

    def confirm_extra_removal_by_worker(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Agree to the buyer's request to remove an extra.

        The freelancer confirms the removal requested in a track entry.

        Args:
            track_id: Id of the track entry with the request.

        Returns:
            None.

        Kwork method `workerConfirmsExtraRemovalRequest`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_worker_confirms_extra_removal_request.OPERATION, (track_id,), timeout, max_retries)

    def create(
        self,
        kwork_id: int,
        *,
        kworks_count: int | None = None,
        volume_type_id: int | None = None,
        volume: float | None = None,
        package_id: int | None = None,
        extras: Mapping[int | str, Any] | None = None,
        channel_format: Literal["1_24", "2_48", "3_72", "not_delete", "repost", "native"] | None = None,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedOrder:
        """Order a kwork.

        Creates an order for `kwork_id`. Which arguments apply depends on the kwork: a kwork without
        packages takes `kworks_count` (priced per kwork) or `volume` (priced per volume); a kwork with
        packages needs `package_id`, plus `volume` when it is priced per volume. `extras` adds extras to
        kworks without packages or with one package. When the balance is short, the server answers with
        an error that carries the amount to top up and the payment methods.

        Args:
            kwork_id: Id of the kwork to order.
            kworks_count: How many kworks to buy, for kworks priced per kwork.
            volume_type_id: Volume unit the buyer chose, for kworks with extra volume units.
            volume: Volume to buy, for kworks priced per volume.
            package_id: Id of the package to buy, for kworks with packages.
            extras: Extras to buy with their counts, by extra id: `{12345: 1}` (sent as
                `extras[12345]=1`).
            channel_format: Placement format for kworks that post in a channel: hours on top and in
                the feed (`1_24`, `2_48`, `3_72`), never deleted, a repost or a native post.
            order_id: Id of a finished individual order to copy, when ordering the same individual
                offer again.

        Returns:
            CreatedOrder.

        Kwork method `orderKwork`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _order_kwork.OPERATION,
            (kwork_id, kworks_count, volume_type_id, volume, package_id, extras, channel_format, order_id),
            timeout,
            max_retries,
        )

    def create_stage(
        self,
        order_id: int,
        extend_time: int,
        stages: Sequence[Mapping[str, Any]],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add stages to an order without paying for them yet.

        Adds new stages to a staged order; reserve each one later with `reserve_stage`. Each stage is a
        mapping with `title` (stage title) and `payer_price` (stage price for the buyer, in the order's
        currency); it travels as `stages[0][title]=...&stages[0][payer_price]=...`.

        Args:
            order_id: Order id.
            extend_time: Days to add to the order's deadline; 0 for none.
            stages: The new stages. Each stage is a mapping with `title` (stage title) and
                `payer_price` (stage price for the buyer, in the order's currency); it travels as
                `stages[0][title]=...&stages[0][payer_price]=...`.

        Returns:
            None.

        Kwork method `createStage`; changes state (never resent once it may have reached the server).
        """
        return self._call(_create_stage.OPERATION, (order_id, extend_time, stages), timeout, max_retries)

    def decline_extra_removal_by_payer(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Refuse the freelancer's request to remove an extra.

        The buyer declines the removal requested in a track entry; the extra stays.

        Args:
            track_id: Id of the track entry with the request.

        Returns:
            None.

        Kwork method `payerDeclinesExtraRemovalRequest`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_payer_declines_extra_removal_request.OPERATION, (track_id,), timeout, max_retries)

    def decline_extra_removal_by_worker(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Refuse the buyer's request to remove an extra.

        The freelancer declines the removal requested in a track entry; the extra stays.

        Args:
            track_id: Id of the track entry with the request.

        Returns:
            None.

        Kwork method `workerDeclinesExtraRemovalRequest`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_worker_declines_extra_removal_request.OPERATION, (track_id,), timeout, max_retries)

    def decline_extras_by_payer(
        self,
        order_id: int,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Decline the extras the freelancer offered.

        The buyer turns down the extras proposed in a track entry.

        Args:
            order_id: Order id.
            track_id: Id of the track entry with the offer.

        Returns:
            None.

        Kwork method `payerDeclineExtras`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_payer_decline_extras.OPERATION, (order_id, track_id), timeout, max_retries)

    def decline_extras_by_worker(
        self,
        order_id: int,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Decline the extras the buyer proposed.

        The freelancer turns down the extras proposed in a track entry.

        Args:
            order_id: Order id.
            track_id: Id of the track entry with the proposal.

        Returns:
            None.

        Kwork method `workerDeclineExtras`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_worker_decline_extras.OPERATION, (order_id, track_id), timeout, max_retries)

    def delete_note(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the user's private note on an order.

        Removes the note saved with `save_note`.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `deleteOrderNote`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_delete_order_note.OPERATION, (order_id,), timeout, max_retries)

    def delete_stage(
        self,
        order_id: int,
        stage_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Remove a stage from an order.

        Deletes a stage that has not been paid for yet.

        Args:
            order_id: Order id.
            stage_id: Id of the stage to remove.

        Returns:
            None.

        Kwork method `deleteStage`; changes state (never resent once it may have reached the server).
        """
        return self._call(_delete_stage.OPERATION, (order_id, stage_id), timeout, max_retries)

    def edit_stages(
        self,
        order_id: int,
        extend_time: int,
        stages: Mapping[int | str, Any],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change existing stages of an order.

        Changes the title or price of stages, keyed by stage id, and can extend the deadline.

        Args:
            order_id: Order id.
            extend_time: Days to add to the order's deadline; 0 for none.
            stages: The changes, by stage id: `{123456: {"title": "New title", "price": 1500}}`
                (sent as `stages[123456][title]=...`).

        Returns:
            None.

        Kwork method `editStage`; changes state (never resent once it may have reached the server).
        """
        return self._call(_edit_stage.OPERATION, (order_id, extend_time, stages), timeout, max_retries)

    def get_arbitration_reasons(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[ArbitrationReason]:
        """List the reasons the user can give to send an order to arbitration.

        The reasons offered for this order; pass one's `id` as `reason_id` to `send_for_arbitration`.

        Args:
            order_id: Order id.

        Returns:
            list[ArbitrationReason].

        Kwork method `getArbitrationReasons`; replay-safe (retried on transient failures).
        """
        return self._call(_get_arbitration_reasons.OPERATION, (order_id,), timeout, max_retries)

    def get_available_extras(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[AvailableExtra]:
        """List the extras that can still be added to an order.

        The kwork's extras (and bigger packages or volume) the buyer can add to this order, with prices.

        Args:
            order_id: Order id.

        Returns:
            list[AvailableExtra].

        Kwork method `getExtrasAvailableForOrder`; replay-safe (retried on transient failures).
        """
        return self._call(_get_extras_available_for_order.OPERATION, (order_id,), timeout, max_retries)

    def get_cancellation_reasons(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[CancellationReason]:
        """List the reasons the user can give to cancel an order.

        The reasons offered to the signed-in user for this order, with their subtypes. Send a reason's
        code as `reason_type` to `cancel_by_payer` or `cancel_by_worker`.

        Args:
            order_id: Order id.

        Returns:
            list[CancellationReason].

        Kwork method `getOrderCancellationReasons`; replay-safe (retried on transient failures).
        """
        return self._call(_get_order_cancellation_reasons.OPERATION, (order_id,), timeout, max_retries)

    def get_custom_option_presets(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[CustomOptionPreset]:
        """Get the price presets for custom options of an order.

        The prices a seller can pick from when offering custom options (extras) in an order, how much
        can still be added and the longest extra time an option may take.

        Args:
            order_id: Order id.

        Returns:
            list[CustomOptionPreset].

        Kwork method `getCustomOptionsPresets`; replay-safe (retried on transient failures).
        """
        return self._call(_get_custom_options_presets.OPERATION, (order_id,), timeout, max_retries)

    def get_details(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderDetails]:
        """Get the full content of an order.

        What was ordered (description, files, package, attributes, volume), the stages, the key and
        pending track entries, and the user's draft message.

        Args:
            order_id: Order id.

        Returns:
            list[OrderDetails].

        Kwork method `getOrderDetails`; replay-safe (retried on transient failures).
        """
        return self._call(_get_order_details.OPERATION, (order_id,), timeout, max_retries)

    def get_files(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderFile]:
        """List the files of an order.

        Every file sent in the order by either side, newest uploads included.

        Args:
            order_id: Order id.

        Returns:
            list[OrderFile].

        Kwork method `getOrderFiles`; replay-safe (retried on transient failures).
        """
        return self._call(_get_order_files.OPERATION, (order_id,), timeout, max_retries)

    def get_header(
        self,
        order_id: int,
        *,
        order_hash: int | None = None,
        kwork_hash: int | None = None,
        payer_hash: int | None = None,
        worker_hash: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderHeader]:
        """Get the header blocks of an order screen.

        The order, kwork, freelancer and buyer blocks shown at the top of an order, each with a version
        hash. Send the hashes from an earlier answer so the server can skip blocks that have not
        changed.

        Args:
            order_id: Order id.
            order_hash: Hash of the order block from an earlier answer.
            kwork_hash: Hash of the kwork block from an earlier answer.
            payer_hash: Hash of the buyer block from an earlier answer.
            worker_hash: Hash of the freelancer block from an earlier answer.

        Returns:
            list[OrderHeader].

        Kwork method `getOrderHeader`; replay-safe (retried on transient failures).
        """
        return self._call(
            _get_order_header.OPERATION,
            (order_id, order_hash, kwork_hash, payer_hash, worker_hash),
            timeout,
            max_retries,
        )

    def get_last_order_info(
        self,
        interlocutor_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LastOrderInfo | None:
        """Get the last completed order with another user.

        The latest completed order between the signed-in user and `interlocutor_id` that had at least
        one message, with its start and end dates split for display. Empty when there is none.

        Args:
            interlocutor_id: Id of the other user of the dialog.

        Returns:
            LastOrderInfo | None.

        Kwork method `getUsersLastOrderInfo`; replay-safe (retried on transient failures).
        """
        return self._call(_get_users_last_order_info.OPERATION, (interlocutor_id,), timeout, max_retries)

    def get_ordered_extras(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderExtra]:
        """List the extras already added to an order.

        Extras bought in the order, with any pending request to remove one.

        Args:
            order_id: Order id.

        Returns:
            list[OrderExtra].

        Kwork method `getOrderedExtras`; replay-safe (retried on transient failures).
        """
        return self._call(_get_ordered_extras.OPERATION, (order_id,), timeout, max_retries)

    def get_orders_with_user(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderSummary]:
        """List active orders between the user and another user.

        The orders in progress that link the signed-in user and `user_id`, in either role.

        Args:
            user_id: Id of the other user.

        Returns:
            list[OrderSummary].

        Kwork method `ordersBetween`; replay-safe (retried on transient failures).
        """
        return self._call(_orders_between.OPERATION, (user_id,), timeout, max_retries)

    def get_payer_orders(
        self,
        *,
        filter: Literal["active", "cancelled", "delivered", "completed", "missing_data", "unpaid", "all"]
        | None = None,
        page: int | None = None,
        company_orders: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrdersPage:
        """List the orders the user placed as a buyer.

        One page of the signed-in user's orders as a buyer, with counts per filter. An account with no
        buyer orders gets error 150, which the SDK reads as an empty page.

        Args:
            filter: Which orders to list: in progress, cancelled, delivered (awaiting review),
                completed, waiting for the buyer's data, awaiting payment, or all.
            page: Page number, starting at 1.
            company_orders: List the orders of the company the user buys for instead of the user's
                own.

        Returns:
            OrdersPage.

        Kwork method `payerOrders`; replay-safe (retried on transient failures).
        """
        return self._call(_payer_orders.OPERATION, (filter, page, company_orders), timeout, max_retries)

    def iter_payer_orders(
        self,
        *,
        filter: Literal["active", "cancelled", "delivered", "completed", "missing_data", "unpaid", "all"]
        | None = None,
        company_orders: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Order]:
        """Iterate over every item of `get_payer_orders`, fetching pages as needed.

        List the orders the user placed as a buyer.

        Args:
            filter: Which orders to list: in progress, cancelled, delivered (awaiting review),
                completed, waiting for the buyer's data, awaiting payment, or all.
            company_orders: List the orders of the company the user buys for instead of the user's
                own.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Order.

        Kwork method `payerOrders`; replay-safe (retried on transient failures).
        """
        return self._iter(_payer_orders.OPERATION, (filter, page, company_orders), timeout, max_retries)

    def get_provided_data(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderProvidedData]:
        """Get the data the buyer provided for an order.

        The message and files the buyer sent with `send_requirements`, so the freelancer can start.

        Args:
            order_id: Order id.

        Returns:
            list[OrderProvidedData].

        Kwork method `getOrderProvidedData`; replay-safe (retried on transient failures).
        """
        return self._call(_get_order_provided_data.OPERATION, (order_id,), timeout, max_retries)

    def get_summary(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderLookup:
        """Get an order's id and title.

        A minimal lookup of one order: its id and the title the user sees.

        Args:
            order_id: Order id.

        Returns:
            OrderLookup.

        Kwork method `order`; replay-safe (retried on transient failures).
        """
        return self._call(_order.OPERATION, (order_id,), timeout, max_retries)

    def get_worker_orders(
        self,
        *,
        filter: Literal["active", "cancelled", "delivered", "completed", "unpaid", "awaiting_receipt", "all"]
        | None = None,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrdersPage:
        """List the orders the user works on as a freelancer.

        One page of the signed-in user's orders as a freelancer, with counts per filter. An account with
        no freelancer orders gets error 151, which the SDK reads as an empty page.

        Args:
            filter: Which orders to list: in progress, cancelled, delivered (awaiting review),
                completed, awaiting payment, waiting for the freelancer's tax receipt, or all.
            page: Page number, starting at 1.

        Returns:
            OrdersPage.

        Kwork method `workerOrders`; replay-safe (retried on transient failures).
        """
        return self._call(_worker_orders.OPERATION, (filter, page), timeout, max_retries)

    def iter_worker_orders(
        self,
        *,
        filter: Literal["active", "cancelled", "delivered", "completed", "unpaid", "awaiting_receipt", "all"]
        | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> Iterator[Order]:
        """Iterate over every item of `get_worker_orders`, fetching pages as needed.

        List the orders the user works on as a freelancer.

        Args:
            filter: Which orders to list: in progress, cancelled, delivered (awaiting review),
                completed, awaiting payment, waiting for the freelancer's tax receipt, or all.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Order.

        Kwork method `workerOrders`; replay-safe (retried on transient failures).
        """
        return self._iter(_worker_orders.OPERATION, (filter, page), timeout, max_retries)

    def offer_extras(
        self,
        order_id: int,
        *,
        options: Mapping[int | str, Any] | None = None,
        custom_options: Mapping[int | str, Any] | None = None,
        updated_package: Literal["medium", "premium"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExtrasOfferResult:
        """Offer the buyer extras for an order.

        The freelancer proposes extras, custom extras or a bigger package; the buyer then accepts
        (`accept_extras`) or declines them. Answers with the new track entries.

        Args:
            order_id: Order id.
            options: Kwork extras to offer with their counts, by extra id: `{12345: 1}` (sent as
                `options[12345]=1`).
            custom_options: Custom extras to offer with their counts, by id: `{12345: 1}` (sent as
                `customOptions[12345]=1`).
            updated_package: Package to upgrade the order to.

        Returns:
            ExtrasOfferResult.

        Kwork method `offerOrderOptions`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _offer_order_options.OPERATION,
            (order_id, options, custom_options, updated_package),
            timeout,
            max_retries,
        )

    def pay(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Pay for an order that awaits payment.

        Pays an order in the "awaiting payment" status from the account balance.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `payOrderAwaitingPayment`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_pay_order_awaiting_payment.OPERATION, (order_id,), timeout, max_retries)

    def rate(
        self,
        order_id: int,
        speed: int,
        quality: int,
        communication: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Rate the freelancer's work on an order.

        The buyer scores speed, quality and communication, each from 1 to 5.

        Args:
            order_id: Order id.
            speed: Score for speed, 1 to 5.
            quality: Score for quality, 1 to 5.
            communication: Score for communication, 1 to 5.

        Returns:
            None.

        Kwork method `setOrderRating`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _set_order_rating.OPERATION, (order_id, speed, quality, communication), timeout, max_retries
        )

    def rate_arbitration(
        self,
        track_id: int,
        rating: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Rate how an arbitration was handled.

        Scores the arbitration decision announced in a track entry, when the app offers it
        (`is_arbitration_rating_available` on the track).

        Args:
            track_id: Id of the track entry with the arbitration decision.
            rating: The score.

        Returns:
            None.

        Kwork method `rateArbitration`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_rate_arbitration.OPERATION, (track_id, rating), timeout, max_retries)

    def reject_cancel_request_by_payer(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Refuse the freelancer's request to cancel an order.

        The buyer declines a mutual cancellation; the order goes on.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `rejectCancelOrderRequestByPayer`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_reject_cancel_order_request_by_payer.OPERATION, (order_id,), timeout, max_retries)

    def reject_cancel_request_by_worker(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Refuse the buyer's request to cancel an order.

        The freelancer declines a mutual cancellation; the order goes on.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `rejectCancelOrderRequestByWorker`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_reject_cancel_order_request_by_worker.OPERATION, (order_id,), timeout, max_retries)

    def reject_stage_suggestion(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reject the proposed stages of an order.

        Declines the other side's counter-proposal of stages; the current stages stay.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `rejectStageSuggestion`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_reject_stage_suggestion.OPERATION, (order_id,), timeout, max_retries)

    def remove_extra_by_payer(
        self,
        extra_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Ask to remove an extra from an order, as the buyer.

        Starts removing an ordered extra; the freelancer confirms or declines the request.

        Args:
            extra_id: Id of the ordered extra (`id` from `get_ordered_extras`).

        Returns:
            None.

        Kwork method `payerExtraDelete`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_payer_extra_delete.OPERATION, (extra_id,), timeout, max_retries)

    def remove_extra_by_worker(
        self,
        extra_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Ask to remove an extra from an order, as the freelancer.

        Starts removing an ordered extra; the buyer can decline the request.

        Args:
            extra_id: Id of the ordered extra (`id` from `get_ordered_extras`).

        Returns:
            None.

        Kwork method `workerExtraDelete`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_worker_extra_delete.OPERATION, (extra_id,), timeout, max_retries)

    def repeat(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedOrder:
        """Order the same work again.

        Creates a new order with the content of an earlier one. When the balance is short, the server
        answers with an error that carries the amount to top up.

        Args:
            order_id: Order id.

        Returns:
            CreatedOrder.

        Kwork method `repeatOrder`; changes state (never resent once it may have reached the server).
        """
        return self._call(_repeat_order.OPERATION, (order_id,), timeout, max_retries)

    def reserve_stage(
        self,
        order_id: int,
        stage_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reserve the payment for a stage.

        The buyer pays a stage into reserve so the freelancer can work on it.

        Args:
            order_id: Order id.
            stage_id: Id of the stage to pay for.

        Returns:
            None.

        Kwork method `orderStage`; changes state (never resent once it may have reached the server).
        """
        return self._call(_order_stage.OPERATION, (order_id, stage_id), timeout, max_retries)

    def save_note(
        self,
        order_id: int,
        note: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Save the user's private note on an order.

        Creates or replaces the note; only the signed-in user sees it (in order lists and the header).

        Args:
            order_id: Order id.
            note: Note text.

        Returns:
            None.

        Kwork method `saveOrderNote`; changes state (never resent once it may have reached the server).
        """
        return self._call(_save_order_note.OPERATION, (order_id, note), timeout, max_retries)

    def send_bonus(
        self,
        order_id: int,
        bonus: int,
        *,
        comment: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send the freelancer a bonus (tip) for an order.

        Pays the freelancer an extra amount from the buyer's balance. When the balance is short, the
        server answers with an error that carries the amount to top up and a payment link.

        Args:
            order_id: Order id.
            bonus: Bonus amount, in the account's currency.
            comment: Note to the freelancer.

        Returns:
            None.

        Kwork method `sendBonus`; changes state (never resent once it may have reached the server).
        """
        return self._call(_send_bonus.OPERATION, (order_id, bonus, comment), timeout, max_retries)

    def send_for_approval(
        self,
        order_id: int,
        *,
        metric_ids: Sequence[int] | None = None,
        stage_ids: Sequence[int] | None = None,
        file_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Deliver the work for the buyer's review.

        The freelancer hands in the order, or some of its stages, for the buyer to accept.

        Args:
            order_id: Order id.
            metric_ids: Ids of uploaded report files.
            stage_ids: Ids of the stages to deliver, for staged orders.
            file_ids: Ids of uploaded result files.

        Returns:
            None.

        Kwork method `sendOrderForApproval`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _send_order_for_approval.OPERATION,
            (order_id, metric_ids, stage_ids, file_ids),
            timeout,
            max_retries,
        )

    def send_for_arbitration(
        self,
        order_id: int,
        reason_id: int,
        comment: str,
        *,
        stage_ids: Sequence[int] | None = None,
        file_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send an order to arbitration.

        Asks Kwork's support to settle a dispute over the order, or over some of its stages.

        Args:
            order_id: Order id.
            reason_id: Reason id from `get_arbitration_reasons`.
            comment: What the dispute is about.
            stage_ids: Ids of the disputed stages, for staged orders.
            file_ids: Ids of uploaded files that support the claim.

        Returns:
            None.

        Kwork method `sendOrderForArbitration`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _send_order_for_arbitration.OPERATION,
            (order_id, reason_id, stage_ids, comment, file_ids),
            timeout,
            max_retries,
        )

    def send_for_revision(
        self,
        order_id: int,
        *,
        message: str | None = None,
        file_ids: Sequence[int] | None = None,
        stage_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Return the delivered work for changes.

        The buyer rejects the delivery, or some stages, and says what to fix.

        Args:
            order_id: Order id.
            message: What needs to change.
            file_ids: Ids of uploaded files to attach.
            stage_ids: Ids of the stages to return, for staged orders.

        Returns:
            None.

        Kwork method `sendOrderForRevision`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _send_order_for_revision.OPERATION, (order_id, message, file_ids, stage_ids), timeout, max_retries
        )

    def send_receipt_link(
        self,
        receipt_id: int,
        receipt_link: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send a link to a tax receipt for checking.

        For self-employed freelancers: submits the link to the receipt issued for an order payment, so
        Kwork can verify it.

        Args:
            receipt_id: Id of the receipt request, from the order's track.
            receipt_link: Link to the receipt issued by the tax service.

        Returns:
            None.

        Kwork method `sendOrderReceiptLinkForVerification`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(
            _send_order_receipt_link_for_verification.OPERATION,
            (receipt_id, receipt_link),
            timeout,
            max_retries,
        )

    def send_requirements(
        self,
        order_id: int,
        *,
        requirements: str | None = None,
        file_ids: Sequence[int] | None = None,
        metric_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send the freelancer the data needed for an order.

        The buyer provides the information (text, files, metrics) the freelancer needs to do the work.

        Args:
            order_id: Order id.
            requirements: The information, as text.
            file_ids: Ids of uploaded files to attach.
            metric_ids: Ids of uploaded metrics files to attach.

        Returns:
            None.

        Kwork method `sendOrderRequirements`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _send_order_requirements.OPERATION,
            (order_id, requirements, file_ids, metric_ids),
            timeout,
            max_retries,
        )

    def set_worker_status(
        self,
        status: Literal["free", "busy"],
        *,
        switch_all: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set whether the freelancer takes new orders.

        Switches the freelancer between free and busy. Busy pauses the freelancer's kworks; going free
        turns them back on.

        Args:
            status: `free` to take orders, `busy` to pause them.
            switch_all: When going free: true turns on every kwork, false only those that were
                active before the busy status. Left out, the account's saved choice applies.

        Returns:
            None.

        Kwork method `setTakingOrders`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_set_taking_orders.OPERATION, (status, switch_all), timeout, max_retries)

    def start_work(
        self,
        order_id: int,
        *,
        contracts_agreement: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Take an order into work.

        The freelancer confirms they start working on a paid order.

        Args:
            order_id: Order id.
            contracts_agreement: Agree to updated contract documents, when the server asks for it.

        Returns:
            None.

        Kwork method `workerInprogress`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_worker_inprogress.OPERATION, (order_id, contracts_agreement), timeout, max_retries)

    def suggest_stages(
        self,
        order_id: int,
        days: int,
        message: str,
        stages: Sequence[Mapping[str, Any]],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Propose a different set of stages for an order.

        The freelancer answers the buyer's stages with a counter-proposal, which the buyer accepts or
        rejects. Each stage is a mapping with `title`, `payer_price` and `action` (such as `add`).

        Args:
            order_id: Order id.
            days: Proposed duration of the work, in days.
            message: Note to the buyer explaining the proposal.
            stages: The proposed stages: mappings with `title`, `payer_price` and `action` (such as
                `add`), sent as `stages[0][title]=...`.

        Returns:
            None.

        Kwork method `suggestStages`; changes state (never resent once it may have reached the server).
        """
        return self._call(_suggest_stages.OPERATION, (order_id, days, message, stages), timeout, max_retries)

    def update_draft(
        self,
        order_id: int,
        *,
        message: str | None = None,
        file_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Save the unsent draft message of an order.

        Stores the text and files the user is writing in the order, so they survive across devices.

        Args:
            order_id: Order id.
            message: Draft text.
            file_ids: Ids of uploaded files in the draft.

        Returns:
            None.

        Kwork method `updateOrderDraftMessage`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _update_order_draft_message.OPERATION, (order_id, message, file_ids), timeout, max_retries
        )

    def update_stage_progress(
        self,
        order_id: int,
        stages: Mapping[int | str, Any],
        comment: str,
        *,
        metric_ids: Sequence[int] | None = None,
        track_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StageProgressReport:
        """Report progress on the stages of an order.

        The freelancer reports how far each stage has got, with a comment and optional report files. The
        report appears in the order's track.

        Args:
            order_id: Order id, or 0 when `track_id` names the report to update.
            stages: Progress per stage in percent, by stage id: `{123: 50}` (sent as
                `stages[123]=50`).
            comment: Comment on the progress, 2 to 350 characters.
            metric_ids: Ids of uploaded report files.
            track_id: Id of an earlier progress report to update.

        Returns:
            StageProgressReport.

        Kwork method `updateStageProgress`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _update_stage_progress.OPERATION,
            (order_id, stages, comment, metric_ids, track_id),
            timeout,
            max_retries,
        )

    def upgrade_package(
        self,
        order_id: int,
        *,
        package_type: Literal["standard", "medium", "premium"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upgrade an order to a bigger package.

        The buyer moves the order to a higher package of the kwork and pays the difference.

        Args:
            order_id: Order id.
            package_type: Package to move to.

        Returns:
            None.

        Kwork method `payerUpgradePackage`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_payer_upgrade_package.OPERATION, (order_id, package_type), timeout, max_retries)

    def withdraw_cancel_request_by_payer(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Withdraw the buyer's own request to cancel an order.

        Takes back a mutual-cancellation request the buyer made earlier.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `deleteCancelOrderRequestByPayer`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_delete_cancel_order_request_by_payer.OPERATION, (order_id,), timeout, max_retries)

    def withdraw_cancel_request_by_worker(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Withdraw the freelancer's own request to cancel an order.

        Takes back a mutual-cancellation request the freelancer made earlier.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `deleteCancelOrderRequestByWorker`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_delete_cancel_order_request_by_worker.OPERATION, (order_id,), timeout, max_retries)


class AsyncOrdersResource(AsyncResource):
    """Orders, their stages, extras, deliveries, cancellations and arbitration."""

    __slots__ = ()

    async def accept_extras(
        self,
        order_id: int,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Accept the extras the freelancer offered.

        The buyer accepts and pays for the extras proposed in a track entry.

        Args:
            order_id: Order id.
            track_id: Id of the track entry with the offer.

        Returns:
            None.

        Kwork method `acceptExtras`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_accept_extras.OPERATION, (order_id, track_id), timeout, max_retries)

    async def accept_stage_suggestion(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Accept the proposed stages of an order.

        Accepts the other side's counter-proposal of stages made with `suggest_stages`.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `acceptStageSuggestion`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_accept_stage_suggestion.OPERATION, (order_id,), timeout, max_retries)

    async def add_stage(
        self,
        order_id: int,
        extend_time: int,
        stages: Sequence[Mapping[str, Any]],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add stages to an order and reserve their payment.

        The buyer adds new stages and reserves their price from the balance at once. Each stage is a
        mapping with `title` (stage title) and `payer_price` (stage price for the buyer, in the order's
        currency); it travels as `stages[0][title]=...&stages[0][payer_price]=...`.

        Args:
            order_id: Order id.
            extend_time: Days to add to the order's deadline; 0 for none.
            stages: The new stages. Each stage is a mapping with `title` (stage title) and
                `payer_price` (stage price for the buyer, in the order's currency); it travels as
                `stages[0][title]=...&stages[0][payer_price]=...`.

        Returns:
            None.

        Kwork method `addStage`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_add_stage.OPERATION, (order_id, extend_time, stages), timeout, max_retries)

    async def allow_portfolio_upload(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Let the freelancer show an order's work in their portfolio.

        The buyer grants permission after the order, when it was not given on approval.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `allowOrderPortfolioUpload`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(_allow_order_portfolio_upload.OPERATION, (order_id,), timeout, max_retries)

    async def approve(
        self,
        order_id: int,
        allow_portfolio: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[BuyerLevelProgress]:
        """Accept the delivered work and complete the order.

        The buyer accepts the work; the freelancer gets paid. Answers with the buyer's progress towards
        the next buyer level.

        Args:
            order_id: Order id.
            allow_portfolio: Allow the freelancer to show this work in their portfolio.

        Returns:
            list[BuyerLevelProgress].

        Kwork method `approveOrder`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_approve_order.OPERATION, (order_id, allow_portfolio), timeout, max_retries)

    async def approve_stages(
        self,
        order_id: int,
        *,
        stage_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[BuyerLevelProgress]:
        """Accept delivered stages of an order.

        The buyer accepts some stages; the freelancer gets paid for them. Answers with the buyer's
        progress towards the next buyer level.

        Args:
            order_id: Order id.
            stage_ids: Ids of the stages to accept.

        Returns:
            list[BuyerLevelProgress].

        Kwork method `approveOrderStage`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_approve_order_stage.OPERATION, (order_id, stage_ids), timeout, max_retries)

    async def buy_extras(
        self,
        order_id: int,
        extras: Mapping[int | str, Any],
        *,
        as_volume: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Buy extras for an order.

        The buyer adds extras from `get_available_extras` and pays for them.

        Args:
            order_id: Order id.
            extras: Extras to buy with their counts, by extra id: `{12345: 1}` (sent as
                `extras[12345]=1`).
            as_volume: Counts are in volume units (such as words) rather than extra units.

        Returns:
            None.

        Kwork method `payerBuyExtras`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _payer_buy_extras.OPERATION, (order_id, extras, as_volume), timeout, max_retries
        )

    async def cancel_by_payer(
        self,
        order_id: int,
        reason_type: str,
        *,
        hide_kworks: bool | None = None,
        message: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel an order as the buyer.

        Cancels the order, or asks the freelancer to agree to cancel it, depending on its state and the
        reason. Reasons come from `get_cancellation_reasons`.

        Args:
            order_id: Order id.
            reason_type: Reason code from `get_cancellation_reasons`.
            hide_kworks: Also hide this freelancer's kworks from the buyer.
            message: Comment explaining the cancellation.

        Returns:
            None.

        Kwork method `cancelOrderByPayer`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _cancel_order_by_payer.OPERATION,
            (order_id, reason_type, hide_kworks, message),
            timeout,
            max_retries,
        )

    async def cancel_by_worker(
        self,
        order_id: int,
        reason_type: str,
        *,
        message: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Cancel an order as the freelancer.

        Cancels the order, or asks the buyer to agree to cancel it, depending on its state and the
        reason. Reasons come from `get_cancellation_reasons`.

        Args:
            order_id: Order id.
            reason_type: Reason code from `get_cancellation_reasons`.
            message: Comment explaining the cancellation.

        Returns:
            None.

        Kwork method `cancelOrderByWorker`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _cancel_order_by_worker.OPERATION, (order_id, reason_type, message), timeout, max_retries
        )

    async def cancel_unpaid(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete an order that was never paid.

        Removes an order in the "awaiting payment" status.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `cancelOrderAwaitingPayment`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(_cancel_order_awaiting_payment.OPERATION, (order_id,), timeout, max_retries)

    async def confirm_cancel_request_by_payer(
        self,
        order_id: int,
        reply_type: Literal["agree", "disagree"],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Agree to the freelancer's request to cancel an order.

        The buyer accepts a mutual cancellation and says whether they agree with the stated reason.

        Args:
            order_id: Order id.
            reply_type: Whether the buyer agrees with the freelancer's reason.

        Returns:
            None.

        Kwork method `confirmCancelOrderRequestByPayer`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _confirm_cancel_order_request_by_payer.OPERATION, (order_id, reply_type), timeout, max_retries
        )

    async def confirm_cancel_request_by_worker(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Agree to the buyer's request to cancel an order.

        The freelancer accepts a mutual cancellation; the order is cancelled.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `confirmCancelOrderRequestByWorker`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _confirm_cancel_order_request_by_worker.OPERATION, (order_id,), timeout, max_retries
        )

    async def confirm_extra_removal_by_worker(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Agree to the buyer's request to remove an extra.

        The freelancer confirms the removal requested in a track entry.

        Args:
            track_id: Id of the track entry with the request.

        Returns:
            None.

        Kwork method `workerConfirmsExtraRemovalRequest`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _worker_confirms_extra_removal_request.OPERATION, (track_id,), timeout, max_retries
        )

    async def create(
        self,
        kwork_id: int,
        *,
        kworks_count: int | None = None,
        volume_type_id: int | None = None,
        volume: float | None = None,
        package_id: int | None = None,
        extras: Mapping[int | str, Any] | None = None,
        channel_format: Literal["1_24", "2_48", "3_72", "not_delete", "repost", "native"] | None = None,
        order_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedOrder:
        """Order a kwork.

        Creates an order for `kwork_id`. Which arguments apply depends on the kwork: a kwork without
        packages takes `kworks_count` (priced per kwork) or `volume` (priced per volume); a kwork with
        packages needs `package_id`, plus `volume` when it is priced per volume. `extras` adds extras to
        kworks without packages or with one package. When the balance is short, the server answers with
        an error that carries the amount to top up and the payment methods.

        Args:
            kwork_id: Id of the kwork to order.
            kworks_count: How many kworks to buy, for kworks priced per kwork.
            volume_type_id: Volume unit the buyer chose, for kworks with extra volume units.
            volume: Volume to buy, for kworks priced per volume.
            package_id: Id of the package to buy, for kworks with packages.
            extras: Extras to buy with their counts, by extra id: `{12345: 1}` (sent as
                `extras[12345]=1`).
            channel_format: Placement format for kworks that post in a channel: hours on top and in
                the feed (`1_24`, `2_48`, `3_72`), never deleted, a repost or a native post.
            order_id: Id of a finished individual order to copy, when ordering the same individual
                offer again.

        Returns:
            CreatedOrder.

        Kwork method `orderKwork`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _order_kwork.OPERATION,
            (kwork_id, kworks_count, volume_type_id, volume, package_id, extras, channel_format, order_id),
            timeout,
            max_retries,
        )

    async def create_stage(
        self,
        order_id: int,
        extend_time: int,
        stages: Sequence[Mapping[str, Any]],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Add stages to an order without paying for them yet.

        Adds new stages to a staged order; reserve each one later with `reserve_stage`. Each stage is a
        mapping with `title` (stage title) and `payer_price` (stage price for the buyer, in the order's
        currency); it travels as `stages[0][title]=...&stages[0][payer_price]=...`.

        Args:
            order_id: Order id.
            extend_time: Days to add to the order's deadline; 0 for none.
            stages: The new stages. Each stage is a mapping with `title` (stage title) and
                `payer_price` (stage price for the buyer, in the order's currency); it travels as
                `stages[0][title]=...&stages[0][payer_price]=...`.

        Returns:
            None.

        Kwork method `createStage`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _create_stage.OPERATION, (order_id, extend_time, stages), timeout, max_retries
        )

    async def decline_extra_removal_by_payer(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Refuse the freelancer's request to remove an extra.

        The buyer declines the removal requested in a track entry; the extra stays.

        Args:
            track_id: Id of the track entry with the request.

        Returns:
            None.

        Kwork method `payerDeclinesExtraRemovalRequest`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _payer_declines_extra_removal_request.OPERATION, (track_id,), timeout, max_retries
        )

    async def decline_extra_removal_by_worker(
        self,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Refuse the buyer's request to remove an extra.

        The freelancer declines the removal requested in a track entry; the extra stays.

        Args:
            track_id: Id of the track entry with the request.

        Returns:
            None.

        Kwork method `workerDeclinesExtraRemovalRequest`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _worker_declines_extra_removal_request.OPERATION, (track_id,), timeout, max_retries
        )

    async def decline_extras_by_payer(
        self,
        order_id: int,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Decline the extras the freelancer offered.

        The buyer turns down the extras proposed in a track entry.

        Args:
            order_id: Order id.
            track_id: Id of the track entry with the offer.

        Returns:
            None.

        Kwork method `payerDeclineExtras`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_payer_decline_extras.OPERATION, (order_id, track_id), timeout, max_retries)

    async def decline_extras_by_worker(
        self,
        order_id: int,
        track_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Decline the extras the buyer proposed.

        The freelancer turns down the extras proposed in a track entry.

        Args:
            order_id: Order id.
            track_id: Id of the track entry with the proposal.

        Returns:
            None.

        Kwork method `workerDeclineExtras`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_worker_decline_extras.OPERATION, (order_id, track_id), timeout, max_retries)

    async def delete_note(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Delete the user's private note on an order.

        Removes the note saved with `save_note`.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `deleteOrderNote`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_delete_order_note.OPERATION, (order_id,), timeout, max_retries)

    async def delete_stage(
        self,
        order_id: int,
        stage_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Remove a stage from an order.

        Deletes a stage that has not been paid for yet.

        Args:
            order_id: Order id.
            stage_id: Id of the stage to remove.

        Returns:
            None.

        Kwork method `deleteStage`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_delete_stage.OPERATION, (order_id, stage_id), timeout, max_retries)

    async def edit_stages(
        self,
        order_id: int,
        extend_time: int,
        stages: Mapping[int | str, Any],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change existing stages of an order.

        Changes the title or price of stages, keyed by stage id, and can extend the deadline.

        Args:
            order_id: Order id.
            extend_time: Days to add to the order's deadline; 0 for none.
            stages: The changes, by stage id: `{123456: {"title": "New title", "price": 1500}}`
                (sent as `stages[123456][title]=...`).

        Returns:
            None.

        Kwork method `editStage`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_edit_stage.OPERATION, (order_id, extend_time, stages), timeout, max_retries)

    async def get_arbitration_reasons(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[ArbitrationReason]:
        """List the reasons the user can give to send an order to arbitration.

        The reasons offered for this order; pass one's `id` as `reason_id` to `send_for_arbitration`.

        Args:
            order_id: Order id.

        Returns:
            list[ArbitrationReason].

        Kwork method `getArbitrationReasons`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_arbitration_reasons.OPERATION, (order_id,), timeout, max_retries)

    async def get_available_extras(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[AvailableExtra]:
        """List the extras that can still be added to an order.

        The kwork's extras (and bigger packages or volume) the buyer can add to this order, with prices.

        Args:
            order_id: Order id.

        Returns:
            list[AvailableExtra].

        Kwork method `getExtrasAvailableForOrder`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_extras_available_for_order.OPERATION, (order_id,), timeout, max_retries)

    async def get_cancellation_reasons(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[CancellationReason]:
        """List the reasons the user can give to cancel an order.

        The reasons offered to the signed-in user for this order, with their subtypes. Send a reason's
        code as `reason_type` to `cancel_by_payer` or `cancel_by_worker`.

        Args:
            order_id: Order id.

        Returns:
            list[CancellationReason].

        Kwork method `getOrderCancellationReasons`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_order_cancellation_reasons.OPERATION, (order_id,), timeout, max_retries)

    async def get_custom_option_presets(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[CustomOptionPreset]:
        """Get the price presets for custom options of an order.

        The prices a seller can pick from when offering custom options (extras) in an order, how much
        can still be added and the longest extra time an option may take.

        Args:
            order_id: Order id.

        Returns:
            list[CustomOptionPreset].

        Kwork method `getCustomOptionsPresets`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_custom_options_presets.OPERATION, (order_id,), timeout, max_retries)

    async def get_details(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderDetails]:
        """Get the full content of an order.

        What was ordered (description, files, package, attributes, volume), the stages, the key and
        pending track entries, and the user's draft message.

        Args:
            order_id: Order id.

        Returns:
            list[OrderDetails].

        Kwork method `getOrderDetails`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_order_details.OPERATION, (order_id,), timeout, max_retries)

    async def get_files(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderFile]:
        """List the files of an order.

        Every file sent in the order by either side, newest uploads included.

        Args:
            order_id: Order id.

        Returns:
            list[OrderFile].

        Kwork method `getOrderFiles`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_order_files.OPERATION, (order_id,), timeout, max_retries)

    async def get_header(
        self,
        order_id: int,
        *,
        order_hash: int | None = None,
        kwork_hash: int | None = None,
        payer_hash: int | None = None,
        worker_hash: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderHeader]:
        """Get the header blocks of an order screen.

        The order, kwork, freelancer and buyer blocks shown at the top of an order, each with a version
        hash. Send the hashes from an earlier answer so the server can skip blocks that have not
        changed.

        Args:
            order_id: Order id.
            order_hash: Hash of the order block from an earlier answer.
            kwork_hash: Hash of the kwork block from an earlier answer.
            payer_hash: Hash of the buyer block from an earlier answer.
            worker_hash: Hash of the freelancer block from an earlier answer.

        Returns:
            list[OrderHeader].

        Kwork method `getOrderHeader`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _get_order_header.OPERATION,
            (order_id, order_hash, kwork_hash, payer_hash, worker_hash),
            timeout,
            max_retries,
        )

    async def get_last_order_info(
        self,
        interlocutor_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> LastOrderInfo | None:
        """Get the last completed order with another user.

        The latest completed order between the signed-in user and `interlocutor_id` that had at least
        one message, with its start and end dates split for display. Empty when there is none.

        Args:
            interlocutor_id: Id of the other user of the dialog.

        Returns:
            LastOrderInfo | None.

        Kwork method `getUsersLastOrderInfo`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _get_users_last_order_info.OPERATION, (interlocutor_id,), timeout, max_retries
        )

    async def get_ordered_extras(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderExtra]:
        """List the extras already added to an order.

        Extras bought in the order, with any pending request to remove one.

        Args:
            order_id: Order id.

        Returns:
            list[OrderExtra].

        Kwork method `getOrderedExtras`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_ordered_extras.OPERATION, (order_id,), timeout, max_retries)

    async def get_orders_with_user(
        self,
        user_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderSummary]:
        """List active orders between the user and another user.

        The orders in progress that link the signed-in user and `user_id`, in either role.

        Args:
            user_id: Id of the other user.

        Returns:
            list[OrderSummary].

        Kwork method `ordersBetween`; replay-safe (retried on transient failures).
        """
        return await self._call(_orders_between.OPERATION, (user_id,), timeout, max_retries)

    async def get_payer_orders(
        self,
        *,
        filter: Literal["active", "cancelled", "delivered", "completed", "missing_data", "unpaid", "all"]
        | None = None,
        page: int | None = None,
        company_orders: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrdersPage:
        """List the orders the user placed as a buyer.

        One page of the signed-in user's orders as a buyer, with counts per filter. An account with no
        buyer orders gets error 150, which the SDK reads as an empty page.

        Args:
            filter: Which orders to list: in progress, cancelled, delivered (awaiting review),
                completed, waiting for the buyer's data, awaiting payment, or all.
            page: Page number, starting at 1.
            company_orders: List the orders of the company the user buys for instead of the user's
                own.

        Returns:
            OrdersPage.

        Kwork method `payerOrders`; replay-safe (retried on transient failures).
        """
        return await self._call(_payer_orders.OPERATION, (filter, page, company_orders), timeout, max_retries)

    def iter_payer_orders(
        self,
        *,
        filter: Literal["active", "cancelled", "delivered", "completed", "missing_data", "unpaid", "all"]
        | None = None,
        company_orders: bool | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Order]:
        """Iterate over every item of `get_payer_orders`, fetching pages as needed.

        List the orders the user placed as a buyer.

        Args:
            filter: Which orders to list: in progress, cancelled, delivered (awaiting review),
                completed, waiting for the buyer's data, awaiting payment, or all.
            company_orders: List the orders of the company the user buys for instead of the user's
                own.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Order.

        Kwork method `payerOrders`; replay-safe (retried on transient failures).
        """
        return self._iter(_payer_orders.OPERATION, (filter, page, company_orders), timeout, max_retries)

    async def get_provided_data(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderProvidedData]:
        """Get the data the buyer provided for an order.

        The message and files the buyer sent with `send_requirements`, so the freelancer can start.

        Args:
            order_id: Order id.

        Returns:
            list[OrderProvidedData].

        Kwork method `getOrderProvidedData`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_order_provided_data.OPERATION, (order_id,), timeout, max_retries)

    async def get_summary(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrderLookup:
        """Get an order's id and title.

        A minimal lookup of one order: its id and the title the user sees.

        Args:
            order_id: Order id.

        Returns:
            OrderLookup.

        Kwork method `order`; replay-safe (retried on transient failures).
        """
        return await self._call(_order.OPERATION, (order_id,), timeout, max_retries)

    async def get_worker_orders(
        self,
        *,
        filter: Literal["active", "cancelled", "delivered", "completed", "unpaid", "awaiting_receipt", "all"]
        | None = None,
        page: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> OrdersPage:
        """List the orders the user works on as a freelancer.

        One page of the signed-in user's orders as a freelancer, with counts per filter. An account with
        no freelancer orders gets error 151, which the SDK reads as an empty page.

        Args:
            filter: Which orders to list: in progress, cancelled, delivered (awaiting review),
                completed, awaiting payment, waiting for the freelancer's tax receipt, or all.
            page: Page number, starting at 1.

        Returns:
            OrdersPage.

        Kwork method `workerOrders`; replay-safe (retried on transient failures).
        """
        return await self._call(_worker_orders.OPERATION, (filter, page), timeout, max_retries)

    def iter_worker_orders(
        self,
        *,
        filter: Literal["active", "cancelled", "delivered", "completed", "unpaid", "awaiting_receipt", "all"]
        | None = None,
        page: int = 1,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AsyncIterator[Order]:
        """Iterate over every item of `get_worker_orders`, fetching pages as needed.

        List the orders the user works on as a freelancer.

        Args:
            filter: Which orders to list: in progress, cancelled, delivered (awaiting review),
                completed, awaiting payment, waiting for the freelancer's tax receipt, or all.
            page: The page to start from. If fetching a page fails, the iterator raises; resume with
                `page=` set to the page that failed.

        Returns:
            An iterator of Order.

        Kwork method `workerOrders`; replay-safe (retried on transient failures).
        """
        return self._iter(_worker_orders.OPERATION, (filter, page), timeout, max_retries)

    async def offer_extras(
        self,
        order_id: int,
        *,
        options: Mapping[int | str, Any] | None = None,
        custom_options: Mapping[int | str, Any] | None = None,
        updated_package: Literal["medium", "premium"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> ExtrasOfferResult:
        """Offer the buyer extras for an order.

        The freelancer proposes extras, custom extras or a bigger package; the buyer then accepts
        (`accept_extras`) or declines them. Answers with the new track entries.

        Args:
            order_id: Order id.
            options: Kwork extras to offer with their counts, by extra id: `{12345: 1}` (sent as
                `options[12345]=1`).
            custom_options: Custom extras to offer with their counts, by id: `{12345: 1}` (sent as
                `customOptions[12345]=1`).
            updated_package: Package to upgrade the order to.

        Returns:
            ExtrasOfferResult.

        Kwork method `offerOrderOptions`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _offer_order_options.OPERATION,
            (order_id, options, custom_options, updated_package),
            timeout,
            max_retries,
        )

    async def pay(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Pay for an order that awaits payment.

        Pays an order in the "awaiting payment" status from the account balance.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `payOrderAwaitingPayment`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_pay_order_awaiting_payment.OPERATION, (order_id,), timeout, max_retries)

    async def rate(
        self,
        order_id: int,
        speed: int,
        quality: int,
        communication: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Rate the freelancer's work on an order.

        The buyer scores speed, quality and communication, each from 1 to 5.

        Args:
            order_id: Order id.
            speed: Score for speed, 1 to 5.
            quality: Score for quality, 1 to 5.
            communication: Score for communication, 1 to 5.

        Returns:
            None.

        Kwork method `setOrderRating`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _set_order_rating.OPERATION, (order_id, speed, quality, communication), timeout, max_retries
        )

    async def rate_arbitration(
        self,
        track_id: int,
        rating: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Rate how an arbitration was handled.

        Scores the arbitration decision announced in a track entry, when the app offers it
        (`is_arbitration_rating_available` on the track).

        Args:
            track_id: Id of the track entry with the arbitration decision.
            rating: The score.

        Returns:
            None.

        Kwork method `rateArbitration`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_rate_arbitration.OPERATION, (track_id, rating), timeout, max_retries)

    async def reject_cancel_request_by_payer(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Refuse the freelancer's request to cancel an order.

        The buyer declines a mutual cancellation; the order goes on.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `rejectCancelOrderRequestByPayer`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _reject_cancel_order_request_by_payer.OPERATION, (order_id,), timeout, max_retries
        )

    async def reject_cancel_request_by_worker(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Refuse the buyer's request to cancel an order.

        The freelancer declines a mutual cancellation; the order goes on.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `rejectCancelOrderRequestByWorker`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _reject_cancel_order_request_by_worker.OPERATION, (order_id,), timeout, max_retries
        )

    async def reject_stage_suggestion(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reject the proposed stages of an order.

        Declines the other side's counter-proposal of stages; the current stages stay.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `rejectStageSuggestion`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_reject_stage_suggestion.OPERATION, (order_id,), timeout, max_retries)

    async def remove_extra_by_payer(
        self,
        extra_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Ask to remove an extra from an order, as the buyer.

        Starts removing an ordered extra; the freelancer confirms or declines the request.

        Args:
            extra_id: Id of the ordered extra (`id` from `get_ordered_extras`).

        Returns:
            None.

        Kwork method `payerExtraDelete`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_payer_extra_delete.OPERATION, (extra_id,), timeout, max_retries)

    async def remove_extra_by_worker(
        self,
        extra_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Ask to remove an extra from an order, as the freelancer.

        Starts removing an ordered extra; the buyer can decline the request.

        Args:
            extra_id: Id of the ordered extra (`id` from `get_ordered_extras`).

        Returns:
            None.

        Kwork method `workerExtraDelete`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_worker_extra_delete.OPERATION, (extra_id,), timeout, max_retries)

    async def repeat(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CreatedOrder:
        """Order the same work again.

        Creates a new order with the content of an earlier one. When the balance is short, the server
        answers with an error that carries the amount to top up.

        Args:
            order_id: Order id.

        Returns:
            CreatedOrder.

        Kwork method `repeatOrder`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_repeat_order.OPERATION, (order_id,), timeout, max_retries)

    async def reserve_stage(
        self,
        order_id: int,
        stage_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Reserve the payment for a stage.

        The buyer pays a stage into reserve so the freelancer can work on it.

        Args:
            order_id: Order id.
            stage_id: Id of the stage to pay for.

        Returns:
            None.

        Kwork method `orderStage`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_order_stage.OPERATION, (order_id, stage_id), timeout, max_retries)

    async def save_note(
        self,
        order_id: int,
        note: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Save the user's private note on an order.

        Creates or replaces the note; only the signed-in user sees it (in order lists and the header).

        Args:
            order_id: Order id.
            note: Note text.

        Returns:
            None.

        Kwork method `saveOrderNote`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_save_order_note.OPERATION, (order_id, note), timeout, max_retries)

    async def send_bonus(
        self,
        order_id: int,
        bonus: int,
        *,
        comment: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send the freelancer a bonus (tip) for an order.

        Pays the freelancer an extra amount from the buyer's balance. When the balance is short, the
        server answers with an error that carries the amount to top up and a payment link.

        Args:
            order_id: Order id.
            bonus: Bonus amount, in the account's currency.
            comment: Note to the freelancer.

        Returns:
            None.

        Kwork method `sendBonus`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_send_bonus.OPERATION, (order_id, bonus, comment), timeout, max_retries)

    async def send_for_approval(
        self,
        order_id: int,
        *,
        metric_ids: Sequence[int] | None = None,
        stage_ids: Sequence[int] | None = None,
        file_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Deliver the work for the buyer's review.

        The freelancer hands in the order, or some of its stages, for the buyer to accept.

        Args:
            order_id: Order id.
            metric_ids: Ids of uploaded report files.
            stage_ids: Ids of the stages to deliver, for staged orders.
            file_ids: Ids of uploaded result files.

        Returns:
            None.

        Kwork method `sendOrderForApproval`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _send_order_for_approval.OPERATION,
            (order_id, metric_ids, stage_ids, file_ids),
            timeout,
            max_retries,
        )

    async def send_for_arbitration(
        self,
        order_id: int,
        reason_id: int,
        comment: str,
        *,
        stage_ids: Sequence[int] | None = None,
        file_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send an order to arbitration.

        Asks Kwork's support to settle a dispute over the order, or over some of its stages.

        Args:
            order_id: Order id.
            reason_id: Reason id from `get_arbitration_reasons`.
            comment: What the dispute is about.
            stage_ids: Ids of the disputed stages, for staged orders.
            file_ids: Ids of uploaded files that support the claim.

        Returns:
            None.

        Kwork method `sendOrderForArbitration`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _send_order_for_arbitration.OPERATION,
            (order_id, reason_id, stage_ids, comment, file_ids),
            timeout,
            max_retries,
        )

    async def send_for_revision(
        self,
        order_id: int,
        *,
        message: str | None = None,
        file_ids: Sequence[int] | None = None,
        stage_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Return the delivered work for changes.

        The buyer rejects the delivery, or some stages, and says what to fix.

        Args:
            order_id: Order id.
            message: What needs to change.
            file_ids: Ids of uploaded files to attach.
            stage_ids: Ids of the stages to return, for staged orders.

        Returns:
            None.

        Kwork method `sendOrderForRevision`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _send_order_for_revision.OPERATION, (order_id, message, file_ids, stage_ids), timeout, max_retries
        )

    async def send_receipt_link(
        self,
        receipt_id: int,
        receipt_link: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send a link to a tax receipt for checking.

        For self-employed freelancers: submits the link to the receipt issued for an order payment, so
        Kwork can verify it.

        Args:
            receipt_id: Id of the receipt request, from the order's track.
            receipt_link: Link to the receipt issued by the tax service.

        Returns:
            None.

        Kwork method `sendOrderReceiptLinkForVerification`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _send_order_receipt_link_for_verification.OPERATION,
            (receipt_id, receipt_link),
            timeout,
            max_retries,
        )

    async def send_requirements(
        self,
        order_id: int,
        *,
        requirements: str | None = None,
        file_ids: Sequence[int] | None = None,
        metric_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send the freelancer the data needed for an order.

        The buyer provides the information (text, files, metrics) the freelancer needs to do the work.

        Args:
            order_id: Order id.
            requirements: The information, as text.
            file_ids: Ids of uploaded files to attach.
            metric_ids: Ids of uploaded metrics files to attach.

        Returns:
            None.

        Kwork method `sendOrderRequirements`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _send_order_requirements.OPERATION,
            (order_id, requirements, file_ids, metric_ids),
            timeout,
            max_retries,
        )

    async def set_worker_status(
        self,
        status: Literal["free", "busy"],
        *,
        switch_all: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set whether the freelancer takes new orders.

        Switches the freelancer between free and busy. Busy pauses the freelancer's kworks; going free
        turns them back on.

        Args:
            status: `free` to take orders, `busy` to pause them.
            switch_all: When going free: true turns on every kwork, false only those that were
                active before the busy status. Left out, the account's saved choice applies.

        Returns:
            None.

        Kwork method `setTakingOrders`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_set_taking_orders.OPERATION, (status, switch_all), timeout, max_retries)

    async def start_work(
        self,
        order_id: int,
        *,
        contracts_agreement: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Take an order into work.

        The freelancer confirms they start working on a paid order.

        Args:
            order_id: Order id.
            contracts_agreement: Agree to updated contract documents, when the server asks for it.

        Returns:
            None.

        Kwork method `workerInprogress`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _worker_inprogress.OPERATION, (order_id, contracts_agreement), timeout, max_retries
        )

    async def suggest_stages(
        self,
        order_id: int,
        days: int,
        message: str,
        stages: Sequence[Mapping[str, Any]],
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Propose a different set of stages for an order.

        The freelancer answers the buyer's stages with a counter-proposal, which the buyer accepts or
        rejects. Each stage is a mapping with `title`, `payer_price` and `action` (such as `add`).

        Args:
            order_id: Order id.
            days: Proposed duration of the work, in days.
            message: Note to the buyer explaining the proposal.
            stages: The proposed stages: mappings with `title`, `payer_price` and `action` (such as
                `add`), sent as `stages[0][title]=...`.

        Returns:
            None.

        Kwork method `suggestStages`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _suggest_stages.OPERATION, (order_id, days, message, stages), timeout, max_retries
        )

    async def update_draft(
        self,
        order_id: int,
        *,
        message: str | None = None,
        file_ids: Sequence[int] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Save the unsent draft message of an order.

        Stores the text and files the user is writing in the order, so they survive across devices.

        Args:
            order_id: Order id.
            message: Draft text.
            file_ids: Ids of uploaded files in the draft.

        Returns:
            None.

        Kwork method `updateOrderDraftMessage`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _update_order_draft_message.OPERATION, (order_id, message, file_ids), timeout, max_retries
        )

    async def update_stage_progress(
        self,
        order_id: int,
        stages: Mapping[int | str, Any],
        comment: str,
        *,
        metric_ids: Sequence[int] | None = None,
        track_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> StageProgressReport:
        """Report progress on the stages of an order.

        The freelancer reports how far each stage has got, with a comment and optional report files. The
        report appears in the order's track.

        Args:
            order_id: Order id, or 0 when `track_id` names the report to update.
            stages: Progress per stage in percent, by stage id: `{123: 50}` (sent as
                `stages[123]=50`).
            comment: Comment on the progress, 2 to 350 characters.
            metric_ids: Ids of uploaded report files.
            track_id: Id of an earlier progress report to update.

        Returns:
            StageProgressReport.

        Kwork method `updateStageProgress`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _update_stage_progress.OPERATION,
            (order_id, stages, comment, metric_ids, track_id),
            timeout,
            max_retries,
        )

    async def upgrade_package(
        self,
        order_id: int,
        *,
        package_type: Literal["standard", "medium", "premium"] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upgrade an order to a bigger package.

        The buyer moves the order to a higher package of the kwork and pays the difference.

        Args:
            order_id: Order id.
            package_type: Package to move to.

        Returns:
            None.

        Kwork method `payerUpgradePackage`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _payer_upgrade_package.OPERATION, (order_id, package_type), timeout, max_retries
        )

    async def withdraw_cancel_request_by_payer(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Withdraw the buyer's own request to cancel an order.

        Takes back a mutual-cancellation request the buyer made earlier.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `deleteCancelOrderRequestByPayer`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _delete_cancel_order_request_by_payer.OPERATION, (order_id,), timeout, max_retries
        )

    async def withdraw_cancel_request_by_worker(
        self,
        order_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Withdraw the freelancer's own request to cancel an order.

        Takes back a mutual-cancellation request the freelancer made earlier.

        Args:
            order_id: Order id.

        Returns:
            None.

        Kwork method `deleteCancelOrderRequestByWorker`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _delete_cancel_order_request_by_worker.OPERATION, (order_id,), timeout, max_retries
        )
