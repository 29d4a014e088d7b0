from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SalesOrderCancellationReason")


@_attrs_define
class SalesOrderCancellationReason:
    """
    Attributes:
        id (int):  Example: 5.
        name (str):  Example: Change of mind.
        is_comment_required (bool):  Example: False.
    """

    id: int
    name: str
    is_comment_required: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_comment_required = self.is_comment_required

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "IsCommentRequired": is_comment_required,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        _v = d.pop("IsCommentRequired", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsCommentRequired: expected bool, got " + type(_v).__name__)
        is_comment_required = _v

        sales_order_cancellation_reason = cls(
            id=id,
            name=name,
            is_comment_required=is_comment_required,
        )

        sales_order_cancellation_reason.additional_properties = d
        return sales_order_cancellation_reason

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
