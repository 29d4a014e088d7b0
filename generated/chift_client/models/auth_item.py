from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AuthItem")


@_attrs_define
class AuthItem:
    """
    Attributes:
        client_id (str):
        client_secret (str):
        account_id (UUID):
        marketplace_id (None | Unset | UUID):
    """

    client_id: str
    client_secret: str
    account_id: UUID
    marketplace_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        client_id = self.client_id

        client_secret = self.client_secret

        account_id = str(self.account_id)

        marketplace_id: None | str | Unset
        if isinstance(self.marketplace_id, Unset):
            marketplace_id = UNSET
        elif isinstance(self.marketplace_id, UUID):
            marketplace_id = str(self.marketplace_id)
        else:
            marketplace_id = self.marketplace_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "clientId": client_id,
                "clientSecret": client_secret,
                "accountId": account_id,
            }
        )
        if marketplace_id is not UNSET:
            field_dict["marketplaceId"] = marketplace_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("clientId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("clientId: expected str, got " + type(_v).__name__)
        client_id = _v

        _v = d.pop("clientSecret", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("clientSecret: expected str, got " + type(_v).__name__)
        client_secret = _v

        account_id = UUID(d.pop("accountId"))

        def _parse_marketplace_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                marketplace_id_type_0 = UUID(data)

                return marketplace_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        marketplace_id = _parse_marketplace_id(d.pop("marketplaceId", UNSET))

        auth_item = cls(
            client_id=client_id,
            client_secret=client_secret,
            account_id=account_id,
            marketplace_id=marketplace_id,
        )

        auth_item.additional_properties = d
        return auth_item

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
