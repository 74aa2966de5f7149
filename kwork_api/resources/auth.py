"""`client.auth`: Signing in and out, tokens and web sessions.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from kwork_api._generated.api.auth import (
    apple_sign_in as _apple_sign_in,
)
from kwork_api._generated.api.auth import (
    check_login as _check_login,
)
from kwork_api._generated.api.auth import (
    check_uad_duplicate as _check_uad_duplicate,
)
from kwork_api._generated.api.auth import (
    get_captcha_status as _get_captcha_status,
)
from kwork_api._generated.api.auth import (
    get_cookie as _get_cookie,
)
from kwork_api._generated.api.auth import (
    get_web_auth_token as _get_web_auth_token,
)
from kwork_api._generated.api.auth import (
    logout as _logout,
)
from kwork_api._generated.api.auth import (
    replace_uad as _replace_uad,
)
from kwork_api._generated.api.auth import (
    reset_password as _reset_password,
)
from kwork_api._generated.api.auth import (
    sign_in as _sign_in,
)
from kwork_api._generated.api.auth import (
    sign_in_with_captcha as _sign_in_with_captcha,
)
from kwork_api._generated.api.auth import (
    sign_up as _sign_up,
)
from kwork_api._generated.api.auth import (
    social_sign_in as _social_sign_in,
)
from kwork_api._generated.api.auth import (
    social_sign_in_by_token as _social_sign_in_by_token,
)
from kwork_api._generated.api.auth import (
    social_sign_in_by_token_v2 as _social_sign_in_by_token_v2,
)
from kwork_api._generated.api.auth import (
    social_sign_up as _social_sign_up,
)
from kwork_api._generated.api.auth import (
    social_sign_up_by_token as _social_sign_up_by_token,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.auth_response import AuthResponse
    from kwork_api._generated.models.captcha_status import CaptchaStatus
    from kwork_api._generated.models.login_availability import LoginAvailability
    from kwork_api._generated.models.uad_duplicates import UadDuplicates
    from kwork_api._generated.models.web_auth_token import WebAuthToken

__all__ = ["AsyncAuthResource", "AuthResource"]


class AuthResource(SyncResource):
    """Signing in and out, tokens and web sessions."""

    __slots__ = ()

    def get_captcha_status(
        self,
        *,
        email: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CaptchaStatus:
        """Check whether a password reset needs a captcha.

        Tells whether `resetPassword` for this e-mail address must include a solved captcha.

        Args:
            email: E-mail address the password reset is for.

        Returns:
            CaptchaStatus.

        Kwork method `getCaptchaStatus`; replay-safe (retried on transient failures).
        """
        return self._call(_get_captcha_status.OPERATION, (email,), timeout, max_retries)

    def get_cookie(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Get website session cookies for the token.

        Asks the server to set website session cookies for the user behind the token. The cookies come
        only as `Set-Cookie` headers; the answer body carries nothing, so the method returns None. To
        open the website as the user, `getWebAuthToken` is simpler.

        Returns:
            None.

        Kwork method `getCookie`; replay-safe (retried on transient failures).
        """
        return self._call(_get_cookie.OPERATION, (), timeout, max_retries)

    def get_login_availability(
        self, login: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LoginAvailability:
        """Check whether a user name is free.

        Tells whether a user name can still be registered, and suggests a free one.

        Args:
            login: User name to check.

        Returns:
            LoginAvailability.

        Kwork method `checkLogin`; replay-safe (retried on transient failures).
        """
        return self._call(_check_login.OPERATION, (login,), timeout, max_retries)

    def get_uad_duplicates(
        self, uad: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> UadDuplicates:
        """Check whether an installation id is used more than once.

        Tells whether other installations report the same `uad` (installation id), and how many.

        Args:
            uad: Installation id to check.

        Returns:
            UadDuplicates.

        Kwork method `checkUadDuplicate`; replay-safe (retried on transient failures).
        """
        return self._call(_check_uad_duplicate.OPERATION, (uad,), timeout, max_retries)

    def get_web_auth_token(
        self,
        *,
        url_to_redirect: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebAuthToken:
        """Get a one-time link that signs a browser in to the website.

        Creates a single-use web sign-in token that lives about one minute, and the ready link
        (`https://kwork.ru/login-by-token?web_auth_token=...`) that uses it. Opening the link signs the
        browser in as this user and then redirects to `url_to_redirect`, or to the home page. Each call
        makes a new token.

        Args:
            url_to_redirect: Site-relative path to open after signing in; it must start with `/`
                (other values give error 101). Omit it for the home page.

        Returns:
            WebAuthToken.

        Kwork method `getWebAuthToken`; replay-safe (retried on transient failures).
        """
        return self._call(_get_web_auth_token.OPERATION, (url_to_redirect,), timeout, max_retries)

    def logout(
        self,
        *,
        push_token: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign out and revoke the token.

        Ends the session behind the token; the token stops working. Pass the device's push token to stop
        push notifications to it as well.

        Args:
            push_token: Firebase Cloud Messaging registration token of this device, to unregister.

        Returns:
            None.

        Kwork method `logout`; changes state (never resent once it may have reached the server).
        """
        return self._call(_logout.OPERATION, (push_token,), timeout, max_retries)

    def replace_uad(
        self,
        old_uad: str,
        new_uad: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace this installation's id.

        Moves what the server keeps for an installation id (`uad`) to a new one, for example after
        `checkUadDuplicate` found the old id shared.

        Args:
            old_uad: Installation id used so far.
            new_uad: Installation id to use from now on.

        Returns:
            None.

        Kwork method `replaceUad`; changes state (never resent once it may have reached the server).
        """
        return self._call(_replace_uad.OPERATION, (old_uad, new_uad), timeout, max_retries)

    def reset_password(
        self,
        email: str,
        *,
        g_recaptcha_response: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send a password reset e-mail.

        Mails a password reset link to the account with this address. The server may ask for a captcha
        (error 118; `getCaptchaStatus` tells in advance); resend with `g-recaptcha-response`.

        Args:
            email: E-mail address of the account.
            g_recaptcha_response: Solved captcha token, when the server asks for one (error 118).

        Returns:
            None.

        Kwork method `resetPassword`; changes state (never resent once it may have reached the server).
        """
        return self._call(_reset_password.OPERATION, (email, g_recaptcha_response), timeout, max_retries)

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

    def sign_in_with_apple(
        self,
        apple_user_id: str,
        authorization_code: str,
        token: str,
        *,
        email: str | None = None,
        user_type: Literal[1, 2] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with an Apple ID.

        Exchanges the credentials from Sign in with Apple for a user token. It works only when Apple
        shared the user's e-mail address; without one the server answers error 159 and another way of
        signing in is needed.

        Args:
            apple_user_id: The user's identifier at Apple.
            authorization_code: Authorization code issued by Sign in with Apple.
            token: Identity token issued by Sign in with Apple.
            email: E-mail address Apple shared, if any.
            user_type: Role for a newly created account, `1` buyer or `2` freelancer.

        Returns:
            AuthResponse.

        Kwork method `appleSignIn`; replay-safe (retried on transient failures).
        """
        return self._call(
            _apple_sign_in.OPERATION,
            (apple_user_id, authorization_code, token, email, user_type),
            timeout,
            max_retries,
        )

    def sign_in_with_captcha(
        self,
        login: str,
        password: str,
        g_recaptcha_response: str,
        *,
        phone_last: str | None = None,
        recaptcha_pass_token: str | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with a login, password and solved captcha.

        The variant of `signIn` the official app calls once the server has asked for a captcha (error
        118): the same form fields, with the solved captcha token required. The method is not in the
        published description of the API; its request and answer are assumed to mirror `signIn`. The
        server may still ask for the last four digits of the phone number (error 192).

        Args:
            login: User name or e-mail address.
            password: Account password.
            g_recaptcha_response: Solved captcha token (from the `#response=` part of the captcha
                page's final URL).
            phone_last: Last four digits of the account's phone number, when the server asks for
                them (error 192).
            recaptcha_pass_token: Token from an earlier sign-in that lets this one skip the captcha.
            uad: Stable identifier of this installation.

        Returns:
            AuthResponse.

        Kwork method `signInWithCaptcha`; replay-safe (retried on transient failures).
        """
        return self._call(
            _sign_in_with_captcha.OPERATION,
            (login, password, g_recaptcha_response, phone_last, recaptcha_pass_token, uad),
            timeout,
            max_retries,
        )

    def sign_up(
        self,
        username: str,
        email: str,
        password: str,
        *,
        type: Literal["payer", "worker"] | None = None,
        promocode: str | None = None,
        g_recaptcha_response: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Create an account and sign in to it.

        Registers a new account with a user name, e-mail and password and returns a token for it. Like
        `signIn`, the server may ask for a captcha (error 118); solve it and resend with
        `g-recaptcha-response`.

        Args:
            username: User name to register; `checkLogin` tells whether it is free.
            email: E-mail address of the new account.
            password: Password of the new account.
            type: Role to start in, `payer` (buyer) or `worker` (freelancer).
            promocode: Promo code to apply to the new account.
            g_recaptcha_response: Solved captcha token, when the server asks for one (error 118).

        Returns:
            AuthResponse.

        Kwork method `signUp`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _sign_up.OPERATION,
            (username, email, password, type, promocode, g_recaptcha_response),
            timeout,
            max_retries,
        )

    def social_sign_in(
        self,
        provider: Literal["vk", "fb", "google"],
        code: str,
        redirect_uri: str,
        *,
        user_type: Literal[1, 2] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with a social network's authorization code.

        Exchanges the OAuth authorization code of a social network for a user token. It works only when
        the network shares the user's e-mail address; otherwise the server answers error 159 and the
        account has to be created with `socialSignUp`.

        Args:
            provider: Social network, `vk` (VKontakte), `fb` (Facebook) or `google`.
            code: Authorization code the network returned.
            redirect_uri: Redirect URI used when the code was requested; it must match.
            user_type: Role for a newly created account, `1` buyer or `2` freelancer.

        Returns:
            AuthResponse.

        Kwork method `socialSignIn`; replay-safe (retried on transient failures).
        """
        return self._call(
            _social_sign_in.OPERATION, (provider, code, redirect_uri, user_type), timeout, max_retries
        )

    def social_sign_in_by_token(
        self,
        provider: Literal["vk", "fb"],
        token: str,
        *,
        user_type: Literal[1, 2] | None = None,
        email: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in or sign up with a social network's access token (old version).

        Exchanges an access token from a social network's native SDK for a user token, creating the
        account when needed. It needs the user's e-mail address (error 159 without one). Deprecated by
        the server; use `socialSignInByTokenv2`.

        Args:
            provider: Social network, `vk` (VKontakte) or `fb` (Facebook).
            token: Access token the network's SDK returned.
            user_type: Role for a newly created account, `1` buyer or `2` freelancer.
            email: The user's e-mail address, when the network does not share it.

        Returns:
            AuthResponse.

        Deprecated by the server: it may stop answering; prefer the method its description names.

        Kwork method `socialSignInByToken`; replay-safe (retried on transient failures).
        """
        return self._call(
            _social_sign_in_by_token.OPERATION, (provider, token, user_type, email), timeout, max_retries
        )

    def social_sign_in_by_token_v2(
        self,
        provider: Literal["vk", "fb", "google", "google_id"],
        token: str,
        *,
        email: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with a social network's access token.

        Exchanges an access token (or, for `google_id`, a Google ID token) from a social network's
        native SDK for a user token. When no account is linked to it the server answers error 159;
        create one with `socialSignUpByToken`.

        Args:
            provider: Social network, `vk`, `fb`, `google`, or `google_id` to pass a Google ID
                token.
            token: Access token (or ID token) the network's SDK returned.
            email: The user's e-mail address, when the network does not share it.

        Returns:
            AuthResponse.

        Kwork method `socialSignInByTokenv2`; replay-safe (retried on transient failures).
        """
        return self._call(
            _social_sign_in_by_token_v2.OPERATION, (provider, token, email), timeout, max_retries
        )

    def social_sign_up(
        self,
        provider: Literal["vk", "fb", "google"],
        code: str,
        redirect_uri: str,
        email: str,
        *,
        user_type: Literal[1, 2] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Create an account from a social network's authorization code.

        Call it after `socialSignIn` answered error 159, giving the e-mail address the network did not
        share. When no account has that address, a new one is created and its token returned. When one
        exists, the server answers error 160 and mails a link that confirms linking the social account
        to it.

        Args:
            provider: Social network, `vk` (VKontakte), `fb` (Facebook) or `google`.
            code: Authorization code the network returned.
            redirect_uri: Redirect URI used when the code was requested; it must match.
            email: E-mail address for the new account.
            user_type: Role of the new account, `1` buyer or `2` freelancer.

        Returns:
            AuthResponse.

        Kwork method `socialSignUp`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _social_sign_up.OPERATION, (provider, code, redirect_uri, email, user_type), timeout, max_retries
        )

    def social_sign_up_by_token(
        self,
        provider: Literal["vk", "fb", "google", "google_id"],
        token: str,
        email: str,
        *,
        user_type: Literal[1, 2] | None = None,
        promocode: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Create an account from a social network's access token.

        Call it after a token sign-in answered error 159, giving the e-mail address the network did not
        share. When no account has that address, a new one is created and its token returned. When one
        exists, the server answers error 160 and mails a link that confirms linking the social account
        to it.

        Args:
            provider: Social network, `vk`, `fb`, `google`, or `google_id` to pass a Google ID
                token.
            token: Access token (or ID token) the network's SDK returned.
            email: E-mail address for the new account.
            user_type: Role of the new account, `1` buyer or `2` freelancer.
            promocode: Promo code to apply to the new account.

        Returns:
            AuthResponse.

        Kwork method `socialSignUpByToken`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(
            _social_sign_up_by_token.OPERATION,
            (provider, token, email, user_type, promocode),
            timeout,
            max_retries,
        )


class AsyncAuthResource(AsyncResource):
    """Signing in and out, tokens and web sessions."""

    __slots__ = ()

    async def get_captcha_status(
        self,
        *,
        email: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CaptchaStatus:
        """Check whether a password reset needs a captcha.

        Tells whether `resetPassword` for this e-mail address must include a solved captcha.

        Args:
            email: E-mail address the password reset is for.

        Returns:
            CaptchaStatus.

        Kwork method `getCaptchaStatus`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_captcha_status.OPERATION, (email,), timeout, max_retries)

    async def get_cookie(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Get website session cookies for the token.

        Asks the server to set website session cookies for the user behind the token. The cookies come
        only as `Set-Cookie` headers; the answer body carries nothing, so the method returns None. To
        open the website as the user, `getWebAuthToken` is simpler.

        Returns:
            None.

        Kwork method `getCookie`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_cookie.OPERATION, (), timeout, max_retries)

    async def get_login_availability(
        self, login: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LoginAvailability:
        """Check whether a user name is free.

        Tells whether a user name can still be registered, and suggests a free one.

        Args:
            login: User name to check.

        Returns:
            LoginAvailability.

        Kwork method `checkLogin`; replay-safe (retried on transient failures).
        """
        return await self._call(_check_login.OPERATION, (login,), timeout, max_retries)

    async def get_uad_duplicates(
        self, uad: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> UadDuplicates:
        """Check whether an installation id is used more than once.

        Tells whether other installations report the same `uad` (installation id), and how many.

        Args:
            uad: Installation id to check.

        Returns:
            UadDuplicates.

        Kwork method `checkUadDuplicate`; replay-safe (retried on transient failures).
        """
        return await self._call(_check_uad_duplicate.OPERATION, (uad,), timeout, max_retries)

    async def get_web_auth_token(
        self,
        *,
        url_to_redirect: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WebAuthToken:
        """Get a one-time link that signs a browser in to the website.

        Creates a single-use web sign-in token that lives about one minute, and the ready link
        (`https://kwork.ru/login-by-token?web_auth_token=...`) that uses it. Opening the link signs the
        browser in as this user and then redirects to `url_to_redirect`, or to the home page. Each call
        makes a new token.

        Args:
            url_to_redirect: Site-relative path to open after signing in; it must start with `/`
                (other values give error 101). Omit it for the home page.

        Returns:
            WebAuthToken.

        Kwork method `getWebAuthToken`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_web_auth_token.OPERATION, (url_to_redirect,), timeout, max_retries)

    async def logout(
        self,
        *,
        push_token: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Sign out and revoke the token.

        Ends the session behind the token; the token stops working. Pass the device's push token to stop
        push notifications to it as well.

        Args:
            push_token: Firebase Cloud Messaging registration token of this device, to unregister.

        Returns:
            None.

        Kwork method `logout`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_logout.OPERATION, (push_token,), timeout, max_retries)

    async def replace_uad(
        self,
        old_uad: str,
        new_uad: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Replace this installation's id.

        Moves what the server keeps for an installation id (`uad`) to a new one, for example after
        `checkUadDuplicate` found the old id shared.

        Args:
            old_uad: Installation id used so far.
            new_uad: Installation id to use from now on.

        Returns:
            None.

        Kwork method `replaceUad`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_replace_uad.OPERATION, (old_uad, new_uad), timeout, max_retries)

    async def reset_password(
        self,
        email: str,
        *,
        g_recaptcha_response: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Send a password reset e-mail.

        Mails a password reset link to the account with this address. The server may ask for a captcha
        (error 118; `getCaptchaStatus` tells in advance); resend with `g-recaptcha-response`.

        Args:
            email: E-mail address of the account.
            g_recaptcha_response: Solved captcha token, when the server asks for one (error 118).

        Returns:
            None.

        Kwork method `resetPassword`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _reset_password.OPERATION, (email, g_recaptcha_response), timeout, max_retries
        )

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

    async def sign_in_with_apple(
        self,
        apple_user_id: str,
        authorization_code: str,
        token: str,
        *,
        email: str | None = None,
        user_type: Literal[1, 2] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with an Apple ID.

        Exchanges the credentials from Sign in with Apple for a user token. It works only when Apple
        shared the user's e-mail address; without one the server answers error 159 and another way of
        signing in is needed.

        Args:
            apple_user_id: The user's identifier at Apple.
            authorization_code: Authorization code issued by Sign in with Apple.
            token: Identity token issued by Sign in with Apple.
            email: E-mail address Apple shared, if any.
            user_type: Role for a newly created account, `1` buyer or `2` freelancer.

        Returns:
            AuthResponse.

        Kwork method `appleSignIn`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _apple_sign_in.OPERATION,
            (apple_user_id, authorization_code, token, email, user_type),
            timeout,
            max_retries,
        )

    async def sign_in_with_captcha(
        self,
        login: str,
        password: str,
        g_recaptcha_response: str,
        *,
        phone_last: str | None = None,
        recaptcha_pass_token: str | None = None,
        uad: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with a login, password and solved captcha.

        The variant of `signIn` the official app calls once the server has asked for a captcha (error
        118): the same form fields, with the solved captcha token required. The method is not in the
        published description of the API; its request and answer are assumed to mirror `signIn`. The
        server may still ask for the last four digits of the phone number (error 192).

        Args:
            login: User name or e-mail address.
            password: Account password.
            g_recaptcha_response: Solved captcha token (from the `#response=` part of the captcha
                page's final URL).
            phone_last: Last four digits of the account's phone number, when the server asks for
                them (error 192).
            recaptcha_pass_token: Token from an earlier sign-in that lets this one skip the captcha.
            uad: Stable identifier of this installation.

        Returns:
            AuthResponse.

        Kwork method `signInWithCaptcha`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _sign_in_with_captcha.OPERATION,
            (login, password, g_recaptcha_response, phone_last, recaptcha_pass_token, uad),
            timeout,
            max_retries,
        )

    async def sign_up(
        self,
        username: str,
        email: str,
        password: str,
        *,
        type: Literal["payer", "worker"] | None = None,
        promocode: str | None = None,
        g_recaptcha_response: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Create an account and sign in to it.

        Registers a new account with a user name, e-mail and password and returns a token for it. Like
        `signIn`, the server may ask for a captcha (error 118); solve it and resend with
        `g-recaptcha-response`.

        Args:
            username: User name to register; `checkLogin` tells whether it is free.
            email: E-mail address of the new account.
            password: Password of the new account.
            type: Role to start in, `payer` (buyer) or `worker` (freelancer).
            promocode: Promo code to apply to the new account.
            g_recaptcha_response: Solved captcha token, when the server asks for one (error 118).

        Returns:
            AuthResponse.

        Kwork method `signUp`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _sign_up.OPERATION,
            (username, email, password, type, promocode, g_recaptcha_response),
            timeout,
            max_retries,
        )

    async def social_sign_in(
        self,
        provider: Literal["vk", "fb", "google"],
        code: str,
        redirect_uri: str,
        *,
        user_type: Literal[1, 2] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with a social network's authorization code.

        Exchanges the OAuth authorization code of a social network for a user token. It works only when
        the network shares the user's e-mail address; otherwise the server answers error 159 and the
        account has to be created with `socialSignUp`.

        Args:
            provider: Social network, `vk` (VKontakte), `fb` (Facebook) or `google`.
            code: Authorization code the network returned.
            redirect_uri: Redirect URI used when the code was requested; it must match.
            user_type: Role for a newly created account, `1` buyer or `2` freelancer.

        Returns:
            AuthResponse.

        Kwork method `socialSignIn`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _social_sign_in.OPERATION, (provider, code, redirect_uri, user_type), timeout, max_retries
        )

    async def social_sign_in_by_token(
        self,
        provider: Literal["vk", "fb"],
        token: str,
        *,
        user_type: Literal[1, 2] | None = None,
        email: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in or sign up with a social network's access token (old version).

        Exchanges an access token from a social network's native SDK for a user token, creating the
        account when needed. It needs the user's e-mail address (error 159 without one). Deprecated by
        the server; use `socialSignInByTokenv2`.

        Args:
            provider: Social network, `vk` (VKontakte) or `fb` (Facebook).
            token: Access token the network's SDK returned.
            user_type: Role for a newly created account, `1` buyer or `2` freelancer.
            email: The user's e-mail address, when the network does not share it.

        Returns:
            AuthResponse.

        Deprecated by the server: it may stop answering; prefer the method its description names.

        Kwork method `socialSignInByToken`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _social_sign_in_by_token.OPERATION, (provider, token, user_type, email), timeout, max_retries
        )

    async def social_sign_in_by_token_v2(
        self,
        provider: Literal["vk", "fb", "google", "google_id"],
        token: str,
        *,
        email: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Sign in with a social network's access token.

        Exchanges an access token (or, for `google_id`, a Google ID token) from a social network's
        native SDK for a user token. When no account is linked to it the server answers error 159;
        create one with `socialSignUpByToken`.

        Args:
            provider: Social network, `vk`, `fb`, `google`, or `google_id` to pass a Google ID
                token.
            token: Access token (or ID token) the network's SDK returned.
            email: The user's e-mail address, when the network does not share it.

        Returns:
            AuthResponse.

        Kwork method `socialSignInByTokenv2`; replay-safe (retried on transient failures).
        """
        return await self._call(
            _social_sign_in_by_token_v2.OPERATION, (provider, token, email), timeout, max_retries
        )

    async def social_sign_up(
        self,
        provider: Literal["vk", "fb", "google"],
        code: str,
        redirect_uri: str,
        email: str,
        *,
        user_type: Literal[1, 2] | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Create an account from a social network's authorization code.

        Call it after `socialSignIn` answered error 159, giving the e-mail address the network did not
        share. When no account has that address, a new one is created and its token returned. When one
        exists, the server answers error 160 and mails a link that confirms linking the social account
        to it.

        Args:
            provider: Social network, `vk` (VKontakte), `fb` (Facebook) or `google`.
            code: Authorization code the network returned.
            redirect_uri: Redirect URI used when the code was requested; it must match.
            email: E-mail address for the new account.
            user_type: Role of the new account, `1` buyer or `2` freelancer.

        Returns:
            AuthResponse.

        Kwork method `socialSignUp`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _social_sign_up.OPERATION, (provider, code, redirect_uri, email, user_type), timeout, max_retries
        )

    async def social_sign_up_by_token(
        self,
        provider: Literal["vk", "fb", "google", "google_id"],
        token: str,
        email: str,
        *,
        user_type: Literal[1, 2] | None = None,
        promocode: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> AuthResponse:
        """Create an account from a social network's access token.

        Call it after a token sign-in answered error 159, giving the e-mail address the network did not
        share. When no account has that address, a new one is created and its token returned. When one
        exists, the server answers error 160 and mails a link that confirms linking the social account
        to it.

        Args:
            provider: Social network, `vk`, `fb`, `google`, or `google_id` to pass a Google ID
                token.
            token: Access token (or ID token) the network's SDK returned.
            email: E-mail address for the new account.
            user_type: Role of the new account, `1` buyer or `2` freelancer.
            promocode: Promo code to apply to the new account.

        Returns:
            AuthResponse.

        Kwork method `socialSignUpByToken`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _social_sign_up_by_token.OPERATION,
            (provider, token, email, user_type, promocode),
            timeout,
            max_retries,
        )
