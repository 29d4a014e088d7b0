from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="Customer")


@_attrs_define
class Customer:
    """
    Attributes:
        id (int):  Example: 123.
        number (str):  Example: C1005486.
        customer_group_id (int):  Example: 0.
        billing_address (Address):
        shipmentaddress (Address):
        custom_address (Address):
        other_addresses (OtherAddresses):
        payment_settings (PaymentSettings):
        customer_since (datetime.datetime):  Example: 2023-02-01T13:30:00.0000000+00:00.
        language_iso (str):  Example: DE.
        internal_company_id (int):  Example: 1.
        customer_category_id (int):  Example: 12.
        tax_identification_number (str):  Example: 123/123/12345.
        accounts_receivable_number (int):  Example: 10000.
        commercial_register_number (str):  Example: HRB 1234.
        website (str):  Example: https://mywebsite.com.
        initial_contact (str):  Example: Amazon.
        ebay_username (str):  Example: eBaybuyer123.
        birthday (datetime.datetime):  Example: 1985-01-01T.
        is_locked (bool):  Example: False.
        is_cash_register_based (bool):  Example: False.
    """

    id: int
    number: str
    customer_group_id: int
    billing_address: Address
    shipmentaddress: Address
    custom_address: Address
    other_addresses: OtherAddresses
    payment_settings: PaymentSettings
    customer_since: datetime.datetime
    language_iso: str
    internal_company_id: int
    customer_category_id: int
    tax_identification_number: str
    accounts_receivable_number: int
    commercial_register_number: str
    website: str
    initial_contact: str
    ebay_username: str
    birthday: datetime.datetime
    is_locked: bool
    is_cash_register_based: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        customer_group_id = self.customer_group_id

        billing_address = self.billing_address.to_dict()

        shipmentaddress = self.shipmentaddress.to_dict()

        custom_address = self.custom_address.to_dict()

        other_addresses = self.other_addresses.to_dict()

        payment_settings = self.payment_settings.to_dict()

        customer_since = self.customer_since.isoformat()

        language_iso = self.language_iso

        internal_company_id = self.internal_company_id

        customer_category_id = self.customer_category_id

        tax_identification_number = self.tax_identification_number

        accounts_receivable_number = self.accounts_receivable_number

        commercial_register_number = self.commercial_register_number

        website = self.website

        initial_contact = self.initial_contact

        ebay_username = self.ebay_username

        birthday = self.birthday.isoformat()

        is_locked = self.is_locked

        is_cash_register_based = self.is_cash_register_based

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "CustomerGroupId": customer_group_id,
                "BillingAddress": billing_address,
                "Shipmentaddress": shipmentaddress,
                "CustomAddress": custom_address,
                "OtherAddresses": other_addresses,
                "PaymentSettings": payment_settings,
                "CustomerSince": customer_since,
                "LanguageIso": language_iso,
                "InternalCompanyId": internal_company_id,
                "CustomerCategoryId": customer_category_id,
                "TaxIdentificationNumber": tax_identification_number,
                "AccountsReceivableNumber": accounts_receivable_number,
                "CommercialRegisterNumber": commercial_register_number,
                "Website": website,
                "InitialContact": initial_contact,
                "EbayUsername": ebay_username,
                "Birthday": birthday,
                "IsLocked": is_locked,
                "IsCashRegisterBased": is_cash_register_based,
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

        _v = d.pop("CustomerGroupId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerGroupId: expected int, got " + type(_v).__name__)
        customer_group_id = _v

        billing_address = Address.from_dict(d.pop("BillingAddress"))

        shipmentaddress = Address.from_dict(d.pop("Shipmentaddress"))

        custom_address = Address.from_dict(d.pop("CustomAddress"))

        other_addresses = OtherAddresses.from_dict(d.pop("OtherAddresses"))

        payment_settings = PaymentSettings.from_dict(d.pop("PaymentSettings"))

        customer_since = datetime.datetime.fromisoformat(d.pop("CustomerSince"))

        _v = d.pop("LanguageIso", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("LanguageIso: expected str, got " + type(_v).__name__)
        language_iso = _v

        _v = d.pop("InternalCompanyId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("InternalCompanyId: expected int, got " + type(_v).__name__)
        internal_company_id = _v

        _v = d.pop("CustomerCategoryId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerCategoryId: expected int, got " + type(_v).__name__)
        customer_category_id = _v

        _v = d.pop("TaxIdentificationNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("TaxIdentificationNumber: expected str, got " + type(_v).__name__)
        tax_identification_number = _v

        _v = d.pop("AccountsReceivableNumber", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("AccountsReceivableNumber: expected int, got " + type(_v).__name__)
        accounts_receivable_number = _v

        _v = d.pop("CommercialRegisterNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("CommercialRegisterNumber: expected str, got " + type(_v).__name__)
        commercial_register_number = _v

        _v = d.pop("Website", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Website: expected str, got " + type(_v).__name__)
        website = _v

        _v = d.pop("InitialContact", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("InitialContact: expected str, got " + type(_v).__name__)
        initial_contact = _v

        _v = d.pop("EbayUsername", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("EbayUsername: expected str, got " + type(_v).__name__)
        ebay_username = _v

        birthday = datetime.datetime.fromisoformat(d.pop("Birthday"))

        _v = d.pop("IsLocked", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsLocked: expected bool, got " + type(_v).__name__)
        is_locked = _v

        _v = d.pop("IsCashRegisterBased", UNSET)
        if type(_v) is not bool:
            raise TypeError("IsCashRegisterBased: expected bool, got " + type(_v).__name__)
        is_cash_register_based = _v

        customer = cls(
            id=id,
            number=number,
            customer_group_id=customer_group_id,
            billing_address=billing_address,
            shipmentaddress=shipmentaddress,
            custom_address=custom_address,
            other_addresses=other_addresses,
            payment_settings=payment_settings,
            customer_since=customer_since,
            language_iso=language_iso,
            internal_company_id=internal_company_id,
            customer_category_id=customer_category_id,
            tax_identification_number=tax_identification_number,
            accounts_receivable_number=accounts_receivable_number,
            commercial_register_number=commercial_register_number,
            website=website,
            initial_contact=initial_contact,
            ebay_username=ebay_username,
            birthday=birthday,
            is_locked=is_locked,
            is_cash_register_based=is_cash_register_based,
        )

        customer.additional_properties = d
        return customer

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
from ..models.other_addresses import OtherAddresses
from ..models.payment_settings import PaymentSettings
