from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Invoice")


@_attrs_define
class Invoice:
    """
    Attributes:
        id (int):  Example: 123.
        number (str):  Example: A1004465.
        external_number (str):  Example: D456-64894-132.
        company_id (int):  Example: 1.
        departure_country (InvoiceDepartureCountry):
        customer_id (int):  Example: 1005.
        billing_address (Address):
        shipment_address (Address):
        invoice_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        invoice_payment_details (InvoicePaymentDetail):
        colorcode_id (int):  Example: 2.
        dunning_block (bool):  Example: False.
        is_external_invoice (bool):  Example: False.
        comment (str):  Example: an additional order comment.
        customer_comment (str):  Example: an additional customer comment.
        is_cancelled (bool):  Example: False.
        language_iso (str):  Example: DE.
        cancellation_details (InvoiceCancellationDetails):
    """

    id: int
    number: str
    external_number: str
    company_id: int
    departure_country: InvoiceDepartureCountry
    customer_id: int
    billing_address: Address
    shipment_address: Address
    invoice_date: datetime.datetime
    invoice_payment_details: InvoicePaymentDetail
    colorcode_id: int
    dunning_block: bool
    is_external_invoice: bool
    comment: str
    customer_comment: str
    is_cancelled: bool
    language_iso: str
    cancellation_details: InvoiceCancellationDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        external_number = self.external_number

        company_id = self.company_id

        departure_country = self.departure_country.to_dict()

        customer_id = self.customer_id

        billing_address = self.billing_address.to_dict()

        shipment_address = self.shipment_address.to_dict()

        invoice_date = self.invoice_date.isoformat()

        invoice_payment_details = self.invoice_payment_details.to_dict()

        colorcode_id = self.colorcode_id

        dunning_block = self.dunning_block

        is_external_invoice = self.is_external_invoice

        comment = self.comment

        customer_comment = self.customer_comment

        is_cancelled = self.is_cancelled

        language_iso = self.language_iso

        cancellation_details = self.cancellation_details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "ExternalNumber": external_number,
                "CompanyId": company_id,
                "DepartureCountry": departure_country,
                "CustomerId": customer_id,
                "BillingAddress": billing_address,
                "ShipmentAddress": shipment_address,
                "InvoiceDate": invoice_date,
                "InvoicePaymentDetails": invoice_payment_details,
                "ColorcodeId": colorcode_id,
                "DunningBlock": dunning_block,
                "IsExternalInvoice": is_external_invoice,
                "Comment": comment,
                "CustomerComment": customer_comment,
                "IsCancelled": is_cancelled,
                "LanguageIso": language_iso,
                "CancellationDetails": cancellation_details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Number: expected str, got " + type(_v).__name__)
        number = _v

        _v = d.pop("ExternalNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ExternalNumber: expected str, got " + type(_v).__name__)
        external_number = _v

        _v = d.pop("CompanyId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CompanyId: expected int, got " + type(_v).__name__)
        company_id = _v

        departure_country = InvoiceDepartureCountry.from_dict(d.pop("DepartureCountry"))

        _v = d.pop("CustomerId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerId: expected int, got " + type(_v).__name__)
        customer_id = _v

        billing_address = Address.from_dict(d.pop("BillingAddress"))

        shipment_address = Address.from_dict(d.pop("ShipmentAddress"))

        invoice_date = datetime.datetime.fromisoformat(d.pop("InvoiceDate"))

        invoice_payment_details = InvoicePaymentDetail.from_dict(d.pop("InvoicePaymentDetails"))

        _v = d.pop("ColorcodeId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ColorcodeId: expected int, got " + type(_v).__name__)
        colorcode_id = _v

        _v = d.pop("DunningBlock", UNSET)
        if type(_v) is not bool:
            raise TypeError("DunningBlock: expected bool, got " + type(_v).__name__)
        dunning_block = _v

        _v = d.pop("IsExternalInvoice", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsExternalInvoice: expected bool, got " + type(_v).__name__)
        is_external_invoice = _v

        _v = d.pop("Comment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        _v = d.pop("CustomerComment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CustomerComment: expected str, got " + type(_v).__name__)
        customer_comment = _v

        _v = d.pop("IsCancelled", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsCancelled: expected bool, got " + type(_v).__name__)
        is_cancelled = _v

        _v = d.pop("LanguageIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("LanguageIso: expected str, got " + type(_v).__name__)
        language_iso = _v

        cancellation_details = InvoiceCancellationDetails.from_dict(d.pop("CancellationDetails"))

        invoice = cls(
            id=id,
            number=number,
            external_number=external_number,
            company_id=company_id,
            departure_country=departure_country,
            customer_id=customer_id,
            billing_address=billing_address,
            shipment_address=shipment_address,
            invoice_date=invoice_date,
            invoice_payment_details=invoice_payment_details,
            colorcode_id=colorcode_id,
            dunning_block=dunning_block,
            is_external_invoice=is_external_invoice,
            comment=comment,
            customer_comment=customer_comment,
            is_cancelled=is_cancelled,
            language_iso=language_iso,
            cancellation_details=cancellation_details,
        )

        invoice.additional_properties = d
        return invoice

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


from ..models.address import Address
from ..models.invoice_cancellation_details import InvoiceCancellationDetails
from ..models.invoice_departure_country import InvoiceDepartureCountry
from ..models.invoice_payment_detail import InvoicePaymentDetail
