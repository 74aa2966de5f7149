"""Resource groups of the clients (`client.projects`, `client.dialogs`, ...), loaded on first use.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .auth import AsyncAuthResource, AuthResource
    from .catalog import AsyncCatalogResource, CatalogResource
    from .dialogs import AsyncDialogsResource, DialogsResource
    from .files import AsyncFilesResource, FilesResource
    from .notifications import AsyncNotificationsResource, NotificationsResource
    from .orders import AsyncOrdersResource, OrdersResource
    from .other import AsyncOtherResource, OtherResource
    from .portfolio import AsyncPortfolioResource, PortfolioResource
    from .projects import AsyncProjectsResource, ProjectsResource
    from .reference import AsyncReferenceResource, ReferenceResource
    from .reviews import AsyncReviewsResource, ReviewsResource
    from .settings import AsyncSettingsResource, SettingsResource
    from .user import AsyncUserResource, UserResource

#: Group names, in the order the docs list them.
GROUPS = (
    "auth",
    "user",
    "catalog",
    "projects",
    "orders",
    "dialogs",
    "notifications",
    "portfolio",
    "reviews",
    "files",
    "reference",
    "settings",
    "other",
)


class SyncGroups:
    """Group accessors of KworkClient."""

    @cached_property
    def auth(self) -> AuthResource:
        """Signing in and out, tokens and web sessions."""
        from .auth import AuthResource

        client: Any = self
        return AuthResource(client)

    @cached_property
    def user(self) -> UserResource:
        """The signed-in account and other users' public profiles."""
        from .user import UserResource

        client: Any = self
        return UserResource(client)

    @cached_property
    def catalog(self) -> CatalogResource:
        """Categories and the catalog of kworks (fixed-price services)."""
        from .catalog import CatalogResource

        client: Any = self
        return CatalogResource(client)

    @cached_property
    def projects(self) -> ProjectsResource:
        """The project exchange, where buyers post tasks and freelancers send offers."""
        from .projects import ProjectsResource

        client: Any = self
        return ProjectsResource(client)

    @cached_property
    def orders(self) -> OrdersResource:
        """Orders, their stages, extras, deliveries, cancellations and arbitration."""
        from .orders import OrdersResource

        client: Any = self
        return OrdersResource(client)

    @cached_property
    def dialogs(self) -> DialogsResource:
        """Conversations, messages and order tracks between users."""
        from .dialogs import DialogsResource

        client: Any = self
        return DialogsResource(client)

    @cached_property
    def notifications(self) -> NotificationsResource:
        """The notification feed, push notifications and the real-time channel."""
        from .notifications import NotificationsResource

        client: Any = self
        return NotificationsResource(client)

    @cached_property
    def portfolio(self) -> PortfolioResource:
        """Portfolio items shown on profiles and kworks."""
        from .portfolio import PortfolioResource

        client: Any = self
        return PortfolioResource(client)

    @cached_property
    def reviews(self) -> ReviewsResource:
        """Reviews of kworks and users, and answers to them."""
        from .reviews import ReviewsResource

        client: Any = self
        return ReviewsResource(client)

    @cached_property
    def files(self) -> FilesResource:
        """File uploads used by messages, orders and profiles."""
        from .files import FilesResource

        client: Any = self
        return FilesResource(client)

    @cached_property
    def reference(self) -> ReferenceResource:
        """Reference data such as countries, cities, time zones and legal texts."""
        from .reference import ReferenceResource

        client: Any = self
        return ReferenceResource(client)

    @cached_property
    def settings(self) -> SettingsResource:
        """Account settings, phone and e-mail, notifications and preferences."""
        from .settings import SettingsResource

        client: Any = self
        return SettingsResource(client)

    @cached_property
    def other(self) -> OtherResource:
        """Methods that fit no other group."""
        from .other import OtherResource

        client: Any = self
        return OtherResource(client)


class AsyncGroups:
    """Group accessors of AsyncKworkClient."""

    @cached_property
    def auth(self) -> AsyncAuthResource:
        """Signing in and out, tokens and web sessions."""
        from .auth import AsyncAuthResource

        client: Any = self
        return AsyncAuthResource(client)

    @cached_property
    def user(self) -> AsyncUserResource:
        """The signed-in account and other users' public profiles."""
        from .user import AsyncUserResource

        client: Any = self
        return AsyncUserResource(client)

    @cached_property
    def catalog(self) -> AsyncCatalogResource:
        """Categories and the catalog of kworks (fixed-price services)."""
        from .catalog import AsyncCatalogResource

        client: Any = self
        return AsyncCatalogResource(client)

    @cached_property
    def projects(self) -> AsyncProjectsResource:
        """The project exchange, where buyers post tasks and freelancers send offers."""
        from .projects import AsyncProjectsResource

        client: Any = self
        return AsyncProjectsResource(client)

    @cached_property
    def orders(self) -> AsyncOrdersResource:
        """Orders, their stages, extras, deliveries, cancellations and arbitration."""
        from .orders import AsyncOrdersResource

        client: Any = self
        return AsyncOrdersResource(client)

    @cached_property
    def dialogs(self) -> AsyncDialogsResource:
        """Conversations, messages and order tracks between users."""
        from .dialogs import AsyncDialogsResource

        client: Any = self
        return AsyncDialogsResource(client)

    @cached_property
    def notifications(self) -> AsyncNotificationsResource:
        """The notification feed, push notifications and the real-time channel."""
        from .notifications import AsyncNotificationsResource

        client: Any = self
        return AsyncNotificationsResource(client)

    @cached_property
    def portfolio(self) -> AsyncPortfolioResource:
        """Portfolio items shown on profiles and kworks."""
        from .portfolio import AsyncPortfolioResource

        client: Any = self
        return AsyncPortfolioResource(client)

    @cached_property
    def reviews(self) -> AsyncReviewsResource:
        """Reviews of kworks and users, and answers to them."""
        from .reviews import AsyncReviewsResource

        client: Any = self
        return AsyncReviewsResource(client)

    @cached_property
    def files(self) -> AsyncFilesResource:
        """File uploads used by messages, orders and profiles."""
        from .files import AsyncFilesResource

        client: Any = self
        return AsyncFilesResource(client)

    @cached_property
    def reference(self) -> AsyncReferenceResource:
        """Reference data such as countries, cities, time zones and legal texts."""
        from .reference import AsyncReferenceResource

        client: Any = self
        return AsyncReferenceResource(client)

    @cached_property
    def settings(self) -> AsyncSettingsResource:
        """Account settings, phone and e-mail, notifications and preferences."""
        from .settings import AsyncSettingsResource

        client: Any = self
        return AsyncSettingsResource(client)

    @cached_property
    def other(self) -> AsyncOtherResource:
        """Methods that fit no other group."""
        from .other import AsyncOtherResource

        client: Any = self
        return AsyncOtherResource(client)
