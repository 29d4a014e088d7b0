from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.accounting_data_type import AccountingDataType
from ..types import UNSET

T = TypeVar("T", bound="AccountingData")


@_attrs_define
class AccountingData:
    """
    Attributes:
        document_number (str):  Example: A1004465.
        document_id (int):  Example: 1.
        document_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        sales_order_number (str):  Example: D456-64894-132.
        sales_order_id (int):  Example: 1.
        external_sales_order_number (str):  Example: B342-46456-4234.
        departure_country (Country):
        shipment_country (Country):
        billing_address (Address):
        shipment_address (Address):
        currency_iso (str):  Example: EUR.
        type_ (AccountingDataType):  Example: 0.
        company_id (int):  Example: 1.
        company_vat_id (str):  Example: DE123456789.
        customer_vat_id (str):  Example: DE123456789.
        sales_channel_id (str):  Example: 1-1-1.
        is_cancelled (bool):  Example: False.
        account_data_line_items (list[AccountingDataLineItem]):  Example: NOT APPLICABLE.
    """

    document_number: str
    document_id: int
    document_date: datetime.datetime
    sales_order_number: str
    sales_order_id: int
    external_sales_order_number: str
    departure_country: Country
    shipment_country: Country
    billing_address: Address
    shipment_address: Address
    currency_iso: str
    type_: AccountingDataType
    company_id: int
    company_vat_id: str
    customer_vat_id: str
    sales_channel_id: str
    is_cancelled: bool
    account_data_line_items: list[AccountingDataLineItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_number = self.document_number

        document_id = self.document_id

        document_date = self.document_date.isoformat()

        sales_order_number = self.sales_order_number

        sales_order_id = self.sales_order_id

        external_sales_order_number = self.external_sales_order_number

        departure_country = self.departure_country.to_dict()

        shipment_country = self.shipment_country.to_dict()

        billing_address = self.billing_address.to_dict()

        shipment_address = self.shipment_address.to_dict()

        currency_iso = self.currency_iso

        type_ = self.type_.value

        company_id = self.company_id

        company_vat_id = self.company_vat_id

        customer_vat_id = self.customer_vat_id

        sales_channel_id = self.sales_channel_id

        is_cancelled = self.is_cancelled

        account_data_line_items = []
        for account_data_line_items_item_data in self.account_data_line_items:
            account_data_line_items_item = account_data_line_items_item_data.to_dict()
            account_data_line_items.append(account_data_line_items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "DocumentNumber": document_number,
                "DocumentId": document_id,
                "DocumentDate": document_date,
                "SalesOrderNumber": sales_order_number,
                "SalesOrderId": sales_order_id,
                "ExternalSalesOrderNumber": external_sales_order_number,
                "DepartureCountry": departure_country,
                "ShipmentCountry": shipment_country,
                "BillingAddress": billing_address,
                "ShipmentAddress": shipment_address,
                "CurrencyIso": currency_iso,
                "Type": type_,
                "CompanyId": company_id,
                "CompanyVatId": company_vat_id,
                "CustomerVatId": customer_vat_id,
                "SalesChannelId": sales_channel_id,
                "IsCancelled": is_cancelled,
                "AccountDataLineItems": account_data_line_items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("DocumentNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("DocumentNumber: expected str, got " + type(_v).__name__)
        document_number = _v

        _v = d.pop("DocumentId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("DocumentId: expected int, got " + type(_v).__name__)
        document_id = _v

        document_date = datetime.datetime.fromisoformat(d.pop("DocumentDate"))

        _v = d.pop("SalesOrderNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesOrderNumber: expected str, got " + type(_v).__name__)
        sales_order_number = _v

        _v = d.pop("SalesOrderId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SalesOrderId: expected int, got " + type(_v).__name__)
        sales_order_id = _v

        _v = d.pop("ExternalSalesOrderNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ExternalSalesOrderNumber: expected str, got " + type(_v).__name__)
        external_sales_order_number = _v

        departure_country = Country.from_dict(d.pop("DepartureCountry"))

        shipment_country = Country.from_dict(d.pop("ShipmentCountry"))

        billing_address = Address.from_dict(d.pop("BillingAddress"))

        shipment_address = Address.from_dict(d.pop("ShipmentAddress"))

        _v = d.pop("CurrencyIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CurrencyIso: expected str, got " + type(_v).__name__)
        currency_iso = _v

        type_ = AccountingDataType(d.pop("Type"))

        _v = d.pop("CompanyId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CompanyId: expected int, got " + type(_v).__name__)
        company_id = _v

        _v = d.pop("CompanyVatId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CompanyVatId: expected str, got " + type(_v).__name__)
        company_vat_id = _v

        _v = d.pop("CustomerVatId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CustomerVatId: expected str, got " + type(_v).__name__)
        customer_vat_id = _v

        _v = d.pop("SalesChannelId", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("SalesChannelId: expected str, got " + type(_v).__name__)
        sales_channel_id = _v

        _v = d.pop("IsCancelled", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsCancelled: expected bool, got " + type(_v).__name__)
        is_cancelled = _v

        _v = d.pop("AccountDataLineItems", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("AccountDataLineItems: expected list, got " + type(_v).__name__)
        account_data_line_items = []
        _account_data_line_items = _v
        for account_data_line_items_item_data in _account_data_line_items:
            account_data_line_items_item = AccountingDataLineItem.from_dict(account_data_line_items_item_data)

            account_data_line_items.append(account_data_line_items_item)

        accounting_data = cls(
            document_number=document_number,
            document_id=document_id,
            document_date=document_date,
            sales_order_number=sales_order_number,
            sales_order_id=sales_order_id,
            external_sales_order_number=external_sales_order_number,
            departure_country=departure_country,
            shipment_country=shipment_country,
            billing_address=billing_address,
            shipment_address=shipment_address,
            currency_iso=currency_iso,
            type_=type_,
            company_id=company_id,
            company_vat_id=company_vat_id,
            customer_vat_id=customer_vat_id,
            sales_channel_id=sales_channel_id,
            is_cancelled=is_cancelled,
            account_data_line_items=account_data_line_items,
        )

        accounting_data.additional_properties = d
        return accounting_data

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


from ..models.accounting_data_line_item import AccountingDataLineItem
from ..models.address import Address
from ..models.country import Country
