from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="RegistrationInformation")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "RequestStatusInfo",
        "Token",
        "GrantedScopes",
    }
)


@_attrs_define
class RegistrationInformation:
    """
    Attributes:
        request_status_info (RegistrationRequestStatusInfo):
        token (AppToken | Unset):
        granted_scopes (list[str] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    request_status_info: RegistrationRequestStatusInfo
    token: AppToken | Unset = UNSET
    granted_scopes: list[str] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.request_status_info is None or isinstance(self.request_status_info, Unset):
            request_status_info = self.request_status_info
        else:
            request_status_info = self.request_status_info.to_dict()

        token: dict[str, Any] | Unset = UNSET
        if not isinstance(self.token, Unset):
            token = self.token.to_dict()

        granted_scopes: list[str] | Unset = UNSET
        if not isinstance(self.granted_scopes, Unset):
            granted_scopes = self.granted_scopes

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "RequestStatusInfo": request_status_info,
            }
        )
        if token is not UNSET:
            field_dict["Token"] = token
        if granted_scopes is not UNSET:
            field_dict["GrantedScopes"] = granted_scopes
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is RegistrationInformation
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["RequestStatusInfo"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                request_status_info = _v
                _pending |= 1
            else:
                request_status_info = _RegistrationRequestStatusInfo_from_dict(
                    _v, _path + "RequestStatusInfo."
                )
        else:
            request_status_info, _raw = _decoding.as_model(
                _v, RegistrationRequestStatusInfo, _path, "RequestStatusInfo", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Token"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                token = _v
                _pending |= 2
            else:
                token = _AppToken_from_dict(_v, _path + "Token.")
        elif _v is UNSET:
            token = UNSET
        else:
            token, _raw = _decoding.as_model(_v, AppToken, _path, "Token", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            granted_scopes = _src["GrantedScopes"]
        except KeyError:
            granted_scopes = UNSET
        if granted_scopes.__class__ is not list and granted_scopes is not UNSET:
            granted_scopes, _raw = _decoding.as_list(granted_scopes, "scalar", _path, "GrantedScopes", _raw)

        if cls is RegistrationInformation:
            _obj = _new(cls)
            _set_request_status_info(_obj, request_status_info)
            _set_token(_obj, token)
            _obj.granted_scopes = granted_scopes
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                request_status_info,
                token,
                granted_scopes,
            )

        if not _KNOWN_KEYS.issuperset(_src):
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


from ..models.app_token import AppToken
from ..models.registration_request_status_info import RegistrationRequestStatusInfo

_AppToken_from_dict = AppToken.from_dict
_RegistrationRequestStatusInfo_from_dict = RegistrationRequestStatusInfo.from_dict

_set_request_status_info = _decoding.lazy(
    RegistrationInformation,
    "request_status_info",
    "RequestStatusInfo",
    1,
    RegistrationRequestStatusInfo.from_dict,
    False,
)
_set_token = _decoding.lazy(RegistrationInformation, "token", "Token", 2, AppToken.from_dict, False)
