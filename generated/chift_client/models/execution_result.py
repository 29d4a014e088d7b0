from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecutionResult")


@_attrs_define
class ExecutionResult:
    """
    Attributes:
        column (str):
        data (list[Any]):
        type_ (str):
        title (None | str | Unset):
    """

    column: str
    data: list[Any]
    type_: str
    title: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        column = self.column

        data = self.data

        type_ = self.type_

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "column": column,
                "data": data,
                "type": type_,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("column", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("column: expected str, got " + type(_v).__name__)
        column = _v

        _v = d.pop("data", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("data: expected list, got " + type(_v).__name__)
        data = cast(list[Any], _v)

        _v = d.pop("type", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("type: expected str, got " + type(_v).__name__)
        type_ = _v

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        execution_result = cls(
            column=column,
            data=data,
            type_=type_,
            title=title,
        )

        execution_result.additional_properties = d
        return execution_result

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
