from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReturnLineItem")


@_attrs_define
class CreateReturnLineItem:
    """
    Attributes:
        quantity (float):  Example: 2.
        return_reason_id (int):  Example: 13.
        return_reason_comment (str | Unset):  Example: too small.
        sales_order_line_item_id (int | Unset):  Example: 12.
        delivery_note_line_item_id (int | Unset):  Example: 12.
    """

    quantity: float
    return_reason_id: int
    return_reason_comment: str | Unset = UNSET
    sales_order_line_item_id: int | Unset = UNSET
    delivery_note_line_item_id: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        quantity = self.quantity

        return_reason_id = self.return_reason_id

        return_reason_comment = self.return_reason_comment

        sales_order_line_item_id = self.sales_order_line_item_id

        delivery_note_line_item_id = self.delivery_note_line_item_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Quantity": quantity,
                "ReturnReasonId": return_reason_id,
            }
        )
        if return_reason_comment is not UNSET:
            field_dict["ReturnReasonComment"] = return_reason_comment
        if sales_order_line_item_id is not UNSET:
            field_dict["SalesOrderLineItemId"] = sales_order_line_item_id
        if delivery_note_line_item_id is not UNSET:
            field_dict["DeliveryNoteLineItemId"] = delivery_note_line_item_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Quantity", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("Quantity: expected float, got " + type(_v).__name__)
        quantity = _v

        _v = d.pop("ReturnReasonId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ReturnReasonId: expected int, got " + type(_v).__name__)
        return_reason_id = _v

        _v = d.pop("ReturnReasonComment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ReturnReasonComment: expected str, got " + type(_v).__name__)
        return_reason_comment = _v

        _v = d.pop("SalesOrderLineItemId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("SalesOrderLineItemId: expected int, got " + type(_v).__name__)
        sales_order_line_item_id = _v

        _v = d.pop("DeliveryNoteLineItemId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("DeliveryNoteLineItemId: expected int, got " + type(_v).__name__)
        delivery_note_line_item_id = _v

        create_return_line_item = cls(
            quantity=quantity,
            return_reason_id=return_reason_id,
            return_reason_comment=return_reason_comment,
            sales_order_line_item_id=sales_order_line_item_id,
            delivery_note_line_item_id=delivery_note_line_item_id,
        )

        create_return_line_item.additional_properties = d
        return create_return_line_item

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
