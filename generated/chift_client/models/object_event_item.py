from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ObjectEventItem")


@_attrs_define
class ObjectEventItem:
    """
    Attributes:
        action (str):
        details (ObjectEventItemDetails):
        chainexecution_id (None | UUID):
        created_at (datetime.datetime):
        last_at (datetime.datetime):
        occurrences (int):
    """

    action: str
    details: ObjectEventItemDetails
    chainexecution_id: None | UUID
    created_at: datetime.datetime
    last_at: datetime.datetime
    occurrences: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        action = self.action

        details = self.details.to_dict()

        chainexecution_id: None | str
        if isinstance(self.chainexecution_id, UUID):
            chainexecution_id = str(self.chainexecution_id)
        else:
            chainexecution_id = self.chainexecution_id

        created_at = self.created_at.isoformat()

        last_at = self.last_at.isoformat()

        occurrences = self.occurrences

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "action": action,
                "details": details,
                "chainexecution_id": chainexecution_id,
                "created_at": created_at,
                "last_at": last_at,
                "occurrences": occurrences,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("action", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("action: expected str, got " + type(_v).__name__)
        action = _v

        details = ObjectEventItemDetails.from_dict(d.pop("details"))

        def _parse_chainexecution_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                chainexecution_id_type_0 = UUID(data)

                return chainexecution_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        chainexecution_id = _parse_chainexecution_id(d.pop("chainexecution_id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        last_at = datetime.datetime.fromisoformat(d.pop("last_at"))

        _v = d.pop("occurrences", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("occurrences: expected int, got " + type(_v).__name__)
        occurrences = _v

        object_event_item = cls(
            action=action,
            details=details,
            chainexecution_id=chainexecution_id,
            created_at=created_at,
            last_at=last_at,
            occurrences=occurrences,
        )

        object_event_item.additional_properties = d
        return object_event_item

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


from ..models.object_event_item_details import ObjectEventItemDetails
