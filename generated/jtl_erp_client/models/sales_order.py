from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="SalesOrder")


@_attrs_define
class SalesOrder:
    """
    Attributes:
        id (int):  Example: 123.
        number (str):  Example: A1004465.
        external_number (str):  Example: D456-64894-132.
        billing_number (str):  Example: RE-202404-10000.
        company_id (int):  Example: 1.
        departure_country (DepartureCountry):
        customer_id (int):  Example: 1005.
        customer_vat_id (str):  Example: DE12345.
        merchant_vat_id (str):  Example: DE12345.
        billing_address (Address):
        shipmentaddress (Address):
        sales_order_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        sales_order_payment_details (SalesOrderPaymentDetail):
        sales_order_shipping_detail (SalesOrderShippingDetail):
        colorcode_id (int):  Example: 2.
        is_external_invoice (bool):  Example: False.
        comment (str):  Example: an additional order comment.
        customer_comment (str):  Example: an additional customer comment.
        is_cancelled (bool):  Example: False.
        language_iso (str):  Example: DE.
        cancellation_details (SalesOrderCancellationDetails):
        sales_channel_id (str):  Example: 1-1-1.
        user_created_id (int):  Example: 1.
        user_id (int):  Example: 1.
    """

    id: int
    number: str
    external_number: str
    billing_number: str
    company_id: int
    departure_country: DepartureCountry
    customer_id: int
    customer_vat_id: str
    merchant_vat_id: str
    billing_address: Address
    shipmentaddress: Address
    sales_order_date: datetime.datetime
    sales_order_payment_details: SalesOrderPaymentDetail
    sales_order_shipping_detail: SalesOrderShippingDetail
    colorcode_id: int
    is_external_invoice: bool
    comment: str
    customer_comment: str
    is_cancelled: bool
    language_iso: str
    cancellation_details: SalesOrderCancellationDetails
    sales_channel_id: str
    user_created_id: int
    user_id: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        external_number = self.external_number

        billing_number = self.billing_number

        company_id = self.company_id

        departure_country = self.departure_country.to_dict()

        customer_id = self.customer_id

        customer_vat_id = self.customer_vat_id

        merchant_vat_id = self.merchant_vat_id

        billing_address = self.billing_address.to_dict()

        shipmentaddress = self.shipmentaddress.to_dict()

        sales_order_date = self.sales_order_date.isoformat()

        sales_order_payment_details = self.sales_order_payment_details.to_dict()

        sales_order_shipping_detail = self.sales_order_shipping_detail.to_dict()

        colorcode_id = self.colorcode_id

        is_external_invoice = self.is_external_invoice

        comment = self.comment

        customer_comment = self.customer_comment

        is_cancelled = self.is_cancelled

        language_iso = self.language_iso

        cancellation_details = self.cancellation_details.to_dict()

        sales_channel_id = self.sales_channel_id

        user_created_id = self.user_created_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "ExternalNumber": external_number,
                "BillingNumber": billing_number,
                "CompanyId": company_id,
                "DepartureCountry": departure_country,
                "CustomerId": customer_id,
                "CustomerVatID": customer_vat_id,
                "MerchantVatID": merchant_vat_id,
                "BillingAddress": billing_address,
                "Shipmentaddress": shipmentaddress,
                "SalesOrderDate": sales_order_date,
                "SalesOrderPaymentDetails": sales_order_payment_details,
                "SalesOrderShippingDetail": sales_order_shipping_detail,
                "ColorcodeId": colorcode_id,
                "IsExternalInvoice": is_external_invoice,
                "Comment": comment,
                "CustomerComment": customer_comment,
                "IsCancelled": is_cancelled,
                "LanguageIso": language_iso,
                "CancellationDetails": cancellation_details,
                "SalesChannelId": sales_channel_id,
                "UserCreatedId": user_created_id,
                "UserId": user_id,
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

        _v = d.pop("BillingNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("BillingNumber: expected str, got " + type(_v).__name__)
        billing_number = _v

        _v = d.pop("CompanyId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CompanyId: expected int, got " + type(_v).__name__)
        company_id = _v

        departure_country = DepartureCountry.from_dict(d.pop("DepartureCountry"))

        _v = d.pop("CustomerId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerId: expected int, got " + type(_v).__name__)
        customer_id = _v

        _v = d.pop("CustomerVatID", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CustomerVatID: expected str, got " + type(_v).__name__)
        customer_vat_id = _v

        _v = d.pop("MerchantVatID", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("MerchantVatID: expected str, got " + type(_v).__name__)
        merchant_vat_id = _v

        billing_address = Address.from_dict(d.pop("BillingAddress"))

        shipmentaddress = Address.from_dict(d.pop("Shipmentaddress"))

        sales_order_date = datetime.datetime.fromisoformat(d.pop("SalesOrderDate"))

        sales_order_payment_details = SalesOrderPaymentDetail.from_dict(d.pop("SalesOrderPaymentDetails"))

        sales_order_shipping_detail = SalesOrderShippingDetail.from_dict(d.pop("SalesOrderShippingDetail"))

        _v = d.pop("ColorcodeId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("ColorcodeId: expected int, got " + type(_v).__name__)
        colorcode_id = _v

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

        cancellation_details = SalesOrderCancellationDetails.from_dict(d.pop("CancellationDetails"))

        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        _v = d.pop("UserCreatedId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("UserCreatedId: expected int, got " + type(_v).__name__)
        user_created_id = _v

        _v = d.pop("UserId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("UserId: expected int, got " + type(_v).__name__)
        user_id = _v

        sales_order = cls(
            id=id,
            number=number,
            external_number=external_number,
            billing_number=billing_number,
            company_id=company_id,
            departure_country=departure_country,
            customer_id=customer_id,
            customer_vat_id=customer_vat_id,
            merchant_vat_id=merchant_vat_id,
            billing_address=billing_address,
            shipmentaddress=shipmentaddress,
            sales_order_date=sales_order_date,
            sales_order_payment_details=sales_order_payment_details,
            sales_order_shipping_detail=sales_order_shipping_detail,
            colorcode_id=colorcode_id,
            is_external_invoice=is_external_invoice,
            comment=comment,
            customer_comment=customer_comment,
            is_cancelled=is_cancelled,
            language_iso=language_iso,
            cancellation_details=cancellation_details,
            sales_channel_id=sales_channel_id,
            user_created_id=user_created_id,
            user_id=user_id,
        )

        sales_order.additional_properties = d
        return sales_order

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
from ..models.departure_country import DepartureCountry
from ..models.sales_order_cancellation_details import SalesOrderCancellationDetails
from ..models.sales_order_payment_detail import SalesOrderPaymentDetail
from ..models.sales_order_shipping_detail import SalesOrderShippingDetail
