from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesOrderFile")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "SalesOrderId",
        "FileId",
        "FileDataType",
        "Size",
        "CreatedAt",
        "FileName",
    }
)


@_attrs_define
class SalesOrderFile:
    """
    Attributes:
        id (int):  Example: 1123.
        sales_order_id (int):  Example: 12.
        file_id (int):  Example: TODO.
        file_data_type (str):  Example: png.
        size (float):  Example: TODO.
        created_at (datetime.datetime):  Example: TODO.
        file_name (str):  Example: Anhangdateiname.
    """

    id: int
    sales_order_id: int
    file_id: int
    file_data_type: str
    size: float
    created_at: datetime.datetime
    file_name: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        sales_order_id = self.sales_order_id

        file_id = self.file_id

        file_data_type = self.file_data_type

        size = self.size

        if self.created_at is None or isinstance(self.created_at, Unset):
            created_at = self.created_at
        else:
            created_at = self.created_at.isoformat()

        file_name = self.file_name

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "SalesOrderId": sales_order_id,
                "FileId": file_id,
                "FileDataType": file_data_type,
                "Size": size,
                "CreatedAt": created_at,
                "FileName": file_name,
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
            sales_order_id = _src["SalesOrderId"]
        except KeyError:
            sales_order_id = UNSET
        if sales_order_id.__class__ is not int:
            sales_order_id, _raw = _decoding.scalar(sales_order_id, "int", _path, "SalesOrderId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            file_id = _src["FileId"]
        except KeyError:
            file_id = UNSET
        if file_id.__class__ is not int:
            file_id, _raw = _decoding.scalar(file_id, "int", _path, "FileId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            file_data_type = _src["FileDataType"]
        except KeyError:
            file_data_type = UNSET
        if file_data_type.__class__ is not str:
            file_data_type, _raw = _decoding.scalar(file_data_type, "str", _path, "FileDataType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            size = _src["Size"]
        except KeyError:
            size = UNSET
        if size.__class__ is not float and size.__class__ is not int:
            size, _raw = _decoding.scalar(size, "float", _path, "Size", _raw)

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

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            file_name = _src["FileName"]
        except KeyError:
            file_name = UNSET
        if file_name.__class__ is not str:
            file_name, _raw = _decoding.scalar(file_name, "str", _path, "FileName", _raw)

        if cls is SalesOrderFile:
            _obj = _new(cls)
            _obj.id = id
            _obj.sales_order_id = sales_order_id
            _obj.file_id = file_id
            _obj.file_data_type = file_data_type
            _obj.size = size
            _obj.created_at = created_at
            _obj.file_name = file_name
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                sales_order_id,
                file_id,
                file_data_type,
                size,
                created_at,
                file_name,
            )

        if len(_src) != 7 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
