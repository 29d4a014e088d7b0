from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payout_status import PayoutStatus
from ..models.payout_type import PayoutType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayoutItemOut")


@_attrs_define
class PayoutItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        status (PayoutStatus):
        type_ (PayoutType):
        amount (float):
        currency (str):
        payment_date (datetime.date):
        fee (float | None | Unset):
        extra_fee (float | None | Unset):
    """

    id: str
    source_ref: Ref
    status: PayoutStatus
    type_: PayoutType
    amount: float
    currency: str
    payment_date: datetime.date
    fee: float | None | Unset = UNSET
    extra_fee: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        status = self.status.value

        type_ = self.type_.value

        amount = self.amount

        currency = self.currency

        payment_date = self.payment_date.isoformat()

        fee: float | None | Unset
        if isinstance(self.fee, Unset):
            fee = UNSET
        else:
            fee = self.fee

        extra_fee: float | None | Unset
        if isinstance(self.extra_fee, Unset):
            extra_fee = UNSET
        else:
            extra_fee = self.extra_fee

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "status": status,
                "type": type_,
                "amount": amount,
                "currency": currency,
                "payment_date": payment_date,
            }
        )
        if fee is not UNSET:
            field_dict["fee"] = fee
        if extra_fee is not UNSET:
            field_dict["extra_fee"] = extra_fee

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        status = PayoutStatus(d.pop("status"))

        type_ = PayoutType(d.pop("type"))

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        payment_date = datetime.date.fromisoformat(d.pop("payment_date"))

        def _parse_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        fee = _parse_fee(d.pop("fee", UNSET))

        def _parse_extra_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        extra_fee = _parse_extra_fee(d.pop("extra_fee", UNSET))

        payout_item_out = cls(
            id=id,
            source_ref=source_ref,
            status=status,
            type_=type_,
            amount=amount,
            currency=currency,
            payment_date=payment_date,
            fee=fee,
            extra_fee=extra_fee,
        )

        payout_item_out.additional_properties = d
        return payout_item_out

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
