from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnOrderLineItem")


@_attrs_define
class ReturnOrderLineItem:
    """
    Attributes:
        id (str):
        quantity (int):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        variant (None | OrderLineProductVariantItem | Unset):
    """

    id: str
    quantity: int
    untaxed_amount: float
    tax_amount: float
    total: float
    variant: None | OrderLineProductVariantItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        quantity = self.quantity

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        variant: dict[str, Any] | None | Unset
        if isinstance(self.variant, Unset):
            variant = UNSET
        elif isinstance(self.variant, OrderLineProductVariantItem):
            variant = self.variant.to_dict()
        else:
            variant = self.variant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "quantity": quantity,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "total": total,
            }
        )
        if variant is not UNSET:
            field_dict["variant"] = variant

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("quantity", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("quantity: expected int, got " + type(_v).__name__)
        quantity = _v

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

        return_order_line_item = cls(
            id=id,
            quantity=quantity,
            untaxed_amount=untaxed_amount,
            tax_amount=tax_amount,
            total=total,
            variant=variant,
        )

        return_order_line_item.additional_properties = d
        return return_order_line_item

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


from ..models.order_line_product_variant_item import OrderLineProductVariantItem
