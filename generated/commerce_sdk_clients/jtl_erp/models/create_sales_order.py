from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateSalesOrder")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "CompanyId",
        "CustomerId",
        "Number",
        "ExternalNumber",
        "BillingNumber",
        "DepartureCountry",
        "CustomerVatID",
        "BillingAddress",
        "Shipmentaddress",
        "SalesOrderDate",
        "SalesOrderPaymentDetails",
        "SalesOrderShippingDetail",
        "ColorcodeId",
        "Comment",
        "CustomerComment",
        "LanguageIso",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is CreateSalesOrder
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            company_id = _src["CompanyId"]
        except KeyError:
            company_id = UNSET
        if company_id.__class__ is not int:
            company_id, _raw = _decoding.scalar(company_id, "int", _path, "CompanyId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_id = _src["CustomerId"]
        except KeyError:
            customer_id = UNSET
        if customer_id.__class__ is not int:
            customer_id, _raw = _decoding.scalar(customer_id, "int", _path, "CustomerId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            number = _src["Number"]
        except KeyError:
            number = UNSET
        if number.__class__ is not str and number is not UNSET:
            number, _raw = _decoding.scalar(number, "str", _path, "Number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            external_number = _src["ExternalNumber"]
        except KeyError:
            external_number = UNSET
        if external_number.__class__ is not str and external_number is not UNSET:
            external_number, _raw = _decoding.scalar(external_number, "str", _path, "ExternalNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            billing_number = _src["BillingNumber"]
        except KeyError:
            billing_number = UNSET
        if billing_number.__class__ is not str and billing_number is not UNSET:
            billing_number, _raw = _decoding.scalar(billing_number, "str", _path, "BillingNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DepartureCountry"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                departure_country = _v
                _pending |= 1
            else:
                departure_country = _CreateDepartureCountry_from_dict(_v, _path + "DepartureCountry.")
        elif _v is UNSET:
            departure_country = UNSET
        else:
            departure_country, _raw = _decoding.as_model(
                _v, CreateDepartureCountry, _path, "DepartureCountry", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_vat_id = _src["CustomerVatID"]
        except KeyError:
            customer_vat_id = UNSET
        if customer_vat_id.__class__ is not str and customer_vat_id is not UNSET:
            customer_vat_id, _raw = _decoding.scalar(customer_vat_id, "str", _path, "CustomerVatID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["BillingAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                billing_address = _v
                _pending |= 2
            else:
                billing_address = _CreateAddress_from_dict(_v, _path + "BillingAddress.")
        elif _v is UNSET:
            billing_address = UNSET
        else:
            billing_address, _raw = _decoding.as_model(_v, CreateAddress, _path, "BillingAddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Shipmentaddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                shipmentaddress = _v
                _pending |= 4
            else:
                shipmentaddress = _CreateAddress_from_dict(_v, _path + "Shipmentaddress.")
        elif _v is UNSET:
            shipmentaddress = UNSET
        else:
            shipmentaddress, _raw = _decoding.as_model(_v, CreateAddress, _path, "Shipmentaddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["SalesOrderDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                sales_order_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                sales_order_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "SalesOrderDate", _raw)
        elif _v is UNSET:
            sales_order_date = UNSET
        else:
            sales_order_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "SalesOrderDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["SalesOrderPaymentDetails"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                sales_order_payment_details = _v
                _pending |= 8
            else:
                sales_order_payment_details = _CreateSalesOrderPaymentDetail_from_dict(
                    _v, _path + "SalesOrderPaymentDetails."
                )
        elif _v is UNSET:
            sales_order_payment_details = UNSET
        else:
            sales_order_payment_details, _raw = _decoding.as_model(
                _v, CreateSalesOrderPaymentDetail, _path, "SalesOrderPaymentDetails", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["SalesOrderShippingDetail"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                sales_order_shipping_detail = _v
                _pending |= 16
            else:
                sales_order_shipping_detail = _CreateSalesOrderShippingDetail_from_dict(
                    _v, _path + "SalesOrderShippingDetail."
                )
        elif _v is UNSET:
            sales_order_shipping_detail = UNSET
        else:
            sales_order_shipping_detail, _raw = _decoding.as_model(
                _v, CreateSalesOrderShippingDetail, _path, "SalesOrderShippingDetail", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            colorcode_id = _src["ColorcodeId"]
        except KeyError:
            colorcode_id = UNSET
        if colorcode_id.__class__ is not int and colorcode_id is not UNSET:
            colorcode_id, _raw = _decoding.scalar(colorcode_id, "int", _path, "ColorcodeId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comment = _src["Comment"]
        except KeyError:
            comment = UNSET
        if comment.__class__ is not str and comment is not UNSET:
            comment, _raw = _decoding.scalar(comment, "str", _path, "Comment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_comment = _src["CustomerComment"]
        except KeyError:
            customer_comment = UNSET
        if customer_comment.__class__ is not str and customer_comment is not UNSET:
            customer_comment, _raw = _decoding.scalar(customer_comment, "str", _path, "CustomerComment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            language_iso = _src["LanguageIso"]
        except KeyError:
            language_iso = UNSET
        if language_iso.__class__ is not str and language_iso is not UNSET:
            language_iso, _raw = _decoding.scalar(language_iso, "str", _path, "LanguageIso", _raw)

        if cls is CreateSalesOrder:
            _obj = _new(cls)
            _obj.company_id = company_id
            _obj.customer_id = customer_id
            _obj.number = number
            _obj.external_number = external_number
            _obj.billing_number = billing_number
            _set_departure_country(_obj, departure_country)
            _obj.customer_vat_id = customer_vat_id
            _set_billing_address(_obj, billing_address)
            _set_shipmentaddress(_obj, shipmentaddress)
            _obj.sales_order_date = sales_order_date
            _set_sales_order_payment_details(_obj, sales_order_payment_details)
            _set_sales_order_shipping_detail(_obj, sales_order_shipping_detail)
            _obj.colorcode_id = colorcode_id
            _obj.comment = comment
            _obj.customer_comment = customer_comment
            _obj.language_iso = language_iso
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                company_id,
                customer_id,
                number,
                external_number,
                billing_number,
                departure_country,
                customer_vat_id,
                billing_address,
                shipmentaddress,
                sales_order_date,
                sales_order_payment_details,
                sales_order_shipping_detail,
                colorcode_id,
                comment,
                customer_comment,
                language_iso,
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


from ..models.create_address import CreateAddress
from ..models.create_departure_country import CreateDepartureCountry
from ..models.create_sales_order_payment_detail import CreateSalesOrderPaymentDetail
from ..models.create_sales_order_shipping_detail import CreateSalesOrderShippingDetail

_CreateAddress_from_dict = CreateAddress.from_dict
_CreateDepartureCountry_from_dict = CreateDepartureCountry.from_dict
_CreateSalesOrderPaymentDetail_from_dict = CreateSalesOrderPaymentDetail.from_dict
_CreateSalesOrderShippingDetail_from_dict = CreateSalesOrderShippingDetail.from_dict

_set_departure_country = _decoding.lazy(
    CreateSalesOrder, "departure_country", "DepartureCountry", 1, CreateDepartureCountry.from_dict, False
)
_set_billing_address = _decoding.lazy(
    CreateSalesOrder, "billing_address", "BillingAddress", 2, CreateAddress.from_dict, False
)
_set_shipmentaddress = _decoding.lazy(
    CreateSalesOrder, "shipmentaddress", "Shipmentaddress", 4, CreateAddress.from_dict, False
)
_set_sales_order_payment_details = _decoding.lazy(
    CreateSalesOrder,
    "sales_order_payment_details",
    "SalesOrderPaymentDetails",
    8,
    CreateSalesOrderPaymentDetail.from_dict,
    False,
)
_set_sales_order_shipping_detail = _decoding.lazy(
    CreateSalesOrder,
    "sales_order_shipping_detail",
    "SalesOrderShippingDetail",
    16,
    CreateSalesOrderShippingDetail.from_dict,
    False,
)
