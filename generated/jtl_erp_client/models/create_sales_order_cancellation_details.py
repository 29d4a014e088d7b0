from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSalesOrderCancellationDetails")


@_attrs_define
class CreateSalesOrderCancellationDetails:
    """
    Attributes:
        cancellation_reason_id (int):  Example: -4.
        cancellation_comment (str | Unset):
    """

    cancellation_reason_id: int
    cancellation_comment: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cancellation_reason_id = self.cancellation_reason_id

        cancellation_comment = self.cancellation_comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CancellationReasonId": cancellation_reason_id,
            }
        )
        if cancellation_comment is not UNSET:
            field_dict["CancellationComment"] = cancellation_comment

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("CancellationReasonId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CancellationReasonId: expected int, got " + type(_v).__name__)
        cancellation_reason_id = _v

        _v = d.pop("CancellationComment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("CancellationComment: expected str, got " + type(_v).__name__)
        cancellation_comment = _v

        create_sales_order_cancellation_details = cls(
            cancellation_reason_id=cancellation_reason_id,
            cancellation_comment=cancellation_comment,
        )

        create_sales_order_cancellation_details.additional_properties = d
        return create_sales_order_cancellation_details

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
