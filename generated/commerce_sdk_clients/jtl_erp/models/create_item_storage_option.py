from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateItemStorageOption")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "InventoryManagementActive",
        "SplitQuantity",
        "GlobalMinimumStockLevel",
        "Buffer",
        "SerialNumberItem",
        "SerialNumberTracking",
        "SubjectToShelfLifeExpirationDate",
        "SubjectToBatchItem",
        "ProcurementTime",
        "DetermineProcurementTimeAutomatically",
        "AdditionalHandlingTime",
    }
)


@_attrs_define
class CreateItemStorageOption:
    """
    Attributes:
        inventory_management_active (bool | Unset):  Example: True.
        split_quantity (bool | Unset):  Example: False.
        global_minimum_stock_level (float | Unset):  Example: 15.
        buffer (int | Unset):  Example: 5.
        serial_number_item (bool | Unset):  Example: False.
        serial_number_tracking (bool | Unset):  Example: False.
        subject_to_shelf_life_expiration_date (bool | Unset):  Example: False.
        subject_to_batch_item (bool | Unset):  Example: False.
        procurement_time (int | Unset):  Example: 3.
        determine_procurement_time_automatically (bool | Unset):  Example: False.
        additional_handling_time (int | Unset):  Example: 3.
    """

    inventory_management_active: bool | Unset = UNSET
    split_quantity: bool | Unset = UNSET
    global_minimum_stock_level: float | Unset = UNSET
    buffer: int | Unset = UNSET
    serial_number_item: bool | Unset = UNSET
    serial_number_tracking: bool | Unset = UNSET
    subject_to_shelf_life_expiration_date: bool | Unset = UNSET
    subject_to_batch_item: bool | Unset = UNSET
    procurement_time: int | Unset = UNSET
    determine_procurement_time_automatically: bool | Unset = UNSET
    additional_handling_time: int | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        inventory_management_active = self.inventory_management_active

        split_quantity = self.split_quantity

        global_minimum_stock_level = self.global_minimum_stock_level

        buffer = self.buffer

        serial_number_item = self.serial_number_item

        serial_number_tracking = self.serial_number_tracking

        subject_to_shelf_life_expiration_date = self.subject_to_shelf_life_expiration_date

        subject_to_batch_item = self.subject_to_batch_item

        procurement_time = self.procurement_time

        determine_procurement_time_automatically = self.determine_procurement_time_automatically

        additional_handling_time = self.additional_handling_time

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if inventory_management_active is not UNSET:
            field_dict["InventoryManagementActive"] = inventory_management_active
        if split_quantity is not UNSET:
            field_dict["SplitQuantity"] = split_quantity
        if global_minimum_stock_level is not UNSET:
            field_dict["GlobalMinimumStockLevel"] = global_minimum_stock_level
        if buffer is not UNSET:
            field_dict["Buffer"] = buffer
        if serial_number_item is not UNSET:
            field_dict["SerialNumberItem"] = serial_number_item
        if serial_number_tracking is not UNSET:
            field_dict["SerialNumberTracking"] = serial_number_tracking
        if subject_to_shelf_life_expiration_date is not UNSET:
            field_dict["SubjectToShelfLifeExpirationDate"] = subject_to_shelf_life_expiration_date
        if subject_to_batch_item is not UNSET:
            field_dict["SubjectToBatchItem"] = subject_to_batch_item
        if procurement_time is not UNSET:
            field_dict["ProcurementTime"] = procurement_time
        if determine_procurement_time_automatically is not UNSET:
            field_dict["DetermineProcurementTimeAutomatically"] = determine_procurement_time_automatically
        if additional_handling_time is not UNSET:
            field_dict["AdditionalHandlingTime"] = additional_handling_time
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
            inventory_management_active = _src["InventoryManagementActive"]
        except KeyError:
            inventory_management_active = UNSET
        if inventory_management_active.__class__ is not bool and inventory_management_active is not UNSET:
            inventory_management_active, _raw = _decoding.scalar(
                inventory_management_active, "bool", _path, "InventoryManagementActive", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            split_quantity = _src["SplitQuantity"]
        except KeyError:
            split_quantity = UNSET
        if split_quantity.__class__ is not bool and split_quantity is not UNSET:
            split_quantity, _raw = _decoding.scalar(split_quantity, "bool", _path, "SplitQuantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            global_minimum_stock_level = _src["GlobalMinimumStockLevel"]
        except KeyError:
            global_minimum_stock_level = UNSET
        if (
            global_minimum_stock_level.__class__ is not float
            and global_minimum_stock_level.__class__ is not int
            and global_minimum_stock_level is not UNSET
        ):
            global_minimum_stock_level, _raw = _decoding.scalar(
                global_minimum_stock_level, "float", _path, "GlobalMinimumStockLevel", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            buffer = _src["Buffer"]
        except KeyError:
            buffer = UNSET
        if buffer.__class__ is not int and buffer is not UNSET:
            buffer, _raw = _decoding.scalar(buffer, "int", _path, "Buffer", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            serial_number_item = _src["SerialNumberItem"]
        except KeyError:
            serial_number_item = UNSET
        if serial_number_item.__class__ is not bool and serial_number_item is not UNSET:
            serial_number_item, _raw = _decoding.scalar(
                serial_number_item, "bool", _path, "SerialNumberItem", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            serial_number_tracking = _src["SerialNumberTracking"]
        except KeyError:
            serial_number_tracking = UNSET
        if serial_number_tracking.__class__ is not bool and serial_number_tracking is not UNSET:
            serial_number_tracking, _raw = _decoding.scalar(
                serial_number_tracking, "bool", _path, "SerialNumberTracking", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            subject_to_shelf_life_expiration_date = _src["SubjectToShelfLifeExpirationDate"]
        except KeyError:
            subject_to_shelf_life_expiration_date = UNSET
        if (
            subject_to_shelf_life_expiration_date.__class__ is not bool
            and subject_to_shelf_life_expiration_date is not UNSET
        ):
            subject_to_shelf_life_expiration_date, _raw = _decoding.scalar(
                subject_to_shelf_life_expiration_date, "bool", _path, "SubjectToShelfLifeExpirationDate", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            subject_to_batch_item = _src["SubjectToBatchItem"]
        except KeyError:
            subject_to_batch_item = UNSET
        if subject_to_batch_item.__class__ is not bool and subject_to_batch_item is not UNSET:
            subject_to_batch_item, _raw = _decoding.scalar(
                subject_to_batch_item, "bool", _path, "SubjectToBatchItem", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            procurement_time = _src["ProcurementTime"]
        except KeyError:
            procurement_time = UNSET
        if procurement_time.__class__ is not int and procurement_time is not UNSET:
            procurement_time, _raw = _decoding.scalar(procurement_time, "int", _path, "ProcurementTime", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            determine_procurement_time_automatically = _src["DetermineProcurementTimeAutomatically"]
        except KeyError:
            determine_procurement_time_automatically = UNSET
        if (
            determine_procurement_time_automatically.__class__ is not bool
            and determine_procurement_time_automatically is not UNSET
        ):
            determine_procurement_time_automatically, _raw = _decoding.scalar(
                determine_procurement_time_automatically,
                "bool",
                _path,
                "DetermineProcurementTimeAutomatically",
                _raw,
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            additional_handling_time = _src["AdditionalHandlingTime"]
        except KeyError:
            additional_handling_time = UNSET
        if additional_handling_time.__class__ is not int and additional_handling_time is not UNSET:
            additional_handling_time, _raw = _decoding.scalar(
                additional_handling_time, "int", _path, "AdditionalHandlingTime", _raw
            )

        if cls is CreateItemStorageOption:
            _obj = _new(cls)
            _obj.inventory_management_active = inventory_management_active
            _obj.split_quantity = split_quantity
            _obj.global_minimum_stock_level = global_minimum_stock_level
            _obj.buffer = buffer
            _obj.serial_number_item = serial_number_item
            _obj.serial_number_tracking = serial_number_tracking
            _obj.subject_to_shelf_life_expiration_date = subject_to_shelf_life_expiration_date
            _obj.subject_to_batch_item = subject_to_batch_item
            _obj.procurement_time = procurement_time
            _obj.determine_procurement_time_automatically = determine_procurement_time_automatically
            _obj.additional_handling_time = additional_handling_time
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                inventory_management_active,
                split_quantity,
                global_minimum_stock_level,
                buffer,
                serial_number_item,
                serial_number_tracking,
                subject_to_shelf_life_expiration_date,
                subject_to_batch_item,
                procurement_time,
                determine_procurement_time_automatically,
                additional_handling_time,
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
