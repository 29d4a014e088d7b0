from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SyncIntegration")


@_attrs_define
class SyncIntegration:
    """
    Attributes:
        integration_id (str):
        name (str):
        url (None | str):
        description (None | str):
        beta (bool):
    """

    integration_id: str
    name: str
    url: None | str
    description: None | str
    beta: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        integration_id = self.integration_id

        name = self.name

        url: None | str
        url = self.url

        description: None | str
        description = self.description

        beta = self.beta

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integration_id": integration_id,
                "name": name,
                "url": url,
                "description": description,
                "beta": beta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("integration_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("integration_id: expected str, got " + type(_v).__name__)
        integration_id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        url = _parse_url(d.pop("url"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        _v = d.pop("beta", UNSET)
        if type(_v) is not bool:
            raise TypeError("beta: expected bool, got " + type(_v).__name__)
        beta = _v

        sync_integration = cls(
            integration_id=integration_id,
            name=name,
            url=url,
            description=description,
            beta=beta,
        )

        sync_integration.additional_properties = d
        return sync_integration

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
