from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItemImage")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "SalesChannelId",
        "ImageData",
        "Filename",
        "SortNumber",
    }
)


@_attrs_define
class UpdateItemImage:
    """
    Attributes:
        sales_channel_id (str):  Example: 1-1-1.
        image_data (str | Unset):
        filename (str | Unset):  Example: itemImage.jpg.
        sort_number (int | Unset):  Example: 3.
    """

    sales_channel_id: str
    image_data: str | Unset = UNSET
    filename: str | Unset = UNSET
    sort_number: int | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        sales_channel_id = self.sales_channel_id

        image_data = self.image_data

        filename = self.filename

        sort_number = self.sort_number

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "SalesChannelId": sales_channel_id,
            }
        )
        if image_data is not UNSET:
            field_dict["ImageData"] = image_data
        if filename is not UNSET:
            field_dict["Filename"] = filename
        if sort_number is not UNSET:
            field_dict["SortNumber"] = sort_number
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
            sales_channel_id = _src["SalesChannelId"]
        except KeyError:
            sales_channel_id = UNSET
        if sales_channel_id.__class__ is not str:
            sales_channel_id, _raw = _decoding.scalar(sales_channel_id, "str", _path, "SalesChannelId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            image_data = _src["ImageData"]
        except KeyError:
            image_data = UNSET
        if image_data.__class__ is not str and image_data is not UNSET:
            image_data, _raw = _decoding.scalar(image_data, "str", _path, "ImageData", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            filename = _src["Filename"]
        except KeyError:
            filename = UNSET
        if filename.__class__ is not str and filename is not UNSET:
            filename, _raw = _decoding.scalar(filename, "str", _path, "Filename", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sort_number = _src["SortNumber"]
        except KeyError:
            sort_number = UNSET
        if sort_number.__class__ is not int and sort_number is not UNSET:
            sort_number, _raw = _decoding.scalar(sort_number, "int", _path, "SortNumber", _raw)

        if cls is UpdateItemImage:
            _obj = _new(cls)
            _obj.sales_channel_id = sales_channel_id
            _obj.image_data = image_data
            _obj.filename = filename
            _obj.sort_number = sort_number
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                sales_channel_id,
                image_data,
                filename,
                sort_number,
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
