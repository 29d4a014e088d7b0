from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ObjectItem")


@_attrs_define
class ObjectItem:
    """
    Attributes:
        id (UUID):
        kind (str):
        capability (str):
        source_id (str):
        scope (ObjectItemScope):
        status (str):
        target_id (None | str):
        booked_as (None | str):
        attempts (int):
        last_error_code (None | str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        succeeded_at (datetime.datetime | None):
    """

    id: UUID
    kind: str
    capability: str
    source_id: str
    scope: ObjectItemScope
    status: str
    target_id: None | str
    booked_as: None | str
    attempts: int
    last_error_code: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    succeeded_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        kind = self.kind

        capability = self.capability

        source_id = self.source_id

        scope = self.scope.to_dict()

        status = self.status

        target_id: None | str
        target_id = self.target_id

        booked_as: None | str
        booked_as = self.booked_as

        attempts = self.attempts

        last_error_code: None | str
        last_error_code = self.last_error_code

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        succeeded_at: None | str
        if isinstance(self.succeeded_at, datetime.datetime):
            succeeded_at = self.succeeded_at.isoformat()
        else:
            succeeded_at = self.succeeded_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "kind": kind,
                "capability": capability,
                "source_id": source_id,
                "scope": scope,
                "status": status,
                "target_id": target_id,
                "booked_as": booked_as,
                "attempts": attempts,
                "last_error_code": last_error_code,
                "created_at": created_at,
                "updated_at": updated_at,
                "succeeded_at": succeeded_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        _v = d.pop("kind", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("kind: expected str, got " + type(_v).__name__)
        kind = _v

        _v = d.pop("capability", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("capability: expected str, got " + type(_v).__name__)
        capability = _v

        _v = d.pop("source_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("source_id: expected str, got " + type(_v).__name__)
        source_id = _v

        scope = ObjectItemScope.from_dict(d.pop("scope"))

        _v = d.pop("status", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("status: expected str, got " + type(_v).__name__)
        status = _v

        def _parse_target_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        target_id = _parse_target_id(d.pop("target_id"))

        def _parse_booked_as(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        booked_as = _parse_booked_as(d.pop("booked_as"))

        _v = d.pop("attempts", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("attempts: expected int, got " + type(_v).__name__)
        attempts = _v

        def _parse_last_error_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error_code = _parse_last_error_code(d.pop("last_error_code"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        def _parse_succeeded_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                succeeded_at_type_0 = datetime.datetime.fromisoformat(data)

                return succeeded_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        succeeded_at = _parse_succeeded_at(d.pop("succeeded_at"))

        object_item = cls(
            id=id,
            kind=kind,
            capability=capability,
            source_id=source_id,
            scope=scope,
            status=status,
            target_id=target_id,
            booked_as=booked_as,
            attempts=attempts,
            last_error_code=last_error_code,
            created_at=created_at,
            updated_at=updated_at,
            succeeded_at=succeeded_at,
        )

        object_item.additional_properties = d
        return object_item

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


from ..models.object_item_scope import ObjectItemScope
