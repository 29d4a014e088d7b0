from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sync_connection_state import SyncConnectionState
from ..types import UNSET

T = TypeVar("T", bound="SyncConnection")


@_attrs_define
class SyncConnection:
    """
    Attributes:
        vertical (str):
        title (str):
        state (SyncConnectionState):
        integration_id (None | str):
        integration_ids (list[str]):
    """

    vertical: str
    title: str
    state: SyncConnectionState
    integration_id: None | str
    integration_ids: list[str]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        vertical = self.vertical

        title = self.title

        state = self.state.value

        integration_id: None | str
        integration_id = self.integration_id

        integration_ids = self.integration_ids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "vertical": vertical,
                "title": title,
                "state": state,
                "integration_id": integration_id,
                "integration_ids": integration_ids,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("vertical", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("vertical: expected str, got " + type(_v).__name__)
        vertical = _v

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        state = SyncConnectionState(d.pop("state"))

        def _parse_integration_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        integration_id = _parse_integration_id(d.pop("integration_id"))

        _v = d.pop("integration_ids", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("integration_ids: expected list, got " + type(_v).__name__)
        integration_ids = cast(list[str], _v)

        sync_connection = cls(
            vertical=vertical,
            title=title,
            state=state,
            integration_id=integration_id,
            integration_ids=integration_ids,
        )

        sync_connection.additional_properties = d
        return sync_connection

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
