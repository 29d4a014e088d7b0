from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ItemIdentifiers")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Gtin",
        "ManufacturerNumber",
        "ISBN",
        "UPC",
        "AmazonFnsku",
        "Asins",
        "OwnIdentifier",
    }
)


@_attrs_define
class ItemIdentifiers:
    """
    Attributes:
        gtin (str):  Example: 8896982295860.
        manufacturer_number (str):  Example: 75.
        isbn (str):  Example: 978-3-86680-192-9.
        upc (str):  Example: 889698229586.
        amazon_fnsku (str):  Example: FN813S88A43.
        asins (list[str]):  Example: B071GVGFQF.
        own_identifier (str):  Example: P446853.
    """

    gtin: str
    manufacturer_number: str
    isbn: str
    upc: str
    amazon_fnsku: str
    asins: list[str]
    own_identifier: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        gtin = self.gtin

        manufacturer_number = self.manufacturer_number

        isbn = self.isbn

        upc = self.upc

        amazon_fnsku = self.amazon_fnsku

        if self.asins is None or isinstance(self.asins, Unset):
            asins = self.asins
        else:
            asins = self.asins

        own_identifier = self.own_identifier

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Gtin": gtin,
                "ManufacturerNumber": manufacturer_number,
                "ISBN": isbn,
                "UPC": upc,
                "AmazonFnsku": amazon_fnsku,
                "Asins": asins,
                "OwnIdentifier": own_identifier,
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
            gtin = _src["Gtin"]
        except KeyError:
            gtin = UNSET
        if gtin.__class__ is not str:
            gtin, _raw = _decoding.scalar(gtin, "str", _path, "Gtin", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            manufacturer_number = _src["ManufacturerNumber"]
        except KeyError:
            manufacturer_number = UNSET
        if manufacturer_number.__class__ is not str:
            manufacturer_number, _raw = _decoding.scalar(
                manufacturer_number, "str", _path, "ManufacturerNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            isbn = _src["ISBN"]
        except KeyError:
            isbn = UNSET
        if isbn.__class__ is not str:
            isbn, _raw = _decoding.scalar(isbn, "str", _path, "ISBN", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            upc = _src["UPC"]
        except KeyError:
            upc = UNSET
        if upc.__class__ is not str:
            upc, _raw = _decoding.scalar(upc, "str", _path, "UPC", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amazon_fnsku = _src["AmazonFnsku"]
        except KeyError:
            amazon_fnsku = UNSET
        if amazon_fnsku.__class__ is not str:
            amazon_fnsku, _raw = _decoding.scalar(amazon_fnsku, "str", _path, "AmazonFnsku", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            asins = _src["Asins"]
        except KeyError:
            asins = UNSET
        if asins.__class__ is not list:
            asins, _raw = _decoding.as_list(asins, "scalar", _path, "Asins", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            own_identifier = _src["OwnIdentifier"]
        except KeyError:
            own_identifier = UNSET
        if own_identifier.__class__ is not str:
            own_identifier, _raw = _decoding.scalar(own_identifier, "str", _path, "OwnIdentifier", _raw)

        if cls is ItemIdentifiers:
            _obj = _new(cls)
            _obj.gtin = gtin
            _obj.manufacturer_number = manufacturer_number
            _obj.isbn = isbn
            _obj.upc = upc
            _obj.amazon_fnsku = amazon_fnsku
            _obj.asins = asins
            _obj.own_identifier = own_identifier
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                gtin,
                manufacturer_number,
                isbn,
                upc,
                amazon_fnsku,
                asins,
                own_identifier,
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
