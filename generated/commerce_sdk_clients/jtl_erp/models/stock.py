from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="Stock")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "WarehouseId",
        "StorageLocationId",
        "StorageLocationName",
        "ItemId",
        "ShelfLifeExpirationDate",
        "BatchNumber",
        "QuantityTotal",
        "QuantityLockedForShipment",
        "QuantityLockedForAvailability",
        "QuantityInPickingLists",
    }
)


@_attrs_define
class Stock:
    """
    Attributes:
        warehouse_id (int):  Example: 5.
        storage_location_id (int):  Example: 8.
        storage_location_name (str):  Example: R15-F12-08.
        item_id (int):  Example: 1001.
        shelf_life_expiration_date (datetime.datetime):  Example: TODO.
        batch_number (str):  Example: 20240315A.
        quantity_total (float):  Example: 32.
        quantity_locked_for_shipment (float):  Example: 1.
        quantity_locked_for_availability (float):  Example: 0.
        quantity_in_picking_lists (float):  Example: 3.
    """

    warehouse_id: int
    storage_location_id: int
    storage_location_name: str
    item_id: int
    shelf_life_expiration_date: datetime.datetime
    batch_number: str
    quantity_total: float
    quantity_locked_for_shipment: float
    quantity_locked_for_availability: float
    quantity_in_picking_lists: float
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        storage_location_id = self.storage_location_id

        storage_location_name = self.storage_location_name

        item_id = self.item_id

        if self.shelf_life_expiration_date is None or isinstance(self.shelf_life_expiration_date, Unset):
            shelf_life_expiration_date = self.shelf_life_expiration_date
        else:
            shelf_life_expiration_date = self.shelf_life_expiration_date.isoformat()

        batch_number = self.batch_number

        quantity_total = self.quantity_total

        quantity_locked_for_shipment = self.quantity_locked_for_shipment

        quantity_locked_for_availability = self.quantity_locked_for_availability

        quantity_in_picking_lists = self.quantity_in_picking_lists

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "WarehouseId": warehouse_id,
                "StorageLocationId": storage_location_id,
                "StorageLocationName": storage_location_name,
                "ItemId": item_id,
                "ShelfLifeExpirationDate": shelf_life_expiration_date,
                "BatchNumber": batch_number,
                "QuantityTotal": quantity_total,
                "QuantityLockedForShipment": quantity_locked_for_shipment,
                "QuantityLockedForAvailability": quantity_locked_for_availability,
                "QuantityInPickingLists": quantity_in_picking_lists,
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
            warehouse_id = _src["WarehouseId"]
        except KeyError:
            warehouse_id = UNSET
        if warehouse_id.__class__ is not int:
            warehouse_id, _raw = _decoding.scalar(warehouse_id, "int", _path, "WarehouseId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            storage_location_id = _src["StorageLocationId"]
        except KeyError:
            storage_location_id = UNSET
        if storage_location_id.__class__ is not int:
            storage_location_id, _raw = _decoding.scalar(
                storage_location_id, "int", _path, "StorageLocationId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            storage_location_name = _src["StorageLocationName"]
        except KeyError:
            storage_location_name = UNSET
        if storage_location_name.__class__ is not str:
            storage_location_name, _raw = _decoding.scalar(
                storage_location_name, "str", _path, "StorageLocationName", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ShelfLifeExpirationDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                shelf_life_expiration_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                shelf_life_expiration_date, _raw = _decoding.as_datetime(
                    _v, "date-time", _path, "ShelfLifeExpirationDate", _raw
                )
        else:
            shelf_life_expiration_date, _raw = _decoding.as_datetime(
                _v, "date-time", _path, "ShelfLifeExpirationDate", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            batch_number = _src["BatchNumber"]
        except KeyError:
            batch_number = UNSET
        if batch_number.__class__ is not str:
            batch_number, _raw = _decoding.scalar(batch_number, "str", _path, "BatchNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity_total = _src["QuantityTotal"]
        except KeyError:
            quantity_total = UNSET
        if quantity_total.__class__ is not float and quantity_total.__class__ is not int:
            quantity_total, _raw = _decoding.scalar(quantity_total, "float", _path, "QuantityTotal", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity_locked_for_shipment = _src["QuantityLockedForShipment"]
        except KeyError:
            quantity_locked_for_shipment = UNSET
        if (
            quantity_locked_for_shipment.__class__ is not float
            and quantity_locked_for_shipment.__class__ is not int
        ):
            quantity_locked_for_shipment, _raw = _decoding.scalar(
                quantity_locked_for_shipment, "float", _path, "QuantityLockedForShipment", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity_locked_for_availability = _src["QuantityLockedForAvailability"]
        except KeyError:
            quantity_locked_for_availability = UNSET
        if (
            quantity_locked_for_availability.__class__ is not float
            and quantity_locked_for_availability.__class__ is not int
        ):
            quantity_locked_for_availability, _raw = _decoding.scalar(
                quantity_locked_for_availability, "float", _path, "QuantityLockedForAvailability", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity_in_picking_lists = _src["QuantityInPickingLists"]
        except KeyError:
            quantity_in_picking_lists = UNSET
        if (
            quantity_in_picking_lists.__class__ is not float
            and quantity_in_picking_lists.__class__ is not int
        ):
            quantity_in_picking_lists, _raw = _decoding.scalar(
                quantity_in_picking_lists, "float", _path, "QuantityInPickingLists", _raw
            )

        if cls is Stock:
            _obj = _new(cls)
            _obj.warehouse_id = warehouse_id
            _obj.storage_location_id = storage_location_id
            _obj.storage_location_name = storage_location_name
            _obj.item_id = item_id
            _obj.shelf_life_expiration_date = shelf_life_expiration_date
            _obj.batch_number = batch_number
            _obj.quantity_total = quantity_total
            _obj.quantity_locked_for_shipment = quantity_locked_for_shipment
            _obj.quantity_locked_for_availability = quantity_locked_for_availability
            _obj.quantity_in_picking_lists = quantity_in_picking_lists
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                warehouse_id,
                storage_location_id,
                storage_location_name,
                item_id,
                shelf_life_expiration_date,
                batch_number,
                quantity_total,
                quantity_locked_for_shipment,
                quantity_locked_for_availability,
                quantity_in_picking_lists,
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
