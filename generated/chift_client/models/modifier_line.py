from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ModifierLine")


@_attrs_define
class ModifierLine:
    """
    Attributes:
        name (str):
        modifier_id (None | str | Unset):
        modifier_group_id (None | str | Unset):
        quantity (float | None | Unset):  Default: 1.0.
        unit_price (float | None | Unset):  Default: 0.0.
        total (float | None | Unset):  Default: 0.0.
    """

    name: str
    modifier_id: None | str | Unset = UNSET
    modifier_group_id: None | str | Unset = UNSET
    quantity: float | None | Unset = 1.0
    unit_price: float | None | Unset = 0.0
    total: float | None | Unset = 0.0
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        modifier_id: None | str | Unset
        if isinstance(self.modifier_id, Unset):
            modifier_id = UNSET
        else:
            modifier_id = self.modifier_id

        modifier_group_id: None | str | Unset
        if isinstance(self.modifier_group_id, Unset):
            modifier_group_id = UNSET
        else:
            modifier_group_id = self.modifier_group_id

        quantity: float | None | Unset
        if isinstance(self.quantity, Unset):
            quantity = UNSET
        else:
            quantity = self.quantity

        unit_price: float | None | Unset
        if isinstance(self.unit_price, Unset):
            unit_price = UNSET
        else:
            unit_price = self.unit_price

        total: float | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if modifier_id is not UNSET:
            field_dict["modifier_id"] = modifier_id
        if modifier_group_id is not UNSET:
            field_dict["modifier_group_id"] = modifier_group_id
        if quantity is not UNSET:
            field_dict["quantity"] = quantity
        if unit_price is not UNSET:
            field_dict["unit_price"] = unit_price
        if total is not UNSET:
            field_dict["total"] = total

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_modifier_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modifier_id = _parse_modifier_id(d.pop("modifier_id", UNSET))

        def _parse_modifier_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        modifier_group_id = _parse_modifier_group_id(d.pop("modifier_group_id", UNSET))

        def _parse_quantity(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        quantity = _parse_quantity(d.pop("quantity", UNSET))

        def _parse_unit_price(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        unit_price = _parse_unit_price(d.pop("unit_price", UNSET))

        def _parse_total(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total = _parse_total(d.pop("total", UNSET))

        modifier_line = cls(
            name=name,
            modifier_id=modifier_id,
            modifier_group_id=modifier_group_id,
            quantity=quantity,
            unit_price=unit_price,
            total=total,
        )

        modifier_line.additional_properties = d
        return modifier_line

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
