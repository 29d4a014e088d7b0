from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSInvoiceFullItem")


@_attrs_define
class PMSInvoiceFullItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        invoice_number (None | str):
        items (list[PMSOrderLineItem]):
        payments (list[PMSPaymentItem]):
        tax_amount (float):
        untaxed_amount (float):
        total (float):
        creation_date (datetime.datetime | None | Unset):
        closing_date (datetime.datetime | None | Unset):
        partners (list[InvoicePartnerItem] | None | Unset):
        service_id (None | str | Unset):
        reservation (None | ReservationItem | Unset):
    """

    id: str
    source_ref: Ref
    invoice_number: None | str
    items: list[PMSOrderLineItem]
    payments: list[PMSPaymentItem]
    tax_amount: float
    untaxed_amount: float
    total: float
    creation_date: datetime.datetime | None | Unset = UNSET
    closing_date: datetime.datetime | None | Unset = UNSET
    partners: list[InvoicePartnerItem] | None | Unset = UNSET
    service_id: None | str | Unset = UNSET
    reservation: None | ReservationItem | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        invoice_number: None | str
        invoice_number = self.invoice_number

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        payments = []
        for payments_item_data in self.payments:
            payments_item = payments_item_data.to_dict()
            payments.append(payments_item)

        tax_amount = self.tax_amount

        untaxed_amount = self.untaxed_amount

        total = self.total

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        closing_date: None | str | Unset
        if isinstance(self.closing_date, Unset):
            closing_date = UNSET
        elif isinstance(self.closing_date, datetime.datetime):
            closing_date = self.closing_date.isoformat()
        else:
            closing_date = self.closing_date

        partners: list[dict[str, Any]] | None | Unset
        if isinstance(self.partners, Unset):
            partners = UNSET
        elif isinstance(self.partners, list):
            partners = []
            for partners_type_0_item_data in self.partners:
                partners_type_0_item = partners_type_0_item_data.to_dict()
                partners.append(partners_type_0_item)

        else:
            partners = self.partners

        service_id: None | str | Unset
        if isinstance(self.service_id, Unset):
            service_id = UNSET
        else:
            service_id = self.service_id

        reservation: dict[str, Any] | None | Unset
        if isinstance(self.reservation, Unset):
            reservation = UNSET
        elif isinstance(self.reservation, ReservationItem):
            reservation = self.reservation.to_dict()
        else:
            reservation = self.reservation

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "invoice_number": invoice_number,
                "items": items,
                "payments": payments,
                "tax_amount": tax_amount,
                "untaxed_amount": untaxed_amount,
                "total": total,
            }
        )
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if closing_date is not UNSET:
            field_dict["closing_date"] = closing_date
        if partners is not UNSET:
            field_dict["partners"] = partners
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if reservation is not UNSET:
            field_dict["reservation"] = reservation

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        def _parse_invoice_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invoice_number = _parse_invoice_number(d.pop("invoice_number"))

        _v = d.pop("items", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("items: expected list, got " + type(_v).__name__)
        items = []
        _items = _v
        for items_item_data in _items:
            items_item = PMSOrderLineItem.from_dict(items_item_data)

            items.append(items_item)

        _v = d.pop("payments", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("payments: expected list, got " + type(_v).__name__)
        payments = []
        _payments = _v
        for payments_item_data in _payments:
            payments_item = PMSPaymentItem.from_dict(payments_item_data)

            payments.append(payments_item)

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount: expected float, got " + type(_v).__name__)
        untaxed_amount = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        def _parse_creation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_date_type_0 = datetime.datetime.fromisoformat(data)

                return creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation_date = _parse_creation_date(d.pop("creation_date", UNSET))

        def _parse_closing_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_date_type_0 = datetime.datetime.fromisoformat(data)

                return closing_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closing_date = _parse_closing_date(d.pop("closing_date", UNSET))

        def _parse_partners(data: object) -> list[InvoicePartnerItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                partners_type_0 = []
                _partners_type_0 = data
                for partners_type_0_item_data in _partners_type_0:
                    partners_type_0_item = InvoicePartnerItem.from_dict(partners_type_0_item_data)

                    partners_type_0.append(partners_type_0_item)

                return partners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePartnerItem] | None | Unset, data)

        partners = _parse_partners(d.pop("partners", UNSET))

        def _parse_service_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        service_id = _parse_service_id(d.pop("service_id", UNSET))

        def _parse_reservation(data: object) -> None | ReservationItem | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reservation_type_0 = ReservationItem.from_dict(data)

                return reservation_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | ReservationItem | Unset, data)

        reservation = _parse_reservation(d.pop("reservation", UNSET))

        pms_invoice_full_item = cls(
            id=id,
            source_ref=source_ref,
            invoice_number=invoice_number,
            items=items,
            payments=payments,
            tax_amount=tax_amount,
            untaxed_amount=untaxed_amount,
            total=total,
            creation_date=creation_date,
            closing_date=closing_date,
            partners=partners,
            service_id=service_id,
            reservation=reservation,
        )

        pms_invoice_full_item.additional_properties = d
        return pms_invoice_full_item

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


from ..models.invoice_partner_item import InvoicePartnerItem
from ..models.pms_order_line_item import PMSOrderLineItem
from ..models.pms_payment_item import PMSPaymentItem
from ..models.ref import Ref
from ..models.reservation_item import ReservationItem
