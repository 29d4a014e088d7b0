from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.datalayer_status import DatalayerStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="DatalayerInfo")


@_attrs_define
class DatalayerInfo:
    """
    Attributes:
        status (DatalayerStatus):
        last_sync_date (datetime.datetime | None | Unset):
    """

    status: DatalayerStatus
    last_sync_date: datetime.datetime | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        last_sync_date: None | str | Unset
        if isinstance(self.last_sync_date, Unset):
            last_sync_date = UNSET
        elif isinstance(self.last_sync_date, datetime.datetime):
            last_sync_date = self.last_sync_date.isoformat()
        else:
            last_sync_date = self.last_sync_date

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if last_sync_date is not UNSET:
            field_dict["last_sync_date"] = last_sync_date

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        status = DatalayerStatus(d.pop("status"))

        def _parse_last_sync_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_sync_date_type_0 = datetime.datetime.fromisoformat(data)

                return last_sync_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        last_sync_date = _parse_last_sync_date(d.pop("last_sync_date", UNSET))

        datalayer_info = cls(
            status=status,
            last_sync_date=last_sync_date,
        )

        datalayer_info.additional_properties = d
        return datalayer_info

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
