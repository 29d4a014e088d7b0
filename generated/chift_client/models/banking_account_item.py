from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="BankingAccountItem")


@_attrs_define
class BankingAccountItem:
    """
    Attributes:
        id (str):
        currency (str):
        current_balance (float):
        available_balance (float):
        description (str):
        reference (str):
        reference_type (str):
        current_balance_last_update_date (datetime.datetime | None | Unset):
        available_balance_last_update_date (datetime.datetime | None | Unset):
        holder_name (None | str | Unset):
        active (bool | None | Unset):  Default: True.
    """

    id: str
    currency: str
    current_balance: float
    available_balance: float
    description: str
    reference: str
    reference_type: str
    current_balance_last_update_date: datetime.datetime | None | Unset = UNSET
    available_balance_last_update_date: datetime.datetime | None | Unset = UNSET
    holder_name: None | str | Unset = UNSET
    active: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency

        current_balance = self.current_balance

        available_balance = self.available_balance

        description = self.description

        reference = self.reference

        reference_type = self.reference_type

        current_balance_last_update_date: None | str | Unset
        if isinstance(self.current_balance_last_update_date, Unset):
            current_balance_last_update_date = UNSET
        elif isinstance(self.current_balance_last_update_date, datetime.datetime):
            current_balance_last_update_date = self.current_balance_last_update_date.isoformat()
        else:
            current_balance_last_update_date = self.current_balance_last_update_date

        available_balance_last_update_date: None | str | Unset
        if isinstance(self.available_balance_last_update_date, Unset):
            available_balance_last_update_date = UNSET
        elif isinstance(self.available_balance_last_update_date, datetime.datetime):
            available_balance_last_update_date = self.available_balance_last_update_date.isoformat()
        else:
            available_balance_last_update_date = self.available_balance_last_update_date

        holder_name: None | str | Unset
        if isinstance(self.holder_name, Unset):
            holder_name = UNSET
        else:
            holder_name = self.holder_name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "current_balance": current_balance,
                "available_balance": available_balance,
                "description": description,
                "reference": reference,
                "reference_type": reference_type,
            }
        )
        if current_balance_last_update_date is not UNSET:
            field_dict["current_balance_last_update_date"] = current_balance_last_update_date
        if available_balance_last_update_date is not UNSET:
            field_dict["available_balance_last_update_date"] = available_balance_last_update_date
        if holder_name is not UNSET:
            field_dict["holder_name"] = holder_name
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("current_balance", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("current_balance: expected float, got " + type(_v).__name__)
        current_balance = _v

        _v = d.pop("available_balance", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("available_balance: expected float, got " + type(_v).__name__)
        available_balance = _v

        _v = d.pop("description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("reference", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("reference: expected str, got " + type(_v).__name__)
        reference = _v

        _v = d.pop("reference_type", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("reference_type: expected str, got " + type(_v).__name__)
        reference_type = _v

        def _parse_current_balance_last_update_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_balance_last_update_date_type_0 = datetime.datetime.fromisoformat(data)

                return current_balance_last_update_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        current_balance_last_update_date = _parse_current_balance_last_update_date(
            d.pop("current_balance_last_update_date", UNSET)
        )

        def _parse_available_balance_last_update_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                available_balance_last_update_date_type_0 = datetime.datetime.fromisoformat(data)

                return available_balance_last_update_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        available_balance_last_update_date = _parse_available_balance_last_update_date(
            d.pop("available_balance_last_update_date", UNSET)
        )

        def _parse_holder_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        holder_name = _parse_holder_name(d.pop("holder_name", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        banking_account_item = cls(
            id=id,
            currency=currency,
            current_balance=current_balance,
            available_balance=available_balance,
            description=description,
            reference=reference,
            reference_type=reference_type,
            current_balance_last_update_date=current_balance_last_update_date,
            available_balance_last_update_date=available_balance_last_update_date,
            holder_name=holder_name,
            active=active,
        )

        banking_account_item.additional_properties = d
        return banking_account_item

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
