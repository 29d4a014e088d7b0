from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_order_shipping_detail_delivery_complete_status import (
    SalesOrderShippingDetailDeliveryCompleteStatus,
)
from ..types import UNSET

T = TypeVar("T", bound="SalesOrderShippingDetail")


@_attrs_define
class SalesOrderShippingDetail:
    """
    Attributes:
        shipping_method_id (int):  Example: 3.
        delivery_complete_status (SalesOrderShippingDetailDeliveryCompleteStatus):
        shipping_priority (int):  Example: 5.
        shipping_date (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
        estimated_delivery_date (datetime.datetime):  Example: 2023-01-16T13:00:00.0000000+00:00.
        delivered_date (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
        on_hold_reason_id (int):  Example: 1.
        extra_weight (float):  Example: 0.1.
    """

    shipping_method_id: int
    delivery_complete_status: SalesOrderShippingDetailDeliveryCompleteStatus
    shipping_priority: int
    shipping_date: datetime.datetime
    estimated_delivery_date: datetime.datetime
    delivered_date: datetime.datetime
    on_hold_reason_id: int
    extra_weight: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        shipping_method_id = self.shipping_method_id

        delivery_complete_status = self.delivery_complete_status.value

        shipping_priority = self.shipping_priority

        shipping_date = self.shipping_date.isoformat()

        estimated_delivery_date = self.estimated_delivery_date.isoformat()

        delivered_date = self.delivered_date.isoformat()

        on_hold_reason_id = self.on_hold_reason_id

        extra_weight = self.extra_weight

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ShippingMethodId": shipping_method_id,
                "DeliveryCompleteStatus": delivery_complete_status,
                "ShippingPriority": shipping_priority,
                "ShippingDate": shipping_date,
                "EstimatedDeliveryDate": estimated_delivery_date,
                "DeliveredDate": delivered_date,
                "OnHoldReasonId": on_hold_reason_id,
                "ExtraWeight": extra_weight,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("ShippingMethodId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ShippingMethodId: expected int, got " + type(_v).__name__)
        shipping_method_id = _v

        delivery_complete_status = SalesOrderShippingDetailDeliveryCompleteStatus(
            d.pop("DeliveryCompleteStatus")
        )

        _v = d.pop("ShippingPriority", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ShippingPriority: expected int, got " + type(_v).__name__)
        shipping_priority = _v

        shipping_date = datetime.datetime.fromisoformat(d.pop("ShippingDate"))

        estimated_delivery_date = datetime.datetime.fromisoformat(d.pop("EstimatedDeliveryDate"))

        delivered_date = datetime.datetime.fromisoformat(d.pop("DeliveredDate"))

        _v = d.pop("OnHoldReasonId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("OnHoldReasonId: expected int, got " + type(_v).__name__)
        on_hold_reason_id = _v

        _v = d.pop("ExtraWeight", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("ExtraWeight: expected float, got " + type(_v).__name__)
        extra_weight = _v

        sales_order_shipping_detail = cls(
            shipping_method_id=shipping_method_id,
            delivery_complete_status=delivery_complete_status,
            shipping_priority=shipping_priority,
            shipping_date=shipping_date,
            estimated_delivery_date=estimated_delivery_date,
            delivered_date=delivered_date,
            on_hold_reason_id=on_hold_reason_id,
            extra_weight=extra_weight,
        )

        sales_order_shipping_detail.additional_properties = d
        return sales_order_shipping_detail

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
