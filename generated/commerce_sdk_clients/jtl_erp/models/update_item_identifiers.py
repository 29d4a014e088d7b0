from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItemIdentifiers")
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
class UpdateItemIdentifiers:
    """
    Attributes:
        gtin (str | Unset):  Example: 8896982295860.
        manufacturer_number (str | Unset):  Example: 75.
        isbn (str | Unset):  Example: 978-3-86680-192-9.
        upc (str | Unset):  Example: 889698229586.
        amazon_fnsku (str | Unset):  Example: FN813S88A43.
        asins (list[str] | Unset):  Example: B071GVGFQF.
        own_identifier (str | Unset):  Example: P446853.
    """

    gtin: str | Unset = UNSET
    manufacturer_number: str | Unset = UNSET
    isbn: str | Unset = UNSET
    upc: str | Unset = UNSET
    amazon_fnsku: str | Unset = UNSET
    asins: list[str] | Unset = UNSET
    own_identifier: str | Unset = UNSET
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

        asins: list[str] | Unset = UNSET
        if not isinstance(self.asins, Unset):
            asins = self.asins

        own_identifier = self.own_identifier

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if gtin is not UNSET:
            field_dict["Gtin"] = gtin
        if manufacturer_number is not UNSET:
            field_dict["ManufacturerNumber"] = manufacturer_number
        if isbn is not UNSET:
            field_dict["ISBN"] = isbn
        if upc is not UNSET:
            field_dict["UPC"] = upc
        if amazon_fnsku is not UNSET:
            field_dict["AmazonFnsku"] = amazon_fnsku
        if asins is not UNSET:
            field_dict["Asins"] = asins
        if own_identifier is not UNSET:
            field_dict["OwnIdentifier"] = own_identifier
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
        if gtin.__class__ is not str and gtin is not UNSET:
            gtin, _raw = _decoding.scalar(gtin, "str", _path, "Gtin", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            manufacturer_number = _src["ManufacturerNumber"]
        except KeyError:
            manufacturer_number = UNSET
        if manufacturer_number.__class__ is not str and manufacturer_number is not UNSET:
            manufacturer_number, _raw = _decoding.scalar(
                manufacturer_number, "str", _path, "ManufacturerNumber", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            isbn = _src["ISBN"]
        except KeyError:
            isbn = UNSET
        if isbn.__class__ is not str and isbn is not UNSET:
            isbn, _raw = _decoding.scalar(isbn, "str", _path, "ISBN", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            upc = _src["UPC"]
        except KeyError:
            upc = UNSET
        if upc.__class__ is not str and upc is not UNSET:
            upc, _raw = _decoding.scalar(upc, "str", _path, "UPC", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amazon_fnsku = _src["AmazonFnsku"]
        except KeyError:
            amazon_fnsku = UNSET
        if amazon_fnsku.__class__ is not str and amazon_fnsku is not UNSET:
            amazon_fnsku, _raw = _decoding.scalar(amazon_fnsku, "str", _path, "AmazonFnsku", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            asins = _src["Asins"]
        except KeyError:
            asins = UNSET
        if asins.__class__ is not list and asins is not UNSET:
            asins, _raw = _decoding.as_list(asins, "scalar", _path, "Asins", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            own_identifier = _src["OwnIdentifier"]
        except KeyError:
            own_identifier = UNSET
        if own_identifier.__class__ is not str and own_identifier is not UNSET:
            own_identifier, _raw = _decoding.scalar(own_identifier, "str", _path, "OwnIdentifier", _raw)

        if cls is UpdateItemIdentifiers:
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
