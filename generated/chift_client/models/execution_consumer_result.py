from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ExecutionConsumerResult")


@_attrs_define
class ExecutionConsumerResult:
    """
    Attributes:
        consumerid (str):
        status (str):
    """

    consumerid: str
    status: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consumerid = self.consumerid

        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consumerid": consumerid,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("consumerid", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("consumerid: expected str, got " + type(_v).__name__)
        consumerid = _v

        _v = d.pop("status", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("status: expected str, got " + type(_v).__name__)
        status = _v

        execution_consumer_result = cls(
            consumerid=consumerid,
            status=status,
        )

        execution_consumer_result.additional_properties = d
        return execution_consumer_result

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
