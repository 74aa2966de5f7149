"""`client.auth`: Signing in and out, tokens and web sessions.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._generated.api.auth import (
    logout as _logout,
)
from kwork_api._generated.api.auth import (
    sign_in as _sign_in,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.auth_response import AuthResponse

__all__ = ["AsyncAuthResource", "AuthResource"]


class AuthResource(SyncResource):
    """Signing in and out, tokens and web sessions."""

    __slots__ = ()

    def logout(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Sign out and revoke the token.

        Ends the session behind the token; the token stops working.

        Returns:
            None.

        Kwork method `logout`; changes state (never resent once it may have reached the server).
        """
        return self._call(_logout.OPERATION, (), timeout, max_retries)

    def sign_in(
        self,
        login: str,
        password: str,
        *,
        phone_last: str | None = None,
        g_recaptcha_response: str | None = None,
        recaptcha_pass_token: str | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with a login and password.

        Exchanges a login (user name or e-mail) and password for a user token. The server may ask for a
        captcha (error 118) or for the last four digits of the phone number (error 192); resend with
        `g-recaptcha-response` or `phone_last`.

        Args:
            login: User name or e-mail address.
            password: Account password.
            phone_last: Last four digits of the account's phone number, when the server asks for
                them (error 192).
            g_recaptcha_response: Solved captcha token, when the server asks for one (error 118).
            recaptcha_pass_token: Token from an earlier sign-in that lets this one skip the captcha.
            uad: Stable identifier of this installation.

        Returns:
            AuthResponse.

        Kwork method `signIn`; replay-safe (retried on transient failures).
        """
        return self._call(
            _sign_in.OPERATION,
            (login, password, phone_last, g_recaptcha_response, recaptcha_pass_token, uad),
            timeout,
            max_retries,
        )


class AsyncAuthResource(AsyncResource):
    """Signing in and out, tokens and web sessions."""

    __slots__ = ()

    async def logout(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Sign out and revoke the token.

        Ends the session behind the token; the token stops working.

        Returns:
            None.

        Kwork method `logout`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_logout.OPERATION, (), timeout, max_retries)

    async def sign_in(
        self,
        login: str,
        password: str,
        *,
        phone_last: str | None = None,
        g_recaptcha_response: str | None = None,
        recaptcha_pass_token: str | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with a login and password.

        Exchanges a login (user name or e-mail) and password for a user token. The server may ask for a
        captcha (error 118) or for the last four digits of the phone number (error 192); resend with
        `g-recaptcha-response` or `phone_last`.

        Args:
            login: User name or e-mail address.
            password: Account password.
            phone_last: Last four digits of the account's phone number, when the server asks for
                them (error 192).
            g_recaptcha_response: Solved captcha token, when the server asks for one (error 118).
            recaptcha_pass_token: Token from an earlier sign-in that lets this one skip the captcha.
            uad: Stable identifier of this installation.

        Returns:
            AuthResponse.

        Kwork method `signIn`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _sign_in.OPERATION,
            (login, password, phone_last, g_recaptcha_response, recaptcha_pass_token, uad),
            timeout,
            max_retries,
        )
