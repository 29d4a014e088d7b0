from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pms_accounting_transaction_status import PMSAccountingTransactionStatus
from ..models.pms_accounting_transaction_type import PMSAccountingTransactionType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSAccountingTransactionItem")


@_attrs_define
class PMSAccountingTransactionItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        group_id (str):
        date (datetime.datetime):
        amount (float):
        is_tax_line (bool):
        currency (str):
        transaction_type (PMSAccountingTransactionType):
        status (PMSAccountingTransactionStatus):
        origin (None | PMSAccountingTransactionOrigin):
        sub_group_id (None | str | Unset):
        tax_code (None | str | Unset):
        description (None | str | Unset):  Default: ''.
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        accounting_category_id (None | str | Unset):
        ledger_account_code (None | str | Unset):
        partner_id (ChiftId | None | Unset):
        reference (None | str | Unset):
        location_id (None | str | Unset):
    """

    id: str
    source_ref: Ref
    group_id: str
    date: datetime.datetime
    amount: float
    is_tax_line: bool
    currency: str
    transaction_type: PMSAccountingTransactionType
    status: PMSAccountingTransactionStatus
    origin: None | PMSAccountingTransactionOrigin
    sub_group_id: None | str | Unset = UNSET
    tax_code: None | str | Unset = UNSET
    description: None | str | Unset = ""
    currency_exchange_rate: float | None | Unset = 1.0
    accounting_category_id: None | str | Unset = UNSET
    ledger_account_code: None | str | Unset = UNSET
    partner_id: ChiftId | None | Unset = UNSET
    reference: None | str | Unset = UNSET
    location_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        group_id = self.group_id

        date = self.date.isoformat()

        amount = self.amount

        is_tax_line = self.is_tax_line

        currency = self.currency

        transaction_type = self.transaction_type.value

        status = self.status.value

        origin: dict[str, Any] | None
        if isinstance(self.origin, PMSAccountingTransactionOrigin):
            origin = self.origin.to_dict()
        else:
            origin = self.origin

        sub_group_id: None | str | Unset
        if isinstance(self.sub_group_id, Unset):
            sub_group_id = UNSET
        else:
            sub_group_id = self.sub_group_id

        tax_code: None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = self.tax_code

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        accounting_category_id: None | str | Unset
        if isinstance(self.accounting_category_id, Unset):
            accounting_category_id = UNSET
        else:
            accounting_category_id = self.accounting_category_id

        ledger_account_code: None | str | Unset
        if isinstance(self.ledger_account_code, Unset):
            ledger_account_code = UNSET
        else:
            ledger_account_code = self.ledger_account_code

        partner_id: dict[str, Any] | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        elif isinstance(self.partner_id, ChiftId):
            partner_id = self.partner_id.to_dict()
        else:
            partner_id = self.partner_id

        reference: None | str | Unset
        if isinstance(self.reference, Unset):
            reference = UNSET
        else:
            reference = self.reference

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "group_id": group_id,
                "date": date,
                "amount": amount,
                "is_tax_line": is_tax_line,
                "currency": currency,
                "transaction_type": transaction_type,
                "status": status,
                "origin": origin,
            }
        )
        if sub_group_id is not UNSET:
            field_dict["sub_group_id"] = sub_group_id
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if description is not UNSET:
            field_dict["description"] = description
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if accounting_category_id is not UNSET:
            field_dict["accounting_category_id"] = accounting_category_id
        if ledger_account_code is not UNSET:
            field_dict["ledger_account_code"] = ledger_account_code
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if reference is not UNSET:
            field_dict["reference"] = reference
        if location_id is not UNSET:
            field_dict["location_id"] = location_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("group_id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("group_id: expected str, got " + type(_v).__name__)
        group_id = _v

        date = datetime.datetime.fromisoformat(d.pop("date"))

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("is_tax_line", UNSET)
        if type(_v) is not bool:
            raise TypeError("is_tax_line: expected bool, got " + type(_v).__name__)
        is_tax_line = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        transaction_type = PMSAccountingTransactionType(d.pop("transaction_type"))

        status = PMSAccountingTransactionStatus(d.pop("status"))

        def _parse_origin(data: object) -> None | PMSAccountingTransactionOrigin:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                origin_type_0 = PMSAccountingTransactionOrigin.from_dict(data)

                return origin_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PMSAccountingTransactionOrigin, data)

        origin = _parse_origin(d.pop("origin"))

        def _parse_sub_group_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        sub_group_id = _parse_sub_group_id(d.pop("sub_group_id", UNSET))

        def _parse_tax_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tax_code = _parse_tax_code(d.pop("tax_code", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        currency_exchange_rate = _parse_currency_exchange_rate(d.pop("currency_exchange_rate", UNSET))

        def _parse_accounting_category_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        accounting_category_id = _parse_accounting_category_id(d.pop("accounting_category_id", UNSET))

        def _parse_ledger_account_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ledger_account_code = _parse_ledger_account_code(d.pop("ledger_account_code", UNSET))

        def _parse_partner_id(data: object) -> ChiftId | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                partner_id_type_0 = ChiftId.from_dict(data)

                return partner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChiftId | None | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        def _parse_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reference = _parse_reference(d.pop("reference", UNSET))

        def _parse_location_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_id = _parse_location_id(d.pop("location_id", UNSET))

        pms_accounting_transaction_item = cls(
            id=id,
            source_ref=source_ref,
            group_id=group_id,
            date=date,
            amount=amount,
            is_tax_line=is_tax_line,
            currency=currency,
            transaction_type=transaction_type,
            status=status,
            origin=origin,
            sub_group_id=sub_group_id,
            tax_code=tax_code,
            description=description,
            currency_exchange_rate=currency_exchange_rate,
            accounting_category_id=accounting_category_id,
            ledger_account_code=ledger_account_code,
            partner_id=partner_id,
            reference=reference,
            location_id=location_id,
        )

        pms_accounting_transaction_item.additional_properties = d
        return pms_accounting_transaction_item

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


from ..models.chift_id import ChiftId
from ..models.pms_accounting_transaction_origin import PMSAccountingTransactionOrigin
from ..models.ref import Ref
