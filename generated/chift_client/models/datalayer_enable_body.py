from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="DatalayerEnableBody")


@_attrs_define
class DatalayerEnableBody:
    """
    Attributes:
        from_date (datetime.date | None | Unset):
        fiscal_years_back (int | None | Unset):
        full_history (bool | Unset):  Default: False.
        entity_filter (DatalayerEnableBodyEntityFilterType0 | None | Unset):
    """

    from_date: datetime.date | None | Unset = UNSET
    fiscal_years_back: int | None | Unset = UNSET
    full_history: bool | Unset = False
    entity_filter: DatalayerEnableBodyEntityFilterType0 | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from_date: None | str | Unset
        if isinstance(self.from_date, Unset):
            from_date = UNSET
        elif isinstance(self.from_date, datetime.date):
            from_date = self.from_date.isoformat()
        else:
            from_date = self.from_date

        fiscal_years_back: int | None | Unset
        if isinstance(self.fiscal_years_back, Unset):
            fiscal_years_back = UNSET
        else:
            fiscal_years_back = self.fiscal_years_back

        full_history = self.full_history

        entity_filter: dict[str, Any] | None | Unset
        if isinstance(self.entity_filter, Unset):
            entity_filter = UNSET
        elif isinstance(self.entity_filter, DatalayerEnableBodyEntityFilterType0):
            entity_filter = self.entity_filter.to_dict()
        else:
            entity_filter = self.entity_filter

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if from_date is not UNSET:
            field_dict["from_date"] = from_date
        if fiscal_years_back is not UNSET:
            field_dict["fiscal_years_back"] = fiscal_years_back
        if full_history is not UNSET:
            field_dict["full_history"] = full_history
        if entity_filter is not UNSET:
            field_dict["entity_filter"] = entity_filter

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_from_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_date_type_0 = datetime.date.fromisoformat(data)

                return from_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        from_date = _parse_from_date(d.pop("from_date", UNSET))

        def _parse_fiscal_years_back(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        fiscal_years_back = _parse_fiscal_years_back(d.pop("fiscal_years_back", UNSET))

        _v = d.pop("full_history", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("full_history: expected bool, got " + type(_v).__name__)
        full_history = _v

        def _parse_entity_filter(data: object) -> DatalayerEnableBodyEntityFilterType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                entity_filter_type_0 = DatalayerEnableBodyEntityFilterType0.from_dict(data)

                return entity_filter_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(DatalayerEnableBodyEntityFilterType0 | None | Unset, data)

        entity_filter = _parse_entity_filter(d.pop("entity_filter", UNSET))

        datalayer_enable_body = cls(
            from_date=from_date,
            fiscal_years_back=fiscal_years_back,
            full_history=full_history,
            entity_filter=entity_filter,
        )

        datalayer_enable_body.additional_properties = d
        return datalayer_enable_body

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


from ..models.datalayer_enable_body_entity_filter_type_0 import DatalayerEnableBodyEntityFilterType0
