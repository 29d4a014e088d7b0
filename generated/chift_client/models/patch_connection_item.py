from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PatchConnectionItem")


@_attrs_define
class PatchConnectionItem:
    """
    Attributes:
        redirect (bool | None | Unset):  Default: False.
        name (None | str | Unset):
        credentials (list[CredentialItem] | None | Unset):
    """

    redirect: bool | None | Unset = False
    name: None | str | Unset = UNSET
    credentials: list[CredentialItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        redirect: bool | None | Unset
        if isinstance(self.redirect, Unset):
            redirect = UNSET
        else:
            redirect = self.redirect

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        credentials: list[dict[str, Any]] | None | Unset
        if isinstance(self.credentials, Unset):
            credentials = UNSET
        elif isinstance(self.credentials, list):
            credentials = []
            for credentials_type_0_item_data in self.credentials:
                credentials_type_0_item = credentials_type_0_item_data.to_dict()
                credentials.append(credentials_type_0_item)

        else:
            credentials = self.credentials

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if redirect is not UNSET:
            field_dict["redirect"] = redirect
        if name is not UNSET:
            field_dict["name"] = name
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_redirect(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        redirect = _parse_redirect(d.pop("redirect", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_credentials(data: object) -> list[CredentialItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                credentials_type_0 = []
                _credentials_type_0 = data
                for credentials_type_0_item_data in _credentials_type_0:
                    credentials_type_0_item = CredentialItem.from_dict(credentials_type_0_item_data)

                    credentials_type_0.append(credentials_type_0_item)

                return credentials_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CredentialItem] | None | Unset, data)

        credentials = _parse_credentials(d.pop("credentials", UNSET))

        patch_connection_item = cls(
            redirect=redirect,
            name=name,
            credentials=credentials,
        )

        patch_connection_item.additional_properties = d
        return patch_connection_item

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


from ..models.credential_item import CredentialItem
