"""`client.settings`: Account settings, phone and e-mail, notifications and preferences.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._generated.api.settings import (
    add_new_phone_number as _add_new_phone_number,
)
from kwork_api._generated.api.settings import (
    add_phone_number as _add_phone_number,
)
from kwork_api._generated.api.settings import (
    allow_mobile_push as _allow_mobile_push,
)
from kwork_api._generated.api.settings import (
    allow_push_notifications_sound as _allow_push_notifications_sound,
)
from kwork_api._generated.api.settings import (
    change_password as _change_password,
)
from kwork_api._generated.api.settings import (
    change_username as _change_username,
)
from kwork_api._generated.api.settings import (
    delete_account as _delete_account,
)
from kwork_api._generated.api.settings import (
    delete_cover as _delete_cover,
)
from kwork_api._generated.api.settings import (
    email_verification_letter as _email_verification_letter,
)
from kwork_api._generated.api.settings import (
    get_available_features as _get_available_features,
)
from kwork_api._generated.api.settings import (
    get_company_details as _get_company_details,
)
from kwork_api._generated.api.settings import (
    get_fishing_tutorial_questions as _get_fishing_tutorial_questions,
)
from kwork_api._generated.api.settings import (
    get_payer_company_modal_url as _get_payer_company_modal_url,
)
from kwork_api._generated.api.settings import (
    get_public_features as _get_public_features,
)
from kwork_api._generated.api.settings import (
    hide_self_employed_notification as _hide_self_employed_notification,
)
from kwork_api._generated.api.settings import (
    request_phone_changing as _request_phone_changing,
)
from kwork_api._generated.api.settings import (
    send_company_for_verification as _send_company_for_verification,
)
from kwork_api._generated.api.settings import (
    send_self_employed_survey_result as _send_self_employed_survey_result,
)
from kwork_api._generated.api.settings import (
    send_whats_app_code as _send_whats_app_code,
)
from kwork_api._generated.api.settings import (
    set_available_at_weekends as _set_available_at_weekends,
)
from kwork_api._generated.api.settings import (
    set_fishing_tutorial_status as _set_fishing_tutorial_status,
)
from kwork_api._generated.api.settings import (
    update_avatar as _update_avatar,
)
from kwork_api._generated.api.settings import (
    update_settings as _update_settings,
)
from kwork_api._generated.api.settings import (
    upload_cover as _upload_cover,
)
from kwork_api._generated.api.settings import (
    verify_phone_activation_code as _verify_phone_activation_code,
)
from kwork_api._generated.api.settings import (
    verify_sms_code_for_account_deleting as _verify_sms_code_for_account_deleting,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, FileInput, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.account_deletion import AccountDeletion
    from kwork_api._generated.models.company_details import CompanyDetails
    from kwork_api._generated.models.company_verification import CompanyVerification
    from kwork_api._generated.models.confirmed_phone import ConfirmedPhone
    from kwork_api._generated.models.cover_image import CoverImage
    from kwork_api._generated.models.email_confirmation_sent import EmailConfirmationSent
    from kwork_api._generated.models.feature import Feature
    from kwork_api._generated.models.fraud_quiz_question import FraudQuizQuestion
    from kwork_api._generated.models.phone_change_permit import PhoneChangePermit
    from kwork_api._generated.models.phone_confirmation import PhoneConfirmation
    from kwork_api._generated.models.settings_update import SettingsUpdate
    from kwork_api._generated.models.whats_app_code_sent import WhatsAppCodeSent

__all__ = ["AsyncSettingsResource", "SettingsResource"]


class SettingsResource(SyncResource):
    """Account settings, phone and e-mail, notifications and preferences."""

    __slots__ = ()

    def add_new_phone(
        self,
        hash: str,
        phone: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneConfirmation:
        """Send a confirmation code to the new phone number that replaces the old one.

        Second step of changing the account's phone number. Pass the `hash` returned by
        `request_phone_change` and the new number; the server sends a code to that number (by SMS, call
        or messenger, see `confirmation_type`). Finish with `confirm_phone`.

        Args:
            hash: Confirmation hash from `request_phone_change`.
            phone: The new phone number, in international format.

        Returns:
            PhoneConfirmation.

        Kwork method `addNewPhoneNumber`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_add_new_phone_number.OPERATION, (hash, phone), timeout, max_retries)

    def add_phone(
        self, phone: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> PhoneConfirmation:
        """Send a confirmation code to add a phone number to the account.

        For an account without a phone number: the server sends a code to `phone` (by SMS, call or
        messenger, see `confirmation_type`). Finish with `confirm_phone`. To replace an existing number
        use `request_phone_change` instead.

        Args:
            phone: Phone number to add, in international format.

        Returns:
            PhoneConfirmation.

        Kwork method `addPhoneNumber`; changes state (never resent once it may have reached the server).
        """
        return self._call(_add_phone_number.OPERATION, (phone,), timeout, max_retries)

    def answer_self_employed_survey(
        self, answer: int, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Answer the survey about self-employed status.

        Sends the user's answer to the survey the app shows when `get_features` sets
        `self_employed.show_survey_popup`.

        Args:
            answer: Number of the chosen answer, as shown in the survey.

        Returns:
            None.

        Kwork method `sendSelfEmployedSurveyResult`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_send_self_employed_survey_result.OPERATION, (answer,), timeout, max_retries)

    def change_password(
        self,
        password: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Request a change of the account password.

        Asks to set a new password. The change is not immediate: the server e-mails a confirmation to
        the account's address, and the new password works once it is confirmed.

        Args:
            password: The new password.

        Returns:
            None.

        Kwork method `changePassword`; changes state (never resent once it may have reached the server).
        """
        return self._call(_change_password.OPERATION, (password,), timeout, max_retries)

    def change_username(
        self,
        username: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change the account's login name.

        Sets a new login (user name). Logins take Latin letters, digits, `-` and `_`, at least four
        characters, and must be free; the site lets a user change the login only once.

        Args:
            username: The new login name.

        Returns:
            None.

        Kwork method `changeUsername`; changes state (never resent once it may have reached the server).
        """
        return self._call(_change_username.OPERATION, (username,), timeout, max_retries)

    def complete_fraud_quiz(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Mark the anti-fraud quiz as passed.

        Records that the user has taken the quiz from `get_fraud_quiz`; also succeeds when it was
        already passed.

        Returns:
            None.

        Kwork method `setFishingTutorialStatus`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(_set_fishing_tutorial_status.OPERATION, (), timeout, max_retries)

    def confirm_account_deletion(
        self, code: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AccountDeletion:
        """Confirm deleting the account with the code sent by `delete_account`.

        Checks the code; when `confirmation_type` in the answer is `deleted`, the account is deleted. A
        further step may be asked for in the same way as by `delete_account`.

        Args:
            code: The confirmation code received by SMS or e-mail (digits).

        Returns:
            AccountDeletion.

        Kwork method `verifySmsCodeForAccountDeleting`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_verify_sms_code_for_account_deleting.OPERATION, (code,), timeout, max_retries)

    def confirm_phone(
        self, code: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> ConfirmedPhone:
        """Confirm a phone number with the code sent to it.

        Last step of adding (`add_phone`) or replacing (`add_new_phone`) the phone number: checks the
        code and attaches the number to the account.

        Args:
            code: The code received by SMS, call or messenger.

        Returns:
            ConfirmedPhone.

        Kwork method `verifyPhoneActivationCode`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(_verify_phone_activation_code.OPERATION, (code,), timeout, max_retries)

    def delete_account(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AccountDeletion:
        """Start deleting the signed-in account.

        First step of deleting the account. The server usually sends a confirmation code (see
        `confirmation_type`); finish with `confirm_account_deletion`. When `confirmation_type` is
        `deleted` the account is already gone. Orders still in progress are listed in `orders`.

        Returns:
            AccountDeletion.

        Kwork method `deleteAccount`; changes state (never resent once it may have reached the server).
        """
        return self._call(_delete_account.OPERATION, (), timeout, max_retries)

    def delete_cover(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> CoverImage:
        """Remove the profile cover image.

        Deletes the user's own cover (profile banner); the profile falls back to the default one.

        Returns:
            CoverImage.

        Kwork method `deleteCover`; changes state (never resent once it may have reached the server).
        """
        return self._call(_delete_cover.OPERATION, (), timeout, max_retries)

    def get_company_details(
        self,
        tax_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CompanyDetails:
        """Look up a Russian company or sole proprietor by tax number.

        Finds the registered details behind a tax number (INN): `ooo` is filled for a company (legal
        entity), `ip` for an individual entrepreneur. Used before `submit_company`.

        Args:
            tax_number: Taxpayer number (INN), 10 digits for a company or 12 for an individual
                entrepreneur.

        Returns:
            CompanyDetails.

        Kwork method `getCompanyDetails`; replay-safe (retried on transient failures).
        """
        return self._call(_get_company_details.OPERATION, (tax_number,), timeout, max_retries)

    def get_company_registration_url(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> str:
        """Get the link that opens company registration for a buyer.

        A kwork.ru link to the buyer page with the "add a company" dialog open, for buyers who pay as a
        company. This is the API's only GET method.

        Returns:
            str.

        Kwork method `getPayerCompanyModalUrl`; replay-safe (retried on transient failures).
        """
        return self._call(_get_payer_company_modal_url.OPERATION, (), timeout, max_retries)

    def get_features(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Feature:
        """Get the features and experiments enabled for the signed-in user.

        Feature switches the app reads at start: voice messages and their playback speed, self-employed
        prompts, support chat, the project exchange, and the A/B test groups the user is in.

        Returns:
            Feature.

        Kwork method `getAvailableFeatures`; replay-safe (retried on transient failures).
        """
        return self._call(_get_available_features.OPERATION, (), timeout, max_retries)

    def get_fraud_quiz(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[FraudQuizQuestion]:
        """Get the questions of the anti-fraud quiz.

        The quiz about scams that the site makes a user take (error 116 on other calls means it is
        pending). Each question lists its answers and marks the correct one; report the quiz as passed
        with `complete_fraud_quiz`.

        Returns:
            list[FraudQuizQuestion].

        Kwork method `getFishingTutorialQuestions`; replay-safe (retried on transient failures).
        """
        return self._call(_get_fishing_tutorial_questions.OPERATION, (), timeout, max_retries)

    def get_public_features(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Feature | None:
        """Get the features enabled for everyone, before signing in.

        The signed-out counterpart of `get_features`, called by the app at start. Observed answers carry
        no data (`response` empty or absent), which reads as None; when data comes it has the shape of
        `get_features`.

        Returns:
            Feature | None.

        Kwork method `getPublicFeatures`; replay-safe (retried on transient failures).
        """
        return self._call(_get_public_features.OPERATION, (), timeout, max_retries)

    def hide_self_employed_notice(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Dismiss the notice about a completed self-employed registration.

        Stops showing the notice that the user's self-employed or sole-proprietor status was registered.

        Returns:
            None.

        Kwork method `hideSelfEmployedNotification`; changes state (never resent once it may have
        reached the server).
        """
        return self._call(_hide_self_employed_notification.OPERATION, (), timeout, max_retries)

    def request_phone_change(
        self,
        *,
        phone_last: str | None = None,
        password: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneChangePermit:
        """Start replacing the account's phone number.

        First step of changing the phone number: proves the user owns the account and returns a `hash`
        to pass to `add_new_phone` (or `send_whatsapp_code`) with the new number.

        Args:
            phone_last: Last four digits of the current phone number.
            password: The account password.

        Returns:
            PhoneChangePermit.

        Kwork method `requestPhoneChanging`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_request_phone_changing.OPERATION, (phone_last, password), timeout, max_retries)

    def send_email_confirmation(
        self,
        *,
        email: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmailConfirmationSent:
        """Send a letter to confirm the account's e-mail address.

        Sends the confirmation letter again. With `email`, the address is changed to it first and the
        letter goes to the new address. `timeout` says when another letter may be asked for.

        Args:
            email: New e-mail address to set and confirm; leave out to confirm the current one.

        Returns:
            EmailConfirmationSent.

        Kwork method `emailVerificationLetter`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_email_verification_letter.OPERATION, (email,), timeout, max_retries)

    def send_whatsapp_code(
        self,
        *,
        phone: str | None = None,
        hash: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WhatsAppCodeSent:
        """Send a phone confirmation code by WhatsApp.

        Sends the code that confirms a phone number through WhatsApp instead of SMS. When replacing a
        number, also pass the `hash` from `request_phone_change`. Finish with `confirm_phone`.

        Args:
            phone: Phone number to confirm, in international format.
            hash: Confirmation hash from `request_phone_change`, when replacing a number.

        Returns:
            WhatsAppCodeSent.

        Kwork method `sendWhatsAppCode`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_send_whats_app_code.OPERATION, (phone, hash), timeout, max_retries)

    def set_available_at_weekends(
        self,
        available: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set whether the seller's kworks can be ordered at weekends.

        Makes all of the seller's kworks available or unavailable for ordering on Saturdays and Sundays.

        Args:
            available: True to accept orders at weekends, false to pause kworks then.

        Returns:
            None.

        Kwork method `setAvailableAtWeekends`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_set_available_at_weekends.OPERATION, (available,), timeout, max_retries)

    def set_push_allowed(
        self, allow: bool, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Turn push notifications to the mobile app on or off.

        Sets whether the server sends push notifications to the user's mobile devices.

        Args:
            allow: True to receive push notifications, false to stop them.

        Returns:
            None.

        Kwork method `allowMobilePush`; changes state (never resent once it may have reached the
        server).
        """
        return self._call(_allow_mobile_push.OPERATION, (allow,), timeout, max_retries)

    def set_push_sound(
        self, allow: bool, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Turn the sound of push notifications on or off.

        Sets whether push notifications shown by the mobile app play a sound.

        Args:
            allow: True to play a sound with push notifications, false for silent ones.

        Returns:
            None.

        Kwork method `allowPushNotificationsSound`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(_allow_push_notifications_sound.OPERATION, (allow,), timeout, max_retries)

    def submit_company(
        self,
        tax_number: str,
        *,
        address: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CompanyVerification:
        """Submit a company or sole proprietor for verification.

        Links a company (or individual entrepreneur) to the account by its tax number and sends it to
        the site for checking; the answer gives the verification status.

        Args:
            tax_number: Taxpayer number (INN) of the company or individual entrepreneur.
            address: Postal address, needed for an individual entrepreneur.

        Returns:
            CompanyVerification.

        Kwork method `sendCompanyForVerification`; changes state (never resent once it may have reached
        the server).
        """
        return self._call(
            _send_company_for_verification.OPERATION, (tax_number, address), timeout, max_retries
        )

    def update(
        self,
        *,
        username: str | None = None,
        email: str | None = None,
        fullname: str | None = None,
        timezone_id: int | None = None,
        details: str | None = None,
        country_id: int | None = None,
        city_id: int | None = None,
        profession: str | None = None,
        work_hours_from: int | None = None,
        work_hours_to: int | None = None,
        avatar_crop_x: float | None = None,
        avatar_crop_y: float | None = None,
        avatar_crop_width: float | None = None,
        avatar_crop_height: float | None = None,
        avatar_photo: FileInput | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SettingsUpdate:
        """Update the profile settings.

        Changes any of the given profile fields; fields left out stay as they are. A new `email` takes
        effect only after the user follows the link sent to it; `message` in the answer tells the user
        such things. The avatar upload here is kept for old app versions: prefer `update_avatar`.

        Args:
            username: New login name (see `change_username` for the rules).
            email: New e-mail address; changes after confirmation by e-mail.
            fullname: Real name shown on the profile. On the Russian site only Cyrillic letters are
                kept.
            timezone_id: Time zone id, from `get_timezones`.
            details: The "about me" text of a seller's profile.
            country_id: Country id, from `get_countries`.
            city_id: City id, from `get_cities`.
            profession: The seller's specialty, shown under the name.
            work_hours_from: Start of the working day, as an hour (0 to 23) in the profile's time
                zone.
            work_hours_to: End of the working day, as an hour (0 to 23) in the profile's time zone.
            avatar_crop_x: Left edge of the avatar crop, in percent of the uploaded image's width.
            avatar_crop_y: Top edge of the avatar crop, in percent of the uploaded image's height.
            avatar_crop_width: Width of the avatar crop, in percent of the uploaded image's width.
            avatar_crop_height: Height of the avatar crop, in percent of the uploaded image's
                height.
            avatar_photo: New avatar image (old form; prefer `update_avatar`).

        Returns:
            SettingsUpdate.

        Kwork method `updateSettings`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _update_settings.OPERATION,
            (
                username,
                email,
                fullname,
                timezone_id,
                details,
                country_id,
                city_id,
                profession,
                work_hours_from,
                work_hours_to,
                avatar_crop_x,
                avatar_crop_y,
                avatar_crop_width,
                avatar_crop_height,
                avatar_photo,
            ),
            timeout,
            max_retries,
        )

    def update_avatar(
        self,
        avatar: FileInput,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a new profile picture.

        Replaces the user's avatar with the uploaded image.

        Args:
            avatar: The image file (JPEG or PNG).

        Returns:
            None.

        Kwork method `updateAvatar`; changes state (never resent once it may have reached the server).
        """
        return self._call(_update_avatar.OPERATION, (avatar,), timeout, max_retries)

    def upload_cover(
        self,
        cover: FileInput,
        *,
        crop_x: float | None = None,
        crop_y: float | None = None,
        crop_width: float | None = None,
        crop_height: float | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CoverImage:
        """Upload a new profile cover image.

        Replaces the user's cover (profile banner) with the uploaded image, cropped to the given area
        when the crop is set.

        Args:
            cover: The cover image file.
            crop_x: Left edge of the crop, in percent of the image's width.
            crop_y: Top edge of the crop, in percent of the image's height.
            crop_width: Width of the crop, in percent of the image's width.
            crop_height: Height of the crop, in percent of the image's height.

        Returns:
            CoverImage.

        Kwork method `uploadCover`; changes state (never resent once it may have reached the server).
        """
        return self._call(
            _upload_cover.OPERATION, (crop_x, crop_y, crop_width, crop_height, cover), timeout, max_retries
        )


class AsyncSettingsResource(AsyncResource):
    """Account settings, phone and e-mail, notifications and preferences."""

    __slots__ = ()

    async def add_new_phone(
        self,
        hash: str,
        phone: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneConfirmation:
        """Send a confirmation code to the new phone number that replaces the old one.

        Second step of changing the account's phone number. Pass the `hash` returned by
        `request_phone_change` and the new number; the server sends a code to that number (by SMS, call
        or messenger, see `confirmation_type`). Finish with `confirm_phone`.

        Args:
            hash: Confirmation hash from `request_phone_change`.
            phone: The new phone number, in international format.

        Returns:
            PhoneConfirmation.

        Kwork method `addNewPhoneNumber`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_add_new_phone_number.OPERATION, (hash, phone), timeout, max_retries)

    async def add_phone(
        self, phone: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> PhoneConfirmation:
        """Send a confirmation code to add a phone number to the account.

        For an account without a phone number: the server sends a code to `phone` (by SMS, call or
        messenger, see `confirmation_type`). Finish with `confirm_phone`. To replace an existing number
        use `request_phone_change` instead.

        Args:
            phone: Phone number to add, in international format.

        Returns:
            PhoneConfirmation.

        Kwork method `addPhoneNumber`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_add_phone_number.OPERATION, (phone,), timeout, max_retries)

    async def answer_self_employed_survey(
        self, answer: int, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Answer the survey about self-employed status.

        Sends the user's answer to the survey the app shows when `get_features` sets
        `self_employed.show_survey_popup`.

        Args:
            answer: Number of the chosen answer, as shown in the survey.

        Returns:
            None.

        Kwork method `sendSelfEmployedSurveyResult`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(_send_self_employed_survey_result.OPERATION, (answer,), timeout, max_retries)

    async def change_password(
        self,
        password: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Request a change of the account password.

        Asks to set a new password. The change is not immediate: the server e-mails a confirmation to
        the account's address, and the new password works once it is confirmed.

        Args:
            password: The new password.

        Returns:
            None.

        Kwork method `changePassword`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_change_password.OPERATION, (password,), timeout, max_retries)

    async def change_username(
        self,
        username: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Change the account's login name.

        Sets a new login (user name). Logins take Latin letters, digits, `-` and `_`, at least four
        characters, and must be free; the site lets a user change the login only once.

        Args:
            username: The new login name.

        Returns:
            None.

        Kwork method `changeUsername`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_change_username.OPERATION, (username,), timeout, max_retries)

    async def complete_fraud_quiz(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Mark the anti-fraud quiz as passed.

        Records that the user has taken the quiz from `get_fraud_quiz`; also succeeds when it was
        already passed.

        Returns:
            None.

        Kwork method `setFishingTutorialStatus`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(_set_fishing_tutorial_status.OPERATION, (), timeout, max_retries)

    async def confirm_account_deletion(
        self, code: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AccountDeletion:
        """Confirm deleting the account with the code sent by `delete_account`.

        Checks the code; when `confirmation_type` in the answer is `deleted`, the account is deleted. A
        further step may be asked for in the same way as by `delete_account`.

        Args:
            code: The confirmation code received by SMS or e-mail (digits).

        Returns:
            AccountDeletion.

        Kwork method `verifySmsCodeForAccountDeleting`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(
            _verify_sms_code_for_account_deleting.OPERATION, (code,), timeout, max_retries
        )

    async def confirm_phone(
        self, code: str, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> ConfirmedPhone:
        """Confirm a phone number with the code sent to it.

        Last step of adding (`add_phone`) or replacing (`add_new_phone`) the phone number: checks the
        code and attaches the number to the account.

        Args:
            code: The code received by SMS, call or messenger.

        Returns:
            ConfirmedPhone.

        Kwork method `verifyPhoneActivationCode`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(_verify_phone_activation_code.OPERATION, (code,), timeout, max_retries)

    async def delete_account(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AccountDeletion:
        """Start deleting the signed-in account.

        First step of deleting the account. The server usually sends a confirmation code (see
        `confirmation_type`); finish with `confirm_account_deletion`. When `confirmation_type` is
        `deleted` the account is already gone. Orders still in progress are listed in `orders`.

        Returns:
            AccountDeletion.

        Kwork method `deleteAccount`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_delete_account.OPERATION, (), timeout, max_retries)

    async def delete_cover(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> CoverImage:
        """Remove the profile cover image.

        Deletes the user's own cover (profile banner); the profile falls back to the default one.

        Returns:
            CoverImage.

        Kwork method `deleteCover`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_delete_cover.OPERATION, (), timeout, max_retries)

    async def get_company_details(
        self,
        tax_number: str,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CompanyDetails:
        """Look up a Russian company or sole proprietor by tax number.

        Finds the registered details behind a tax number (INN): `ooo` is filled for a company (legal
        entity), `ip` for an individual entrepreneur. Used before `submit_company`.

        Args:
            tax_number: Taxpayer number (INN), 10 digits for a company or 12 for an individual
                entrepreneur.

        Returns:
            CompanyDetails.

        Kwork method `getCompanyDetails`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_company_details.OPERATION, (tax_number,), timeout, max_retries)

    async def get_company_registration_url(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> str:
        """Get the link that opens company registration for a buyer.

        A kwork.ru link to the buyer page with the "add a company" dialog open, for buyers who pay as a
        company. This is the API's only GET method.

        Returns:
            str.

        Kwork method `getPayerCompanyModalUrl`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_payer_company_modal_url.OPERATION, (), timeout, max_retries)

    async def get_features(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Feature:
        """Get the features and experiments enabled for the signed-in user.

        Feature switches the app reads at start: voice messages and their playback speed, self-employed
        prompts, support chat, the project exchange, and the A/B test groups the user is in.

        Returns:
            Feature.

        Kwork method `getAvailableFeatures`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_available_features.OPERATION, (), timeout, max_retries)

    async def get_fraud_quiz(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[FraudQuizQuestion]:
        """Get the questions of the anti-fraud quiz.

        The quiz about scams that the site makes a user take (error 116 on other calls means it is
        pending). Each question lists its answers and marks the correct one; report the quiz as passed
        with `complete_fraud_quiz`.

        Returns:
            list[FraudQuizQuestion].

        Kwork method `getFishingTutorialQuestions`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_fishing_tutorial_questions.OPERATION, (), timeout, max_retries)

    async def get_public_features(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> Feature | None:
        """Get the features enabled for everyone, before signing in.

        The signed-out counterpart of `get_features`, called by the app at start. Observed answers carry
        no data (`response` empty or absent), which reads as None; when data comes it has the shape of
        `get_features`.

        Returns:
            Feature | None.

        Kwork method `getPublicFeatures`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_public_features.OPERATION, (), timeout, max_retries)

    async def hide_self_employed_notice(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Dismiss the notice about a completed self-employed registration.

        Stops showing the notice that the user's self-employed or sole-proprietor status was registered.

        Returns:
            None.

        Kwork method `hideSelfEmployedNotification`; changes state (never resent once it may have
        reached the server).
        """
        return await self._call(_hide_self_employed_notification.OPERATION, (), timeout, max_retries)

    async def request_phone_change(
        self,
        *,
        phone_last: str | None = None,
        password: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> PhoneChangePermit:
        """Start replacing the account's phone number.

        First step of changing the phone number: proves the user owns the account and returns a `hash`
        to pass to `add_new_phone` (or `send_whatsapp_code`) with the new number.

        Args:
            phone_last: Last four digits of the current phone number.
            password: The account password.

        Returns:
            PhoneChangePermit.

        Kwork method `requestPhoneChanging`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(
            _request_phone_changing.OPERATION, (phone_last, password), timeout, max_retries
        )

    async def send_email_confirmation(
        self,
        *,
        email: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> EmailConfirmationSent:
        """Send a letter to confirm the account's e-mail address.

        Sends the confirmation letter again. With `email`, the address is changed to it first and the
        letter goes to the new address. `timeout` says when another letter may be asked for.

        Args:
            email: New e-mail address to set and confirm; leave out to confirm the current one.

        Returns:
            EmailConfirmationSent.

        Kwork method `emailVerificationLetter`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_email_verification_letter.OPERATION, (email,), timeout, max_retries)

    async def send_whatsapp_code(
        self,
        *,
        phone: str | None = None,
        hash: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> WhatsAppCodeSent:
        """Send a phone confirmation code by WhatsApp.

        Sends the code that confirms a phone number through WhatsApp instead of SMS. When replacing a
        number, also pass the `hash` from `request_phone_change`. Finish with `confirm_phone`.

        Args:
            phone: Phone number to confirm, in international format.
            hash: Confirmation hash from `request_phone_change`, when replacing a number.

        Returns:
            WhatsAppCodeSent.

        Kwork method `sendWhatsAppCode`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_send_whats_app_code.OPERATION, (phone, hash), timeout, max_retries)

    async def set_available_at_weekends(
        self,
        available: bool,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Set whether the seller's kworks can be ordered at weekends.

        Makes all of the seller's kworks available or unavailable for ordering on Saturdays and Sundays.

        Args:
            available: True to accept orders at weekends, false to pause kworks then.

        Returns:
            None.

        Kwork method `setAvailableAtWeekends`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_set_available_at_weekends.OPERATION, (available,), timeout, max_retries)

    async def set_push_allowed(
        self, allow: bool, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Turn push notifications to the mobile app on or off.

        Sets whether the server sends push notifications to the user's mobile devices.

        Args:
            allow: True to receive push notifications, false to stop them.

        Returns:
            None.

        Kwork method `allowMobilePush`; changes state (never resent once it may have reached the
        server).
        """
        return await self._call(_allow_mobile_push.OPERATION, (allow,), timeout, max_retries)

    async def set_push_sound(
        self, allow: bool, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> None:
        """Turn the sound of push notifications on or off.

        Sets whether push notifications shown by the mobile app play a sound.

        Args:
            allow: True to play a sound with push notifications, false for silent ones.

        Returns:
            None.

        Kwork method `allowPushNotificationsSound`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(_allow_push_notifications_sound.OPERATION, (allow,), timeout, max_retries)

    async def submit_company(
        self,
        tax_number: str,
        *,
        address: str | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CompanyVerification:
        """Submit a company or sole proprietor for verification.

        Links a company (or individual entrepreneur) to the account by its tax number and sends it to
        the site for checking; the answer gives the verification status.

        Args:
            tax_number: Taxpayer number (INN) of the company or individual entrepreneur.
            address: Postal address, needed for an individual entrepreneur.

        Returns:
            CompanyVerification.

        Kwork method `sendCompanyForVerification`; changes state (never resent once it may have reached
        the server).
        """
        return await self._call(
            _send_company_for_verification.OPERATION, (tax_number, address), timeout, max_retries
        )

    async def update(
        self,
        *,
        username: str | None = None,
        email: str | None = None,
        fullname: str | None = None,
        timezone_id: int | None = None,
        details: str | None = None,
        country_id: int | None = None,
        city_id: int | None = None,
        profession: str | None = None,
        work_hours_from: int | None = None,
        work_hours_to: int | None = None,
        avatar_crop_x: float | None = None,
        avatar_crop_y: float | None = None,
        avatar_crop_width: float | None = None,
        avatar_crop_height: float | None = None,
        avatar_photo: FileInput | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> SettingsUpdate:
        """Update the profile settings.

        Changes any of the given profile fields; fields left out stay as they are. A new `email` takes
        effect only after the user follows the link sent to it; `message` in the answer tells the user
        such things. The avatar upload here is kept for old app versions: prefer `update_avatar`.

        Args:
            username: New login name (see `change_username` for the rules).
            email: New e-mail address; changes after confirmation by e-mail.
            fullname: Real name shown on the profile. On the Russian site only Cyrillic letters are
                kept.
            timezone_id: Time zone id, from `get_timezones`.
            details: The "about me" text of a seller's profile.
            country_id: Country id, from `get_countries`.
            city_id: City id, from `get_cities`.
            profession: The seller's specialty, shown under the name.
            work_hours_from: Start of the working day, as an hour (0 to 23) in the profile's time
                zone.
            work_hours_to: End of the working day, as an hour (0 to 23) in the profile's time zone.
            avatar_crop_x: Left edge of the avatar crop, in percent of the uploaded image's width.
            avatar_crop_y: Top edge of the avatar crop, in percent of the uploaded image's height.
            avatar_crop_width: Width of the avatar crop, in percent of the uploaded image's width.
            avatar_crop_height: Height of the avatar crop, in percent of the uploaded image's
                height.
            avatar_photo: New avatar image (old form; prefer `update_avatar`).

        Returns:
            SettingsUpdate.

        Kwork method `updateSettings`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _update_settings.OPERATION,
            (
                username,
                email,
                fullname,
                timezone_id,
                details,
                country_id,
                city_id,
                profession,
                work_hours_from,
                work_hours_to,
                avatar_crop_x,
                avatar_crop_y,
                avatar_crop_width,
                avatar_crop_height,
                avatar_photo,
            ),
            timeout,
            max_retries,
        )

    async def update_avatar(
        self,
        avatar: FileInput,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> None:
        """Upload a new profile picture.

        Replaces the user's avatar with the uploaded image.

        Args:
            avatar: The image file (JPEG or PNG).

        Returns:
            None.

        Kwork method `updateAvatar`; changes state (never resent once it may have reached the server).
        """
        return await self._call(_update_avatar.OPERATION, (avatar,), timeout, max_retries)

    async def upload_cover(
        self,
        cover: FileInput,
        *,
        crop_x: float | None = None,
        crop_y: float | None = None,
        crop_width: float | None = None,
        crop_height: float | None = None,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> CoverImage:
        """Upload a new profile cover image.

        Replaces the user's cover (profile banner) with the uploaded image, cropped to the given area
        when the crop is set.

        Args:
            cover: The cover image file.
            crop_x: Left edge of the crop, in percent of the image's width.
            crop_y: Top edge of the crop, in percent of the image's height.
            crop_width: Width of the crop, in percent of the image's width.
            crop_height: Height of the crop, in percent of the image's height.

        Returns:
            CoverImage.

        Kwork method `uploadCover`; changes state (never resent once it may have reached the server).
        """
        return await self._call(
            _upload_cover.OPERATION, (crop_x, crop_y, crop_width, crop_height, cover), timeout, max_retries
        )
