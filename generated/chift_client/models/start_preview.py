from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartPreview")


@_attrs_define
class StartPreview:
    """
    Attributes:
        limit (int | Unset):  Default: 50.
        force_from_date (datetime.date | None | Unset):
        force_to_date (datetime.date | None | Unset):
    """

    limit: int | Unset = 50
    force_from_date: datetime.date | None | Unset = UNSET
    force_to_date: datetime.date | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        limit = self.limit

        force_from_date: None | str | Unset
        if isinstance(self.force_from_date, Unset):
            force_from_date = UNSET
        elif isinstance(self.force_from_date, datetime.date):
            force_from_date = self.force_from_date.isoformat()
        else:
            force_from_date = self.force_from_date

        force_to_date: None | str | Unset
        if isinstance(self.force_to_date, Unset):
            force_to_date = UNSET
        elif isinstance(self.force_to_date, datetime.date):
            force_to_date = self.force_to_date.isoformat()
        else:
            force_to_date = self.force_to_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if force_from_date is not UNSET:
            field_dict["force_from_date"] = force_from_date
        if force_to_date is not UNSET:
            field_dict["force_to_date"] = force_to_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("limit", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("limit: expected int, got " + type(_v).__name__)
        limit = _v

        def _parse_force_from_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                force_from_date_type_0 = datetime.date.fromisoformat(data)

                return force_from_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        force_from_date = _parse_force_from_date(d.pop("force_from_date", UNSET))

        def _parse_force_to_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                force_to_date_type_0 = datetime.date.fromisoformat(data)

                return force_to_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        force_to_date = _parse_force_to_date(d.pop("force_to_date", UNSET))

        start_preview = cls(
            limit=limit,
            force_from_date=force_from_date,
            force_to_date=force_to_date,
        )

        start_preview.additional_properties = d
        return start_preview

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
