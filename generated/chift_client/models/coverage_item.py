from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.coverage_status import CoverageStatus
from ..types import UNSET

T = TypeVar("T", bound="CoverageItem")


@_attrs_define
class CoverageItem:
    """
    Attributes:
        operation (str):
        status (CoverageStatus):
    """

    operation: str
    status: CoverageStatus
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        operation = self.operation

        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "operation": operation,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("operation", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("operation: expected str, got " + type(_v).__name__)
        operation = _v

        status = CoverageStatus(d.pop("status"))

        coverage_item = cls(
            operation=operation,
            status=status,
        )

        coverage_item.additional_properties = d
        return coverage_item

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
