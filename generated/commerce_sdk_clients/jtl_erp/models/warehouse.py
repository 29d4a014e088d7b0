from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="Warehouse")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Name",
        "Address",
        "Code",
        "Type",
        "Description",
        "Priority",
        "CompanyId",
        "LockForShipment",
        "LockForAvailability",
        "IsActive",
    }
)


@_attrs_define
class Warehouse:
    """
    Attributes:
        id (int):  Example: 1.
        name (str):  Example: Default Warehouse.
        address (Address):
        code (str):  Example: STD_Warehouse.
        type_ (WarehouseType):
        description (str):  Example: Custom additional info about the warehouse.
        priority (int):  Example: 1.
        company_id (int):  Example: 1.
        lock_for_shipment (bool):  Example: False.
        lock_for_availability (bool):  Example: False.
        is_active (bool):  Example: True.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: int
    name: str
    address: Address
    code: str
    type_: WarehouseType
    description: str
    priority: int
    company_id: int
    lock_for_shipment: bool
    lock_for_availability: bool
    is_active: bool
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        if self.address is None or isinstance(self.address, Unset):
            address = self.address
        else:
            address = self.address.to_dict()

        code = self.code

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.to_dict()

        description = self.description

        priority = self.priority

        company_id = self.company_id

        lock_for_shipment = self.lock_for_shipment

        lock_for_availability = self.lock_for_availability

        is_active = self.is_active

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "Address": address,
                "Code": code,
                "Type": type_,
                "Description": description,
                "Priority": priority,
                "CompanyId": company_id,
                "LockForShipment": lock_for_shipment,
                "LockForAvailability": lock_for_availability,
                "IsActive": is_active,
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
        _lazy = not _m.strict and cls is Warehouse
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Address"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                address = _v
                _pending |= 1
            else:
                address = _Address_from_dict(_v, _path + "Address.")
        else:
            address, _raw = _decoding.as_model(_v, Address, _path, "Address", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            code = _src["Code"]
        except KeyError:
            code = UNSET
        if code.__class__ is not str:
            code, _raw = _decoding.scalar(code, "str", _path, "Code", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Type"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                type_ = _v
                _pending |= 2
            else:
                type_ = _WarehouseType_from_dict(_v, _path + "Type.")
        else:
            type_, _raw = _decoding.as_model(_v, WarehouseType, _path, "Type", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["Description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "Description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            priority = _src["Priority"]
        except KeyError:
            priority = UNSET
        if priority.__class__ is not int:
            priority, _raw = _decoding.scalar(priority, "int", _path, "Priority", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            company_id = _src["CompanyId"]
        except KeyError:
            company_id = UNSET
        if company_id.__class__ is not int:
            company_id, _raw = _decoding.scalar(company_id, "int", _path, "CompanyId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            lock_for_shipment = _src["LockForShipment"]
        except KeyError:
            lock_for_shipment = UNSET
        if lock_for_shipment.__class__ is not bool:
            lock_for_shipment, _raw = _decoding.scalar(
                lock_for_shipment, "bool", _path, "LockForShipment", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            lock_for_availability = _src["LockForAvailability"]
        except KeyError:
            lock_for_availability = UNSET
        if lock_for_availability.__class__ is not bool:
            lock_for_availability, _raw = _decoding.scalar(
                lock_for_availability, "bool", _path, "LockForAvailability", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_active = _src["IsActive"]
        except KeyError:
            is_active = UNSET
        if is_active.__class__ is not bool:
            is_active, _raw = _decoding.scalar(is_active, "bool", _path, "IsActive", _raw)

        if cls is Warehouse:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _set_address(_obj, address)
            _obj.code = code
            _set_type_(_obj, type_)
            _obj.description = description
            _obj.priority = priority
            _obj.company_id = company_id
            _obj.lock_for_shipment = lock_for_shipment
            _obj.lock_for_availability = lock_for_availability
            _obj.is_active = is_active
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                name,
                address,
                code,
                type_,
                description,
                priority,
                company_id,
                lock_for_shipment,
                lock_for_availability,
                is_active,
            )

        if len(_src) != 11 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
from ..models.warehouse_type import WarehouseType

_Address_from_dict = Address.from_dict
_WarehouseType_from_dict = WarehouseType.from_dict

_set_address = _decoding.lazy(Warehouse, "address", "Address", 1, Address.from_dict, False)
_set_type_ = _decoding.lazy(Warehouse, "type_", "Type", 2, WarehouseType.from_dict, False)
