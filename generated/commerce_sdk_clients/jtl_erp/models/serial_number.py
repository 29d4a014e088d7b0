from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SerialNumber")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "WarehouseId",
        "StorageLocationId",
        "ItemId",
        "SerialNumbers",
    }
)


@_attrs_define
class SerialNumber:
    """
    Attributes:
        warehouse_id (int):  Example: 5.
        storage_location_id (int):  Example: 8.
        item_id (int):  Example: 1001.
        serial_numbers (list[str]):
    """

    warehouse_id: int
    storage_location_id: int
    item_id: int
    serial_numbers: list[str]
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        warehouse_id = self.warehouse_id

        storage_location_id = self.storage_location_id

        item_id = self.item_id

        if self.serial_numbers is None or isinstance(self.serial_numbers, Unset):
            serial_numbers = self.serial_numbers
        else:
            serial_numbers = self.serial_numbers

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "WarehouseId": warehouse_id,
                "StorageLocationId": storage_location_id,
                "ItemId": item_id,
                "SerialNumbers": serial_numbers,
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
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            serial_numbers = _src["SerialNumbers"]
        except KeyError:
            serial_numbers = UNSET
        if serial_numbers.__class__ is not list:
            serial_numbers, _raw = _decoding.as_list(serial_numbers, "scalar", _path, "SerialNumbers", _raw)

        if cls is SerialNumber:
            _obj = _new(cls)
            _obj.warehouse_id = warehouse_id
            _obj.storage_location_id = storage_location_id
            _obj.item_id = item_id
            _obj.serial_numbers = serial_numbers
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                warehouse_id,
                storage_location_id,
                item_id,
                serial_numbers,
            )

        if len(_src) != 4 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
