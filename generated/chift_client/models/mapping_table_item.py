from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="MappingTableItem")


@_attrs_define
class MappingTableItem:
    """
    Attributes:
        key (str):
        id (UUID):
        title (str):
        description (str):
        used_by (list[str]):
        rows (list[str] | None):
        required (bool):
        allow_delete (bool):
        complete (bool):
        hidden (bool):
    """

    key: str
    id: UUID
    title: str
    description: str
    used_by: list[str]
    rows: list[str] | None
    required: bool
    allow_delete: bool
    complete: bool
    hidden: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        id = str(self.id)

        title = self.title

        description = self.description

        used_by = self.used_by

        rows: list[str] | None
        if isinstance(self.rows, list):
            rows = self.rows

        else:
            rows = self.rows

        required = self.required

        allow_delete = self.allow_delete

        complete = self.complete

        hidden = self.hidden

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "id": id,
                "title": title,
                "description": description,
                "used_by": used_by,
                "rows": rows,
                "required": required,
                "allow_delete": allow_delete,
                "complete": complete,
                "hidden": hidden,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("key", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("key: expected str, got " + type(_v).__name__)
        key = _v

        id = UUID(d.pop("id"))

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("used_by", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("used_by: expected list, got " + type(_v).__name__)
        used_by = cast(list[str], _v)

        def _parse_rows(data: object) -> list[str] | None:
            if data is None:
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                rows_type_0 = cast(list[str], data)

                return rows_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None, data)

        rows = _parse_rows(d.pop("rows"))

        _v = d.pop("required", UNSET)
        if type(_v) is not bool:
            raise TypeError("required: expected bool, got " + type(_v).__name__)
        required = _v

        _v = d.pop("allow_delete", UNSET)
        if type(_v) is not bool:
            raise TypeError("allow_delete: expected bool, got " + type(_v).__name__)
        allow_delete = _v

        _v = d.pop("complete", UNSET)
        if type(_v) is not bool:
            raise TypeError("complete: expected bool, got " + type(_v).__name__)
        complete = _v

        _v = d.pop("hidden", UNSET)
        if type(_v) is not bool:
            raise TypeError("hidden: expected bool, got " + type(_v).__name__)
        hidden = _v

        mapping_table_item = cls(
            key=key,
            id=id,
            title=title,
            description=description,
            used_by=used_by,
            rows=rows,
            required=required,
            allow_delete=allow_delete,
            complete=complete,
            hidden=hidden,
        )

        mapping_table_item.additional_properties = d
        return mapping_table_item

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
