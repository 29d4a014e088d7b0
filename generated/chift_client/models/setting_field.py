from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.setting_group import SettingGroup
from ..models.setting_type import SettingType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SettingField")


@_attrs_define
class SettingField:
    """
    Attributes:
        key (str):
        type_ (SettingType):
        group (SettingGroup):
        title (str):
        tooltip (str):
        options (list[SettingOption] | Unset):
        supported (bool | Unset):  Default: True.
        unsupported_reason (None | str | Unset):
    """

    key: str
    type_: SettingType
    group: SettingGroup
    title: str
    tooltip: str
    options: list[SettingOption] | Unset = UNSET
    supported: bool | Unset = True
    unsupported_reason: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        type_ = self.type_.value

        group = self.group.value

        title = self.title

        tooltip = self.tooltip

        options: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = []
            for options_item_data in self.options:
                options_item = options_item_data.to_dict()
                options.append(options_item)

        supported = self.supported

        unsupported_reason: None | str | Unset
        if isinstance(self.unsupported_reason, Unset):
            unsupported_reason = UNSET
        else:
            unsupported_reason = self.unsupported_reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "type": type_,
                "group": group,
                "title": title,
                "tooltip": tooltip,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options
        if supported is not UNSET:
            field_dict["supported"] = supported
        if unsupported_reason is not UNSET:
            field_dict["unsupported_reason"] = unsupported_reason

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("key", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("key: expected str, got " + type(_v).__name__)
        key = _v

        type_ = SettingType(d.pop("type"))

        group = SettingGroup(d.pop("group"))

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("tooltip", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("tooltip: expected str, got " + type(_v).__name__)
        tooltip = _v

        _v = d.pop("options", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("options: expected list, got " + type(_v).__name__)
        _options = _v
        options: list[SettingOption] | Unset = UNSET
        if _options is not UNSET:
            options = []
            for options_item_data in _options:
                options_item = SettingOption.from_dict(options_item_data)

                options.append(options_item)

        _v = d.pop("supported", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("supported: expected bool, got " + type(_v).__name__)
        supported = _v

        def _parse_unsupported_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unsupported_reason = _parse_unsupported_reason(d.pop("unsupported_reason", UNSET))

        setting_field = cls(
            key=key,
            type_=type_,
            group=group,
            title=title,
            tooltip=tooltip,
            options=options,
            supported=supported,
            unsupported_reason=unsupported_reason,
        )

        setting_field.additional_properties = d
        return setting_field

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


from ..models.setting_option import SettingOption
