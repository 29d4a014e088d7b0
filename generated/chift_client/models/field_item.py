from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.field_item_type import FieldItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FieldItem")


@_attrs_define
class FieldItem:
    """
    Attributes:
        name (str):
        type_ (FieldItemType):
        display_condition (FieldItemDisplayConditionType0 | None | Unset):
        values (list[FieldItemValue] | None | Unset):
        api_route (None | str | Unset):
        connection_type (int | None | Unset):
    """

    name: str
    type_: FieldItemType
    display_condition: FieldItemDisplayConditionType0 | None | Unset = UNSET
    values: list[FieldItemValue] | None | Unset = UNSET
    api_route: None | str | Unset = UNSET
    connection_type: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_ = self.type_.value

        display_condition: dict[str, Any] | None | Unset
        if isinstance(self.display_condition, Unset):
            display_condition = UNSET
        elif isinstance(self.display_condition, FieldItemDisplayConditionType0):
            display_condition = self.display_condition.to_dict()
        else:
            display_condition = self.display_condition

        values: list[dict[str, Any]] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = []
            for values_type_0_item_data in self.values:
                values_type_0_item = values_type_0_item_data.to_dict()
                values.append(values_type_0_item)

        else:
            values = self.values

        api_route: None | str | Unset
        if isinstance(self.api_route, Unset):
            api_route = UNSET
        else:
            api_route = self.api_route

        connection_type: int | None | Unset
        if isinstance(self.connection_type, Unset):
            connection_type = UNSET
        else:
            connection_type = self.connection_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if display_condition is not UNSET:
            field_dict["display_condition"] = display_condition
        if values is not UNSET:
            field_dict["values"] = values
        if api_route is not UNSET:
            field_dict["api_route"] = api_route
        if connection_type is not UNSET:
            field_dict["connection_type"] = connection_type

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        type_ = FieldItemType(d.pop("type"))

        def _parse_display_condition(data: object) -> FieldItemDisplayConditionType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                display_condition_type_0 = FieldItemDisplayConditionType0.from_dict(data)

                return display_condition_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FieldItemDisplayConditionType0 | None | Unset, data)

        display_condition = _parse_display_condition(d.pop("display_condition", UNSET))

        def _parse_values(data: object) -> list[FieldItemValue] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                values_type_0 = []
                _values_type_0 = data
                for values_type_0_item_data in _values_type_0:
                    values_type_0_item = FieldItemValue.from_dict(values_type_0_item_data)

                    values_type_0.append(values_type_0_item)

                return values_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FieldItemValue] | None | Unset, data)

        values = _parse_values(d.pop("values", UNSET))

        def _parse_api_route(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        api_route = _parse_api_route(d.pop("api_route", UNSET))

        def _parse_connection_type(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        connection_type = _parse_connection_type(d.pop("connection_type", UNSET))

        field_item = cls(
            name=name,
            type_=type_,
            display_condition=display_condition,
            values=values,
            api_route=api_route,
            connection_type=connection_type,
        )

        field_item.additional_properties = d
        return field_item

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


from ..models.field_item_display_condition_type_0 import FieldItemDisplayConditionType0
from ..models.field_item_value import FieldItemValue
