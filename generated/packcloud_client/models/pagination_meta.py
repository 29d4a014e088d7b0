from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="PaginationMeta")


@_attrs_define
class PaginationMeta:
    """Position of the returned page within the full result set.

    Attributes:
        current_page (int): Number of the returned page.
        per_page (int): Maximum items per page.
        total (int): Total number of items across all pages.
        last_page (int): Number of the final page.
    """

    current_page: int
    per_page: int
    total: int
    last_page: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        current_page = self.current_page

        per_page = self.per_page

        total = self.total

        last_page = self.last_page

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "current_page": current_page,
                "per_page": per_page,
                "total": total,
                "last_page": last_page,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("current_page", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("current_page: expected int, got " + type(_v).__name__)
        current_page = _v

        _v = d.pop("per_page", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("per_page: expected int, got " + type(_v).__name__)
        per_page = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("total: expected int, got " + type(_v).__name__)
        total = _v

        _v = d.pop("last_page", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("last_page: expected int, got " + type(_v).__name__)
        last_page = _v

        pagination_meta = cls(
            current_page=current_page,
            per_page=per_page,
            total=total,
            last_page=last_page,
        )

        pagination_meta.additional_properties = d
        return pagination_meta

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
