from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrder")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Number",
        "ExternalNumber",
        "BillingNumber",
        "CompanyId",
        "DepartureCountry",
        "CustomerId",
        "CustomerVatID",
        "MerchantVatID",
        "BillingAddress",
        "Shipmentaddress",
        "SalesOrderDate",
        "SalesOrderPaymentDetails",
        "SalesOrderShippingDetail",
        "ColorcodeId",
        "IsExternalInvoice",
        "Comment",
        "CustomerComment",
        "IsCancelled",
        "LanguageIso",
        "CancellationDetails",
        "SalesChannelId",
        "UserCreatedId",
        "UserId",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        external_number = self.external_number

        billing_number = self.billing_number

        company_id = self.company_id

        if self.departure_country is None or isinstance(self.departure_country, Unset):
            departure_country = self.departure_country
        else:
            departure_country = self.departure_country.to_dict()

        customer_id = self.customer_id

        customer_vat_id = self.customer_vat_id

        merchant_vat_id = self.merchant_vat_id

        if self.billing_address is None or isinstance(self.billing_address, Unset):
            billing_address = self.billing_address
        else:
            billing_address = self.billing_address.to_dict()

        if self.shipmentaddress is None or isinstance(self.shipmentaddress, Unset):
            shipmentaddress = self.shipmentaddress
        else:
            shipmentaddress = self.shipmentaddress.to_dict()

        if self.sales_order_date is None or isinstance(self.sales_order_date, Unset):
            sales_order_date = self.sales_order_date
        else:
            sales_order_date = self.sales_order_date.isoformat()

        if self.sales_order_payment_details is None or isinstance(self.sales_order_payment_details, Unset):
            sales_order_payment_details = self.sales_order_payment_details
        else:
            sales_order_payment_details = self.sales_order_payment_details.to_dict()

        if self.sales_order_shipping_detail is None or isinstance(self.sales_order_shipping_detail, Unset):
            sales_order_shipping_detail = self.sales_order_shipping_detail
        else:
            sales_order_shipping_detail = self.sales_order_shipping_detail.to_dict()

        colorcode_id = self.colorcode_id

        is_external_invoice = self.is_external_invoice

        comment = self.comment

        customer_comment = self.customer_comment

        is_cancelled = self.is_cancelled

        language_iso = self.language_iso

        if self.cancellation_details is None or isinstance(self.cancellation_details, Unset):
            cancellation_details = self.cancellation_details
        else:
            cancellation_details = self.cancellation_details.to_dict()

        sales_channel_id = self.sales_channel_id

        user_created_id = self.user_created_id

        user_id = self.user_id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        _lazy = not _m.strict and cls is SalesOrder
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
            external_number = _src["ExternalNumber"]
        except KeyError:
            external_number = UNSET
        if external_number.__class__ is not str:
            external_number, _raw = _decoding.scalar(external_number, "str", _path, "ExternalNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            billing_number = _src["BillingNumber"]
        except KeyError:
            billing_number = UNSET
        if billing_number.__class__ is not str:
            billing_number, _raw = _decoding.scalar(billing_number, "str", _path, "BillingNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            company_id = _src["CompanyId"]
        except KeyError:
            company_id = UNSET
        if company_id.__class__ is not int:
            company_id, _raw = _decoding.scalar(company_id, "int", _path, "CompanyId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DepartureCountry"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                departure_country = _v
                _pending |= 1
            else:
                departure_country = _DepartureCountry_from_dict(_v, _path + "DepartureCountry.")
        else:
            departure_country, _raw = _decoding.as_model(
                _v, DepartureCountry, _path, "DepartureCountry", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_id = _src["CustomerId"]
        except KeyError:
            customer_id = UNSET
        if customer_id.__class__ is not int:
            customer_id, _raw = _decoding.scalar(customer_id, "int", _path, "CustomerId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_vat_id = _src["CustomerVatID"]
        except KeyError:
            customer_vat_id = UNSET
        if customer_vat_id.__class__ is not str:
            customer_vat_id, _raw = _decoding.scalar(customer_vat_id, "str", _path, "CustomerVatID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            merchant_vat_id = _src["MerchantVatID"]
        except KeyError:
            merchant_vat_id = UNSET
        if merchant_vat_id.__class__ is not str:
            merchant_vat_id, _raw = _decoding.scalar(merchant_vat_id, "str", _path, "MerchantVatID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["BillingAddress"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                billing_address = _v
                _pending |= 2
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
                _pending |= 4
            else:
                shipmentaddress = _Address_from_dict(_v, _path + "Shipmentaddress.")
        else:
            shipmentaddress, _raw = _decoding.as_model(_v, Address, _path, "Shipmentaddress", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["SalesOrderDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                sales_order_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                sales_order_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "SalesOrderDate", _raw)
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
                sales_order_payment_details = _SalesOrderPaymentDetail_from_dict(
                    _v, _path + "SalesOrderPaymentDetails."
                )
        else:
            sales_order_payment_details, _raw = _decoding.as_model(
                _v, SalesOrderPaymentDetail, _path, "SalesOrderPaymentDetails", _raw
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
                sales_order_shipping_detail = _SalesOrderShippingDetail_from_dict(
                    _v, _path + "SalesOrderShippingDetail."
                )
        else:
            sales_order_shipping_detail, _raw = _decoding.as_model(
                _v, SalesOrderShippingDetail, _path, "SalesOrderShippingDetail", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            colorcode_id = _src["ColorcodeId"]
        except KeyError:
            colorcode_id = UNSET
        if colorcode_id.__class__ is not int:
            colorcode_id, _raw = _decoding.scalar(colorcode_id, "int", _path, "ColorcodeId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_external_invoice = _src["IsExternalInvoice"]
        except KeyError:
            is_external_invoice = UNSET
        if is_external_invoice.__class__ is not bool:
            is_external_invoice, _raw = _decoding.scalar(
                is_external_invoice, "bool", _path, "IsExternalInvoice", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comment = _src["Comment"]
        except KeyError:
            comment = UNSET
        if comment.__class__ is not str:
            comment, _raw = _decoding.scalar(comment, "str", _path, "Comment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_comment = _src["CustomerComment"]
        except KeyError:
            customer_comment = UNSET
        if customer_comment.__class__ is not str:
            customer_comment, _raw = _decoding.scalar(customer_comment, "str", _path, "CustomerComment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_cancelled = _src["IsCancelled"]
        except KeyError:
            is_cancelled = UNSET
        if is_cancelled.__class__ is not bool:
            is_cancelled, _raw = _decoding.scalar(is_cancelled, "bool", _path, "IsCancelled", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            language_iso = _src["LanguageIso"]
        except KeyError:
            language_iso = UNSET
        if language_iso.__class__ is not str:
            language_iso, _raw = _decoding.scalar(language_iso, "str", _path, "LanguageIso", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CancellationDetails"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                cancellation_details = _v
                _pending |= 32
            else:
                cancellation_details = _SalesOrderCancellationDetails_from_dict(
                    _v, _path + "CancellationDetails."
                )
        else:
            cancellation_details, _raw = _decoding.as_model(
                _v, SalesOrderCancellationDetails, _path, "CancellationDetails", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_channel_id = _src["SalesChannelId"]
        except KeyError:
            sales_channel_id = UNSET
        if sales_channel_id.__class__ is not str:
            sales_channel_id, _raw = _decoding.scalar(sales_channel_id, "str", _path, "SalesChannelId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            user_created_id = _src["UserCreatedId"]
        except KeyError:
            user_created_id = UNSET
        if user_created_id.__class__ is not int:
            user_created_id, _raw = _decoding.scalar(user_created_id, "int", _path, "UserCreatedId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            user_id = _src["UserId"]
        except KeyError:
            user_id = UNSET
        if user_id.__class__ is not int:
            user_id, _raw = _decoding.scalar(user_id, "int", _path, "UserId", _raw)

        if cls is SalesOrder:
            _obj = _new(cls)
            _obj.id = id
            _obj.number = number
            _obj.external_number = external_number
            _obj.billing_number = billing_number
            _obj.company_id = company_id
            _set_departure_country(_obj, departure_country)
            _obj.customer_id = customer_id
            _obj.customer_vat_id = customer_vat_id
            _obj.merchant_vat_id = merchant_vat_id
            _set_billing_address(_obj, billing_address)
            _set_shipmentaddress(_obj, shipmentaddress)
            _obj.sales_order_date = sales_order_date
            _set_sales_order_payment_details(_obj, sales_order_payment_details)
            _set_sales_order_shipping_detail(_obj, sales_order_shipping_detail)
            _obj.colorcode_id = colorcode_id
            _obj.is_external_invoice = is_external_invoice
            _obj.comment = comment
            _obj.customer_comment = customer_comment
            _obj.is_cancelled = is_cancelled
            _obj.language_iso = language_iso
            _set_cancellation_details(_obj, cancellation_details)
            _obj.sales_channel_id = sales_channel_id
            _obj.user_created_id = user_created_id
            _obj.user_id = user_id
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                number,
                external_number,
                billing_number,
                company_id,
                departure_country,
                customer_id,
                customer_vat_id,
                merchant_vat_id,
                billing_address,
                shipmentaddress,
                sales_order_date,
                sales_order_payment_details,
                sales_order_shipping_detail,
                colorcode_id,
                is_external_invoice,
                comment,
                customer_comment,
                is_cancelled,
                language_iso,
                cancellation_details,
                sales_channel_id,
                user_created_id,
                user_id,
            )

        if len(_src) != 24 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
from ..models.departure_country import DepartureCountry
from ..models.sales_order_cancellation_details import SalesOrderCancellationDetails
from ..models.sales_order_payment_detail import SalesOrderPaymentDetail
from ..models.sales_order_shipping_detail import SalesOrderShippingDetail

_Address_from_dict = Address.from_dict
_DepartureCountry_from_dict = DepartureCountry.from_dict
_SalesOrderCancellationDetails_from_dict = SalesOrderCancellationDetails.from_dict
_SalesOrderPaymentDetail_from_dict = SalesOrderPaymentDetail.from_dict
_SalesOrderShippingDetail_from_dict = SalesOrderShippingDetail.from_dict

_set_departure_country = _decoding.lazy(
    SalesOrder, "departure_country", "DepartureCountry", 1, DepartureCountry.from_dict, False
)
_set_billing_address = _decoding.lazy(
    SalesOrder, "billing_address", "BillingAddress", 2, Address.from_dict, False
)
_set_shipmentaddress = _decoding.lazy(
    SalesOrder, "shipmentaddress", "Shipmentaddress", 4, Address.from_dict, False
)
_set_sales_order_payment_details = _decoding.lazy(
    SalesOrder,
    "sales_order_payment_details",
    "SalesOrderPaymentDetails",
    8,
    SalesOrderPaymentDetail.from_dict,
    False,
)
_set_sales_order_shipping_detail = _decoding.lazy(
    SalesOrder,
    "sales_order_shipping_detail",
    "SalesOrderShippingDetail",
    16,
    SalesOrderShippingDetail.from_dict,
    False,
)
_set_cancellation_details = _decoding.lazy(
    SalesOrder,
    "cancellation_details",
    "CancellationDetails",
    32,
    SalesOrderCancellationDetails.from_dict,
    False,
)
