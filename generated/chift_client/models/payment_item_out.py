from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payment_payment_status import PaymentPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PaymentItemOut")


@_attrs_define
class PaymentItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        status (PaymentPaymentStatus):
        description (str):
        amount (float):
        currency (str):
        payment_date (datetime.datetime):
        partner_id (None | str | Unset):
    """

    id: str
    source_ref: Ref
    status: PaymentPaymentStatus
    description: str
    amount: float
    currency: str
    payment_date: datetime.datetime
    partner_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        status = self.status.value

        description = self.description

        amount = self.amount

        currency = self.currency

        payment_date = self.payment_date.isoformat()

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "status": status,
                "description": description,
                "amount": amount,
                "currency": currency,
                "payment_date": payment_date,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        status = PaymentPaymentStatus(d.pop("status"))

        _v = d.pop("description", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("description: expected str, got " + type(_v).__name__)
        description = _v

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        payment_date = datetime.datetime.fromisoformat(d.pop("payment_date"))

        def _parse_partner_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        partner_id = _parse_partner_id(d.pop("partner_id", UNSET))

        payment_item_out = cls(
            id=id,
            source_ref=source_ref,
            status=status,
            description=description,
            amount=amount,
            currency=currency,
            payment_date=payment_date,
            partner_id=partner_id,
        )

        payment_item_out.additional_properties = d
        return payment_item_out

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
