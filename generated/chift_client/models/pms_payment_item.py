from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.pos_payment_status import POSPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSPaymentItem")


@_attrs_define
class PMSPaymentItem:
    """
    Attributes:
        source_ref (Ref):
        total (float):
        id (None | str | Unset):
        payment_method_id (None | str | Unset):
        payment_method_name (None | str | Unset):
        tip (float | None | Unset):  Default: 0.0.
        status (None | POSPaymentStatus | Unset):  Default: POSPaymentStatus.UNKNOWN.
        currency (None | str | Unset):
        date (datetime.datetime | None | Unset):
        invoice_ref (None | str | Unset):
        partner_id (ChiftId | None | Unset):
        description (None | str | Unset):
    """

    source_ref: Ref
    total: float
    id: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    payment_method_name: None | str | Unset = UNSET
    tip: float | None | Unset = 0.0
    status: None | POSPaymentStatus | Unset = POSPaymentStatus.UNKNOWN
    currency: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    invoice_ref: None | str | Unset = UNSET
    partner_id: ChiftId | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source_ref = self.source_ref.to_dict()

        total = self.total

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        payment_method_name: None | str | Unset
        if isinstance(self.payment_method_name, Unset):
            payment_method_name = UNSET
        else:
            payment_method_name = self.payment_method_name

        tip: float | None | Unset
        if isinstance(self.tip, Unset):
            tip = UNSET
        else:
            tip = self.tip

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, POSPaymentStatus):
            status = self.status.value
        else:
            status = self.status

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        invoice_ref: None | str | Unset
        if isinstance(self.invoice_ref, Unset):
            invoice_ref = UNSET
        else:
            invoice_ref = self.invoice_ref

        partner_id: dict[str, Any] | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        elif isinstance(self.partner_id, ChiftId):
            partner_id = self.partner_id.to_dict()
        else:
            partner_id = self.partner_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "source_ref": source_ref,
                "total": total,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if payment_method_name is not UNSET:
            field_dict["payment_method_name"] = payment_method_name
        if tip is not UNSET:
            field_dict["tip"] = tip
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if date is not UNSET:
            field_dict["date"] = date
        if invoice_ref is not UNSET:
            field_dict["invoice_ref"] = invoice_ref
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        def _parse_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        id = _parse_id(d.pop("id", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

        def _parse_payment_method_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_name = _parse_payment_method_name(d.pop("payment_method_name", UNSET))

        def _parse_tip(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tip = _parse_tip(d.pop("tip", UNSET))

        def _parse_status(data: object) -> None | POSPaymentStatus | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = POSPaymentStatus(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | POSPaymentStatus | Unset, data)

        status = _parse_status(d.pop("status", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                date_type_0 = datetime.datetime.fromisoformat(data)

                return date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        date = _parse_date(d.pop("date", UNSET))

        def _parse_invoice_ref(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_ref = _parse_invoice_ref(d.pop("invoice_ref", UNSET))

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

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        pms_payment_item = cls(
            source_ref=source_ref,
            total=total,
            id=id,
            payment_method_id=payment_method_id,
            payment_method_name=payment_method_name,
            tip=tip,
            status=status,
            currency=currency,
            date=date,
            invoice_ref=invoice_ref,
            partner_id=partner_id,
            description=description,
        )

        pms_payment_item.additional_properties = d
        return pms_payment_item

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
from ..models.ref import Ref
