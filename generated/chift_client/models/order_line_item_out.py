from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderLineItemOut")


@_attrs_define
class OrderLineItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        quantity (int):
        current_quantity (int):
        unit_price (float):
        description (str):
        tax_rate (float):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        created_on (datetime.datetime | None | Unset):
        variant (None | OrderLineProductVariantItem | Unset):
        tax_id (None | str | Unset):
        discounts (list[CommerceDiscountItem] | None | Unset):
        gift_card (bool | None | Unset):  Default: False.
        is_gift (bool | None | Unset):  Default: False.
    """

    id: str
    source_ref: Ref
    quantity: int
    current_quantity: int
    unit_price: float
    description: str
    tax_rate: float
    untaxed_amount: float
    tax_amount: float
    total: float
    created_on: datetime.datetime | None | Unset = UNSET
    variant: None | OrderLineProductVariantItem | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    discounts: list[CommerceDiscountItem] | None | Unset = UNSET
    gift_card: bool | None | Unset = False
    is_gift: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        quantity = self.quantity

        current_quantity = self.current_quantity

        unit_price = self.unit_price

        description = self.description

        tax_rate = self.tax_rate

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        variant: dict[str, Any] | None | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, OrderLineProductVariantItem):
            variant = self.variant.to_dict()
        else:
            variant = self.variant

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

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

        gift_card: bool | None | Unset
        if isinstance(self.gift_card, Unset):
            gift_card = UNSET
        else:
            gift_card = self.gift_card

        is_gift: bool | None | Unset
        if isinstance(self.is_gift, Unset):
            is_gift = UNSET
        else:
            is_gift = self.is_gift

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "quantity": quantity,
                "current_quantity": current_quantity,
                "unit_price": unit_price,
                "description": description,
                "tax_rate": tax_rate,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "total": total,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if variant is not UNSET:
            field_dict["variant"] = variant
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if discounts is not UNSET:
            field_dict["discounts"] = discounts
        if gift_card is not UNSET:
            field_dict["gift_card"] = gift_card
        if is_gift is not UNSET:
            field_dict["is_gift"] = is_gift

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
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("quantity: expected int, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("current_quantity", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("current_quantity: expected int, got " + type(_v).__name__)
        current_quantity = _v

        _v = d.pop("unit_price", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("unit_price: expected float, got " + type(_v).__name__)
        unit_price = _v

        _v = d.pop("description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("tax_rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_rate: expected float, got " + type(_v).__name__)
        tax_rate = _v

        _v = d.pop("untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount: expected float, got " + type(_v).__name__)
        untaxed_amount = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.datetime.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_on = _parse_created_on(d.pop("created_on", UNSET))

        def _parse_variant(data: object) -> None | OrderLineProductVariantItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variant_type_0 = OrderLineProductVariantItem.from_dict(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderLineProductVariantItem | Unset, data)

        variant = _parse_variant(d.pop("variant", UNSET))

        def _parse_tax_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_id = _parse_tax_id(d.pop("tax_id", UNSET))

        def _parse_discounts(data: object) -> list[CommerceDiscountItem] | None | Unset:
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
                    discounts_type_0_item = CommerceDiscountItem.from_dict(discounts_type_0_item_data)

                    discounts_type_0.append(discounts_type_0_item)

                return discounts_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CommerceDiscountItem] | None | Unset, data)

        discounts = _parse_discounts(d.pop("discounts", UNSET))

        def _parse_gift_card(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        gift_card = _parse_gift_card(d.pop("gift_card", UNSET))

        def _parse_is_gift(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_gift = _parse_is_gift(d.pop("is_gift", UNSET))

        order_line_item_out = cls(
            id=id,
            source_ref=source_ref,
            quantity=quantity,
            current_quantity=current_quantity,
            unit_price=unit_price,
            description=description,
            tax_rate=tax_rate,
            untaxed_amount=untaxed_amount,
            tax_amount=tax_amount,
            total=total,
            created_on=created_on,
            variant=variant,
            tax_id=tax_id,
            discounts=discounts,
            gift_card=gift_card,
            is_gift=is_gift,
        )

        order_line_item_out.additional_properties = d
        return order_line_item_out

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


from ..models.commerce_discount_item import CommerceDiscountItem
from ..models.order_line_product_variant_item import OrderLineProductVariantItem
from ..models.ref import Ref
