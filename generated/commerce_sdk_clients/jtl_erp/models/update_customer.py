from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateCustomer")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Number",
        "CustomerGroupId",
        "BillingAddress",
        "Shipmentaddress",
        "CustomAddress",
        "OtherAddresses",
        "PaymentSettings",
        "CustomerSince",
        "LanguageIso",
        "InternalCompanyId",
        "CustomerCategoryId",
        "TaxIdentificationNumber",
        "AccountsReceivableNumber",
        "CommercialRegisterNumber",
        "Website",
        "InitialContact",
        "EbayUsername",
        "Birthday",
        "IsLocked",
        "IsCashRegisterBased",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is UpdateCustomer
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            number = _src["Number"]
        except KeyError:
            number = UNSET
        if number.__class__ is not str and number is not UNSET:
            number, _raw = _decoding.scalar(number, "str", _path, "Number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_group_id = _src["CustomerGroupId"]
        except KeyError:
            customer_group_id = UNSET
        if customer_group_id.__class__ is not int and customer_group_id is not UNSET:
            customer_group_id, _raw = _decoding.scalar(
                customer_group_id, "int", _path, "CustomerGroupId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["BillingAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                billing_address = _v
                _pending |= 1
            else:
                billing_address = _UpdateAddress_from_dict(_v, _path + "BillingAddress.")
        elif _v is UNSET:
            billing_address = UNSET
        else:
            billing_address, _raw = _decoding.as_model(_v, UpdateAddress, _path, "BillingAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Shipmentaddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                shipmentaddress = _v
                _pending |= 2
            else:
                shipmentaddress = _UpdateAddress_from_dict(_v, _path + "Shipmentaddress.")
        elif _v is UNSET:
            shipmentaddress = UNSET
        else:
            shipmentaddress, _raw = _decoding.as_model(_v, UpdateAddress, _path, "Shipmentaddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CustomAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                custom_address = _v
                _pending |= 4
            else:
                custom_address = _UpdateAddress_from_dict(_v, _path + "CustomAddress.")
        elif _v is UNSET:
            custom_address = UNSET
        else:
            custom_address, _raw = _decoding.as_model(_v, UpdateAddress, _path, "CustomAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["OtherAddresses"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                other_addresses = _v
                _pending |= 8
            else:
                other_addresses = _UpdateOtherAddresses_from_dict(_v, _path + "OtherAddresses.")
        elif _v is UNSET:
            other_addresses = UNSET
        else:
            other_addresses, _raw = _decoding.as_model(
                _v, UpdateOtherAddresses, _path, "OtherAddresses", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PaymentSettings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                payment_settings = _v
                _pending |= 16
            else:
                payment_settings = _UpdatePaymentSettings_from_dict(_v, _path + "PaymentSettings.")
        elif _v is UNSET:
            payment_settings = UNSET
        else:
            payment_settings, _raw = _decoding.as_model(
                _v, UpdatePaymentSettings, _path, "PaymentSettings", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CustomerSince"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                customer_since = datetime.datetime.fromisoformat(_v)
            except ValueError:
                customer_since, _raw = _decoding.as_datetime(_v, "date-time", _path, "CustomerSince", _raw)
        elif _v is UNSET:
            customer_since = UNSET
        else:
            customer_since, _raw = _decoding.as_datetime(_v, "date-time", _path, "CustomerSince", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            language_iso = _src["LanguageIso"]
        except KeyError:
            language_iso = UNSET
        if language_iso.__class__ is not str and language_iso is not UNSET:
            language_iso, _raw = _decoding.scalar(language_iso, "str", _path, "LanguageIso", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            internal_company_id = _src["InternalCompanyId"]
        except KeyError:
            internal_company_id = UNSET
        if internal_company_id.__class__ is not int and internal_company_id is not UNSET:
            internal_company_id, _raw = _decoding.scalar(
                internal_company_id, "int", _path, "InternalCompanyId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_category_id = _src["CustomerCategoryId"]
        except KeyError:
            customer_category_id = UNSET
        if customer_category_id.__class__ is not int and customer_category_id is not UNSET:
            customer_category_id, _raw = _decoding.scalar(
                customer_category_id, "int", _path, "CustomerCategoryId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_identification_number = _src["TaxIdentificationNumber"]
        except KeyError:
            tax_identification_number = UNSET
        if tax_identification_number.__class__ is not str and tax_identification_number is not UNSET:
            tax_identification_number, _raw = _decoding.scalar(
                tax_identification_number, "str", _path, "TaxIdentificationNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            accounts_receivable_number = _src["AccountsReceivableNumber"]
        except KeyError:
            accounts_receivable_number = UNSET
        if accounts_receivable_number.__class__ is not int and accounts_receivable_number is not UNSET:
            accounts_receivable_number, _raw = _decoding.scalar(
                accounts_receivable_number, "int", _path, "AccountsReceivableNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            commercial_register_number = _src["CommercialRegisterNumber"]
        except KeyError:
            commercial_register_number = UNSET
        if commercial_register_number.__class__ is not str and commercial_register_number is not UNSET:
            commercial_register_number, _raw = _decoding.scalar(
                commercial_register_number, "str", _path, "CommercialRegisterNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            website = _src["Website"]
        except KeyError:
            website = UNSET
        if website.__class__ is not str and website is not UNSET:
            website, _raw = _decoding.scalar(website, "str", _path, "Website", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            initial_contact = _src["InitialContact"]
        except KeyError:
            initial_contact = UNSET
        if initial_contact.__class__ is not str and initial_contact is not UNSET:
            initial_contact, _raw = _decoding.scalar(initial_contact, "str", _path, "InitialContact", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            ebay_username = _src["EbayUsername"]
        except KeyError:
            ebay_username = UNSET
        if ebay_username.__class__ is not str and ebay_username is not UNSET:
            ebay_username, _raw = _decoding.scalar(ebay_username, "str", _path, "EbayUsername", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Birthday"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                birthday = datetime.datetime.fromisoformat(_v)
            except ValueError:
                birthday, _raw = _decoding.as_datetime(_v, "date-time", _path, "Birthday", _raw)
        elif _v is UNSET:
            birthday = UNSET
        else:
            birthday, _raw = _decoding.as_datetime(_v, "date-time", _path, "Birthday", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_locked = _src["IsLocked"]
        except KeyError:
            is_locked = UNSET
        if is_locked.__class__ is not bool and is_locked is not UNSET:
            is_locked, _raw = _decoding.scalar(is_locked, "bool", _path, "IsLocked", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_cash_register_based = _src["IsCashRegisterBased"]
        except KeyError:
            is_cash_register_based = UNSET
        if is_cash_register_based.__class__ is not bool and is_cash_register_based is not UNSET:
            is_cash_register_based, _raw = _decoding.scalar(
                is_cash_register_based, "bool", _path, "IsCashRegisterBased", _raw
            )

        if cls is UpdateCustomer:
            _obj = _new(cls)
            _obj.number = number
            _obj.customer_group_id = customer_group_id
            _set_billing_address(_obj, billing_address)
            _set_shipmentaddress(_obj, shipmentaddress)
            _set_custom_address(_obj, custom_address)
            _set_other_addresses(_obj, other_addresses)
            _set_payment_settings(_obj, payment_settings)
            _obj.customer_since = customer_since
            _obj.language_iso = language_iso
            _obj.internal_company_id = internal_company_id
            _obj.customer_category_id = customer_category_id
            _obj.tax_identification_number = tax_identification_number
            _obj.accounts_receivable_number = accounts_receivable_number
            _obj.commercial_register_number = commercial_register_number
            _obj.website = website
            _obj.initial_contact = initial_contact
            _obj.ebay_username = ebay_username
            _obj.birthday = birthday
            _obj.is_locked = is_locked
            _obj.is_cash_register_based = is_cash_register_based
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                number,
                customer_group_id,
                billing_address,
                shipmentaddress,
                custom_address,
                other_addresses,
                payment_settings,
                customer_since,
                language_iso,
                internal_company_id,
                customer_category_id,
                tax_identification_number,
                accounts_receivable_number,
                commercial_register_number,
                website,
                initial_contact,
                ebay_username,
                birthday,
                is_locked,
                is_cash_register_based,
            )

        if not _KNOWN_KEYS.issuperset(_src):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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

_UpdateAddress_from_dict = UpdateAddress.from_dict
_UpdateOtherAddresses_from_dict = UpdateOtherAddresses.from_dict
_UpdatePaymentSettings_from_dict = UpdatePaymentSettings.from_dict

_set_billing_address = _decoding.lazy(
    UpdateCustomer, "billing_address", "BillingAddress", 1, UpdateAddress.from_dict, False
)
_set_shipmentaddress = _decoding.lazy(
    UpdateCustomer, "shipmentaddress", "Shipmentaddress", 2, UpdateAddress.from_dict, False
)
_set_custom_address = _decoding.lazy(
    UpdateCustomer, "custom_address", "CustomAddress", 4, UpdateAddress.from_dict, False
)
_set_other_addresses = _decoding.lazy(
    UpdateCustomer, "other_addresses", "OtherAddresses", 8, UpdateOtherAddresses.from_dict, False
)
_set_payment_settings = _decoding.lazy(
    UpdateCustomer, "payment_settings", "PaymentSettings", 16, UpdatePaymentSettings.from_dict, False
)
