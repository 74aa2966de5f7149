"""`client.other`: Methods that fit no other group.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._generated.api.other import (
    get_bill_refill_url as _get_bill_refill_url,
)
from kwork_api._generated.api.other import (
    get_payment_methods as _get_payment_methods,
)
from kwork_api._generated.api.other import (
    recharge_balance as _recharge_balance,
)
from kwork_api._generated.api.other import (
    report_app_version as _report_app_version,
)
from kwork_api._generated.api.other import (
    send_report as _send_report,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.order_report_track import OrderReportTrack
    from kwork_api._generated.models.payment_link import PaymentLink
    from kwork_api._generated.models.payment_methods import PaymentMethods
    from kwork_api._generated.models.yescrow_refill_link import YescrowRefillLink

__all__ = ["AsyncOtherResource", "OtherResource"]


class OtherResource(SyncResource):
    """Methods that fit no other group."""

    __slots__ = ()

    def get_payment_methods(
        self,
        *,
        with_company: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PaymentMethods:
        """List the ways to top up the balance, with the service fee rules.

        Payment methods available to the user for topping up the balance or paying an order, and how the
        service fee is computed (`service_fee_type` decides which of the fee fields apply). Pass a
        method's `type` to `recharge_balance`.

        Args:
            with_company: True to list the methods for paying as a company (bank transfer and the
                like).

        Returns:
            PaymentMethods.

        Kwork method `getPaymentMethods`; replay-safe (retried on transient failures).
        """
        return self._call(_get_payment_methods.OPERATION, (with_company,), timeout, max_retries)

    def get_yescrow_refill_url(
        self,
        *,
        sum: float | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> YescrowRefillLink:
        """Get a Yescrow payment link to top up the balance.

        Returns a page on the Yescrow payment service where the user pays `sum` into the Kwork balance.
        Each call may open a new bill, so it is not repeated automatically.

        Args:
            sum: Amount to pay in, in the account's currency.

        Returns:
            YescrowRefillLink.

        Kwork method `getBillRefillUrl`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_get_bill_refill_url.OPERATION, (sum,), timeout, max_retries)

    def recharge_balance(
        self,
        amount: float,
        payment_type: str,
        *,
        order_id: int | None = None,
        payment_id: int | None = None,
        country_group_code: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PaymentLink:
        """Get a payment link to top up the balance or pay for an order.

        Starts a payment of `amount` with the chosen method and returns the page where the user pays.
        Take `payment_type` (and, for methods with country groups, `country_group_code`) from
        `get_payment_methods`. With `order_id` the money goes to that order once paid.

        Args:
            amount: Amount to pay, in the account's currency.
            payment_type: Payment method, the `type` of one of `get_payment_methods`' methods (such
                as `bank`).
            order_id: Id of the order being paid for; 0 or absent for a plain top-up.
            payment_id: Id of an earlier payment this one continues, when retrying a payment.
            country_group_code: Country group chosen for the method, a `code` from the method's
                `country_groups`.

        Returns:
            PaymentLink.

        Kwork method `rechargeBalance`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _recharge_balance.OPERATION,
            (order_id, payment_id, amount, payment_type, country_group_code),
            timeout,
            max_retries,
        )

    def report_app_version(
        self,
        cloud_token: str,
        app_version: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tell the server which app version runs on a device.

        Records the app version installed on the device registered for push notifications with
        `cloud_token`.

        Args:
            cloud_token: The device's Firebase Cloud Messaging token.
            app_version: App version as four numbers, such as `2.7.2.0`.

        Returns:
            None.

        Kwork method `reportAppVersion`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_report_app_version.OPERATION, (cloud_token, app_version), timeout, max_retries)

    def send_order_report(
        self,
        order_id: int,
        progress: int,
        comment: str,
        *,
        track_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderReportTrack]:
        """Post a progress report on an order.

        The seller reports how far an order (one without stages) has got; the report appears in the
        order's track. Pass `track_id` to edit a report sent earlier.

        Args:
            order_id: Id of the order.
            progress: Share of the work done, in percent, in steps of 10.
            comment: What was done, 2 to 350 characters.
            track_id: Id of the report's track entry, when editing an earlier report.

        Returns:
            list[OrderReportTrack].

        Kwork method `sendReport`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _send_report.OPERATION, (order_id, progress, comment, track_id), timeout, max_retries
        )


class AsyncOtherResource(AsyncResource):
    """Methods that fit no other group."""

    __slots__ = ()

    async def get_payment_methods(
        self,
        *,
        with_company: bool | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PaymentMethods:
        """List the ways to top up the balance, with the service fee rules.

        Payment methods available to the user for topping up the balance or paying an order, and how the
        service fee is computed (`service_fee_type` decides which of the fee fields apply). Pass a
        method's `type` to `recharge_balance`.

        Args:
            with_company: True to list the methods for paying as a company (bank transfer and the
                like).

        Returns:
            PaymentMethods.

        Kwork method `getPaymentMethods`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_payment_methods.OPERATION, (with_company,), timeout, max_retries)

    async def get_yescrow_refill_url(
        self,
        *,
        sum: float | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> YescrowRefillLink:
        """Get a Yescrow payment link to top up the balance.

        Returns a page on the Yescrow payment service where the user pays `sum` into the Kwork balance.
        Each call may open a new bill, so it is not repeated automatically.

        Args:
            sum: Amount to pay in, in the account's currency.

        Returns:
            YescrowRefillLink.

        Kwork method `getBillRefillUrl`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_get_bill_refill_url.OPERATION, (sum,), timeout, max_retries)

    async def recharge_balance(
        self,
        amount: float,
        payment_type: str,
        *,
        order_id: int | None = None,
        payment_id: int | None = None,
        country_group_code: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PaymentLink:
        """Get a payment link to top up the balance or pay for an order.

        Starts a payment of `amount` with the chosen method and returns the page where the user pays.
        Take `payment_type` (and, for methods with country groups, `country_group_code`) from
        `get_payment_methods`. With `order_id` the money goes to that order once paid.

        Args:
            amount: Amount to pay, in the account's currency.
            payment_type: Payment method, the `type` of one of `get_payment_methods`' methods (such
                as `bank`).
            order_id: Id of the order being paid for; 0 or absent for a plain top-up.
            payment_id: Id of an earlier payment this one continues, when retrying a payment.
            country_group_code: Country group chosen for the method, a `code` from the method's
                `country_groups`.

        Returns:
            PaymentLink.

        Kwork method `rechargeBalance`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _recharge_balance.OPERATION,
            (order_id, payment_id, amount, payment_type, country_group_code),
            timeout,
            max_retries,
        )

    async def report_app_version(
        self,
        cloud_token: str,
        app_version: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Tell the server which app version runs on a device.

        Records the app version installed on the device registered for push notifications with
        `cloud_token`.

        Args:
            cloud_token: The device's Firebase Cloud Messaging token.
            app_version: App version as four numbers, such as `2.7.2.0`.

        Returns:
            None.

        Kwork method `reportAppVersion`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _report_app_version.OPERATION, (cloud_token, app_version), timeout, max_retries
        )

    async def send_order_report(
        self,
        order_id: int,
        progress: int,
        comment: str,
        *,
        track_id: int | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[OrderReportTrack]:
        """Post a progress report on an order.

        The seller reports how far an order (one without stages) has got; the report appears in the
        order's track. Pass `track_id` to edit a report sent earlier.

        Args:
            order_id: Id of the order.
            progress: Share of the work done, in percent, in steps of 10.
            comment: What was done, 2 to 350 characters.
            track_id: Id of the report's track entry, when editing an earlier report.

        Returns:
            list[OrderReportTrack].

        Kwork method `sendReport`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _send_report.OPERATION, (order_id, progress, comment, track_id), timeout, max_retries
        )
