from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesItem")


@_attrs_define
class SalesItem:
    """
    Attributes:
        total (float):
        tax_amount (float):
        taxes (list[TotalTaxItem] | None | Unset):
    """

    total: float
    tax_amount: float
    taxes: list[TotalTaxItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        tax_amount = self.tax_amount

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "tax_amount": tax_amount,
            }
        )
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        def _parse_taxes(data: object) -> list[TotalTaxItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                taxes_type_0 = []
                _taxes_type_0 = data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = TotalTaxItem.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                return taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TotalTaxItem] | None | Unset, data)

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        sales_item = cls(
            total=total,
            tax_amount=tax_amount,
            taxes=taxes,
        )

        sales_item.additional_properties = d
        return sales_item

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


from ..models.total_tax_item import TotalTaxItem
