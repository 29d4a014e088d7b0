from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderItem")


@_attrs_define
class FolderItem:
    """
    Attributes:
        id (str):
        name (str):
        selected (bool | None | Unset):  Default: True.
        active (bool | None | Unset):  Default: True.
        vat (None | str | Unset):
        company_number (None | str | Unset):
        main_currency (None | str | Unset):
        addresses (list[FolderAddressItem] | None | Unset):
    """

    id: str
    name: str
    selected: bool | None | Unset = True
    active: bool | None | Unset = True
    vat: None | str | Unset = UNSET
    company_number: None | str | Unset = UNSET
    main_currency: None | str | Unset = UNSET
    addresses: list[FolderAddressItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        vat: None | str | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        else:
            vat = self.vat

        company_number: None | str | Unset
        if isinstance(self.company_number, Unset):
            company_number = UNSET
        else:
            company_number = self.company_number

        main_currency: None | str | Unset
        if isinstance(self.main_currency, Unset):
            main_currency = UNSET
        else:
            main_currency = self.main_currency

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if selected is not UNSET:
            field_dict["selected"] = selected
        if active is not UNSET:
            field_dict["active"] = active
        if vat is not UNSET:
            field_dict["vat"] = vat
        if company_number is not UNSET:
            field_dict["company_number"] = company_number
        if main_currency is not UNSET:
            field_dict["main_currency"] = main_currency
        if addresses is not UNSET:
            field_dict["addresses"] = addresses

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_selected(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        selected = _parse_selected(d.pop("selected", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        def _parse_vat(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        vat = _parse_vat(d.pop("vat", UNSET))

        def _parse_company_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_number = _parse_company_number(d.pop("company_number", UNSET))

        def _parse_main_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        main_currency = _parse_main_currency(d.pop("main_currency", UNSET))

        def _parse_addresses(data: object) -> list[FolderAddressItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                addresses_type_0 = []
                _addresses_type_0 = data
                for addresses_type_0_item_data in _addresses_type_0:
                    addresses_type_0_item = FolderAddressItem.from_dict(addresses_type_0_item_data)

                    addresses_type_0.append(addresses_type_0_item)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FolderAddressItem] | None | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

        folder_item = cls(
            id=id,
            name=name,
            selected=selected,
            active=active,
            vat=vat,
            company_number=company_number,
            main_currency=main_currency,
            addresses=addresses,
        )

        folder_item.additional_properties = d
        return folder_item

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


from ..models.folder_address_item import FolderAddressItem
