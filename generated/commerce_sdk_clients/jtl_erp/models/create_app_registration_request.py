from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.create_app_registration_request_registration_type import (
    CreateAppRegistrationRequestRegistrationType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAppRegistrationRequest")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "AppId",
        "DisplayName",
        "Description",
        "Version",
        "ProviderName",
        "ProviderWebsite",
        "MandatoryApiScopes",
        "AppIcon",
        "LocalizedDisplayNames",
        "LocalizedDescriptions",
        "OptionalApiScopes",
        "RegistrationType",
        "Signature",
        "SignatureData",
    }
)


@_attrs_define
class CreateAppRegistrationRequest:
    """
    Attributes:
        app_id (str):  Example: myApp/v1.
        display_name (str):  Example: My App.
        description (str):  Example: Demo app for testing purposes.
        version (str):  Example: 1.0.0.
        provider_name (str):  Example: JTL-Software-GmbH.
        provider_website (str):  Example: https://www.jtl-software.de.
        mandatory_api_scopes (list[str]):
        app_icon (str):
        localized_display_names (list[CreateTranslation] | Unset):
        localized_descriptions (list[CreateTranslation] | Unset):
        optional_api_scopes (list[str] | Unset):
        registration_type (CreateAppRegistrationRequestRegistrationType | Unset):  Example: 0.
        signature (str | Unset):
        signature_data (datetime.datetime | Unset):  Example: 2025-03-20T08:57:00.0000000+01:00.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    app_id: str
    display_name: str
    description: str
    version: str
    provider_name: str
    provider_website: str
    mandatory_api_scopes: list[str]
    app_icon: str
    localized_display_names: list[CreateTranslation] | Unset = UNSET
    localized_descriptions: list[CreateTranslation] | Unset = UNSET
    optional_api_scopes: list[str] | Unset = UNSET
    registration_type: CreateAppRegistrationRequestRegistrationType | Unset = UNSET
    signature: str | Unset = UNSET
    signature_data: datetime.datetime | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        display_name = self.display_name

        description = self.description

        version = self.version

        provider_name = self.provider_name

        provider_website = self.provider_website

        if self.mandatory_api_scopes is None or isinstance(self.mandatory_api_scopes, Unset):
            mandatory_api_scopes = self.mandatory_api_scopes
        else:
            mandatory_api_scopes = self.mandatory_api_scopes

        app_icon = self.app_icon

        localized_display_names: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.localized_display_names, Unset):
            localized_display_names = []
            for localized_display_names_item_data in self.localized_display_names:
                localized_display_names_item = localized_display_names_item_data.to_dict()
                localized_display_names.append(localized_display_names_item)

        localized_descriptions: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.localized_descriptions, Unset):
            localized_descriptions = []
            for localized_descriptions_item_data in self.localized_descriptions:
                localized_descriptions_item = localized_descriptions_item_data.to_dict()
                localized_descriptions.append(localized_descriptions_item)

        optional_api_scopes: list[str] | Unset = UNSET
        if not isinstance(self.optional_api_scopes, Unset):
            optional_api_scopes = self.optional_api_scopes

        registration_type: int | Unset = UNSET
        if not isinstance(self.registration_type, Unset):
            registration_type = self.registration_type.value

        signature = self.signature

        signature_data: str | Unset = UNSET
        if not isinstance(self.signature_data, Unset):
            signature_data = self.signature_data.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "AppId": app_id,
                "DisplayName": display_name,
                "Description": description,
                "Version": version,
                "ProviderName": provider_name,
                "ProviderWebsite": provider_website,
                "MandatoryApiScopes": mandatory_api_scopes,
                "AppIcon": app_icon,
            }
        )
        if localized_display_names is not UNSET:
            field_dict["LocalizedDisplayNames"] = localized_display_names
        if localized_descriptions is not UNSET:
            field_dict["LocalizedDescriptions"] = localized_descriptions
        if optional_api_scopes is not UNSET:
            field_dict["OptionalApiScopes"] = optional_api_scopes
        if registration_type is not UNSET:
            field_dict["RegistrationType"] = registration_type
        if signature is not UNSET:
            field_dict["Signature"] = signature
        if signature_data is not UNSET:
            field_dict["SignatureData"] = signature_data
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
        _lazy = not _m.strict and cls is CreateAppRegistrationRequest
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            app_id = _src["AppId"]
        except KeyError:
            app_id = UNSET
        if app_id.__class__ is not str:
            app_id, _raw = _decoding.scalar(app_id, "str", _path, "AppId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            display_name = _src["DisplayName"]
        except KeyError:
            display_name = UNSET
        if display_name.__class__ is not str:
            display_name, _raw = _decoding.scalar(display_name, "str", _path, "DisplayName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["Description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "Description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            version = _src["Version"]
        except KeyError:
            version = UNSET
        if version.__class__ is not str:
            version, _raw = _decoding.scalar(version, "str", _path, "Version", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            provider_name = _src["ProviderName"]
        except KeyError:
            provider_name = UNSET
        if provider_name.__class__ is not str:
            provider_name, _raw = _decoding.scalar(provider_name, "str", _path, "ProviderName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            provider_website = _src["ProviderWebsite"]
        except KeyError:
            provider_website = UNSET
        if provider_website.__class__ is not str:
            provider_website, _raw = _decoding.scalar(provider_website, "str", _path, "ProviderWebsite", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            mandatory_api_scopes = _src["MandatoryApiScopes"]
        except KeyError:
            mandatory_api_scopes = UNSET
        if mandatory_api_scopes.__class__ is not list:
            mandatory_api_scopes, _raw = _decoding.as_list(
                mandatory_api_scopes, "scalar", _path, "MandatoryApiScopes", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            app_icon = _src["AppIcon"]
        except KeyError:
            app_icon = UNSET
        if app_icon.__class__ is not str:
            app_icon, _raw = _decoding.scalar(app_icon, "str", _path, "AppIcon", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["LocalizedDisplayNames"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "LocalizedDisplayNames", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            localized_display_names = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                localized_display_names = _v
                _pending |= 1
            else:
                localized_display_names = []
                _at = _path + "LocalizedDisplayNames[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        localized_display_names.append(_CreateTranslation_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CreateTranslation, _path, "LocalizedDisplayNames", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["LocalizedDescriptions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "LocalizedDescriptions", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            localized_descriptions = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                localized_descriptions = _v
                _pending |= 2
            else:
                localized_descriptions = []
                _at = _path + "LocalizedDescriptions[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        localized_descriptions.append(_CreateTranslation_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, CreateTranslation, _path, "LocalizedDescriptions", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            optional_api_scopes = _src["OptionalApiScopes"]
        except KeyError:
            optional_api_scopes = UNSET
        if optional_api_scopes.__class__ is not list and optional_api_scopes is not UNSET:
            optional_api_scopes, _raw = _decoding.as_list(
                optional_api_scopes, "scalar", _path, "OptionalApiScopes", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["RegistrationType"]
        except KeyError:
            _v = UNSET
        try:
            _registration_type = _v
            registration_type: CreateAppRegistrationRequestRegistrationType | Unset
            if isinstance(_registration_type, Unset):
                registration_type = UNSET
            else:
                registration_type = CreateAppRegistrationRequestRegistrationType(_registration_type)

        except Exception as _e:
            registration_type, _raw = _decoding.failed(
                _v, _e, _path, "RegistrationType", "CreateAppRegistrationRequestRegistrationType", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            signature = _src["Signature"]
        except KeyError:
            signature = UNSET
        if signature.__class__ is not str and signature is not UNSET:
            signature, _raw = _decoding.scalar(signature, "str", _path, "Signature", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["SignatureData"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                signature_data = datetime.datetime.fromisoformat(_v)
            except ValueError:
                signature_data, _raw = _decoding.as_datetime(_v, "date-time", _path, "SignatureData", _raw)
        elif _v is UNSET:
            signature_data = UNSET
        else:
            signature_data, _raw = _decoding.as_datetime(_v, "date-time", _path, "SignatureData", _raw)

        if cls is CreateAppRegistrationRequest:
            _obj = _new(cls)
            _obj.app_id = app_id
            _obj.display_name = display_name
            _obj.description = description
            _obj.version = version
            _obj.provider_name = provider_name
            _obj.provider_website = provider_website
            _obj.mandatory_api_scopes = mandatory_api_scopes
            _obj.app_icon = app_icon
            _set_localized_display_names(_obj, localized_display_names)
            _set_localized_descriptions(_obj, localized_descriptions)
            _obj.optional_api_scopes = optional_api_scopes
            _obj.registration_type = registration_type
            _obj.signature = signature
            _obj.signature_data = signature_data
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                app_id,
                display_name,
                description,
                version,
                provider_name,
                provider_website,
                mandatory_api_scopes,
                app_icon,
                localized_display_names,
                localized_descriptions,
                optional_api_scopes,
                registration_type,
                signature,
                signature_data,
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


from ..models.create_translation import CreateTranslation

_CreateTranslation_from_dict = CreateTranslation.from_dict

_set_localized_display_names = _decoding.lazy(
    CreateAppRegistrationRequest,
    "localized_display_names",
    "LocalizedDisplayNames",
    1,
    CreateTranslation.from_dict,
    True,
)
_set_localized_descriptions = _decoding.lazy(
    CreateAppRegistrationRequest,
    "localized_descriptions",
    "LocalizedDescriptions",
    2,
    CreateTranslation.from_dict,
    True,
)
