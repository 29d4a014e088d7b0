from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="StorageLocation")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "WarehouseId",
        "Name",
        "StorageLocationType",
        "SortNumber",
        "Priority",
        "LockForShipment",
        "LockForAvailability",
        "Comment",
        "Dimensions",
    }
)


@_attrs_define
class StorageLocation:
    """
    Attributes:
        id (int):  Example: 12.
        warehouse_id (int):  Example: 1.
        name (str):  Example: Standard Warehouse.
        storage_location_type (StorageLocationType):
        sort_number (int):  Example: 100.
        priority (int):  Example: 10.
        lock_for_shipment (bool):  Example: False.
        lock_for_availability (bool):  Example: False.
        comment (str):  Example: Some custom comment for the storage location.
        dimensions (Dimensions):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: int
    warehouse_id: int
    name: str
    storage_location_type: StorageLocationType
    sort_number: int
    priority: int
    lock_for_shipment: bool
    lock_for_availability: bool
    comment: str
    dimensions: Dimensions
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        warehouse_id = self.warehouse_id

        name = self.name

        if self.storage_location_type is None or isinstance(self.storage_location_type, Unset):
            storage_location_type = self.storage_location_type
        else:
            storage_location_type = self.storage_location_type.to_dict()

        sort_number = self.sort_number

        priority = self.priority

        lock_for_shipment = self.lock_for_shipment

        lock_for_availability = self.lock_for_availability

        comment = self.comment

        if self.dimensions is None or isinstance(self.dimensions, Unset):
            dimensions = self.dimensions
        else:
            dimensions = self.dimensions.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "WarehouseId": warehouse_id,
                "Name": name,
                "StorageLocationType": storage_location_type,
                "SortNumber": sort_number,
                "Priority": priority,
                "LockForShipment": lock_for_shipment,
                "LockForAvailability": lock_for_availability,
                "Comment": comment,
                "Dimensions": dimensions,
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
        _lazy = not _m.strict and cls is StorageLocation
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            warehouse_id = _src["WarehouseId"]
        except KeyError:
            warehouse_id = UNSET
        if warehouse_id.__class__ is not int:
            warehouse_id, _raw = _decoding.scalar(warehouse_id, "int", _path, "WarehouseId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["StorageLocationType"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                storage_location_type = _v
                _pending |= 1
            else:
                storage_location_type = _StorageLocationType_from_dict(_v, _path + "StorageLocationType.")
        else:
            storage_location_type, _raw = _decoding.as_model(
                _v, StorageLocationType, _path, "StorageLocationType", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sort_number = _src["SortNumber"]
        except KeyError:
            sort_number = UNSET
        if sort_number.__class__ is not int:
            sort_number, _raw = _decoding.scalar(sort_number, "int", _path, "SortNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            priority = _src["Priority"]
        except KeyError:
            priority = UNSET
        if priority.__class__ is not int:
            priority, _raw = _decoding.scalar(priority, "int", _path, "Priority", _raw)

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
            comment = _src["Comment"]
        except KeyError:
            comment = UNSET
        if comment.__class__ is not str:
            comment, _raw = _decoding.scalar(comment, "str", _path, "Comment", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Dimensions"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                dimensions = _v
                _pending |= 2
            else:
                dimensions = _Dimensions_from_dict(_v, _path + "Dimensions.")
        else:
            dimensions, _raw = _decoding.as_model(_v, Dimensions, _path, "Dimensions", _raw)

        if cls is StorageLocation:
            _obj = _new(cls)
            _obj.id = id
            _obj.warehouse_id = warehouse_id
            _obj.name = name
            _set_storage_location_type(_obj, storage_location_type)
            _obj.sort_number = sort_number
            _obj.priority = priority
            _obj.lock_for_shipment = lock_for_shipment
            _obj.lock_for_availability = lock_for_availability
            _obj.comment = comment
            _set_dimensions(_obj, dimensions)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                warehouse_id,
                name,
                storage_location_type,
                sort_number,
                priority,
                lock_for_shipment,
                lock_for_availability,
                comment,
                dimensions,
            )

        if len(_src) != 10 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.dimensions import Dimensions
from ..models.storage_location_type import StorageLocationType

_Dimensions_from_dict = Dimensions.from_dict
_StorageLocationType_from_dict = StorageLocationType.from_dict

_set_storage_location_type = _decoding.lazy(
    StorageLocation, "storage_location_type", "StorageLocationType", 1, StorageLocationType.from_dict, False
)
_set_dimensions = _decoding.lazy(StorageLocation, "dimensions", "Dimensions", 2, Dimensions.from_dict, False)
