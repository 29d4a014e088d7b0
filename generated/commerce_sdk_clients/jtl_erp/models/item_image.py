from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="ItemImage")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "ItemId",
        "ImageId",
        "Filename",
        "ImageDataType",
        "SalesChannelId",
        "EbayUserName",
        "SortNumber",
        "Size",
        "Width",
        "Height",
    }
)


@_attrs_define
class ItemImage:
    """
    Attributes:
        item_id (int):  Example: 12345.
        image_id (int):  Example: 100.
        filename (str):  Example: itemImage.jpg.
        image_data_type (str):  Example: JPEG.
        sales_channel_id (str):  Example: 1-1-1.
        ebay_user_name (str):  Example: eBay_username.
        sort_number (int):  Example: 3.
        size (int):  Example: 921.
        width (int):  Example: 1980.
        height (int):  Example: 1024.
    """

    item_id: int
    image_id: int
    filename: str
    image_data_type: str
    sales_channel_id: str
    ebay_user_name: str
    sort_number: int
    size: int
    width: int
    height: int
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        image_id = self.image_id

        filename = self.filename

        image_data_type = self.image_data_type

        sales_channel_id = self.sales_channel_id

        ebay_user_name = self.ebay_user_name

        sort_number = self.sort_number

        size = self.size

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "ImageId": image_id,
                "Filename": filename,
                "ImageDataType": image_data_type,
                "SalesChannelId": sales_channel_id,
                "EbayUserName": ebay_user_name,
                "SortNumber": sort_number,
                "Size": size,
                "Width": width,
                "Height": height,
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
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            image_id = _src["ImageId"]
        except KeyError:
            image_id = UNSET
        if image_id.__class__ is not int:
            image_id, _raw = _decoding.scalar(image_id, "int", _path, "ImageId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            filename = _src["Filename"]
        except KeyError:
            filename = UNSET
        if filename.__class__ is not str:
            filename, _raw = _decoding.scalar(filename, "str", _path, "Filename", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            image_data_type = _src["ImageDataType"]
        except KeyError:
            image_data_type = UNSET
        if image_data_type.__class__ is not str:
            image_data_type, _raw = _decoding.scalar(image_data_type, "str", _path, "ImageDataType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sales_channel_id = _src["SalesChannelId"]
        except KeyError:
            sales_channel_id = UNSET
        if sales_channel_id.__class__ is not str:
            sales_channel_id, _raw = _decoding.scalar(sales_channel_id, "str", _path, "SalesChannelId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            ebay_user_name = _src["EbayUserName"]
        except KeyError:
            ebay_user_name = UNSET
        if ebay_user_name.__class__ is not str:
            ebay_user_name, _raw = _decoding.scalar(ebay_user_name, "str", _path, "EbayUserName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sort_number = _src["SortNumber"]
        except KeyError:
            sort_number = UNSET
        if sort_number.__class__ is not int:
            sort_number, _raw = _decoding.scalar(sort_number, "int", _path, "SortNumber", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            size = _src["Size"]
        except KeyError:
            size = UNSET
        if size.__class__ is not int:
            size, _raw = _decoding.scalar(size, "int", _path, "Size", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            width = _src["Width"]
        except KeyError:
            width = UNSET
        if width.__class__ is not int:
            width, _raw = _decoding.scalar(width, "int", _path, "Width", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            height = _src["Height"]
        except KeyError:
            height = UNSET
        if height.__class__ is not int:
            height, _raw = _decoding.scalar(height, "int", _path, "Height", _raw)

        if cls is ItemImage:
            _obj = _new(cls)
            _obj.item_id = item_id
            _obj.image_id = image_id
            _obj.filename = filename
            _obj.image_data_type = image_data_type
            _obj.sales_channel_id = sales_channel_id
            _obj.ebay_user_name = ebay_user_name
            _obj.sort_number = sort_number
            _obj.size = size
            _obj.width = width
            _obj.height = height
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                item_id,
                image_id,
                filename,
                image_data_type,
                sales_channel_id,
                ebay_user_name,
                sort_number,
                size,
                width,
                height,
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
