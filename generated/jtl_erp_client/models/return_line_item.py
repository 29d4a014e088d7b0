from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ReturnLineItem")


@_attrs_define
class ReturnLineItem:
    """
    Attributes:
        id (int):  Example: 1123.
        return_id (int):  Example: 12.
        state_id (int):  Example: 1005.
        item_id (int):  Example: 1000.
        name (str):  Example: Awesome Binoculars.
        sku (str):  Example: ART2394871.
        quantity (float):  Example: 2.
        return_reason_id (int):  Example: 13.
        condition_id (int):  Example: 13.
        condition_comment (str):  Example: broken.
        sales_order_id (int):  Example: 123.
        sales_order_line_item_id (int):  Example: 12.
        delivery_note_line_item_id (int):  Example: 12.
        return_reason_comment (str | Unset):  Example: too small.
    """

    id: int
    return_id: int
    state_id: int
    item_id: int
    name: str
    sku: str
    quantity: float
    return_reason_id: int
    condition_id: int
    condition_comment: str
    sales_order_id: int
    sales_order_line_item_id: int
    delivery_note_line_item_id: int
    return_reason_comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        return_id = self.return_id

        state_id = self.state_id

        item_id = self.item_id

        name = self.name

        sku = self.sku

        quantity = self.quantity

        return_reason_id = self.return_reason_id

        condition_id = self.condition_id

        condition_comment = self.condition_comment

        sales_order_id = self.sales_order_id

        sales_order_line_item_id = self.sales_order_line_item_id

        delivery_note_line_item_id = self.delivery_note_line_item_id

        return_reason_comment = self.return_reason_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "ReturnId": return_id,
                "StateId": state_id,
                "ItemId": item_id,
                "Name": name,
                "SKU": sku,
                "Quantity": quantity,
                "ReturnReasonId": return_reason_id,
                "ConditionId": condition_id,
                "ConditionComment": condition_comment,
                "SalesOrderId": sales_order_id,
                "SalesOrderLineItemId": sales_order_line_item_id,
                "DeliveryNoteLineItemId": delivery_note_line_item_id,
            }
        )
        if return_reason_comment is not UNSET:
            field_dict["ReturnReasonComment"] = return_reason_comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("ReturnId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ReturnId: expected int, got " + type(_v).__name__)
        return_id = _v

        _v = d.pop("StateId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("StateId: expected int, got " + type(_v).__name__)
        state_id = _v

        _v = d.pop("ItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ItemId: expected int, got " + type(_v).__name__)
        item_id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("SKU", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SKU: expected str, got " + type(_v).__name__)
        sku = _v

        _v = d.pop("Quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("ReturnReasonId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ReturnReasonId: expected int, got " + type(_v).__name__)
        return_reason_id = _v

        _v = d.pop("ConditionId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ConditionId: expected int, got " + type(_v).__name__)
        condition_id = _v

        _v = d.pop("ConditionComment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ConditionComment: expected str, got " + type(_v).__name__)
        condition_comment = _v

        _v = d.pop("SalesOrderId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SalesOrderId: expected int, got " + type(_v).__name__)
        sales_order_id = _v

        _v = d.pop("SalesOrderLineItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SalesOrderLineItemId: expected int, got " + type(_v).__name__)
        sales_order_line_item_id = _v

        _v = d.pop("DeliveryNoteLineItemId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("DeliveryNoteLineItemId: expected int, got " + type(_v).__name__)
        delivery_note_line_item_id = _v

        _v = d.pop("ReturnReasonComment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ReturnReasonComment: expected str, got " + type(_v).__name__)
        return_reason_comment = _v

        return_line_item = cls(
            id=id,
            return_id=return_id,
            state_id=state_id,
            item_id=item_id,
            name=name,
            sku=sku,
            quantity=quantity,
            return_reason_id=return_reason_id,
            condition_id=condition_id,
            condition_comment=condition_comment,
            sales_order_id=sales_order_id,
            sales_order_line_item_id=sales_order_line_item_id,
            delivery_note_line_item_id=delivery_note_line_item_id,
            return_reason_comment=return_reason_comment,
        )

        return_line_item.additional_properties = d
        return return_line_item

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
