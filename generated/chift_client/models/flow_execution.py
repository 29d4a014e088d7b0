from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.execution_type import ExecutionType

T = TypeVar("T", bound="FlowExecution")


@_attrs_define
class FlowExecution:
    """
    Attributes:
        type_ (ExecutionType):
        data (FlowExecutionChain | FlowExecutionCode | None):
    """

    type_: ExecutionType
    data: FlowExecutionChain | FlowExecutionCode | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_.value

        data: dict[str, Any] | None
        if isinstance(self.data, FlowExecutionChain) or isinstance(self.data, FlowExecutionCode):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        type_ = ExecutionType(d.pop("type"))

        def _parse_data(data: object) -> FlowExecutionChain | FlowExecutionCode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = FlowExecutionChain.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_1 = FlowExecutionCode.from_dict(data)

                return data_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(FlowExecutionChain | FlowExecutionCode | None, data)

        data = _parse_data(d.pop("data"))

        flow_execution = cls(
            type_=type_,
            data=data,
        )

        flow_execution.additional_properties = d
        return flow_execution

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


from ..models.flow_execution_chain import FlowExecutionChain
from ..models.flow_execution_code import FlowExecutionCode
