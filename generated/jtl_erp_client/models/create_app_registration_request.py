from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.create_app_registration_request_registration_type import (
    CreateAppRegistrationRequestRegistrationType,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAppRegistrationRequest")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        app_id = self.app_id

        display_name = self.display_name

        description = self.description

        version = self.version

        provider_name = self.provider_name

        provider_website = self.provider_website

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("AppId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("AppId: expected str, got " + type(_v).__name__)
        app_id = _v

        _v = d.pop("DisplayName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("DisplayName: expected str, got " + type(_v).__name__)
        display_name = _v

        _v = d.pop("Description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("Version", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Version: expected str, got " + type(_v).__name__)
        version = _v

        _v = d.pop("ProviderName", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ProviderName: expected str, got " + type(_v).__name__)
        provider_name = _v

        _v = d.pop("ProviderWebsite", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ProviderWebsite: expected str, got " + type(_v).__name__)
        provider_website = _v

        _v = d.pop("MandatoryApiScopes", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("MandatoryApiScopes: expected list, got " + type(_v).__name__)
        mandatory_api_scopes = cast(list[str], _v)

        _v = d.pop("AppIcon", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("AppIcon: expected str, got " + type(_v).__name__)
        app_icon = _v

        _v = d.pop("LocalizedDisplayNames", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("LocalizedDisplayNames: expected list, got " + type(_v).__name__)
        _localized_display_names = _v
        localized_display_names: list[CreateTranslation] | Unset = UNSET
        if _localized_display_names is not UNSET:
            localized_display_names = []
            for localized_display_names_item_data in _localized_display_names:
                localized_display_names_item = CreateTranslation.from_dict(localized_display_names_item_data)

                localized_display_names.append(localized_display_names_item)

        _v = d.pop("LocalizedDescriptions", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("LocalizedDescriptions: expected list, got " + type(_v).__name__)
        _localized_descriptions = _v
        localized_descriptions: list[CreateTranslation] | Unset = UNSET
        if _localized_descriptions is not UNSET:
            localized_descriptions = []
            for localized_descriptions_item_data in _localized_descriptions:
                localized_descriptions_item = CreateTranslation.from_dict(localized_descriptions_item_data)

                localized_descriptions.append(localized_descriptions_item)

        _v = d.pop("OptionalApiScopes", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("OptionalApiScopes: expected list, got " + type(_v).__name__)
        optional_api_scopes = cast(list[str], _v)

        _registration_type = d.pop("RegistrationType", UNSET)
        registration_type: CreateAppRegistrationRequestRegistrationType | Unset
        if isinstance(_registration_type, Unset):
            registration_type = UNSET
        else:
            registration_type = CreateAppRegistrationRequestRegistrationType(_registration_type)

        _v = d.pop("Signature", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Signature: expected str, got " + type(_v).__name__)
        signature = _v

        _signature_data = d.pop("SignatureData", UNSET)
        signature_data: datetime.datetime | Unset
        if isinstance(_signature_data, Unset):
            signature_data = UNSET
        else:
            signature_data = datetime.datetime.fromisoformat(_signature_data)

        create_app_registration_request = cls(
            app_id=app_id,
            display_name=display_name,
            description=description,
            version=version,
            provider_name=provider_name,
            provider_website=provider_website,
            mandatory_api_scopes=mandatory_api_scopes,
            app_icon=app_icon,
            localized_display_names=localized_display_names,
            localized_descriptions=localized_descriptions,
            optional_api_scopes=optional_api_scopes,
            registration_type=registration_type,
            signature=signature,
            signature_data=signature_data,
        )

        create_app_registration_request.additional_properties = d
        return create_app_registration_request

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
