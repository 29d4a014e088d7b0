from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationCreate")


@_attrs_define
class IntegrationCreate:
    """Fields needed to set up a new integration.

    Attributes:
        name (str): Display name for the new integration.
        connector_id (str): Connector the integration is built on.
        settings (IntegrationCreateSettings | Unset): Configuration values specific to the connector.
    """

    name: str
    connector_id: str
    settings: IntegrationCreateSettings | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        connector_id = self.connector_id

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "connector_id": connector_id,
            }
        )
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("connector_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("connector_id: expected str, got " + type(_v).__name__)
        connector_id = _v

        _settings = d.pop("settings", UNSET)
        settings: IntegrationCreateSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = IntegrationCreateSettings.from_dict(_settings)

        integration_create = cls(
            name=name,
            connector_id=connector_id,
            settings=settings,
        )

        integration_create.additional_properties = d
        return integration_create

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


from ..models.integration_create_settings import IntegrationCreateSettings
