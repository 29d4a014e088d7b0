from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReturn")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "CompanyId",
        "SalesOrderId",
        "WarehouseId",
        "Items",
        "ReturnDate",
        "ExternalNumber",
        "ExternalComment",
        "InternalComment",
        "Contact",
        "Packages",
    }
)


@_attrs_define
class CreateReturn:
    """
    Attributes:
        company_id (int):  Example: 1.
        sales_order_id (int):  Example: 1643.
        warehouse_id (int):  Example: 1.
        items (list[CreateReturnLineItem]):
        return_date (datetime.datetime | Unset):  Example: 2023-02-01T12:45:00.0000000+00:00.
        external_number (str | Unset):  Example: EX-12345.
        external_comment (str | Unset):  Example: a replacement is needed.
        internal_comment (str | Unset):  Example: handle with care.
        contact (str | Unset):  Example: Mr. Robinson.
        packages (list[CreateReturnPackage] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    company_id: int
    sales_order_id: int
    warehouse_id: int
    items: list[CreateReturnLineItem]
    return_date: datetime.datetime | Unset = UNSET
    external_number: str | Unset = UNSET
    external_comment: str | Unset = UNSET
    internal_comment: str | Unset = UNSET
    contact: str | Unset = UNSET
    packages: list[CreateReturnPackage] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        sales_order_id = self.sales_order_id

        warehouse_id = self.warehouse_id

        if self.items is None or isinstance(self.items, Unset):
            items = self.items
        else:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        return_date: str | Unset = UNSET
        if not isinstance(self.return_date, Unset):
            return_date = self.return_date.isoformat()

        external_number = self.external_number

        external_comment = self.external_comment

        internal_comment = self.internal_comment

        contact = self.contact

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "CompanyId": company_id,
                "SalesOrderId": sales_order_id,
                "WarehouseId": warehouse_id,
                "Items": items,
            }
        )
        if return_date is not UNSET:
            field_dict["ReturnDate"] = return_date
        if external_number is not UNSET:
            field_dict["ExternalNumber"] = external_number
        if external_comment is not UNSET:
            field_dict["ExternalComment"] = external_comment
        if internal_comment is not UNSET:
            field_dict["InternalComment"] = internal_comment
        if contact is not UNSET:
            field_dict["Contact"] = contact
        if packages is not UNSET:
            field_dict["Packages"] = packages
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
        _lazy = not _m.strict and cls is CreateReturn
        _pending = 0
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
            warehouse_id = _src["WarehouseId"]
        except KeyError:
            warehouse_id = UNSET
        if warehouse_id.__class__ is not int:
            warehouse_id, _raw = _decoding.scalar(warehouse_id, "int", _path, "WarehouseId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Items"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Items", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            items = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                items = _v
                _pending |= 1
            else:
                items = []
                _at = _path + "Items[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        items.append(_CreateReturnLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CreateReturnLineItem, _path, "Items", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ReturnDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                return_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                return_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ReturnDate", _raw)
        elif _v is UNSET:
            return_date = UNSET
        else:
            return_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "ReturnDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            external_number = _src["ExternalNumber"]
        except KeyError:
            external_number = UNSET
        if external_number.__class__ is not str and external_number is not UNSET:
            external_number, _raw = _decoding.scalar(external_number, "str", _path, "ExternalNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            external_comment = _src["ExternalComment"]
        except KeyError:
            external_comment = UNSET
        if external_comment.__class__ is not str and external_comment is not UNSET:
            external_comment, _raw = _decoding.scalar(external_comment, "str", _path, "ExternalComment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            internal_comment = _src["InternalComment"]
        except KeyError:
            internal_comment = UNSET
        if internal_comment.__class__ is not str and internal_comment is not UNSET:
            internal_comment, _raw = _decoding.scalar(internal_comment, "str", _path, "InternalComment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            contact = _src["Contact"]
        except KeyError:
            contact = UNSET
        if contact.__class__ is not str and contact is not UNSET:
            contact, _raw = _decoding.scalar(contact, "str", _path, "Contact", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Packages"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "Packages", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            packages = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                packages = _v
                _pending |= 2
            else:
                packages = []
                _at = _path + "Packages[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        packages.append(_CreateReturnPackage_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, CreateReturnPackage, _path, "Packages", _raw)

        if cls is CreateReturn:
            _obj = _new(cls)
            _obj.company_id = company_id
            _obj.sales_order_id = sales_order_id
            _obj.warehouse_id = warehouse_id
            _set_items(_obj, items)
            _obj.return_date = return_date
            _obj.external_number = external_number
            _obj.external_comment = external_comment
            _obj.internal_comment = internal_comment
            _obj.contact = contact
            _set_packages(_obj, packages)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                company_id,
                sales_order_id,
                warehouse_id,
                items,
                return_date,
                external_number,
                external_comment,
                internal_comment,
                contact,
                packages,
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


from ..models.create_return_line_item import CreateReturnLineItem
from ..models.create_return_package import CreateReturnPackage

_CreateReturnLineItem_from_dict = CreateReturnLineItem.from_dict
_CreateReturnPackage_from_dict = CreateReturnPackage.from_dict

_set_items = _decoding.lazy(CreateReturn, "items", "Items", 1, CreateReturnLineItem.from_dict, True)
_set_packages = _decoding.lazy(CreateReturn, "packages", "Packages", 2, CreateReturnPackage.from_dict, True)
