from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSalesOrder")


@_attrs_define
class CreateSalesOrder:
    """
    Attributes:
        company_id (int):  Example: 1.
        customer_id (int):  Example: 1005.
        number (str | Unset):  Example: A1004465.
        external_number (str | Unset):  Example: D456-64894-132.
        billing_number (str | Unset):  Example: RE-202404-10000.
        departure_country (CreateDepartureCountry | Unset):
        customer_vat_id (str | Unset):  Example: DE12345.
        billing_address (CreateAddress | Unset):
        shipmentaddress (CreateAddress | Unset):
        sales_order_date (datetime.datetime | Unset):  Example: 2023-02-01T12:45:00.0000000+00:00.
        sales_order_payment_details (CreateSalesOrderPaymentDetail | Unset):
        sales_order_shipping_detail (CreateSalesOrderShippingDetail | Unset):
        colorcode_id (int | Unset):  Example: 2.
        comment (str | Unset):  Example: an additional order comment.
        customer_comment (str | Unset):  Example: an additional customer comment.
        language_iso (str | Unset):  Example: DE.
    """

    company_id: int
    customer_id: int
    number: str | Unset = UNSET
    external_number: str | Unset = UNSET
    billing_number: str | Unset = UNSET
    departure_country: CreateDepartureCountry | Unset = UNSET
    customer_vat_id: str | Unset = UNSET
    billing_address: CreateAddress | Unset = UNSET
    shipmentaddress: CreateAddress | Unset = UNSET
    sales_order_date: datetime.datetime | Unset = UNSET
    sales_order_payment_details: CreateSalesOrderPaymentDetail | Unset = UNSET
    sales_order_shipping_detail: CreateSalesOrderShippingDetail | Unset = UNSET
    colorcode_id: int | Unset = UNSET
    comment: str | Unset = UNSET
    customer_comment: str | Unset = UNSET
    language_iso: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        customer_id = self.customer_id

        number = self.number

        external_number = self.external_number

        billing_number = self.billing_number

        departure_country: dict[str, Any] | Unset = UNSET
        if not isinstance(self.departure_country, Unset):
            departure_country = self.departure_country.to_dict()

        customer_vat_id = self.customer_vat_id

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipmentaddress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipmentaddress, Unset):
            shipmentaddress = self.shipmentaddress.to_dict()

        sales_order_date: str | Unset = UNSET
        if not isinstance(self.sales_order_date, Unset):
            sales_order_date = self.sales_order_date.isoformat()

        sales_order_payment_details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_order_payment_details, Unset):
            sales_order_payment_details = self.sales_order_payment_details.to_dict()

        sales_order_shipping_detail: dict[str, Any] | Unset = UNSET
        if not isinstance(self.sales_order_shipping_detail, Unset):
            sales_order_shipping_detail = self.sales_order_shipping_detail.to_dict()

        colorcode_id = self.colorcode_id

        comment = self.comment

        customer_comment = self.customer_comment

        language_iso = self.language_iso

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CompanyId": company_id,
                "CustomerId": customer_id,
            }
        )
        if number is not UNSET:
            field_dict["Number"] = number
        if external_number is not UNSET:
            field_dict["ExternalNumber"] = external_number
        if billing_number is not UNSET:
            field_dict["BillingNumber"] = billing_number
        if departure_country is not UNSET:
            field_dict["DepartureCountry"] = departure_country
        if customer_vat_id is not UNSET:
            field_dict["CustomerVatID"] = customer_vat_id
        if billing_address is not UNSET:
            field_dict["BillingAddress"] = billing_address
        if shipmentaddress is not UNSET:
            field_dict["Shipmentaddress"] = shipmentaddress
        if sales_order_date is not UNSET:
            field_dict["SalesOrderDate"] = sales_order_date
        if sales_order_payment_details is not UNSET:
            field_dict["SalesOrderPaymentDetails"] = sales_order_payment_details
        if sales_order_shipping_detail is not UNSET:
            field_dict["SalesOrderShippingDetail"] = sales_order_shipping_detail
        if colorcode_id is not UNSET:
            field_dict["ColorcodeId"] = colorcode_id
        if comment is not UNSET:
            field_dict["Comment"] = comment
        if customer_comment is not UNSET:
            field_dict["CustomerComment"] = customer_comment
        if language_iso is not UNSET:
            field_dict["LanguageIso"] = language_iso

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("CompanyId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CompanyId: expected int, got " + type(_v).__name__)
        company_id = _v

        _v = d.pop("CustomerId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerId: expected int, got " + type(_v).__name__)
        customer_id = _v

        _v = d.pop("Number", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Number: expected str, got " + type(_v).__name__)
        number = _v

        _v = d.pop("ExternalNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ExternalNumber: expected str, got " + type(_v).__name__)
        external_number = _v

        _v = d.pop("BillingNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("BillingNumber: expected str, got " + type(_v).__name__)
        billing_number = _v

        _departure_country = d.pop("DepartureCountry", UNSET)
        departure_country: CreateDepartureCountry | Unset
        if isinstance(_departure_country, Unset):
            departure_country = UNSET
        else:
            departure_country = CreateDepartureCountry.from_dict(_departure_country)

        _v = d.pop("CustomerVatID", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("CustomerVatID: expected str, got " + type(_v).__name__)
        customer_vat_id = _v

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: CreateAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = CreateAddress.from_dict(_billing_address)

        _shipmentaddress = d.pop("Shipmentaddress", UNSET)
        shipmentaddress: CreateAddress | Unset
        if isinstance(_shipmentaddress, Unset):
            shipmentaddress = UNSET
        else:
            shipmentaddress = CreateAddress.from_dict(_shipmentaddress)

        _sales_order_date = d.pop("SalesOrderDate", UNSET)
        sales_order_date: datetime.datetime | Unset
        if isinstance(_sales_order_date, Unset):
            sales_order_date = UNSET
        else:
            sales_order_date = datetime.datetime.fromisoformat(_sales_order_date)

        _sales_order_payment_details = d.pop("SalesOrderPaymentDetails", UNSET)
        sales_order_payment_details: CreateSalesOrderPaymentDetail | Unset
        if isinstance(_sales_order_payment_details, Unset):
            sales_order_payment_details = UNSET
        else:
            sales_order_payment_details = CreateSalesOrderPaymentDetail.from_dict(
                _sales_order_payment_details
            )

        _sales_order_shipping_detail = d.pop("SalesOrderShippingDetail", UNSET)
        sales_order_shipping_detail: CreateSalesOrderShippingDetail | Unset
        if isinstance(_sales_order_shipping_detail, Unset):
            sales_order_shipping_detail = UNSET
        else:
            sales_order_shipping_detail = CreateSalesOrderShippingDetail.from_dict(
                _sales_order_shipping_detail
            )

        _v = d.pop("ColorcodeId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("ColorcodeId: expected int, got " + type(_v).__name__)
        colorcode_id = _v

        _v = d.pop("Comment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Comment: expected str, got " + type(_v).__name__)
        comment = _v

        _v = d.pop("CustomerComment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("CustomerComment: expected str, got " + type(_v).__name__)
        customer_comment = _v

        _v = d.pop("LanguageIso", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("LanguageIso: expected str, got " + type(_v).__name__)
        language_iso = _v

        create_sales_order = cls(
            company_id=company_id,
            customer_id=customer_id,
            number=number,
            external_number=external_number,
            billing_number=billing_number,
            departure_country=departure_country,
            customer_vat_id=customer_vat_id,
            billing_address=billing_address,
            shipmentaddress=shipmentaddress,
            sales_order_date=sales_order_date,
            sales_order_payment_details=sales_order_payment_details,
            sales_order_shipping_detail=sales_order_shipping_detail,
            colorcode_id=colorcode_id,
            comment=comment,
            customer_comment=customer_comment,
            language_iso=language_iso,
        )

        create_sales_order.additional_properties = d
        return create_sales_order

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


from ..models.create_address import CreateAddress
from ..models.create_departure_country import CreateDepartureCountry
from ..models.create_sales_order_payment_detail import CreateSalesOrderPaymentDetail
from ..models.create_sales_order_shipping_detail import CreateSalesOrderShippingDetail
