from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SyncExecutionItem")


@_attrs_define
class SyncExecutionItem:
    """
    Attributes:
        id (str):
        parentexecutionid (None | str):
        start (datetime.datetime):
        end (datetime.datetime | None):
        status (str):
        consumer_id (str):
        flow_id (str):
    """

    id: str
    parentexecutionid: None | str
    start: datetime.datetime
    end: datetime.datetime | None
    status: str
    consumer_id: str
    flow_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        parentexecutionid: None | str
        parentexecutionid = self.parentexecutionid

        start = self.start.isoformat()

        end: None | str
        if isinstance(self.end, datetime.datetime):
            end = self.end.isoformat()
        else:
            end = self.end

        status = self.status

        consumer_id = self.consumer_id

        flow_id = self.flow_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "parentexecutionid": parentexecutionid,
                "start": start,
                "end": end,
                "status": status,
                "consumer_id": consumer_id,
                "flow_id": flow_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        def _parse_parentexecutionid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        parentexecutionid = _parse_parentexecutionid(d.pop("parentexecutionid"))

        start = datetime.datetime.fromisoformat(d.pop("start"))

        def _parse_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                end_type_0 = datetime.datetime.fromisoformat(data)

                return end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        end = _parse_end(d.pop("end"))

        _v = d.pop("status", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("status: expected str, got " + type(_v).__name__)
        status = _v

        _v = d.pop("consumer_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("consumer_id: expected str, got " + type(_v).__name__)
        consumer_id = _v

        _v = d.pop("flow_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("flow_id: expected str, got " + type(_v).__name__)
        flow_id = _v

        sync_execution_item = cls(
            id=id,
            parentexecutionid=parentexecutionid,
            start=start,
            end=end,
            status=status,
            consumer_id=consumer_id,
            flow_id=flow_id,
        )

        sync_execution_item.additional_properties = d
        return sync_execution_item

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
