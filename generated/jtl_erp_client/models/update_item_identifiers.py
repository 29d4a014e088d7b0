from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateItemIdentifiers")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Gtin", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Gtin: expected str, got " + type(_v).__name__)
        gtin = _v

        _v = d.pop("ManufacturerNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ManufacturerNumber: expected str, got " + type(_v).__name__)
        manufacturer_number = _v

        _v = d.pop("ISBN", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ISBN: expected str, got " + type(_v).__name__)
        isbn = _v

        _v = d.pop("UPC", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("UPC: expected str, got " + type(_v).__name__)
        upc = _v

        _v = d.pop("AmazonFnsku", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("AmazonFnsku: expected str, got " + type(_v).__name__)
        amazon_fnsku = _v

        _v = d.pop("Asins", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("Asins: expected list, got " + type(_v).__name__)
        asins = cast(list[str], _v)

        _v = d.pop("OwnIdentifier", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("OwnIdentifier: expected str, got " + type(_v).__name__)
        own_identifier = _v

        update_item_identifiers = cls(
            gtin=gtin,
            manufacturer_number=manufacturer_number,
            isbn=isbn,
            upc=upc,
            amazon_fnsku=amazon_fnsku,
            asins=asins,
            own_identifier=own_identifier,
        )

        update_item_identifiers.additional_properties = d
        return update_item_identifiers

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
