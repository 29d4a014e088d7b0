from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.return_origin import ReturnOrigin
from ..types import UNSET, Unset

T = TypeVar("T", bound="Return")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Number",
        "ReturnDate",
        "CustomerId",
        "ExternalNumber",
        "Origin",
        "CompanyId",
        "SalesOrderId",
        "StateId",
        "WarehouseId",
        "ExternalComment",
        "InternalComment",
        "Contact",
    }
)


@_attrs_define
class Return:
    """
    Attributes:
        id (int):  Example: 123.
        number (str):  Example: A1004465.
        return_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        customer_id (int):  Example: 1005.
        external_number (str):  Example: EX-12345.
        origin (ReturnOrigin):  Example: 1.
        company_id (int):  Example: 1.
        sales_order_id (int):  Example: 1643.
        state_id (int):  Example: 1005.
        warehouse_id (int):  Example: 1.
        external_comment (str):  Example: a replacement is needed.
        internal_comment (str):  Example: handle with care.
        contact (str):  Example: Mr. Robinson.
    """

    id: int
    number: str
    return_date: datetime.datetime
    customer_id: int
    external_number: str
    origin: ReturnOrigin
    company_id: int
    sales_order_id: int
    state_id: int
    warehouse_id: int
    external_comment: str
    internal_comment: str
    contact: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        if self.return_date is None or isinstance(self.return_date, Unset):
            return_date = self.return_date
        else:
            return_date = self.return_date.isoformat()

        customer_id = self.customer_id

        external_number = self.external_number

        if self.origin is None or isinstance(self.origin, Unset):
            origin = self.origin
        else:
            origin = self.origin.value

        company_id = self.company_id

        sales_order_id = self.sales_order_id

        state_id = self.state_id

        warehouse_id = self.warehouse_id

        external_comment = self.external_comment

        internal_comment = self.internal_comment

        contact = self.contact

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "ReturnDate": return_date,
                "CustomerId": customer_id,
                "ExternalNumber": external_number,
                "Origin": origin,
                "CompanyId": company_id,
                "SalesOrderId": sales_order_id,
                "StateId": state_id,
                "WarehouseId": warehouse_id,
                "ExternalComment": external_comment,
                "InternalComment": internal_comment,
                "Contact": contact,
            }
        )
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
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
            _v = _src["ReturnDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                return_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                return_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ReturnDate", _raw)
        else:
            return_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ReturnDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            customer_id = _src["CustomerId"]
        except KeyError:
            customer_id = UNSET
        if customer_id.__class__ is not int:
            customer_id, _raw = _decoding.scalar(customer_id, "int", _path, "CustomerId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            external_number = _src["ExternalNumber"]
        except KeyError:
            external_number = UNSET
        if external_number.__class__ is not str:
            external_number, _raw = _decoding.scalar(external_number, "str", _path, "ExternalNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Origin"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            origin, _raw = _decoding.missing(_path, "Origin", "ReturnOrigin", _raw)
        else:
            try:
                origin = ReturnOrigin(_v)

            except Exception as _e:
                origin, _raw = _decoding.failed(_v, _e, _path, "Origin", "ReturnOrigin", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            company_id = _src["CompanyId"]
        except KeyError:
            company_id = UNSET
        if company_id.__class__ is not int:
            company_id, _raw = _decoding.scalar(company_id, "int", _path, "CompanyId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_order_id = _src["SalesOrderId"]
        except KeyError:
            sales_order_id = UNSET
        if sales_order_id.__class__ is not int:
            sales_order_id, _raw = _decoding.scalar(sales_order_id, "int", _path, "SalesOrderId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            state_id = _src["StateId"]
        except KeyError:
            state_id = UNSET
        if state_id.__class__ is not int:
            state_id, _raw = _decoding.scalar(state_id, "int", _path, "StateId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            warehouse_id = _src["WarehouseId"]
        except KeyError:
            warehouse_id = UNSET
        if warehouse_id.__class__ is not int:
            warehouse_id, _raw = _decoding.scalar(warehouse_id, "int", _path, "WarehouseId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            external_comment = _src["ExternalComment"]
        except KeyError:
            external_comment = UNSET
        if external_comment.__class__ is not str:
            external_comment, _raw = _decoding.scalar(external_comment, "str", _path, "ExternalComment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            internal_comment = _src["InternalComment"]
        except KeyError:
            internal_comment = UNSET
        if internal_comment.__class__ is not str:
            internal_comment, _raw = _decoding.scalar(internal_comment, "str", _path, "InternalComment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            contact = _src["Contact"]
        except KeyError:
            contact = UNSET
        if contact.__class__ is not str:
            contact, _raw = _decoding.scalar(contact, "str", _path, "Contact", _raw)

        if cls is Return:
            _obj = _new(cls)
            _obj.id = id
            _obj.number = number
            _obj.return_date = return_date
            _obj.customer_id = customer_id
            _obj.external_number = external_number
            _obj.origin = origin
            _obj.company_id = company_id
            _obj.sales_order_id = sales_order_id
            _obj.state_id = state_id
            _obj.warehouse_id = warehouse_id
            _obj.external_comment = external_comment
            _obj.internal_comment = internal_comment
            _obj.contact = contact
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                number,
                return_date,
                customer_id,
                external_number,
                origin,
                company_id,
                sales_order_id,
                state_id,
                warehouse_id,
                external_comment,
                internal_comment,
                contact,
            )

        if len(_src) != 13 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
