from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pos_line_item_type import POSLineItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSOrderLineItem")


@_attrs_define
class PMSOrderLineItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        quantity (float):
        unit_price (float):
        total (float):
        tax_amount (float):
        type_ (None | POSLineItemType | Unset):
        menu_id (None | str | Unset):
        tax_rate (float | None | Unset):
        tax_id (None | str | Unset):
        description (None | str | Unset):
        discounts (list[DiscountItem] | None | Unset):
        product_id (None | str | Unset):
        accounting_category_id (None | str | Unset):
    """

    id: str
    source_ref: Ref
    quantity: float
    unit_price: float
    total: float
    tax_amount: float
    type_: None | POSLineItemType | Unset = UNSET
    menu_id: None | str | Unset = UNSET
    tax_rate: float | None | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    discounts: list[DiscountItem] | None | Unset = UNSET
    product_id: None | str | Unset = UNSET
    accounting_category_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        quantity = self.quantity

        unit_price = self.unit_price

        total = self.total

        tax_amount = self.tax_amount

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, POSLineItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        menu_id: None | str | Unset
        if isinstance(self.menu_id, Unset):
            menu_id = UNSET
        else:
            menu_id = self.menu_id

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.discounts, Unset):
            discounts = UNSET
        elif isinstance(self.discounts, list):
            discounts = []
            for discounts_type_0_item_data in self.discounts:
                discounts_type_0_item = discounts_type_0_item_data.to_dict()
                discounts.append(discounts_type_0_item)

        else:
            discounts = self.discounts

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        accounting_category_id: None | str | Unset
        if isinstance(self.accounting_category_id, Unset):
            accounting_category_id = UNSET
        else:
            accounting_category_id = self.accounting_category_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "quantity": quantity,
                "unit_price": unit_price,
                "total": total,
                "tax_amount": tax_amount,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if menu_id is not UNSET:
            field_dict["menu_id"] = menu_id
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if description is not UNSET:
            field_dict["description"] = description
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if accounting_category_id is not UNSET:
            field_dict["accounting_category_id"] = accounting_category_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("unit_price", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("unit_price: expected float, got " + type(_v).__name__)
        unit_price = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        def _parse_type_(data: object) -> None | POSLineItemType | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = POSLineItemType(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | POSLineItemType | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_menu_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        menu_id = _parse_menu_id(d.pop("menu_id", UNSET))

        def _parse_tax_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_rate = _parse_tax_rate(d.pop("tax_rate", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_discounts(data: object) -> list[DiscountItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                discounts_type_0 = []
                _discounts_type_0 = data
                for discounts_type_0_item_data in _discounts_type_0:
                    discounts_type_0_item = DiscountItem.from_dict(discounts_type_0_item_data)

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[DiscountItem] | None | Unset, data)

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        def _parse_product_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        product_id = _parse_product_id(d.pop("product_id", UNSET))

        def _parse_accounting_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accounting_category_id = _parse_accounting_category_id(d.pop("accounting_category_id", UNSET))

        pms_order_line_item = cls(
            id=id,
            source_ref=source_ref,
            quantity=quantity,
            unit_price=unit_price,
            total=total,
            tax_amount=tax_amount,
            type_=type_,
            menu_id=menu_id,
            tax_rate=tax_rate,
            tax_id=tax_id,
            description=description,
            discounts=discounts,
            product_id=product_id,
            accounting_category_id=accounting_category_id,
        )

        pms_order_line_item.additional_properties = d
        return pms_order_line_item

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


from ..models.discount_item import DiscountItem
from ..models.ref import Ref
