from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.accounting_data_type import AccountingDataType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingData")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "DocumentNumber",
        "DocumentId",
        "DocumentDate",
        "SalesOrderNumber",
        "SalesOrderId",
        "ExternalSalesOrderNumber",
        "DepartureCountry",
        "ShipmentCountry",
        "BillingAddress",
        "ShipmentAddress",
        "CurrencyIso",
        "Type",
        "CompanyId",
        "CompanyVatId",
        "CustomerVatId",
        "SalesChannelId",
        "IsCancelled",
        "AccountDataLineItems",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        document_number = self.document_number

        document_id = self.document_id

        if self.document_date is None or isinstance(self.document_date, Unset):
            document_date = self.document_date
        else:
            document_date = self.document_date.isoformat()

        sales_order_number = self.sales_order_number

        sales_order_id = self.sales_order_id

        external_sales_order_number = self.external_sales_order_number

        if self.departure_country is None or isinstance(self.departure_country, Unset):
            departure_country = self.departure_country
        else:
            departure_country = self.departure_country.to_dict()

        if self.shipment_country is None or isinstance(self.shipment_country, Unset):
            shipment_country = self.shipment_country
        else:
            shipment_country = self.shipment_country.to_dict()

        if self.billing_address is None or isinstance(self.billing_address, Unset):
            billing_address = self.billing_address
        else:
            billing_address = self.billing_address.to_dict()

        if self.shipment_address is None or isinstance(self.shipment_address, Unset):
            shipment_address = self.shipment_address
        else:
            shipment_address = self.shipment_address.to_dict()

        currency_iso = self.currency_iso

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        company_id = self.company_id

        company_vat_id = self.company_vat_id

        customer_vat_id = self.customer_vat_id

        sales_channel_id = self.sales_channel_id

        is_cancelled = self.is_cancelled

        if self.account_data_line_items is None or isinstance(self.account_data_line_items, Unset):
            account_data_line_items = self.account_data_line_items
        else:
            account_data_line_items = []
            for account_data_line_items_item_data in self.account_data_line_items:
                account_data_line_items_item = account_data_line_items_item_data.to_dict()
                account_data_line_items.append(account_data_line_items_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is AccountingData
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            document_number = _src["DocumentNumber"]
        except KeyError:
            document_number = UNSET
        if document_number.__class__ is not str:
            document_number, _raw = _decoding.scalar(document_number, "str", _path, "DocumentNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            document_id = _src["DocumentId"]
        except KeyError:
            document_id = UNSET
        if document_id.__class__ is not int:
            document_id, _raw = _decoding.scalar(document_id, "int", _path, "DocumentId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DocumentDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                document_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                document_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "DocumentDate", _raw)
        else:
            document_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "DocumentDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_order_number = _src["SalesOrderNumber"]
        except KeyError:
            sales_order_number = UNSET
        if sales_order_number.__class__ is not str:
            sales_order_number, _raw = _decoding.scalar(
                sales_order_number, "str", _path, "SalesOrderNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_order_id = _src["SalesOrderId"]
        except KeyError:
            sales_order_id = UNSET
        if sales_order_id.__class__ is not int:
            sales_order_id, _raw = _decoding.scalar(sales_order_id, "int", _path, "SalesOrderId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            external_sales_order_number = _src["ExternalSalesOrderNumber"]
        except KeyError:
            external_sales_order_number = UNSET
        if external_sales_order_number.__class__ is not str:
            external_sales_order_number, _raw = _decoding.scalar(
                external_sales_order_number, "str", _path, "ExternalSalesOrderNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DepartureCountry"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                departure_country = _v
                _pending |= 1
            else:
                departure_country = _Country_from_dict(_v, _path + "DepartureCountry.")
        else:
            departure_country, _raw = _decoding.as_model(_v, Country, _path, "DepartureCountry", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ShipmentCountry"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                shipment_country = _v
                _pending |= 2
            else:
                shipment_country = _Country_from_dict(_v, _path + "ShipmentCountry.")
        else:
            shipment_country, _raw = _decoding.as_model(_v, Country, _path, "ShipmentCountry", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["BillingAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                billing_address = _v
                _pending |= 4
            else:
                billing_address = _Address_from_dict(_v, _path + "BillingAddress.")
        else:
            billing_address, _raw = _decoding.as_model(_v, Address, _path, "BillingAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ShipmentAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                shipment_address = _v
                _pending |= 8
            else:
                shipment_address = _Address_from_dict(_v, _path + "ShipmentAddress.")
        else:
            shipment_address, _raw = _decoding.as_model(_v, Address, _path, "ShipmentAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency_iso = _src["CurrencyIso"]
        except KeyError:
            currency_iso = UNSET
        if currency_iso.__class__ is not str:
            currency_iso, _raw = _decoding.scalar(currency_iso, "str", _path, "CurrencyIso", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "Type", "AccountingDataType", _raw)
        else:
            try:
                type_ = AccountingDataType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "Type", "AccountingDataType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            company_id = _src["CompanyId"]
        except KeyError:
            company_id = UNSET
        if company_id.__class__ is not int:
            company_id, _raw = _decoding.scalar(company_id, "int", _path, "CompanyId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            company_vat_id = _src["CompanyVatId"]
        except KeyError:
            company_vat_id = UNSET
        if company_vat_id.__class__ is not str:
            company_vat_id, _raw = _decoding.scalar(company_vat_id, "str", _path, "CompanyVatId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_vat_id = _src["CustomerVatId"]
        except KeyError:
            customer_vat_id = UNSET
        if customer_vat_id.__class__ is not str:
            customer_vat_id, _raw = _decoding.scalar(customer_vat_id, "str", _path, "CustomerVatId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_channel_id = _src["SalesChannelId"]
        except KeyError:
            sales_channel_id = UNSET
        if sales_channel_id.__class__ is not str:
            sales_channel_id, _raw = _decoding.scalar(sales_channel_id, "str", _path, "SalesChannelId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_cancelled = _src["IsCancelled"]
        except KeyError:
            is_cancelled = UNSET
        if is_cancelled.__class__ is not bool:
            is_cancelled, _raw = _decoding.scalar(is_cancelled, "bool", _path, "IsCancelled", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["AccountDataLineItems"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "AccountDataLineItems", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            account_data_line_items = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                account_data_line_items = _v
                _pending |= 16
            else:
                account_data_line_items = []
                _at = _path + "AccountDataLineItems[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        account_data_line_items.append(_AccountingDataLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, AccountingDataLineItem, _path, "AccountDataLineItems", _raw
                        )

        if cls is AccountingData:
            _obj = _new(cls)
            _obj.document_number = document_number
            _obj.document_id = document_id
            _obj.document_date = document_date
            _obj.sales_order_number = sales_order_number
            _obj.sales_order_id = sales_order_id
            _obj.external_sales_order_number = external_sales_order_number
            _set_departure_country(_obj, departure_country)
            _set_shipment_country(_obj, shipment_country)
            _set_billing_address(_obj, billing_address)
            _set_shipment_address(_obj, shipment_address)
            _obj.currency_iso = currency_iso
            _obj.type_ = type_
            _obj.company_id = company_id
            _obj.company_vat_id = company_vat_id
            _obj.customer_vat_id = customer_vat_id
            _obj.sales_channel_id = sales_channel_id
            _obj.is_cancelled = is_cancelled
            _set_account_data_line_items(_obj, account_data_line_items)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                document_number,
                document_id,
                document_date,
                sales_order_number,
                sales_order_id,
                external_sales_order_number,
                departure_country,
                shipment_country,
                billing_address,
                shipment_address,
                currency_iso,
                type_,
                company_id,
                company_vat_id,
                customer_vat_id,
                sales_channel_id,
                is_cancelled,
                account_data_line_items,
            )

        if len(_src) != 18 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.accounting_data_line_item import AccountingDataLineItem
from ..models.address import Address
from ..models.country import Country

_AccountingDataLineItem_from_dict = AccountingDataLineItem.from_dict
_Address_from_dict = Address.from_dict
_Country_from_dict = Country.from_dict

_set_departure_country = _decoding.lazy(
    AccountingData, "departure_country", "DepartureCountry", 1, Country.from_dict, False
)
_set_shipment_country = _decoding.lazy(
    AccountingData, "shipment_country", "ShipmentCountry", 2, Country.from_dict, False
)
_set_billing_address = _decoding.lazy(
    AccountingData, "billing_address", "BillingAddress", 4, Address.from_dict, False
)
_set_shipment_address = _decoding.lazy(
    AccountingData, "shipment_address", "ShipmentAddress", 8, Address.from_dict, False
)
_set_account_data_line_items = _decoding.lazy(
    AccountingData,
    "account_data_line_items",
    "AccountDataLineItems",
    16,
    AccountingDataLineItem.from_dict,
    True,
)
