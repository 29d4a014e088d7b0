from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET

T = TypeVar("T", bound="ItemIdentifiers")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        gtin = self.gtin

        manufacturer_number = self.manufacturer_number

        isbn = self.isbn

        upc = self.upc

        amazon_fnsku = self.amazon_fnsku

        asins = self.asins

        own_identifier = self.own_identifier

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Gtin", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Gtin: expected str, got " + type(_v).__name__)
        gtin = _v

        _v = d.pop("ManufacturerNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ManufacturerNumber: expected str, got " + type(_v).__name__)
        manufacturer_number = _v

        _v = d.pop("ISBN", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ISBN: expected str, got " + type(_v).__name__)
        isbn = _v

        _v = d.pop("UPC", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("UPC: expected str, got " + type(_v).__name__)
        upc = _v

        _v = d.pop("AmazonFnsku", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("AmazonFnsku: expected str, got " + type(_v).__name__)
        amazon_fnsku = _v

        _v = d.pop("Asins", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Asins: expected list, got " + type(_v).__name__)
        asins = cast(list[str], _v)

        _v = d.pop("OwnIdentifier", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("OwnIdentifier: expected str, got " + type(_v).__name__)
        own_identifier = _v

        item_identifiers = cls(
            gtin=gtin,
            manufacturer_number=manufacturer_number,
            isbn=isbn,
            upc=upc,
            amazon_fnsku=amazon_fnsku,
            asins=asins,
            own_identifier=own_identifier,
        )

        item_identifiers.additional_properties = d
        return item_identifiers

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
