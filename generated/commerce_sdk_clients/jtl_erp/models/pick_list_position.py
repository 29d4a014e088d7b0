from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.pick_list_position_status import PickListPositionStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PickListPosition")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "WarehouseId",
        "PicklistId",
        "StorageLocationId",
        "ItemId",
        "Quantity",
        "Status",
        "Priority",
        "SalesOrderLineItemId",
        "CreatedAt",
    }
)


@_attrs_define
class PickListPosition:
    """
    Attributes:
        id (int):  Example: 100.
        warehouse_id (int):  Example: 1.
        picklist_id (int):  Example: 123.
        storage_location_id (int):  Example: 654.
        item_id (int):  Example: 1000.
        quantity (float):  Example: 2.
        status (PickListPositionStatus):  Example: 10.
        priority (int):  Example: 3.
        sales_order_line_item_id (int):  Example: 50.
        created_at (datetime.datetime):  Example: 2023-01-15T13:00:00.0000000+00:00.
    """

    id: int
    warehouse_id: int
    picklist_id: int
    storage_location_id: int
    item_id: int
    quantity: float
    status: PickListPositionStatus
    priority: int
    sales_order_line_item_id: int
    created_at: datetime.datetime
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        warehouse_id = self.warehouse_id

        picklist_id = self.picklist_id

        storage_location_id = self.storage_location_id

        item_id = self.item_id

        quantity = self.quantity

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
            status = self.status.value

        priority = self.priority

        sales_order_line_item_id = self.sales_order_line_item_id

        if self.created_at is None or isinstance(self.created_at, Unset):
            created_at = self.created_at
        else:
            created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "WarehouseId": warehouse_id,
                "PicklistId": picklist_id,
                "StorageLocationId": storage_location_id,
                "ItemId": item_id,
                "Quantity": quantity,
                "Status": status,
                "Priority": priority,
                "SalesOrderLineItemId": sales_order_line_item_id,
                "CreatedAt": created_at,
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
            warehouse_id = _src["WarehouseId"]
        except KeyError:
            warehouse_id = UNSET
        if warehouse_id.__class__ is not int:
            warehouse_id, _raw = _decoding.scalar(warehouse_id, "int", _path, "WarehouseId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            picklist_id = _src["PicklistId"]
        except KeyError:
            picklist_id = UNSET
        if picklist_id.__class__ is not int:
            picklist_id, _raw = _decoding.scalar(picklist_id, "int", _path, "PicklistId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            storage_location_id = _src["StorageLocationId"]
        except KeyError:
            storage_location_id = UNSET
        if storage_location_id.__class__ is not int:
            storage_location_id, _raw = _decoding.scalar(
                storage_location_id, "int", _path, "StorageLocationId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity = _src["Quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not float and quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "float", _path, "Quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "Status", "PickListPositionStatus", _raw)
        else:
            try:
                status = PickListPositionStatus(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "Status", "PickListPositionStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            priority = _src["Priority"]
        except KeyError:
            priority = UNSET
        if priority.__class__ is not int:
            priority, _raw = _decoding.scalar(priority, "int", _path, "Priority", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_order_line_item_id = _src["SalesOrderLineItemId"]
        except KeyError:
            sales_order_line_item_id = UNSET
        if sales_order_line_item_id.__class__ is not int:
            sales_order_line_item_id, _raw = _decoding.scalar(
                sales_order_line_item_id, "int", _path, "SalesOrderLineItemId", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CreatedAt"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                created_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                created_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "CreatedAt", _raw)
        else:
            created_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "CreatedAt", _raw)

        if cls is PickListPosition:
            _obj = _new(cls)
            _obj.id = id
            _obj.warehouse_id = warehouse_id
            _obj.picklist_id = picklist_id
            _obj.storage_location_id = storage_location_id
            _obj.item_id = item_id
            _obj.quantity = quantity
            _obj.status = status
            _obj.priority = priority
            _obj.sales_order_line_item_id = sales_order_line_item_id
            _obj.created_at = created_at
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                warehouse_id,
                picklist_id,
                storage_location_id,
                item_id,
                quantity,
                status,
                priority,
                sales_order_line_item_id,
                created_at,
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
