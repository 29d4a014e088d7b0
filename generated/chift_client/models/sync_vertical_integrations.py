from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SyncVerticalIntegrations")


@_attrs_define
class SyncVerticalIntegrations:
    """
    Attributes:
        vertical (str):
        title (str):
        integrations (list[SyncIntegration]):
    """

    vertical: str
    title: str
    integrations: list[SyncIntegration]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vertical = self.vertical

        title = self.title

        integrations = []
        for integrations_item_data in self.integrations:
            integrations_item = integrations_item_data.to_dict()
            integrations.append(integrations_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vertical": vertical,
                "title": title,
                "integrations": integrations,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("vertical", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("vertical: expected str, got " + type(_v).__name__)
        vertical = _v

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("integrations", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("integrations: expected list, got " + type(_v).__name__)
        integrations = []
        _integrations = _v
        for integrations_item_data in _integrations:
            integrations_item = SyncIntegration.from_dict(integrations_item_data)

            integrations.append(integrations_item)

        sync_vertical_integrations = cls(
            vertical=vertical,
            title=title,
            integrations=integrations,
        )

        sync_vertical_integrations.additional_properties = d
        return sync_vertical_integrations

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


from ..models.sync_integration import SyncIntegration
