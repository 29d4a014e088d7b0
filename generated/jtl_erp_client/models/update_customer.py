from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomer")


@_attrs_define
class UpdateCustomer:
    """
    Attributes:
        number (str | Unset):  Example: C1005486.
        customer_group_id (int | Unset):  Example: 0.
        billing_address (UpdateAddress | Unset):
        shipmentaddress (UpdateAddress | Unset):
        custom_address (UpdateAddress | Unset):
        other_addresses (UpdateOtherAddresses | Unset):
        payment_settings (UpdatePaymentSettings | Unset):
        customer_since (datetime.datetime | Unset):  Example: 2023-02-01T13:30:00.0000000+00:00.
        language_iso (str | Unset):  Example: DE.
        internal_company_id (int | Unset):  Example: 1.
        customer_category_id (int | Unset):  Example: 12.
        tax_identification_number (str | Unset):  Example: 123/123/12345.
        accounts_receivable_number (int | Unset):  Example: 10000.
        commercial_register_number (str | Unset):  Example: HRB 1234.
        website (str | Unset):  Example: https://mywebsite.com.
        initial_contact (str | Unset):  Example: Amazon.
        ebay_username (str | Unset):  Example: eBaybuyer123.
        birthday (datetime.datetime | Unset):  Example: 1985-01-01T.
        is_locked (bool | Unset):  Example: False.
        is_cash_register_based (bool | Unset):  Example: False.
    """

    number: str | Unset = UNSET
    customer_group_id: int | Unset = UNSET
    billing_address: UpdateAddress | Unset = UNSET
    shipmentaddress: UpdateAddress | Unset = UNSET
    custom_address: UpdateAddress | Unset = UNSET
    other_addresses: UpdateOtherAddresses | Unset = UNSET
    payment_settings: UpdatePaymentSettings | Unset = UNSET
    customer_since: datetime.datetime | Unset = UNSET
    language_iso: str | Unset = UNSET
    internal_company_id: int | Unset = UNSET
    customer_category_id: int | Unset = UNSET
    tax_identification_number: str | Unset = UNSET
    accounts_receivable_number: int | Unset = UNSET
    commercial_register_number: str | Unset = UNSET
    website: str | Unset = UNSET
    initial_contact: str | Unset = UNSET
    ebay_username: str | Unset = UNSET
    birthday: datetime.datetime | Unset = UNSET
    is_locked: bool | Unset = UNSET
    is_cash_register_based: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        customer_group_id = self.customer_group_id

        billing_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.billing_address, Unset):
            billing_address = self.billing_address.to_dict()

        shipmentaddress: dict[str, Any] | Unset = UNSET
        if not isinstance(self.shipmentaddress, Unset):
            shipmentaddress = self.shipmentaddress.to_dict()

        custom_address: dict[str, Any] | Unset = UNSET
        if not isinstance(self.custom_address, Unset):
            custom_address = self.custom_address.to_dict()

        other_addresses: dict[str, Any] | Unset = UNSET
        if not isinstance(self.other_addresses, Unset):
            other_addresses = self.other_addresses.to_dict()

        payment_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.payment_settings, Unset):
            payment_settings = self.payment_settings.to_dict()

        customer_since: str | Unset = UNSET
        if not isinstance(self.customer_since, Unset):
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

        birthday: str | Unset = UNSET
        if not isinstance(self.birthday, Unset):
            birthday = self.birthday.isoformat()

        is_locked = self.is_locked

        is_cash_register_based = self.is_cash_register_based

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if number is not UNSET:
            field_dict["Number"] = number
        if customer_group_id is not UNSET:
            field_dict["CustomerGroupId"] = customer_group_id
        if billing_address is not UNSET:
            field_dict["BillingAddress"] = billing_address
        if shipmentaddress is not UNSET:
            field_dict["Shipmentaddress"] = shipmentaddress
        if custom_address is not UNSET:
            field_dict["CustomAddress"] = custom_address
        if other_addresses is not UNSET:
            field_dict["OtherAddresses"] = other_addresses
        if payment_settings is not UNSET:
            field_dict["PaymentSettings"] = payment_settings
        if customer_since is not UNSET:
            field_dict["CustomerSince"] = customer_since
        if language_iso is not UNSET:
            field_dict["LanguageIso"] = language_iso
        if internal_company_id is not UNSET:
            field_dict["InternalCompanyId"] = internal_company_id
        if customer_category_id is not UNSET:
            field_dict["CustomerCategoryId"] = customer_category_id
        if tax_identification_number is not UNSET:
            field_dict["TaxIdentificationNumber"] = tax_identification_number
        if accounts_receivable_number is not UNSET:
            field_dict["AccountsReceivableNumber"] = accounts_receivable_number
        if commercial_register_number is not UNSET:
            field_dict["CommercialRegisterNumber"] = commercial_register_number
        if website is not UNSET:
            field_dict["Website"] = website
        if initial_contact is not UNSET:
            field_dict["InitialContact"] = initial_contact
        if ebay_username is not UNSET:
            field_dict["EbayUsername"] = ebay_username
        if birthday is not UNSET:
            field_dict["Birthday"] = birthday
        if is_locked is not UNSET:
            field_dict["IsLocked"] = is_locked
        if is_cash_register_based is not UNSET:
            field_dict["IsCashRegisterBased"] = is_cash_register_based

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Number", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Number: expected str, got " + type(_v).__name__)
        number = _v

        _v = d.pop("CustomerGroupId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("CustomerGroupId: expected int, got " + type(_v).__name__)
        customer_group_id = _v

        _billing_address = d.pop("BillingAddress", UNSET)
        billing_address: UpdateAddress | Unset
        if isinstance(_billing_address, Unset):
            billing_address = UNSET
        else:
            billing_address = UpdateAddress.from_dict(_billing_address)

        _shipmentaddress = d.pop("Shipmentaddress", UNSET)
        shipmentaddress: UpdateAddress | Unset
        if isinstance(_shipmentaddress, Unset):
            shipmentaddress = UNSET
        else:
            shipmentaddress = UpdateAddress.from_dict(_shipmentaddress)

        _custom_address = d.pop("CustomAddress", UNSET)
        custom_address: UpdateAddress | Unset
        if isinstance(_custom_address, Unset):
            custom_address = UNSET
        else:
            custom_address = UpdateAddress.from_dict(_custom_address)

        _other_addresses = d.pop("OtherAddresses", UNSET)
        other_addresses: UpdateOtherAddresses | Unset
        if isinstance(_other_addresses, Unset):
            other_addresses = UNSET
        else:
            other_addresses = UpdateOtherAddresses.from_dict(_other_addresses)

        _payment_settings = d.pop("PaymentSettings", UNSET)
        payment_settings: UpdatePaymentSettings | Unset
        if isinstance(_payment_settings, Unset):
            payment_settings = UNSET
        else:
            payment_settings = UpdatePaymentSettings.from_dict(_payment_settings)

        _customer_since = d.pop("CustomerSince", UNSET)
        customer_since: datetime.datetime | Unset
        if isinstance(_customer_since, Unset):
            customer_since = UNSET
        else:
            customer_since = datetime.datetime.fromisoformat(_customer_since)

        _v = d.pop("LanguageIso", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("LanguageIso: expected str, got " + type(_v).__name__)
        language_iso = _v

        _v = d.pop("InternalCompanyId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("InternalCompanyId: expected int, got " + type(_v).__name__)
        internal_company_id = _v

        _v = d.pop("CustomerCategoryId", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("CustomerCategoryId: expected int, got " + type(_v).__name__)
        customer_category_id = _v

        _v = d.pop("TaxIdentificationNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("TaxIdentificationNumber: expected str, got " + type(_v).__name__)
        tax_identification_number = _v

        _v = d.pop("AccountsReceivableNumber", UNSET)
        if _v is not UNSET and (type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool))):
            raise TypeError("AccountsReceivableNumber: expected int, got " + type(_v).__name__)
        accounts_receivable_number = _v

        _v = d.pop("CommercialRegisterNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("CommercialRegisterNumber: expected str, got " + type(_v).__name__)
        commercial_register_number = _v

        _v = d.pop("Website", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Website: expected str, got " + type(_v).__name__)
        website = _v

        _v = d.pop("InitialContact", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("InitialContact: expected str, got " + type(_v).__name__)
        initial_contact = _v

        _v = d.pop("EbayUsername", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("EbayUsername: expected str, got " + type(_v).__name__)
        ebay_username = _v

        _birthday = d.pop("Birthday", UNSET)
        birthday: datetime.datetime | Unset
        if isinstance(_birthday, Unset):
            birthday = UNSET
        else:
            birthday = datetime.datetime.fromisoformat(_birthday)

        _v = d.pop("IsLocked", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IsLocked: expected bool, got " + type(_v).__name__)
        is_locked = _v

        _v = d.pop("IsCashRegisterBased", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("IsCashRegisterBased: expected bool, got " + type(_v).__name__)
        is_cash_register_based = _v

        update_customer = cls(
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

        update_customer.additional_properties = d
        return update_customer

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


from ..models.update_address import UpdateAddress
from ..models.update_other_addresses import UpdateOtherAddresses
from ..models.update_payment_settings import UpdatePaymentSettings
