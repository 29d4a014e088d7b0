from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.transaction_accounting_category import TransactionAccountingCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="TransactionItemOut")


@_attrs_define
class TransactionItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        amount (float):
        fee (float):
        currency (str):
        exchange_rate (float):
        create_date (datetime.datetime):
        application_type (str):
        accounting_category (TransactionAccountingCategory):
        refund_id (None | str | Unset):
        payment_id (None | str | Unset):
        description (None | str | Unset):
    """

    id: str
    source_ref: Ref
    amount: float
    fee: float
    currency: str
    exchange_rate: float
    create_date: datetime.datetime
    application_type: str
    accounting_category: TransactionAccountingCategory
    refund_id: None | str | Unset = UNSET
    payment_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        amount = self.amount

        fee = self.fee

        currency = self.currency

        exchange_rate = self.exchange_rate

        create_date = self.create_date.isoformat()

        application_type = self.application_type

        accounting_category = self.accounting_category.value

        refund_id: None | str | Unset
        if isinstance(self.refund_id, Unset):
            refund_id = UNSET
        else:
            refund_id = self.refund_id

        payment_id: None | str | Unset
        if isinstance(self.payment_id, Unset):
            payment_id = UNSET
        else:
            payment_id = self.payment_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "amount": amount,
                "fee": fee,
                "currency": currency,
                "exchange_rate": exchange_rate,
                "create_date": create_date,
                "application_type": application_type,
                "accounting_category": accounting_category,
            }
        )
        if refund_id is not UNSET:
            field_dict["refund_id"] = refund_id
        if payment_id is not UNSET:
            field_dict["payment_id"] = payment_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("fee", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("fee: expected float, got " + type(_v).__name__)
        fee = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("exchange_rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("exchange_rate: expected float, got " + type(_v).__name__)
        exchange_rate = _v

        create_date = datetime.datetime.fromisoformat(d.pop("create_date"))

        _v = d.pop("application_type", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("application_type: expected str, got " + type(_v).__name__)
        application_type = _v

        accounting_category = TransactionAccountingCategory(d.pop("accounting_category"))

        def _parse_refund_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        refund_id = _parse_refund_id(d.pop("refund_id", UNSET))

        def _parse_payment_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_id = _parse_payment_id(d.pop("payment_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        transaction_item_out = cls(
            id=id,
            source_ref=source_ref,
            amount=amount,
            fee=fee,
            currency=currency,
            exchange_rate=exchange_rate,
            create_date=create_date,
            application_type=application_type,
            accounting_category=accounting_category,
            refund_id=refund_id,
            payment_id=payment_id,
            description=description,
        )

        transaction_item_out.additional_properties = d
        return transaction_item_out

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


from ..models.ref import Ref
