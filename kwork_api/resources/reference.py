"""`client.reference`: Reference data such as countries, cities, time zones and legal texts.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._generated.api.reference import (
    cities as _cities,
)
from kwork_api._generated.api.reference import (
    countries as _countries,
)
from kwork_api._generated.api.reference import (
    get_complain_categories as _get_complain_categories,
)
from kwork_api._generated.api.reference import (
    get_current_versions as _get_current_versions,
)
from kwork_api._generated.api.reference import (
    privacy as _privacy,
)
from kwork_api._generated.api.reference import (
    resolution as _resolution,
)
from kwork_api._generated.api.reference import (
    terms as _terms,
)
from kwork_api._generated.api.reference import (
    terms_of_service as _terms_of_service,
)
from kwork_api._generated.api.reference import (
    timezones as _timezones,
)
from kwork_api._generated.api.reference import (
    translation_languages as _translation_languages,
)
from kwork_api._resource import NOT_GIVEN, AsyncResource, NotGiven, SyncResource, Timeout

if TYPE_CHECKING:
    from kwork_api._generated.models.app_versions import AppVersions
    from kwork_api._generated.models.city import City
    from kwork_api._generated.models.complaint_category import ComplaintCategory
    from kwork_api._generated.models.country import Country
    from kwork_api._generated.models.legal_document import LegalDocument
    from kwork_api._generated.models.time_zone import TimeZone
    from kwork_api._generated.models.translation_language import TranslationLanguage

__all__ = ["AsyncReferenceResource", "ReferenceResource"]


class ReferenceResource(SyncResource):
    """Reference data such as countries, cities, time zones and legal texts."""

    __slots__ = ()

    def get_app_versions(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AppVersions:
        """Get the current versions of the mobile apps.

        Latest iOS and Android app versions, whether updating is mandatory, and an optional in-app
        notice (for example about the end of support for old versions). Error 195 means the versions are
        not available.

        Returns:
            AppVersions.

        Kwork method `getCurrentVersions`; replay-safe (retried on transient failures).
        """
        return self._call(_get_current_versions.OPERATION, (), timeout, max_retries)

    def get_cities(
        self,
        country_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[City]:
        """List the cities of a country.

        Cities the site knows in one country, for the profile's location (`update`'s `city_id`).

        Args:
            country_id: Country id, from `get_countries`.

        Returns:
            list[City].

        Kwork method `cities`; replay-safe (retried on transient failures).
        """
        return self._call(_cities.OPERATION, (country_id,), timeout, max_retries)

    def get_complaint_categories(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[ComplaintCategory]:
        """List the reasons a complaint can be filed for.

        The tree of complaint categories used when reporting a kwork, a user or a message.

        Returns:
            list[ComplaintCategory].

        Kwork method `getComplainCategories`; replay-safe (retried on transient failures).
        """
        return self._call(_get_complain_categories.OPERATION, (), timeout, max_retries)

    def get_countries(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[Country]:
        """List the countries.

        Countries the site knows, for the profile's location (`update`'s `country_id`).

        Returns:
            list[Country].

        Kwork method `countries`; replay-safe (retried on transient failures).
        """
        return self._call(_countries.OPERATION, (), timeout, max_retries)

    def get_dispute_policy(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LegalDocument:
        """Get the dispute resolution policy.

        How the site settles disputes between buyers and sellers, as an HTML fragment.

        Returns:
            LegalDocument.

        Kwork method `resolution`; replay-safe (retried on transient failures).
        """
        return self._call(_resolution.OPERATION, (), timeout, max_retries)

    def get_privacy_policy(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LegalDocument:
        """Get the privacy policy.

        The site's privacy policy as an HTML fragment, in the site's language.

        Returns:
            LegalDocument.

        Kwork method `privacy`; replay-safe (retried on transient failures).
        """
        return self._call(_privacy.OPERATION, (), timeout, max_retries)

    def get_site_rules(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LegalDocument:
        """Get the site rules.

        The rules buyers and sellers must follow on the site, as an HTML fragment.

        Returns:
            LegalDocument.

        Kwork method `termsOfService`; replay-safe (retried on transient failures).
        """
        return self._call(_terms_of_service.OPERATION, (), timeout, max_retries)

    def get_terms(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LegalDocument:
        """Get the user agreement (public offer).

        The contract between the site and its users, as an HTML fragment.

        Returns:
            LegalDocument.

        Kwork method `terms`; replay-safe (retried on transient failures).
        """
        return self._call(_terms.OPERATION, (), timeout, max_retries)

    def get_timezones(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[TimeZone]:
        """List the time zones.

        Time zones a profile can use (`update`'s `timezone_id`).

        Returns:
            list[TimeZone].

        Kwork method `timezones`; replay-safe (retried on transient failures).
        """
        return self._call(_timezones.OPERATION, (), timeout, max_retries)

    def get_translation_languages(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> dict[str, TranslationLanguage]:
        """List the languages offered for translation work.

        Languages a translation kwork or project can name, with their names in the nominative and
        genitive case (the site's Russian texts need both). Keyed by language id as a string; the id
        `-1` stands for "any language".

        Returns:
            dict[str, TranslationLanguage].

        Kwork method `translationLanguages`; replay-safe (retried on transient failures).
        """
        return self._call(_translation_languages.OPERATION, (), timeout, max_retries)


class AsyncReferenceResource(AsyncResource):
    """Reference data such as countries, cities, time zones and legal texts."""

    __slots__ = ()

    async def get_app_versions(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> AppVersions:
        """Get the current versions of the mobile apps.

        Latest iOS and Android app versions, whether updating is mandatory, and an optional in-app
        notice (for example about the end of support for old versions). Error 195 means the versions are
        not available.

        Returns:
            AppVersions.

        Kwork method `getCurrentVersions`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_current_versions.OPERATION, (), timeout, max_retries)

    async def get_cities(
        self,
        country_id: int,
        *,
        timeout: Timeout | NotGiven = NOT_GIVEN,
        max_retries: int | NotGiven = NOT_GIVEN,
    ) -> list[City]:
        """List the cities of a country.

        Cities the site knows in one country, for the profile's location (`update`'s `city_id`).

        Args:
            country_id: Country id, from `get_countries`.

        Returns:
            list[City].

        Kwork method `cities`; replay-safe (retried on transient failures).
        """
        return await self._call(_cities.OPERATION, (country_id,), timeout, max_retries)

    async def get_complaint_categories(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[ComplaintCategory]:
        """List the reasons a complaint can be filed for.

        The tree of complaint categories used when reporting a kwork, a user or a message.

        Returns:
            list[ComplaintCategory].

        Kwork method `getComplainCategories`; replay-safe (retried on transient failures).
        """
        return await self._call(_get_complain_categories.OPERATION, (), timeout, max_retries)

    async def get_countries(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[Country]:
        """List the countries.

        Countries the site knows, for the profile's location (`update`'s `country_id`).

        Returns:
            list[Country].

        Kwork method `countries`; replay-safe (retried on transient failures).
        """
        return await self._call(_countries.OPERATION, (), timeout, max_retries)

    async def get_dispute_policy(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LegalDocument:
        """Get the dispute resolution policy.

        How the site settles disputes between buyers and sellers, as an HTML fragment.

        Returns:
            LegalDocument.

        Kwork method `resolution`; replay-safe (retried on transient failures).
        """
        return await self._call(_resolution.OPERATION, (), timeout, max_retries)

    async def get_privacy_policy(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LegalDocument:
        """Get the privacy policy.

        The site's privacy policy as an HTML fragment, in the site's language.

        Returns:
            LegalDocument.

        Kwork method `privacy`; replay-safe (retried on transient failures).
        """
        return await self._call(_privacy.OPERATION, (), timeout, max_retries)

    async def get_site_rules(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LegalDocument:
        """Get the site rules.

        The rules buyers and sellers must follow on the site, as an HTML fragment.

        Returns:
            LegalDocument.

        Kwork method `termsOfService`; replay-safe (retried on transient failures).
        """
        return await self._call(_terms_of_service.OPERATION, (), timeout, max_retries)

    async def get_terms(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> LegalDocument:
        """Get the user agreement (public offer).

        The contract between the site and its users, as an HTML fragment.

        Returns:
            LegalDocument.

        Kwork method `terms`; replay-safe (retried on transient failures).
        """
        return await self._call(_terms.OPERATION, (), timeout, max_retries)

    async def get_timezones(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> list[TimeZone]:
        """List the time zones.

        Time zones a profile can use (`update`'s `timezone_id`).

        Returns:
            list[TimeZone].

        Kwork method `timezones`; replay-safe (retried on transient failures).
        """
        return await self._call(_timezones.OPERATION, (), timeout, max_retries)

    async def get_translation_languages(
        self, *, timeout: Timeout | NotGiven = NOT_GIVEN, max_retries: int | NotGiven = NOT_GIVEN
    ) -> dict[str, TranslationLanguage]:
        """List the languages offered for translation work.

        Languages a translation kwork or project can name, with their names in the nominative and
        genitive case (the site's Russian texts need both). Keyed by language id as a string; the id
        `-1` stands for "any language".

        Returns:
            dict[str, TranslationLanguage].

        Kwork method `translationLanguages`; replay-safe (retried on transient failures).
        """
        return await self._call(_translation_languages.OPERATION, (), timeout, max_retries)
