from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="MappingRowView")


@_attrs_define
class MappingRowView:
    """
    Attributes:
        source_key (str):
        label (str):
        value (None | str):
        value_label (None | str):
        origin (None | str):
        hidden (bool):
        missing (bool):
    """

    source_key: str
    label: str
    value: None | str
    value_label: None | str
    origin: None | str
    hidden: bool
    missing: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_key = self.source_key

        label = self.label

        value: None | str
        value = self.value

        value_label: None | str
        value_label = self.value_label

        origin: None | str
        origin = self.origin

        hidden = self.hidden

        missing = self.missing

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_key": source_key,
                "label": label,
                "value": value,
                "value_label": value_label,
                "origin": origin,
                "hidden": hidden,
                "missing": missing,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("source_key", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("source_key: expected str, got " + type(_v).__name__)
        source_key = _v

        _v = d.pop("label", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("label: expected str, got " + type(_v).__name__)
        label = _v

        def _parse_value(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value = _parse_value(d.pop("value"))

        def _parse_value_label(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        value_label = _parse_value_label(d.pop("value_label"))

        def _parse_origin(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        origin = _parse_origin(d.pop("origin"))

        _v = d.pop("hidden", UNSET)
        if type(_v) is not bool:
            raise TypeError("hidden: expected bool, got " + type(_v).__name__)
        hidden = _v

        _v = d.pop("missing", UNSET)
        if type(_v) is not bool:
            raise TypeError("missing: expected bool, got " + type(_v).__name__)
        missing = _v

        mapping_row_view = cls(
            source_key=source_key,
            label=label,
            value=value,
            value_label=value_label,
            origin=origin,
            hidden=hidden,
            missing=missing,
        )

        mapping_row_view.additional_properties = d
        return mapping_row_view

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
