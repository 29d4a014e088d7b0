from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.report_category import ReportCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="ReportOrders")


@_attrs_define
class ReportOrders:
    """
    Attributes:
        currency (str):
        total (float):
        tax_amount (float):
        category (ReportCategory):
        total_orders (int):
        tax_duedatetypecode (None | str | Unset):
        taxes (list[TotalTaxItem] | None | Unset):
    """

    currency: str
    total: float
    tax_amount: float
    category: ReportCategory
    total_orders: int
    tax_duedatetypecode: None | str | Unset = UNSET
    taxes: list[TotalTaxItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency = self.currency

        total = self.total

        tax_amount = self.tax_amount

        category = self.category.value

        total_orders = self.total_orders

        tax_duedatetypecode: None | str | Unset
        if isinstance(self.tax_duedatetypecode, Unset):
            tax_duedatetypecode = UNSET
        else:
            tax_duedatetypecode = self.tax_duedatetypecode

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
                "currency": currency,
                "total": total,
                "tax_amount": tax_amount,
                "category": category,
                "total_orders": total_orders,
            }
        )
        if tax_duedatetypecode is not UNSET:
            field_dict["tax_duedatetypecode"] = tax_duedatetypecode
        if taxes is not UNSET:
            field_dict["taxes"] = taxes

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        category = ReportCategory(d.pop("category"))

        _v = d.pop("total_orders", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("total_orders: expected int, got " + type(_v).__name__)
        total_orders = _v

        def _parse_tax_duedatetypecode(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_duedatetypecode = _parse_tax_duedatetypecode(d.pop("tax_duedatetypecode", UNSET))

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

        report_orders = cls(
            currency=currency,
            total=total,
            tax_amount=tax_amount,
            category=category,
            total_orders=total_orders,
            tax_duedatetypecode=tax_duedatetypecode,
            taxes=taxes,
        )

        report_orders.additional_properties = d
        return report_orders

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
