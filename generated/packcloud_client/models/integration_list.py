from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="IntegrationList")


@_attrs_define
class IntegrationList:
    """One page of integrations plus paging details.

    Attributes:
        data (list[Integration]): Integrations on this page.
        meta (PaginationMeta): Position of the returned page within the full result set.
    """

    data: list[Integration]
    meta: PaginationMeta
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
                "meta": meta,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("data", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("data: expected list, got " + type(_v).__name__)
        data = []
        _data = _v
        for data_item_data in _data:
            data_item = Integration.from_dict(data_item_data)

            data.append(data_item)

        meta = PaginationMeta.from_dict(d.pop("meta"))

        integration_list = cls(
            data=data,
            meta=meta,
        )

        integration_list.additional_properties = d
        return integration_list

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


from ..models.integration import Integration
from ..models.pagination_meta import PaginationMeta
