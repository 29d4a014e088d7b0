from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteFlowResponse")


@_attrs_define
class ExecuteFlowResponse:
    """
    Attributes:
        resolved_settings (FlowSettings):
        chainexecutionid (None | str | Unset):
        consumers (list[ExecutionConsumerResult] | Unset):
        preview_executionid (None | str | Unset):
        warnings (list[ExecutionWarning] | Unset):
        blocked (bool | Unset):  Default: False.
    """

    resolved_settings: FlowSettings
    chainexecutionid: None | str | Unset = UNSET
    consumers: list[ExecutionConsumerResult] | Unset = UNSET
    preview_executionid: None | str | Unset = UNSET
    warnings: list[ExecutionWarning] | Unset = UNSET
    blocked: bool | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resolved_settings = self.resolved_settings.to_dict()

        chainexecutionid: None | str | Unset
        if isinstance(self.chainexecutionid, Unset):
            chainexecutionid = UNSET
        else:
            chainexecutionid = self.chainexecutionid

        consumers: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.consumers, Unset):
            consumers = []
            for consumers_item_data in self.consumers:
                consumers_item = consumers_item_data.to_dict()
                consumers.append(consumers_item)

        preview_executionid: None | str | Unset
        if isinstance(self.preview_executionid, Unset):
            preview_executionid = UNSET
        else:
            preview_executionid = self.preview_executionid

        warnings: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.warnings, Unset):
            warnings = []
            for warnings_item_data in self.warnings:
                warnings_item = warnings_item_data.to_dict()
                warnings.append(warnings_item)

        blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resolved_settings": resolved_settings,
            }
        )
        if chainexecutionid is not UNSET:
            field_dict["chainexecutionid"] = chainexecutionid
        if consumers is not UNSET:
            field_dict["consumers"] = consumers
        if preview_executionid is not UNSET:
            field_dict["preview_executionid"] = preview_executionid
        if warnings is not UNSET:
            field_dict["warnings"] = warnings
        if blocked is not UNSET:
            field_dict["blocked"] = blocked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        resolved_settings = FlowSettings.from_dict(d.pop("resolved_settings"))

        def _parse_chainexecutionid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        chainexecutionid = _parse_chainexecutionid(d.pop("chainexecutionid", UNSET))

        _v = d.pop("consumers", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("consumers: expected list, got " + type(_v).__name__)
        _consumers = _v
        consumers: list[ExecutionConsumerResult] | Unset = UNSET
        if _consumers is not UNSET:
            consumers = []
            for consumers_item_data in _consumers:
                consumers_item = ExecutionConsumerResult.from_dict(consumers_item_data)

                consumers.append(consumers_item)

        def _parse_preview_executionid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        preview_executionid = _parse_preview_executionid(d.pop("preview_executionid", UNSET))

        _v = d.pop("warnings", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("warnings: expected list, got " + type(_v).__name__)
        _warnings = _v
        warnings: list[ExecutionWarning] | Unset = UNSET
        if _warnings is not UNSET:
            warnings = []
            for warnings_item_data in _warnings:
                warnings_item = ExecutionWarning.from_dict(warnings_item_data)

                warnings.append(warnings_item)

        _v = d.pop("blocked", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("blocked: expected bool, got " + type(_v).__name__)
        blocked = _v

        execute_flow_response = cls(
            resolved_settings=resolved_settings,
            chainexecutionid=chainexecutionid,
            consumers=consumers,
            preview_executionid=preview_executionid,
            warnings=warnings,
            blocked=blocked,
        )

        execute_flow_response.additional_properties = d
        return execute_flow_response

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


from ..models.execution_consumer_result import ExecutionConsumerResult
from ..models.execution_warning import ExecutionWarning
from ..models.flow_settings import FlowSettings
