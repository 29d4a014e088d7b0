from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.closure_states import ClosureStates
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSClosureItem")


@_attrs_define
class PMSClosureItem:
    """
    Attributes:
        date (datetime.date):
        status (ClosureStates):
        closures (list[POSClosureInformationItem] | None | Unset):
    """

    date: datetime.date
    status: ClosureStates
    closures: list[POSClosureInformationItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        date = self.date.isoformat()

        status = self.status.value

        closures: list[dict[str, Any]] | None | Unset
        if isinstance(self.closures, Unset):
            closures = UNSET
        elif isinstance(self.closures, list):
            closures = []
            for closures_type_0_item_data in self.closures:
                closures_type_0_item = closures_type_0_item_data.to_dict()
                closures.append(closures_type_0_item)

        else:
            closures = self.closures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "status": status,
            }
        )
        if closures is not UNSET:
            field_dict["closures"] = closures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        date = datetime.date.fromisoformat(d.pop("date"))

        status = ClosureStates(d.pop("status"))

        def _parse_closures(data: object) -> list[POSClosureInformationItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                closures_type_0 = []
                _closures_type_0 = data
                for closures_type_0_item_data in _closures_type_0:
                    closures_type_0_item = POSClosureInformationItem.from_dict(closures_type_0_item_data)

                    closures_type_0.append(closures_type_0_item)

                return closures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[POSClosureInformationItem] | None | Unset, data)

        closures = _parse_closures(d.pop("closures", UNSET))

        pms_closure_item = cls(
            date=date,
            status=status,
            closures=closures,
        )

        pms_closure_item.additional_properties = d
        return pms_closure_item

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


from ..models.pos_closure_information_item import POSClosureInformationItem
