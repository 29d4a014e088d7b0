from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.journal_type import JournalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Journal")


@_attrs_define
class Journal:
    """
    Attributes:
        id (str):
        name (str):
        journal_type (JournalType):
        code (None | str | Unset):
        counterpart_account (None | str | Unset):
        unallocated_account (None | str | Unset):
        next_document_numbers (list[NextDocumentNumber] | None | Unset):
        iban (None | str | Unset):
        currency (None | str | Unset):
        other_currencies_allowed (bool | None | Unset):  Default: True.
        blocked (bool | None | Unset):  Default: False.
    """

    id: str
    name: str
    journal_type: JournalType
    code: None | str | Unset = UNSET
    counterpart_account: None | str | Unset = UNSET
    unallocated_account: None | str | Unset = UNSET
    next_document_numbers: list[NextDocumentNumber] | None | Unset = UNSET
    iban: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    other_currencies_allowed: bool | None | Unset = True
    blocked: bool | None | Unset = False
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        journal_type = self.journal_type.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        counterpart_account: None | str | Unset
        if isinstance(self.counterpart_account, Unset):
            counterpart_account = UNSET
        else:
            counterpart_account = self.counterpart_account

        unallocated_account: None | str | Unset
        if isinstance(self.unallocated_account, Unset):
            unallocated_account = UNSET
        else:
            unallocated_account = self.unallocated_account

        next_document_numbers: list[dict[str, Any]] | None | Unset
        if isinstance(self.next_document_numbers, Unset):
            next_document_numbers = UNSET
        elif isinstance(self.next_document_numbers, list):
            next_document_numbers = []
            for next_document_numbers_type_0_item_data in self.next_document_numbers:
                next_document_numbers_type_0_item = next_document_numbers_type_0_item_data.to_dict()
                next_document_numbers.append(next_document_numbers_type_0_item)

        else:
            next_document_numbers = self.next_document_numbers

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        other_currencies_allowed: bool | None | Unset
        if isinstance(self.other_currencies_allowed, Unset):
            other_currencies_allowed = UNSET
        else:
            other_currencies_allowed = self.other_currencies_allowed

        blocked: bool | None | Unset
        if isinstance(self.blocked, Unset):
            blocked = UNSET
        else:
            blocked = self.blocked

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "journal_type": journal_type,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if counterpart_account is not UNSET:
            field_dict["counterpart_account"] = counterpart_account
        if unallocated_account is not UNSET:
            field_dict["unallocated_account"] = unallocated_account
        if next_document_numbers is not UNSET:
            field_dict["next_document_numbers"] = next_document_numbers
        if iban is not UNSET:
            field_dict["iban"] = iban
        if currency is not UNSET:
            field_dict["currency"] = currency
        if other_currencies_allowed is not UNSET:
            field_dict["other_currencies_allowed"] = other_currencies_allowed
        if blocked is not UNSET:
            field_dict["blocked"] = blocked

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        journal_type = JournalType(d.pop("journal_type"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_counterpart_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        counterpart_account = _parse_counterpart_account(d.pop("counterpart_account", UNSET))

        def _parse_unallocated_account(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unallocated_account = _parse_unallocated_account(d.pop("unallocated_account", UNSET))

        def _parse_next_document_numbers(data: object) -> list[NextDocumentNumber] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                next_document_numbers_type_0 = []
                _next_document_numbers_type_0 = data
                for next_document_numbers_type_0_item_data in _next_document_numbers_type_0:
                    next_document_numbers_type_0_item = NextDocumentNumber.from_dict(
                        next_document_numbers_type_0_item_data
                    )

                    next_document_numbers_type_0.append(next_document_numbers_type_0_item)

                return next_document_numbers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[NextDocumentNumber] | None | Unset, data)

        next_document_numbers = _parse_next_document_numbers(d.pop("next_document_numbers", UNSET))

        def _parse_iban(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        iban = _parse_iban(d.pop("iban", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_other_currencies_allowed(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        other_currencies_allowed = _parse_other_currencies_allowed(d.pop("other_currencies_allowed", UNSET))

        def _parse_blocked(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        blocked = _parse_blocked(d.pop("blocked", UNSET))

        journal = cls(
            id=id,
            name=name,
            journal_type=journal_type,
            code=code,
            counterpart_account=counterpart_account,
            unallocated_account=unallocated_account,
            next_document_numbers=next_document_numbers,
            iban=iban,
            currency=currency,
            other_currencies_allowed=other_currencies_allowed,
            blocked=blocked,
        )

        journal.additional_properties = d
        return journal

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


from ..models.next_document_number import NextDocumentNumber
