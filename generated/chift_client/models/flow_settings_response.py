from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="FlowSettingsResponse")


@_attrs_define
class FlowSettingsResponse:
    """
    Attributes:
        configurable (bool):
        groups (list[SettingGroupItem]):
        settings (list[SettingField]):
    """

    configurable: bool
    groups: list[SettingGroupItem]
    settings: list[SettingField]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        configurable = self.configurable

        groups = []
        for groups_item_data in self.groups:
            groups_item = groups_item_data.to_dict()
            groups.append(groups_item)

        settings = []
        for settings_item_data in self.settings:
            settings_item = settings_item_data.to_dict()
            settings.append(settings_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "configurable": configurable,
                "groups": groups,
                "settings": settings,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("configurable", UNSET)
        if type(_v) is not bool:
            raise TypeError("configurable: expected bool, got " + type(_v).__name__)
        configurable = _v

        _v = d.pop("groups", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("groups: expected list, got " + type(_v).__name__)
        groups = []
        _groups = _v
        for groups_item_data in _groups:
            groups_item = SettingGroupItem.from_dict(groups_item_data)

            groups.append(groups_item)

        _v = d.pop("settings", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("settings: expected list, got " + type(_v).__name__)
        settings = []
        _settings = _v
        for settings_item_data in _settings:
            settings_item = SettingField.from_dict(settings_item_data)

            settings.append(settings_item)

        flow_settings_response = cls(
            configurable=configurable,
            groups=groups,
            settings=settings,
        )

        flow_settings_response.additional_properties = d
        return flow_settings_response

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


from ..models.setting_field import SettingField
from ..models.setting_group_item import SettingGroupItem
