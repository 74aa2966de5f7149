"""Every public model, imported lazily: `from kwork_api._generated.models import Project`.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_deletion import AccountDeletion as AccountDeletion
    from .account_deletion_order import AccountDeletionOrder as AccountDeletionOrder
    from .account_info import AccountInfo as AccountInfo
    from .amount_limits import AmountLimits as AmountLimits
    from .api_error_response import APIErrorResponse as APIErrorResponse
    from .app_notice import AppNotice as AppNotice
    from .app_versions import AppVersions as AppVersions
    from .arbitration_reason import ArbitrationReason as ArbitrationReason
    from .auth_response import AuthResponse as AuthResponse
    from .auth_token import AuthToken as AuthToken
    from .available_extra import AvailableExtra as AvailableExtra
    from .badge import Badge as Badge
    from .balance_detail import BalanceDetail as BalanceDetail
    from .black_friday_terms import BlackFridayTerms as BlackFridayTerms
    from .blocked_dialogs_response import BlockedDialogsResponse as BlockedDialogsResponse
    from .blocked_users import BlockedUsers as BlockedUsers
    from .buyer_level_progress import BuyerLevelProgress as BuyerLevelProgress
    from .cancellation_reason import CancellationReason as CancellationReason
    from .cancellation_reason_choice import CancellationReasonChoice as CancellationReasonChoice
    from .cancellation_subreason import CancellationSubreason as CancellationSubreason
    from .captcha_status import CaptchaStatus as CaptchaStatus
    from .catalog_classifier import CatalogClassifier as CatalogClassifier
    from .catalog_filter import CatalogFilter as CatalogFilter
    from .catalog_filter_group import CatalogFilterGroup as CatalogFilterGroup
    from .catalog_filter_value import CatalogFilterValue as CatalogFilterValue
    from .catalog_filters import CatalogFilters as CatalogFilters
    from .catalog_home import CatalogHome as CatalogHome
    from .catalog_home_v2 import CatalogHomeV2 as CatalogHomeV2
    from .catalog_response import CatalogResponse as CatalogResponse
    from .catalog_rubric import CatalogRubric as CatalogRubric
    from .catalog_service_rubric import CatalogServiceRubric as CatalogServiceRubric
    from .catalog_tile import CatalogTile as CatalogTile
    from .catalog_tile_block import CatalogTileBlock as CatalogTileBlock
    from .category_attribute import CategoryAttribute as CategoryAttribute
    from .category_details import CategoryDetails as CategoryDetails
    from .city import City as City
    from .company_details import CompanyDetails as CompanyDetails
    from .company_verification import CompanyVerification as CompanyVerification
    from .complaint_category import ComplaintCategory as ComplaintCategory
    from .confirmed_phone import ConfirmedPhone as ConfirmedPhone
    from .connects import Connects as Connects
    from .country import Country as Country
    from .country_group import CountryGroup as CountryGroup
    from .cover_image import CoverImage as CoverImage
    from .created_order import CreatedOrder as CreatedOrder
    from .custom_offer import CustomOffer as CustomOffer
    from .custom_offer_kwork import CustomOfferKwork as CustomOfferKwork
    from .custom_offer_order import CustomOfferOrder as CustomOfferOrder
    from .custom_option_preset import CustomOptionPreset as CustomOptionPreset
    from .custom_option_price import CustomOptionPrice as CustomOptionPrice
    from .custom_request import CustomRequest as CustomRequest
    from .data_response import DataResponse as DataResponse
    from .dialog import Dialog as Dialog
    from .dialog_action_result import DialogActionResult as DialogActionResult
    from .dialog_entry import DialogEntry as DialogEntry
    from .dialog_filter_counts import DialogFilterCounts as DialogFilterCounts
    from .dialog_history_extra import DialogHistoryExtra as DialogHistoryExtra
    from .dialog_history_response import DialogHistoryResponse as DialogHistoryResponse
    from .dialog_last_message import DialogLastMessage as DialogLastMessage
    from .dialog_note import DialogNote as DialogNote
    from .dialog_order import DialogOrder as DialogOrder
    from .dialog_permission import DialogPermission as DialogPermission
    from .dialogs_response import DialogsResponse as DialogsResponse
    from .email_confirmation_sent import EmailConfirmationSent as EmailConfirmationSent
    from .error_detail import ErrorDetail as ErrorDetail
    from .exchange_filter import ExchangeFilter as ExchangeFilter
    from .exchange_filter_category import ExchangeFilterCategory as ExchangeFilterCategory
    from .exchange_info import ExchangeInfo as ExchangeInfo
    from .extra_volume_range import ExtraVolumeRange as ExtraVolumeRange
    from .extras_offer_result import ExtrasOfferResult as ExtrasOfferResult
    from .favorite_catalog_category import FavoriteCatalogCategory as FavoriteCatalogCategory
    from .favorite_kwork import FavoriteKwork as FavoriteKwork
    from .favorite_kworks_response import FavoriteKworksResponse as FavoriteKworksResponse
    from .feature import Feature as Feature
    from .feature_switches import FeatureSwitches as FeatureSwitches
    from .file_info import FileInfo as FileInfo
    from .forwarded_file import ForwardedFile as ForwardedFile
    from .forwarded_message import ForwardedMessage as ForwardedMessage
    from .fraud_quiz_answer import FraudQuizAnswer as FraudQuizAnswer
    from .fraud_quiz_question import FraudQuizQuestion as FraudQuizQuestion
    from .hide_dialog_result import HideDialogResult as HideDialogResult
    from .image_placeholder import ImagePlaceholder as ImagePlaceholder
    from .in_app_notification import InAppNotification as InAppNotification
    from .in_app_notification_action import InAppNotificationAction as InAppNotificationAction
    from .inbox_message import InboxMessage as InboxMessage
    from .individual_entrepreneur import IndividualEntrepreneur as IndividualEntrepreneur
    from .interlocutor import Interlocutor as Interlocutor
    from .kwork import Kwork as Kwork
    from .kwork_attachment import KworkAttachment as KworkAttachment
    from .kwork_card import KworkCard as KworkCard
    from .kwork_card_activity import KworkCardActivity as KworkCardActivity
    from .kwork_card_badge import KworkCardBadge as KworkCardBadge
    from .kwork_card_with_level import KworkCardWithLevel as KworkCardWithLevel
    from .kwork_category import KworkCategory as KworkCategory
    from .kwork_category_tab import KworkCategoryTab as KworkCategoryTab
    from .kwork_channel_link import KworkChannelLink as KworkChannelLink
    from .kwork_channel_stats import KworkChannelStats as KworkChannelStats
    from .kwork_classification import KworkClassification as KworkClassification
    from .kwork_complaint_response import KworkComplaintResponse as KworkComplaintResponse
    from .kwork_details import KworkDetails as KworkDetails
    from .kwork_details_extra import KworkDetailsExtra as KworkDetailsExtra
    from .kwork_extra import KworkExtra as KworkExtra
    from .kwork_faq_entry import KworkFaqEntry as KworkFaqEntry
    from .kwork_file import KworkFile as KworkFile
    from .kwork_link_site import KworkLinkSite as KworkLinkSite
    from .kwork_link_sites_table import KworkLinkSitesTable as KworkLinkSitesTable
    from .kwork_links_table import KworkLinksTable as KworkLinksTable
    from .kwork_package import KworkPackage as KworkPackage
    from .kwork_package_option import KworkPackageOption as KworkPackageOption
    from .kwork_portfolio_response import KworkPortfolioResponse as KworkPortfolioResponse
    from .kwork_ratings import KworkRatings as KworkRatings
    from .kwork_reject_reason import KworkRejectReason as KworkRejectReason
    from .kwork_search_response import KworkSearchResponse as KworkSearchResponse
    from .kwork_seller import KworkSeller as KworkSeller
    from .kwork_seller_info import KworkSellerInfo as KworkSellerInfo
    from .kwork_seller_with_level import KworkSellerWithLevel as KworkSellerWithLevel
    from .kwork_start_result import KworkStartResult as KworkStartResult
    from .kwork_status_tab import KworkStatusTab as KworkStatusTab
    from .kwork_user import KworkUser as KworkUser
    from .kwork_volume import KworkVolume as KworkVolume
    from .last_order_info import LastOrderInfo as LastOrderInfo
    from .legal_document import LegalDocument as LegalDocument
    from .legal_entity import LegalEntity as LegalEntity
    from .login_availability import LoginAvailability as LoginAvailability
    from .marketing_action import MarketingAction as MarketingAction
    from .message_draft import MessageDraft as MessageDraft
    from .message_draft_file import MessageDraftFile as MessageDraftFile
    from .message_file import MessageFile as MessageFile
    from .message_quote import MessageQuote as MessageQuote
    from .messages_response import MessagesResponse as MessagesResponse
    from .notification import Notification as Notification
    from .notification_group import NotificationGroup as NotificationGroup
    from .notifications_response import NotificationsResponse as NotificationsResponse
    from .offer_package import OfferPackage as OfferPackage
    from .offer_package_option import OfferPackageOption as OfferPackageOption
    from .ok_response import OkResponse as OkResponse
    from .order import Order as Order
    from .order_attention_track import OrderAttentionTrack as OrderAttentionTrack
    from .order_attribute import OrderAttribute as OrderAttribute
    from .order_content import OrderContent as OrderContent
    from .order_counterparty import OrderCounterparty as OrderCounterparty
    from .order_details import OrderDetails as OrderDetails
    from .order_escrow_properties import OrderEscrowProperties as OrderEscrowProperties
    from .order_extra import OrderExtra as OrderExtra
    from .order_file import OrderFile as OrderFile
    from .order_filter_counts import OrderFilterCounts as OrderFilterCounts
    from .order_header import OrderHeader as OrderHeader
    from .order_info import OrderInfo as OrderInfo
    from .order_key_track import OrderKeyTrack as OrderKeyTrack
    from .order_kwork import OrderKwork as OrderKwork
    from .order_lookup import OrderLookup as OrderLookup
    from .order_note import OrderNote as OrderNote
    from .order_package import OrderPackage as OrderPackage
    from .order_package_option import OrderPackageOption as OrderPackageOption
    from .order_participant import OrderParticipant as OrderParticipant
    from .order_provided_data import OrderProvidedData as OrderProvidedData
    from .order_report_track import OrderReportTrack as OrderReportTrack
    from .order_review_action import OrderReviewAction as OrderReviewAction
    from .order_review_answer import OrderReviewAnswer as OrderReviewAnswer
    from .order_review_block import OrderReviewBlock as OrderReviewBlock
    from .order_review_entry import OrderReviewEntry as OrderReviewEntry
    from .order_stage import OrderStage as OrderStage
    from .order_summary import OrderSummary as OrderSummary
    from .order_tracks import OrderTracks as OrderTracks
    from .order_volume import OrderVolume as OrderVolume
    from .ordered_extra import OrderedExtra as OrderedExtra
    from .orders_page import OrdersPage as OrdersPage
    from .pagination_info import PaginationInfo as PaginationInfo
    from .payment_link import PaymentLink as PaymentLink
    from .payment_method import PaymentMethod as PaymentMethod
    from .payment_methods import PaymentMethods as PaymentMethods
    from .phone_change_permit import PhoneChangePermit as PhoneChangePermit
    from .phone_confirmation import PhoneConfirmation as PhoneConfirmation
    from .portfolio_category_tab import PortfolioCategoryTab as PortfolioCategoryTab
    from .portfolio_file import PortfolioFile as PortfolioFile
    from .portfolio_file_upload import PortfolioFileUpload as PortfolioFileUpload
    from .portfolio_image import PortfolioImage as PortfolioImage
    from .portfolio_item import PortfolioItem as PortfolioItem
    from .portfolio_page import PortfolioPage as PortfolioPage
    from .private_message_status_codes import PrivateMessageStatusCodes as PrivateMessageStatusCodes
    from .profile_completeness import ProfileCompleteness as ProfileCompleteness
    from .profile_kworks_response import ProfileKworksResponse as ProfileKworksResponse
    from .project import Project as Project
    from .project_count import ProjectCount as ProjectCount
    from .project_count_breakdown import ProjectCountBreakdown as ProjectCountBreakdown
    from .project_count_range import ProjectCountRange as ProjectCountRange
    from .project_count_range_bounds import ProjectCountRangeBounds as ProjectCountRangeBounds
    from .project_offer import ProjectOffer as ProjectOffer
    from .project_offers_response import ProjectOffersResponse as ProjectOffersResponse
    from .projects_response import ProjectsResponse as ProjectsResponse
    from .provided_file import ProvidedFile as ProvidedFile
    from .push_event import PushEvent as PushEvent
    from .push_events_response import PushEventsResponse as PushEventsResponse
    from .realtime_channel import RealtimeChannel as RealtimeChannel
    from .review import Review as Review
    from .review_answer import ReviewAnswer as ReviewAnswer
    from .review_kwork import ReviewKwork as ReviewKwork
    from .review_writer import ReviewWriter as ReviewWriter
    from .reviews_response import ReviewsResponse as ReviewsResponse
    from .rubric_category import RubricCategory as RubricCategory
    from .search_category_count import SearchCategoryCount as SearchCategoryCount
    from .search_dialogs_response import SearchDialogsResponse as SearchDialogsResponse
    from .search_hit import SearchHit as SearchHit
    from .search_hits_response import SearchHitsResponse as SearchHitsResponse
    from .security_info import SecurityInfo as SecurityInfo
    from .self_employed_prompts import SelfEmployedPrompts as SelfEmployedPrompts
    from .sent_message import SentMessage as SentMessage
    from .service_fee_level import ServiceFeeLevel as ServiceFeeLevel
    from .settings_update import SettingsUpdate as SettingsUpdate
    from .stage_progress_report import StageProgressReport as StageProgressReport
    from .subscriber_count import SubscriberCount as SubscriberCount
    from .time_zone import TimeZone as TimeZone
    from .track import Track as Track
    from .track_acceptance_document import TrackAcceptanceDocument as TrackAcceptanceDocument
    from .track_action import TrackAction as TrackAction
    from .track_details import TrackDetails as TrackDetails
    from .track_extra import TrackExtra as TrackExtra
    from .track_file import TrackFile as TrackFile
    from .track_portfolio_item import TrackPortfolioItem as TrackPortfolioItem
    from .track_quote import TrackQuote as TrackQuote
    from .track_receipt import TrackReceipt as TrackReceipt
    from .track_stage import TrackStage as TrackStage
    from .track_stage_offer import TrackStageOffer as TrackStageOffer
    from .translation_language import TranslationLanguage as TranslationLanguage
    from .uad_duplicates import UadDuplicates as UadDuplicates
    from .unread_counters import UnreadCounters as UnreadCounters
    from .uploaded_file import UploadedFile as UploadedFile
    from .uploaded_voice import UploadedVoice as UploadedVoice
    from .user_info import UserInfo as UserInfo
    from .user_kworks_response import UserKworksResponse as UserKworksResponse
    from .user_note import UserNote as UserNote
    from .user_review import UserReview as UserReview
    from .user_search_response import UserSearchResponse as UserSearchResponse
    from .user_skill import UserSkill as UserSkill
    from .vat_rate_blocking import VatRateBlocking as VatRateBlocking
    from .voice_message_features import VoiceMessageFeatures as VoiceMessageFeatures
    from .voice_message_receiving import VoiceMessageReceiving as VoiceMessageReceiving
    from .voice_message_speed_control import VoiceMessageSpeedControl as VoiceMessageSpeedControl
    from .voice_speed import VoiceSpeed as VoiceSpeed
    from .volume_type import VolumeType as VolumeType
    from .want import Want as Want
    from .want_daily_views import WantDailyViews as WantDailyViews
    from .want_status_group import WantStatusGroup as WantStatusGroup
    from .wants_response import WantsResponse as WantsResponse
    from .web_auth_token import WebAuthToken as WebAuthToken
    from .whats_app_code_sent import WhatsAppCodeSent as WhatsAppCodeSent
    from .yescrow_applicants import YescrowApplicants as YescrowApplicants
    from .yescrow_application import YescrowApplication as YescrowApplication
    from .yescrow_company import YescrowCompany as YescrowCompany
    from .yescrow_payer import YescrowPayer as YescrowPayer
    from .yescrow_refill_link import YescrowRefillLink as YescrowRefillLink

_MODULES: dict[str, str] = {
    "APIErrorResponse": "api_error_response",
    "AccountDeletion": "account_deletion",
    "AccountDeletionOrder": "account_deletion_order",
    "AccountInfo": "account_info",
    "AmountLimits": "amount_limits",
    "AppNotice": "app_notice",
    "AppVersions": "app_versions",
    "ArbitrationReason": "arbitration_reason",
    "AuthResponse": "auth_response",
    "AuthToken": "auth_token",
    "AvailableExtra": "available_extra",
    "Badge": "badge",
    "BalanceDetail": "balance_detail",
    "BlackFridayTerms": "black_friday_terms",
    "BlockedDialogsResponse": "blocked_dialogs_response",
    "BlockedUsers": "blocked_users",
    "BuyerLevelProgress": "buyer_level_progress",
    "CancellationReason": "cancellation_reason",
    "CancellationReasonChoice": "cancellation_reason_choice",
    "CancellationSubreason": "cancellation_subreason",
    "CaptchaStatus": "captcha_status",
    "CatalogClassifier": "catalog_classifier",
    "CatalogFilter": "catalog_filter",
    "CatalogFilterGroup": "catalog_filter_group",
    "CatalogFilterValue": "catalog_filter_value",
    "CatalogFilters": "catalog_filters",
    "CatalogHome": "catalog_home",
    "CatalogHomeV2": "catalog_home_v2",
    "CatalogResponse": "catalog_response",
    "CatalogRubric": "catalog_rubric",
    "CatalogServiceRubric": "catalog_service_rubric",
    "CatalogTile": "catalog_tile",
    "CatalogTileBlock": "catalog_tile_block",
    "CategoryAttribute": "category_attribute",
    "CategoryDetails": "category_details",
    "City": "city",
    "CompanyDetails": "company_details",
    "CompanyVerification": "company_verification",
    "ComplaintCategory": "complaint_category",
    "ConfirmedPhone": "confirmed_phone",
    "Connects": "connects",
    "Country": "country",
    "CountryGroup": "country_group",
    "CoverImage": "cover_image",
    "CreatedOrder": "created_order",
    "CustomOffer": "custom_offer",
    "CustomOfferKwork": "custom_offer_kwork",
    "CustomOfferOrder": "custom_offer_order",
    "CustomOptionPreset": "custom_option_preset",
    "CustomOptionPrice": "custom_option_price",
    "CustomRequest": "custom_request",
    "DataResponse": "data_response",
    "Dialog": "dialog",
    "DialogActionResult": "dialog_action_result",
    "DialogEntry": "dialog_entry",
    "DialogFilterCounts": "dialog_filter_counts",
    "DialogHistoryExtra": "dialog_history_extra",
    "DialogHistoryResponse": "dialog_history_response",
    "DialogLastMessage": "dialog_last_message",
    "DialogNote": "dialog_note",
    "DialogOrder": "dialog_order",
    "DialogPermission": "dialog_permission",
    "DialogsResponse": "dialogs_response",
    "EmailConfirmationSent": "email_confirmation_sent",
    "ErrorDetail": "error_detail",
    "ExchangeFilter": "exchange_filter",
    "ExchangeFilterCategory": "exchange_filter_category",
    "ExchangeInfo": "exchange_info",
    "ExtraVolumeRange": "extra_volume_range",
    "ExtrasOfferResult": "extras_offer_result",
    "FavoriteCatalogCategory": "favorite_catalog_category",
    "FavoriteKwork": "favorite_kwork",
    "FavoriteKworksResponse": "favorite_kworks_response",
    "Feature": "feature",
    "FeatureSwitches": "feature_switches",
    "FileInfo": "file_info",
    "ForwardedFile": "forwarded_file",
    "ForwardedMessage": "forwarded_message",
    "FraudQuizAnswer": "fraud_quiz_answer",
    "FraudQuizQuestion": "fraud_quiz_question",
    "HideDialogResult": "hide_dialog_result",
    "ImagePlaceholder": "image_placeholder",
    "InAppNotification": "in_app_notification",
    "InAppNotificationAction": "in_app_notification_action",
    "InboxMessage": "inbox_message",
    "IndividualEntrepreneur": "individual_entrepreneur",
    "Interlocutor": "interlocutor",
    "Kwork": "kwork",
    "KworkAttachment": "kwork_attachment",
    "KworkCard": "kwork_card",
    "KworkCardActivity": "kwork_card_activity",
    "KworkCardBadge": "kwork_card_badge",
    "KworkCardWithLevel": "kwork_card_with_level",
    "KworkCategory": "kwork_category",
    "KworkCategoryTab": "kwork_category_tab",
    "KworkChannelLink": "kwork_channel_link",
    "KworkChannelStats": "kwork_channel_stats",
    "KworkClassification": "kwork_classification",
    "KworkComplaintResponse": "kwork_complaint_response",
    "KworkDetails": "kwork_details",
    "KworkDetailsExtra": "kwork_details_extra",
    "KworkExtra": "kwork_extra",
    "KworkFaqEntry": "kwork_faq_entry",
    "KworkFile": "kwork_file",
    "KworkLinkSite": "kwork_link_site",
    "KworkLinkSitesTable": "kwork_link_sites_table",
    "KworkLinksTable": "kwork_links_table",
    "KworkPackage": "kwork_package",
    "KworkPackageOption": "kwork_package_option",
    "KworkPortfolioResponse": "kwork_portfolio_response",
    "KworkRatings": "kwork_ratings",
    "KworkRejectReason": "kwork_reject_reason",
    "KworkSearchResponse": "kwork_search_response",
    "KworkSeller": "kwork_seller",
    "KworkSellerInfo": "kwork_seller_info",
    "KworkSellerWithLevel": "kwork_seller_with_level",
    "KworkStartResult": "kwork_start_result",
    "KworkStatusTab": "kwork_status_tab",
    "KworkUser": "kwork_user",
    "KworkVolume": "kwork_volume",
    "LastOrderInfo": "last_order_info",
    "LegalDocument": "legal_document",
    "LegalEntity": "legal_entity",
    "LoginAvailability": "login_availability",
    "MarketingAction": "marketing_action",
    "MessageDraft": "message_draft",
    "MessageDraftFile": "message_draft_file",
    "MessageFile": "message_file",
    "MessageQuote": "message_quote",
    "MessagesResponse": "messages_response",
    "Notification": "notification",
    "NotificationGroup": "notification_group",
    "NotificationsResponse": "notifications_response",
    "OfferPackage": "offer_package",
    "OfferPackageOption": "offer_package_option",
    "OkResponse": "ok_response",
    "Order": "order",
    "OrderAttentionTrack": "order_attention_track",
    "OrderAttribute": "order_attribute",
    "OrderContent": "order_content",
    "OrderCounterparty": "order_counterparty",
    "OrderDetails": "order_details",
    "OrderEscrowProperties": "order_escrow_properties",
    "OrderExtra": "order_extra",
    "OrderFile": "order_file",
    "OrderFilterCounts": "order_filter_counts",
    "OrderHeader": "order_header",
    "OrderInfo": "order_info",
    "OrderKeyTrack": "order_key_track",
    "OrderKwork": "order_kwork",
    "OrderLookup": "order_lookup",
    "OrderNote": "order_note",
    "OrderPackage": "order_package",
    "OrderPackageOption": "order_package_option",
    "OrderParticipant": "order_participant",
    "OrderProvidedData": "order_provided_data",
    "OrderReportTrack": "order_report_track",
    "OrderReviewAction": "order_review_action",
    "OrderReviewAnswer": "order_review_answer",
    "OrderReviewBlock": "order_review_block",
    "OrderReviewEntry": "order_review_entry",
    "OrderStage": "order_stage",
    "OrderSummary": "order_summary",
    "OrderTracks": "order_tracks",
    "OrderVolume": "order_volume",
    "OrderedExtra": "ordered_extra",
    "OrdersPage": "orders_page",
    "PaginationInfo": "pagination_info",
    "PaymentLink": "payment_link",
    "PaymentMethod": "payment_method",
    "PaymentMethods": "payment_methods",
    "PhoneChangePermit": "phone_change_permit",
    "PhoneConfirmation": "phone_confirmation",
    "PortfolioCategoryTab": "portfolio_category_tab",
    "PortfolioFile": "portfolio_file",
    "PortfolioFileUpload": "portfolio_file_upload",
    "PortfolioImage": "portfolio_image",
    "PortfolioItem": "portfolio_item",
    "PortfolioPage": "portfolio_page",
    "PrivateMessageStatusCodes": "private_message_status_codes",
    "ProfileCompleteness": "profile_completeness",
    "ProfileKworksResponse": "profile_kworks_response",
    "Project": "project",
    "ProjectCount": "project_count",
    "ProjectCountBreakdown": "project_count_breakdown",
    "ProjectCountRange": "project_count_range",
    "ProjectCountRangeBounds": "project_count_range_bounds",
    "ProjectOffer": "project_offer",
    "ProjectOffersResponse": "project_offers_response",
    "ProjectsResponse": "projects_response",
    "ProvidedFile": "provided_file",
    "PushEvent": "push_event",
    "PushEventsResponse": "push_events_response",
    "RealtimeChannel": "realtime_channel",
    "Review": "review",
    "ReviewAnswer": "review_answer",
    "ReviewKwork": "review_kwork",
    "ReviewWriter": "review_writer",
    "ReviewsResponse": "reviews_response",
    "RubricCategory": "rubric_category",
    "SearchCategoryCount": "search_category_count",
    "SearchDialogsResponse": "search_dialogs_response",
    "SearchHit": "search_hit",
    "SearchHitsResponse": "search_hits_response",
    "SecurityInfo": "security_info",
    "SelfEmployedPrompts": "self_employed_prompts",
    "SentMessage": "sent_message",
    "ServiceFeeLevel": "service_fee_level",
    "SettingsUpdate": "settings_update",
    "StageProgressReport": "stage_progress_report",
    "SubscriberCount": "subscriber_count",
    "TimeZone": "time_zone",
    "Track": "track",
    "TrackAcceptanceDocument": "track_acceptance_document",
    "TrackAction": "track_action",
    "TrackDetails": "track_details",
    "TrackExtra": "track_extra",
    "TrackFile": "track_file",
    "TrackPortfolioItem": "track_portfolio_item",
    "TrackQuote": "track_quote",
    "TrackReceipt": "track_receipt",
    "TrackStage": "track_stage",
    "TrackStageOffer": "track_stage_offer",
    "TranslationLanguage": "translation_language",
    "UadDuplicates": "uad_duplicates",
    "UnreadCounters": "unread_counters",
    "UploadedFile": "uploaded_file",
    "UploadedVoice": "uploaded_voice",
    "UserInfo": "user_info",
    "UserKworksResponse": "user_kworks_response",
    "UserNote": "user_note",
    "UserReview": "user_review",
    "UserSearchResponse": "user_search_response",
    "UserSkill": "user_skill",
    "VatRateBlocking": "vat_rate_blocking",
    "VoiceMessageFeatures": "voice_message_features",
    "VoiceMessageReceiving": "voice_message_receiving",
    "VoiceMessageSpeedControl": "voice_message_speed_control",
    "VoiceSpeed": "voice_speed",
    "VolumeType": "volume_type",
    "Want": "want",
    "WantDailyViews": "want_daily_views",
    "WantStatusGroup": "want_status_group",
    "WantsResponse": "wants_response",
    "WebAuthToken": "web_auth_token",
    "WhatsAppCodeSent": "whats_app_code_sent",
    "YescrowApplicants": "yescrow_applicants",
    "YescrowApplication": "yescrow_application",
    "YescrowCompany": "yescrow_company",
    "YescrowPayer": "yescrow_payer",
    "YescrowRefillLink": "yescrow_refill_link",
}

__all__ = [
    "APIErrorResponse",
    "AccountDeletion",
    "AccountDeletionOrder",
    "AccountInfo",
    "AmountLimits",
    "AppNotice",
    "AppVersions",
    "ArbitrationReason",
    "AuthResponse",
    "AuthToken",
    "AvailableExtra",
    "Badge",
    "BalanceDetail",
    "BlackFridayTerms",
    "BlockedDialogsResponse",
    "BlockedUsers",
    "BuyerLevelProgress",
    "CancellationReason",
    "CancellationReasonChoice",
    "CancellationSubreason",
    "CaptchaStatus",
    "CatalogClassifier",
    "CatalogFilter",
    "CatalogFilterGroup",
    "CatalogFilterValue",
    "CatalogFilters",
    "CatalogHome",
    "CatalogHomeV2",
    "CatalogResponse",
    "CatalogRubric",
    "CatalogServiceRubric",
    "CatalogTile",
    "CatalogTileBlock",
    "CategoryAttribute",
    "CategoryDetails",
    "City",
    "CompanyDetails",
    "CompanyVerification",
    "ComplaintCategory",
    "ConfirmedPhone",
    "Connects",
    "Country",
    "CountryGroup",
    "CoverImage",
    "CreatedOrder",
    "CustomOffer",
    "CustomOfferKwork",
    "CustomOfferOrder",
    "CustomOptionPreset",
    "CustomOptionPrice",
    "CustomRequest",
    "DataResponse",
    "Dialog",
    "DialogActionResult",
    "DialogEntry",
    "DialogFilterCounts",
    "DialogHistoryExtra",
    "DialogHistoryResponse",
    "DialogLastMessage",
    "DialogNote",
    "DialogOrder",
    "DialogPermission",
    "DialogsResponse",
    "EmailConfirmationSent",
    "ErrorDetail",
    "ExchangeFilter",
    "ExchangeFilterCategory",
    "ExchangeInfo",
    "ExtraVolumeRange",
    "ExtrasOfferResult",
    "FavoriteCatalogCategory",
    "FavoriteKwork",
    "FavoriteKworksResponse",
    "Feature",
    "FeatureSwitches",
    "FileInfo",
    "ForwardedFile",
    "ForwardedMessage",
    "FraudQuizAnswer",
    "FraudQuizQuestion",
    "HideDialogResult",
    "ImagePlaceholder",
    "InAppNotification",
    "InAppNotificationAction",
    "InboxMessage",
    "IndividualEntrepreneur",
    "Interlocutor",
    "Kwork",
    "KworkAttachment",
    "KworkCard",
    "KworkCardActivity",
    "KworkCardBadge",
    "KworkCardWithLevel",
    "KworkCategory",
    "KworkCategoryTab",
    "KworkChannelLink",
    "KworkChannelStats",
    "KworkClassification",
    "KworkComplaintResponse",
    "KworkDetails",
    "KworkDetailsExtra",
    "KworkExtra",
    "KworkFaqEntry",
    "KworkFile",
    "KworkLinkSite",
    "KworkLinkSitesTable",
    "KworkLinksTable",
    "KworkPackage",
    "KworkPackageOption",
    "KworkPortfolioResponse",
    "KworkRatings",
    "KworkRejectReason",
    "KworkSearchResponse",
    "KworkSeller",
    "KworkSellerInfo",
    "KworkSellerWithLevel",
    "KworkStartResult",
    "KworkStatusTab",
    "KworkUser",
    "KworkVolume",
    "LastOrderInfo",
    "LegalDocument",
    "LegalEntity",
    "LoginAvailability",
    "MarketingAction",
    "MessageDraft",
    "MessageDraftFile",
    "MessageFile",
    "MessageQuote",
    "MessagesResponse",
    "Notification",
    "NotificationGroup",
    "NotificationsResponse",
    "OfferPackage",
    "OfferPackageOption",
    "OkResponse",
    "Order",
    "OrderAttentionTrack",
    "OrderAttribute",
    "OrderContent",
    "OrderCounterparty",
    "OrderDetails",
    "OrderEscrowProperties",
    "OrderExtra",
    "OrderFile",
    "OrderFilterCounts",
    "OrderHeader",
    "OrderInfo",
    "OrderKeyTrack",
    "OrderKwork",
    "OrderLookup",
    "OrderNote",
    "OrderPackage",
    "OrderPackageOption",
    "OrderParticipant",
    "OrderProvidedData",
    "OrderReportTrack",
    "OrderReviewAction",
    "OrderReviewAnswer",
    "OrderReviewBlock",
    "OrderReviewEntry",
    "OrderStage",
    "OrderSummary",
    "OrderTracks",
    "OrderVolume",
    "OrderedExtra",
    "OrdersPage",
    "PaginationInfo",
    "PaymentLink",
    "PaymentMethod",
    "PaymentMethods",
    "PhoneChangePermit",
    "PhoneConfirmation",
    "PortfolioCategoryTab",
    "PortfolioFile",
    "PortfolioFileUpload",
    "PortfolioImage",
    "PortfolioItem",
    "PortfolioPage",
    "PrivateMessageStatusCodes",
    "ProfileCompleteness",
    "ProfileKworksResponse",
    "Project",
    "ProjectCount",
    "ProjectCountBreakdown",
    "ProjectCountRange",
    "ProjectCountRangeBounds",
    "ProjectOffer",
    "ProjectOffersResponse",
    "ProjectsResponse",
    "ProvidedFile",
    "PushEvent",
    "PushEventsResponse",
    "RealtimeChannel",
    "Review",
    "ReviewAnswer",
    "ReviewKwork",
    "ReviewWriter",
    "ReviewsResponse",
    "RubricCategory",
    "SearchCategoryCount",
    "SearchDialogsResponse",
    "SearchHit",
    "SearchHitsResponse",
    "SecurityInfo",
    "SelfEmployedPrompts",
    "SentMessage",
    "ServiceFeeLevel",
    "SettingsUpdate",
    "StageProgressReport",
    "SubscriberCount",
    "TimeZone",
    "Track",
    "TrackAcceptanceDocument",
    "TrackAction",
    "TrackDetails",
    "TrackExtra",
    "TrackFile",
    "TrackPortfolioItem",
    "TrackQuote",
    "TrackReceipt",
    "TrackStage",
    "TrackStageOffer",
    "TranslationLanguage",
    "UadDuplicates",
    "UnreadCounters",
    "UploadedFile",
    "UploadedVoice",
    "UserInfo",
    "UserKworksResponse",
    "UserNote",
    "UserReview",
    "UserSearchResponse",
    "UserSkill",
    "VatRateBlocking",
    "VoiceMessageFeatures",
    "VoiceMessageReceiving",
    "VoiceMessageSpeedControl",
    "VoiceSpeed",
    "VolumeType",
    "Want",
    "WantDailyViews",
    "WantStatusGroup",
    "WantsResponse",
    "WebAuthToken",
    "WhatsAppCodeSent",
    "YescrowApplicants",
    "YescrowApplication",
    "YescrowCompany",
    "YescrowPayer",
    "YescrowRefillLink",
]


def __getattr__(name: str) -> Any:
    module = _MODULES.get(name)
    if module is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return [*globals(), *__all__]
