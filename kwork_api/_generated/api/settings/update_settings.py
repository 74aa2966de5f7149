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
        Param("username", "username", "query", "plain", kind="str"),
        Param("email", "email", "query", "plain", kind="str"),
        Param("fullname", "fullname", "query", "plain", kind="str"),
        Param("timezone_id", "timezoneId", "query", "plain", kind="int"),
        Param("details", "details", "query", "plain", kind="str"),
        Param("country_id", "countryId", "query", "plain", kind="int"),
        Param("city_id", "cityId", "query", "plain", kind="int"),
        Param("profession", "profession", "query", "plain", kind="str"),
        Param("work_hours_from", "workHoursFrom", "query", "plain", kind="int"),
        Param("work_hours_to", "workHoursTo", "query", "plain", kind="int"),
        Param("avatar_crop_x", "avatarPhotoSize[x]", "query", "plain", kind="float"),
        Param("avatar_crop_y", "avatarPhotoSize[y]", "query", "plain", kind="float"),
        Param("avatar_crop_width", "avatarPhotoSize[w]", "query", "plain", kind="float"),
        Param("avatar_crop_height", "avatarPhotoSize[h]", "query", "plain", kind="float"),
        Param("avatar_photo", "avatar-photo[0]", "multipart", "file"),
    ),
    result="data",
    parse=_m_settings_update.SettingsUpdate._from_wire,
    empty="error",
    paged=None,
    session=None,
    returns="SettingsUpdate",
)
