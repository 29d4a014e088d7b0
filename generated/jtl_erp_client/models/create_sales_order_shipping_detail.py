from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSalesOrderShippingDetail")


@_attrs_define
class CreateSalesOrderShippingDetail:
    """
    Attributes:
        shipping_method_id (int | Unset):  Example: 3.
        shipping_priority (int | Unset):  Example: 5.
        shipping_date (datetime.datetime | Unset):  Example: 2023-01-15T13:00:00.0000000+00:00.
        estimated_delivery_date (datetime.datetime | Unset):  Example: 2023-01-16T13:00:00.0000000+00:00.
        on_hold_reason_id (int | Unset):  Example: 1.
        extra_weight (float | Unset):  Example: 0.1.
    """

    shipping_method_id: int | Unset = UNSET
    shipping_priority: int | Unset = UNSET
    shipping_date: datetime.datetime | Unset = UNSET
    estimated_delivery_date: datetime.datetime | Unset = UNSET
    on_hold_reason_id: int | Unset = UNSET
    extra_weight: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_method_id = self.shipping_method_id

        shipping_priority = self.shipping_priority

        shipping_date: str | Unset = UNSET
        if not isinstance(self.shipping_date, Unset):
            shipping_date = self.shipping_date.isoformat()

        estimated_delivery_date: str | Unset = UNSET
        if not isinstance(self.estimated_delivery_date, Unset):
            estimated_delivery_date = self.estimated_delivery_date.isoformat()

        on_hold_reason_id = self.on_hold_reason_id

        extra_weight = self.extra_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if shipping_method_id is not UNSET:
            field_dict["ShippingMethodId"] = shipping_method_id
        if shipping_priority is not UNSET:
            field_dict["ShippingPriority"] = shipping_priority
        if shipping_date is not UNSET:
            field_dict["ShippingDate"] = shipping_date
        if estimated_delivery_date is not UNSET:
            field_dict["EstimatedDeliveryDate"] = estimated_delivery_date
        if on_hold_reason_id is not UNSET:
            field_dict["OnHoldReasonId"] = on_hold_reason_id
        if extra_weight is not UNSET:
            field_dict["ExtraWeight"] = extra_weight

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("ShippingMethodId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ShippingMethodId: expected int, got " + type(_v).__name__)
        shipping_method_id = _v

        _v = d.pop("ShippingPriority", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ShippingPriority: expected int, got " + type(_v).__name__)
        shipping_priority = _v

        _shipping_date = d.pop("ShippingDate", UNSET)
        shipping_date: datetime.datetime | Unset
        if isinstance(_shipping_date, Unset):
            shipping_date = UNSET
        else:
            shipping_date = datetime.datetime.fromisoformat(_shipping_date)

        _estimated_delivery_date = d.pop("EstimatedDeliveryDate", UNSET)
        estimated_delivery_date: datetime.datetime | Unset
        if isinstance(_estimated_delivery_date, Unset):
            estimated_delivery_date = UNSET
        else:
            estimated_delivery_date = datetime.datetime.fromisoformat(_estimated_delivery_date)

        _v = d.pop("OnHoldReasonId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("OnHoldReasonId: expected int, got " + type(_v).__name__)
        on_hold_reason_id = _v

        _v = d.pop("ExtraWeight", UNSET)
        if _v is not UNSET and (
            type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool))
        ):
            raise TypeError("ExtraWeight: expected float, got " + type(_v).__name__)
        extra_weight = _v

        create_sales_order_shipping_detail = cls(
            shipping_method_id=shipping_method_id,
            shipping_priority=shipping_priority,
            shipping_date=shipping_date,
            estimated_delivery_date=estimated_delivery_date,
            on_hold_reason_id=on_hold_reason_id,
            extra_weight=extra_weight,
        )

        create_sales_order_shipping_detail.additional_properties = d
        return create_sales_order_shipping_detail

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
