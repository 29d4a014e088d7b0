from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mode import Mode
from ..models.source import Source
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSOrderItem")


@_attrs_define
class PMSOrderItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        creation_date (datetime.datetime):
        total (float):
        tax_amount (float):
        items (list[PMSOrderLineItem]):
        order_number (None | str | Unset):
        closing_date (datetime.datetime | None | Unset):
        service_date (datetime.datetime | None | Unset):
        device_id (None | str | Unset):
        total_discount (float | None | Unset):  Default: 0.0.
        total_refund (float | None | Unset):  Default: 0.0.
        total_tip (float | None | Unset):  Default: 0.0.
        delivery_fee (float | None | Unset):  Default: 0.0.
        mode (Mode | None | Unset):  Default: Mode.UNKNOWN.
        source (None | Source | Unset):  Default: Source.UNKNOWN.
        currency (None | str | Unset):
        country (None | str | Unset):
        loyalty (int | None | Unset):
        customer_id (None | str | Unset):
        location_id (None | str | Unset):
        taxes (list[TotalTaxItem] | None | Unset):
        guests (int | None | Unset):
        service_id (None | str | Unset):
        reservation (None | ReservationItem | Unset):
        bills (list[InvoiceItem] | None | Unset):
    """

    id: str
    source_ref: Ref
    creation_date: datetime.datetime
    total: float
    tax_amount: float
    items: list[PMSOrderLineItem]
    order_number: None | str | Unset = UNSET
    closing_date: datetime.datetime | None | Unset = UNSET
    service_date: datetime.datetime | None | Unset = UNSET
    device_id: None | str | Unset = UNSET
    total_discount: float | None | Unset = 0.0
    total_refund: float | None | Unset = 0.0
    total_tip: float | None | Unset = 0.0
    delivery_fee: float | None | Unset = 0.0
    mode: Mode | None | Unset = Mode.UNKNOWN
    source: None | Source | Unset = Source.UNKNOWN
    currency: None | str | Unset = UNSET
    country: None | str | Unset = UNSET
    loyalty: int | None | Unset = UNSET
    customer_id: None | str | Unset = UNSET
    location_id: None | str | Unset = UNSET
    taxes: list[TotalTaxItem] | None | Unset = UNSET
    guests: int | None | Unset = UNSET
    service_id: None | str | Unset = UNSET
    reservation: None | ReservationItem | Unset = UNSET
    bills: list[InvoiceItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        creation_date = self.creation_date.isoformat()

        total = self.total

        tax_amount = self.tax_amount

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        closing_date: None | str | Unset
        if isinstance(self.closing_date, Unset):
            closing_date = UNSET
        elif isinstance(self.closing_date, datetime.datetime):
            closing_date = self.closing_date.isoformat()
        else:
            closing_date = self.closing_date

        service_date: None | str | Unset
        if isinstance(self.service_date, Unset):
            service_date = UNSET
        elif isinstance(self.service_date, datetime.datetime):
            service_date = self.service_date.isoformat()
        else:
            service_date = self.service_date

        device_id: None | str | Unset
        if isinstance(self.device_id, Unset):
            device_id = UNSET
        else:
            device_id = self.device_id

        total_discount: float | None | Unset
        if isinstance(self.total_discount, Unset):
            total_discount = UNSET
        else:
            total_discount = self.total_discount

        total_refund: float | None | Unset
        if isinstance(self.total_refund, Unset):
            total_refund = UNSET
        else:
            total_refund = self.total_refund

        total_tip: float | None | Unset
        if isinstance(self.total_tip, Unset):
            total_tip = UNSET
        else:
            total_tip = self.total_tip

        delivery_fee: float | None | Unset
        if isinstance(self.delivery_fee, Unset):
            delivery_fee = UNSET
        else:
            delivery_fee = self.delivery_fee

        mode: None | str | Unset
        if isinstance(self.mode, Unset):
            mode = UNSET
        elif isinstance(self.mode, Mode):
            mode = self.mode.value
        else:
            mode = self.mode

        source: None | str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, Source):
            source = self.source.value
        else:
            source = self.source

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        loyalty: int | None | Unset
        if isinstance(self.loyalty, Unset):
            loyalty = UNSET
        else:
            loyalty = self.loyalty

        customer_id: None | str | Unset
        if isinstance(self.customer_id, Unset):
            customer_id = UNSET
        else:
            customer_id = self.customer_id

        location_id: None | str | Unset
        if isinstance(self.location_id, Unset):
            location_id = UNSET
        else:
            location_id = self.location_id

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        guests: int | None | Unset
        if isinstance(self.guests, Unset):
            guests = UNSET
        else:
            guests = self.guests

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

        bills: list[dict[str, Any]] | None | Unset
        if isinstance(self.bills, Unset):
            bills = UNSET
        elif isinstance(self.bills, list):
            bills = []
            for bills_type_0_item_data in self.bills:
                bills_type_0_item = bills_type_0_item_data.to_dict()
                bills.append(bills_type_0_item)

        else:
            bills = self.bills

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "creation_date": creation_date,
                "total": total,
                "tax_amount": tax_amount,
                "items": items,
            }
        )
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if closing_date is not UNSET:
            field_dict["closing_date"] = closing_date
        if service_date is not UNSET:
            field_dict["service_date"] = service_date
        if device_id is not UNSET:
            field_dict["device_id"] = device_id
        if total_discount is not UNSET:
            field_dict["total_discount"] = total_discount
        if total_refund is not UNSET:
            field_dict["total_refund"] = total_refund
        if total_tip is not UNSET:
            field_dict["total_tip"] = total_tip
        if delivery_fee is not UNSET:
            field_dict["delivery_fee"] = delivery_fee
        if mode is not UNSET:
            field_dict["mode"] = mode
        if source is not UNSET:
            field_dict["source"] = source
        if currency is not UNSET:
            field_dict["currency"] = currency
        if country is not UNSET:
            field_dict["country"] = country
        if loyalty is not UNSET:
            field_dict["loyalty"] = loyalty
        if customer_id is not UNSET:
            field_dict["customer_id"] = customer_id
        if location_id is not UNSET:
            field_dict["location_id"] = location_id
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if guests is not UNSET:
            field_dict["guests"] = guests
        if service_id is not UNSET:
            field_dict["service_id"] = service_id
        if reservation is not UNSET:
            field_dict["reservation"] = reservation
        if bills is not UNSET:
            field_dict["bills"] = bills

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        creation_date = datetime.datetime.fromisoformat(d.pop("creation_date"))

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("items", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("items: expected list, got " + type(_v).__name__)
        items = []
        _items = _v
        for items_item_data in _items:
            items_item = PMSOrderLineItem.from_dict(items_item_data)

            items.append(items_item)

        def _parse_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_number = _parse_order_number(d.pop("order_number", UNSET))

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

        def _parse_service_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                service_date_type_0 = datetime.datetime.fromisoformat(data)

                return service_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        service_date = _parse_service_date(d.pop("service_date", UNSET))

        def _parse_device_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        device_id = _parse_device_id(d.pop("device_id", UNSET))

        def _parse_total_discount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_discount = _parse_total_discount(d.pop("total_discount", UNSET))

        def _parse_total_refund(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_refund = _parse_total_refund(d.pop("total_refund", UNSET))

        def _parse_total_tip(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        total_tip = _parse_total_tip(d.pop("total_tip", UNSET))

        def _parse_delivery_fee(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        delivery_fee = _parse_delivery_fee(d.pop("delivery_fee", UNSET))

        def _parse_mode(data: object) -> Mode | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = Mode(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(Mode | None | Unset, data)

        mode = _parse_mode(d.pop("mode", UNSET))

        def _parse_source(data: object) -> None | Source | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = Source(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Source | Unset, data)

        source = _parse_source(d.pop("source", UNSET))

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_country(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        country = _parse_country(d.pop("country", UNSET))

        def _parse_loyalty(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        loyalty = _parse_loyalty(d.pop("loyalty", UNSET))

        def _parse_customer_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_id = _parse_customer_id(d.pop("customer_id", UNSET))

        def _parse_location_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        location_id = _parse_location_id(d.pop("location_id", UNSET))

        def _parse_taxes(data: object) -> list[TotalTaxItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                taxes_type_0 = []
                _taxes_type_0 = data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = TotalTaxItem.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                return taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TotalTaxItem] | None | Unset, data)

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        def _parse_guests(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        guests = _parse_guests(d.pop("guests", UNSET))

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

        def _parse_bills(data: object) -> list[InvoiceItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                bills_type_0 = []
                _bills_type_0 = data
                for bills_type_0_item_data in _bills_type_0:
                    bills_type_0_item = InvoiceItem.from_dict(bills_type_0_item_data)

                    bills_type_0.append(bills_type_0_item)

                return bills_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoiceItem] | None | Unset, data)

        bills = _parse_bills(d.pop("bills", UNSET))

        pms_order_item = cls(
            id=id,
            source_ref=source_ref,
            creation_date=creation_date,
            total=total,
            tax_amount=tax_amount,
            items=items,
            order_number=order_number,
            closing_date=closing_date,
            service_date=service_date,
            device_id=device_id,
            total_discount=total_discount,
            total_refund=total_refund,
            total_tip=total_tip,
            delivery_fee=delivery_fee,
            mode=mode,
            source=source,
            currency=currency,
            country=country,
            loyalty=loyalty,
            customer_id=customer_id,
            location_id=location_id,
            taxes=taxes,
            guests=guests,
            service_id=service_id,
            reservation=reservation,
            bills=bills,
        )

        pms_order_item.additional_properties = d
        return pms_order_item

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


from ..models.invoice_item import InvoiceItem
from ..models.pms_order_line_item import PMSOrderLineItem
from ..models.ref import Ref
from ..models.reservation_item import ReservationItem
from ..models.total_tax_item import TotalTaxItem
