from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.registration_request_status_info_status import RegistrationRequestStatusInfoStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationRequestStatusInfo")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "AppId",
        "RegistrationRequestId",
        "Status",
    }
)


@_attrs_define
class RegistrationRequestStatusInfo:
    """
    Attributes:
        app_id (str):  Example: myApp/V3.
        registration_request_id (str):  Example: 295C196B-CBB0-4E76-9050-ECEC3356DDA6.
        status (RegistrationRequestStatusInfoStatus):  Example: 0.
    """

    app_id: str
    registration_request_id: str
    status: RegistrationRequestStatusInfoStatus
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        registration_request_id = self.registration_request_id

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "AppId": app_id,
                "RegistrationRequestId": registration_request_id,
                "Status": status,
            }
        )
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            app_id = _src["AppId"]
        except KeyError:
            app_id = UNSET
        if app_id.__class__ is not str:
            app_id, _raw = _decoding.scalar(app_id, "str", _path, "AppId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            registration_request_id = _src["RegistrationRequestId"]
        except KeyError:
            registration_request_id = UNSET
        if registration_request_id.__class__ is not str:
            registration_request_id, _raw = _decoding.scalar(
                registration_request_id, "str", _path, "RegistrationRequestId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "Status", "RegistrationRequestStatusInfoStatus", _raw)
        else:
            try:
                status = RegistrationRequestStatusInfoStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(
                    _v, _e, _path, "Status", "RegistrationRequestStatusInfoStatus", _raw
                )

        if cls is RegistrationRequestStatusInfo:
            _obj = _new(cls)
            _obj.app_id = app_id
            _obj.registration_request_id = registration_request_id
            _obj.status = status
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                app_id,
                registration_request_id,
                status,
            )

        if len(_src) != 3 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
