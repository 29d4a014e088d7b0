from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bank_transaction_counterpart_type import BankTransactionCounterpartType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankTransactionCounterpartItem")


@_attrs_define
class BankTransactionCounterpartItem:
    """
    Attributes:
        counterpart_type (BankTransactionCounterpartType | None | Unset):
        id (None | str | Unset):
        name (None | str | Unset):
        iban (None | str | Unset):
        bank_account (None | str | Unset):
    """

    counterpart_type: BankTransactionCounterpartType | None | Unset = UNSET
    id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    bank_account: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        counterpart_type: None | str | Unset
        if isinstance(self.counterpart_type, Unset):
            counterpart_type = UNSET
        elif isinstance(self.counterpart_type, BankTransactionCounterpartType):
            counterpart_type = self.counterpart_type.value
        else:
            counterpart_type = self.counterpart_type

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        bank_account: None | str | Unset
        if isinstance(self.bank_account, Unset):
            bank_account = UNSET
        else:
            bank_account = self.bank_account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if counterpart_type is not UNSET:
            field_dict["counterpart_type"] = counterpart_type
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_counterpart_type(data: object) -> BankTransactionCounterpartType | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                counterpart_type_type_0 = BankTransactionCounterpartType(data)

                return counterpart_type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(BankTransactionCounterpartType | None | Unset, data)

        counterpart_type = _parse_counterpart_type(d.pop("counterpart_type", UNSET))

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_bank_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_account = _parse_bank_account(d.pop("bank_account", UNSET))

        bank_transaction_counterpart_item = cls(
            counterpart_type=counterpart_type,
            id=id,
            name=name,
            iban=iban,
            bank_account=bank_account,
        )

        bank_transaction_counterpart_item.additional_properties = d
        return bank_transaction_counterpart_item

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
