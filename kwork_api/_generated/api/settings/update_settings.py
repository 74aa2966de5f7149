"""`updateSettings`: Update the profile settings.

Generated from openapi/kwork.yaml by `make generate`; do not edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from kwork_api._operation import Operation, Param

from ...models import settings_update as _m_settings_update

if TYPE_CHECKING:
    from ...models.settings_update import SettingsUpdate

OPERATION: Operation[SettingsUpdate] = Operation(
    method="updateSettings",
    auth="required",
    replay_safe=False,
    params=(
        Param("username", "username", "query", "plain"),
        Param("email", "email", "query", "plain"),
        Param("fullname", "fullname", "query", "plain"),
        Param("timezone_id", "timezoneId", "query", "plain"),
        Param("details", "details", "query", "plain"),
        Param("country_id", "countryId", "query", "plain"),
        Param("city_id", "cityId", "query", "plain"),
        Param("profession", "profession", "query", "plain"),
        Param("work_hours_from", "workHoursFrom", "query", "plain"),
        Param("work_hours_to", "workHoursTo", "query", "plain"),
        Param("avatar_crop_x", "avatarPhotoSize[x]", "query", "plain"),
        Param("avatar_crop_y", "avatarPhotoSize[y]", "query", "plain"),
        Param("avatar_crop_width", "avatarPhotoSize[w]", "query", "plain"),
        Param("avatar_crop_height", "avatarPhotoSize[h]", "query", "plain"),
        Param("avatar_photo", "avatar-photo[0]", "multipart", "file"),
    ),
    result="data",
    parse=_m_settings_update.SettingsUpdate._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="SettingsUpdate",
)
