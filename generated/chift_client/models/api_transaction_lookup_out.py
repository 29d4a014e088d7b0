from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.http_method import HTTPMethod
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApiTransactionLookupOut")


@_attrs_define
class ApiTransactionLookupOut:
    """
    Attributes:
        created_on (datetime.datetime):
        method (HTTPMethod):
        route (str):
        status_code (int):
        created_entity_id (None | str | Unset):
    """

    created_on: datetime.datetime
    method: HTTPMethod
    route: str
    status_code: int
    created_entity_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        created_on = self.created_on.isoformat()

        method = self.method.value

        route = self.route

        status_code = self.status_code

        created_entity_id: None | str | Unset
        if isinstance(self.created_entity_id, Unset):
            created_entity_id = UNSET
        else:
            created_entity_id = self.created_entity_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "created_on": created_on,
                "method": method,
                "route": route,
                "status_code": status_code,
            }
        )
        if created_entity_id is not UNSET:
            field_dict["created_entity_id"] = created_entity_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        created_on = datetime.datetime.fromisoformat(d.pop("created_on"))

        method = HTTPMethod(d.pop("method"))

        _v = d.pop("route", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("route: expected str, got " + type(_v).__name__)
        route = _v

        _v = d.pop("status_code", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("status_code: expected int, got " + type(_v).__name__)
        status_code = _v

        def _parse_created_entity_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        created_entity_id = _parse_created_entity_id(d.pop("created_entity_id", UNSET))

        api_transaction_lookup_out = cls(
            created_on=created_on,
            method=method,
            route=route,
            status_code=status_code,
            created_entity_id=created_entity_id,
        )

        api_transaction_lookup_out.additional_properties = d
        return api_transaction_lookup_out

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
