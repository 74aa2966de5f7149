"""Every public model, imported lazily: `from kwork_api._generated.models import Project`.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .account_deletion import AccountDeletion as AccountDeletion
    from .account_deletion_order import AccountDeletionOrder as AccountDeletionOrder
    from .amount_limits import AmountLimits as AmountLimits
    from .api_error_response import APIErrorResponse as APIErrorResponse
    from .app_notice import AppNotice as AppNotice
    from .app_versions import AppVersions as AppVersions
    from .auth_response import AuthResponse as AuthResponse
    from .auth_token import AuthToken as AuthToken
    from .badge import Badge as Badge
    from .city import City as City
    from .company_details import CompanyDetails as CompanyDetails
    from .company_verification import CompanyVerification as CompanyVerification
    from .complaint_category import ComplaintCategory as ComplaintCategory
    from .confirmed_phone import ConfirmedPhone as ConfirmedPhone
    from .connects import Connects as Connects
    from .country import Country as Country
    from .country_group import CountryGroup as CountryGroup
    from .cover_image import CoverImage as CoverImage
    from .data_response import DataResponse as DataResponse
    from .email_confirmation_sent import EmailConfirmationSent as EmailConfirmationSent
    from .error_detail import ErrorDetail as ErrorDetail
    from .feature import Feature as Feature
    from .feature_switches import FeatureSwitches as FeatureSwitches
    from .fraud_quiz_answer import FraudQuizAnswer as FraudQuizAnswer
    from .fraud_quiz_question import FraudQuizQuestion as FraudQuizQuestion
    from .individual_entrepreneur import IndividualEntrepreneur as IndividualEntrepreneur
    from .kwork_category import KworkCategory as KworkCategory
    from .kwork_user import KworkUser as KworkUser
    from .legal_document import LegalDocument as LegalDocument
    from .legal_entity import LegalEntity as LegalEntity
    from .ok_response import OkResponse as OkResponse
    from .order_report_track import OrderReportTrack as OrderReportTrack
    from .pagination_info import PaginationInfo as PaginationInfo
    from .payment_link import PaymentLink as PaymentLink
    from .payment_method import PaymentMethod as PaymentMethod
    from .payment_methods import PaymentMethods as PaymentMethods
    from .phone_change_permit import PhoneChangePermit as PhoneChangePermit
    from .phone_confirmation import PhoneConfirmation as PhoneConfirmation
    from .project import Project as Project
    from .projects_response import ProjectsResponse as ProjectsResponse
    from .self_employed_prompts import SelfEmployedPrompts as SelfEmployedPrompts
    from .sent_message import SentMessage as SentMessage
    from .service_fee_level import ServiceFeeLevel as ServiceFeeLevel
    from .settings_update import SettingsUpdate as SettingsUpdate
    from .time_zone import TimeZone as TimeZone
    from .translation_language import TranslationLanguage as TranslationLanguage
    from .vat_rate_blocking import VatRateBlocking as VatRateBlocking
    from .voice_message_features import VoiceMessageFeatures as VoiceMessageFeatures
    from .voice_message_receiving import VoiceMessageReceiving as VoiceMessageReceiving
    from .voice_message_speed_control import VoiceMessageSpeedControl as VoiceMessageSpeedControl
    from .whats_app_code_sent import WhatsAppCodeSent as WhatsAppCodeSent
    from .yescrow_refill_link import YescrowRefillLink as YescrowRefillLink

_MODULES: dict[str, str] = {
    "APIErrorResponse": "api_error_response",
    "AccountDeletion": "account_deletion",
    "AccountDeletionOrder": "account_deletion_order",
    "AmountLimits": "amount_limits",
    "AppNotice": "app_notice",
    "AppVersions": "app_versions",
    "AuthResponse": "auth_response",
    "AuthToken": "auth_token",
    "Badge": "badge",
    "City": "city",
    "CompanyDetails": "company_details",
    "CompanyVerification": "company_verification",
    "ComplaintCategory": "complaint_category",
    "ConfirmedPhone": "confirmed_phone",
    "Connects": "connects",
    "Country": "country",
    "CountryGroup": "country_group",
    "CoverImage": "cover_image",
    "DataResponse": "data_response",
    "EmailConfirmationSent": "email_confirmation_sent",
    "ErrorDetail": "error_detail",
    "Feature": "feature",
    "FeatureSwitches": "feature_switches",
    "FraudQuizAnswer": "fraud_quiz_answer",
    "FraudQuizQuestion": "fraud_quiz_question",
    "IndividualEntrepreneur": "individual_entrepreneur",
    "KworkCategory": "kwork_category",
    "KworkUser": "kwork_user",
    "LegalDocument": "legal_document",
    "LegalEntity": "legal_entity",
    "OkResponse": "ok_response",
    "OrderReportTrack": "order_report_track",
    "PaginationInfo": "pagination_info",
    "PaymentLink": "payment_link",
    "PaymentMethod": "payment_method",
    "PaymentMethods": "payment_methods",
    "PhoneChangePermit": "phone_change_permit",
    "PhoneConfirmation": "phone_confirmation",
    "Project": "project",
    "ProjectsResponse": "projects_response",
    "SelfEmployedPrompts": "self_employed_prompts",
    "SentMessage": "sent_message",
    "ServiceFeeLevel": "service_fee_level",
    "SettingsUpdate": "settings_update",
    "TimeZone": "time_zone",
    "TranslationLanguage": "translation_language",
    "VatRateBlocking": "vat_rate_blocking",
    "VoiceMessageFeatures": "voice_message_features",
    "VoiceMessageReceiving": "voice_message_receiving",
    "VoiceMessageSpeedControl": "voice_message_speed_control",
    "WhatsAppCodeSent": "whats_app_code_sent",
    "YescrowRefillLink": "yescrow_refill_link",
}

__all__ = [
    "APIErrorResponse",
    "AccountDeletion",
    "AccountDeletionOrder",
    "AmountLimits",
    "AppNotice",
    "AppVersions",
    "AuthResponse",
    "AuthToken",
    "Badge",
    "City",
    "CompanyDetails",
    "CompanyVerification",
    "ComplaintCategory",
    "ConfirmedPhone",
    "Connects",
    "Country",
    "CountryGroup",
    "CoverImage",
    "DataResponse",
    "EmailConfirmationSent",
    "ErrorDetail",
    "Feature",
    "FeatureSwitches",
    "FraudQuizAnswer",
    "FraudQuizQuestion",
    "IndividualEntrepreneur",
    "KworkCategory",
    "KworkUser",
    "LegalDocument",
    "LegalEntity",
    "OkResponse",
    "OrderReportTrack",
    "PaginationInfo",
    "PaymentLink",
    "PaymentMethod",
    "PaymentMethods",
    "PhoneChangePermit",
    "PhoneConfirmation",
    "Project",
    "ProjectsResponse",
    "SelfEmployedPrompts",
    "SentMessage",
    "ServiceFeeLevel",
    "SettingsUpdate",
    "TimeZone",
    "TranslationLanguage",
    "VatRateBlocking",
    "VoiceMessageFeatures",
    "VoiceMessageReceiving",
    "VoiceMessageSpeedControl",
    "WhatsAppCodeSent",
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
