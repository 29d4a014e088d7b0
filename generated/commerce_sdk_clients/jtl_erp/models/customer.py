from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="Customer")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        customer_group_id = self.customer_group_id

        if self.billing_address is None or isinstance(self.billing_address, Unset):
            billing_address = self.billing_address
        else:
            billing_address = self.billing_address.to_dict()

        if self.shipmentaddress is None or isinstance(self.shipmentaddress, Unset):
            shipmentaddress = self.shipmentaddress
        else:
            shipmentaddress = self.shipmentaddress.to_dict()

        if self.custom_address is None or isinstance(self.custom_address, Unset):
            custom_address = self.custom_address
        else:
            custom_address = self.custom_address.to_dict()

        if self.other_addresses is None or isinstance(self.other_addresses, Unset):
            other_addresses = self.other_addresses
        else:
            other_addresses = self.other_addresses.to_dict()

        if self.payment_settings is None or isinstance(self.payment_settings, Unset):
            payment_settings = self.payment_settings
        else:
            payment_settings = self.payment_settings.to_dict()

        if self.customer_since is None or isinstance(self.customer_since, Unset):
            customer_since = self.customer_since
        else:
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

        if self.birthday is None or isinstance(self.birthday, Unset):
            birthday = self.birthday
        else:
            birthday = self.birthday.isoformat()

        is_locked = self.is_locked

        is_cash_register_based = self.is_cash_register_based

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is Customer
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            number = _src["Number"]
        except KeyError:
            number = UNSET
        if number.__class__ is not str:
            number, _raw = _decoding.scalar(number, "str", _path, "Number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_group_id = _src["CustomerGroupId"]
        except KeyError:
            customer_group_id = UNSET
        if customer_group_id.__class__ is not int:
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
                billing_address = _Address_from_dict(_v, _path + "BillingAddress.")
        else:
            billing_address, _raw = _decoding.as_model(_v, Address, _path, "BillingAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Shipmentaddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                shipmentaddress = _v
                _pending |= 2
            else:
                shipmentaddress = _Address_from_dict(_v, _path + "Shipmentaddress.")
        else:
            shipmentaddress, _raw = _decoding.as_model(_v, Address, _path, "Shipmentaddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CustomAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                custom_address = _v
                _pending |= 4
            else:
                custom_address = _Address_from_dict(_v, _path + "CustomAddress.")
        else:
            custom_address, _raw = _decoding.as_model(_v, Address, _path, "CustomAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["OtherAddresses"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                other_addresses = _v
                _pending |= 8
            else:
                other_addresses = _OtherAddresses_from_dict(_v, _path + "OtherAddresses.")
        else:
            other_addresses, _raw = _decoding.as_model(_v, OtherAddresses, _path, "OtherAddresses", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PaymentSettings"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                payment_settings = _v
                _pending |= 16
            else:
                payment_settings = _PaymentSettings_from_dict(_v, _path + "PaymentSettings.")
        else:
            payment_settings, _raw = _decoding.as_model(_v, PaymentSettings, _path, "PaymentSettings", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CustomerSince"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                customer_since = datetime.datetime.fromisoformat(_v)
            except ValueError:
                customer_since, _raw = _decoding.as_datetime(_v, "date-time", _path, "CustomerSince", _raw)
        else:
            customer_since, _raw = _decoding.as_datetime(_v, "date-time", _path, "CustomerSince", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            language_iso = _src["LanguageIso"]
        except KeyError:
            language_iso = UNSET
        if language_iso.__class__ is not str:
            language_iso, _raw = _decoding.scalar(language_iso, "str", _path, "LanguageIso", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            internal_company_id = _src["InternalCompanyId"]
        except KeyError:
            internal_company_id = UNSET
        if internal_company_id.__class__ is not int:
            internal_company_id, _raw = _decoding.scalar(
                internal_company_id, "int", _path, "InternalCompanyId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_category_id = _src["CustomerCategoryId"]
        except KeyError:
            customer_category_id = UNSET
        if customer_category_id.__class__ is not int:
            customer_category_id, _raw = _decoding.scalar(
                customer_category_id, "int", _path, "CustomerCategoryId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_identification_number = _src["TaxIdentificationNumber"]
        except KeyError:
            tax_identification_number = UNSET
        if tax_identification_number.__class__ is not str:
            tax_identification_number, _raw = _decoding.scalar(
                tax_identification_number, "str", _path, "TaxIdentificationNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            accounts_receivable_number = _src["AccountsReceivableNumber"]
        except KeyError:
            accounts_receivable_number = UNSET
        if accounts_receivable_number.__class__ is not int:
            accounts_receivable_number, _raw = _decoding.scalar(
                accounts_receivable_number, "int", _path, "AccountsReceivableNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            commercial_register_number = _src["CommercialRegisterNumber"]
        except KeyError:
            commercial_register_number = UNSET
        if commercial_register_number.__class__ is not str:
            commercial_register_number, _raw = _decoding.scalar(
                commercial_register_number, "str", _path, "CommercialRegisterNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            website = _src["Website"]
        except KeyError:
            website = UNSET
        if website.__class__ is not str:
            website, _raw = _decoding.scalar(website, "str", _path, "Website", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            initial_contact = _src["InitialContact"]
        except KeyError:
            initial_contact = UNSET
        if initial_contact.__class__ is not str:
            initial_contact, _raw = _decoding.scalar(initial_contact, "str", _path, "InitialContact", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            ebay_username = _src["EbayUsername"]
        except KeyError:
            ebay_username = UNSET
        if ebay_username.__class__ is not str:
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
        else:
            birthday, _raw = _decoding.as_datetime(_v, "date-time", _path, "Birthday", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_locked = _src["IsLocked"]
        except KeyError:
            is_locked = UNSET
        if is_locked.__class__ is not bool:
            is_locked, _raw = _decoding.scalar(is_locked, "bool", _path, "IsLocked", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_cash_register_based = _src["IsCashRegisterBased"]
        except KeyError:
            is_cash_register_based = UNSET
        if is_cash_register_based.__class__ is not bool:
            is_cash_register_based, _raw = _decoding.scalar(
                is_cash_register_based, "bool", _path, "IsCashRegisterBased", _raw
            )

        if cls is Customer:
            _obj = _new(cls)
            _obj.id = id
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
                id,
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

        if len(_src) != 21 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.address import Address
from ..models.other_addresses import OtherAddresses
from ..models.payment_settings import PaymentSettings

_Address_from_dict = Address.from_dict
_OtherAddresses_from_dict = OtherAddresses.from_dict
_PaymentSettings_from_dict = PaymentSettings.from_dict

_set_billing_address = _decoding.lazy(
    Customer, "billing_address", "BillingAddress", 1, Address.from_dict, False
)
_set_shipmentaddress = _decoding.lazy(
    Customer, "shipmentaddress", "Shipmentaddress", 2, Address.from_dict, False
)
_set_custom_address = _decoding.lazy(Customer, "custom_address", "CustomAddress", 4, Address.from_dict, False)
_set_other_addresses = _decoding.lazy(
    Customer, "other_addresses", "OtherAddresses", 8, OtherAddresses.from_dict, False
)
_set_payment_settings = _decoding.lazy(
    Customer, "payment_settings", "PaymentSettings", 16, PaymentSettings.from_dict, False
)
