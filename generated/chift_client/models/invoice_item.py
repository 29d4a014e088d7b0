from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItem")


@_attrs_define
class InvoiceItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        invoice_number (None | str):
        creation_date (datetime.datetime | None | Unset):
        closing_date (datetime.datetime | None | Unset):
        partners (list[InvoicePartnerItem] | None | Unset):
    """

    id: str
    source_ref: Ref
    invoice_number: None | str
    creation_date: datetime.datetime | None | Unset = UNSET
    closing_date: datetime.datetime | None | Unset = UNSET
    partners: list[InvoicePartnerItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        invoice_number: None | str
        invoice_number = self.invoice_number

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        closing_date: None | str | Unset
        if isinstance(self.closing_date, Unset):
            closing_date = UNSET
        elif isinstance(self.closing_date, datetime.datetime):
            closing_date = self.closing_date.isoformat()
        else:
            closing_date = self.closing_date

        partners: list[dict[str, Any]] | None | Unset
        if isinstance(self.partners, Unset):
            partners = UNSET
        elif isinstance(self.partners, list):
            partners = []
            for partners_type_0_item_data in self.partners:
                partners_type_0_item = partners_type_0_item_data.to_dict()
                partners.append(partners_type_0_item)

        else:
            partners = self.partners

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "invoice_number": invoice_number,
            }
        )
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if closing_date is not UNSET:
            field_dict["closing_date"] = closing_date
        if partners is not UNSET:
            field_dict["partners"] = partners

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        def _parse_invoice_number(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        invoice_number = _parse_invoice_number(d.pop("invoice_number"))

        def _parse_creation_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                creation_date_type_0 = datetime.datetime.fromisoformat(data)

                return creation_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        creation_date = _parse_creation_date(d.pop("creation_date", UNSET))

        def _parse_closing_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closing_date_type_0 = datetime.datetime.fromisoformat(data)

                return closing_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        closing_date = _parse_closing_date(d.pop("closing_date", UNSET))

        def _parse_partners(data: object) -> list[InvoicePartnerItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                partners_type_0 = []
                _partners_type_0 = data
                for partners_type_0_item_data in _partners_type_0:
                    partners_type_0_item = InvoicePartnerItem.from_dict(partners_type_0_item_data)

                    partners_type_0.append(partners_type_0_item)

                return partners_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[InvoicePartnerItem] | None | Unset, data)

        partners = _parse_partners(d.pop("partners", UNSET))

        invoice_item = cls(
            id=id,
            source_ref=source_ref,
            invoice_number=invoice_number,
            creation_date=creation_date,
            closing_date=closing_date,
            partners=partners,
        )

        invoice_item.additional_properties = d
        return invoice_item

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


from ..models.invoice_partner_item import InvoicePartnerItem
from ..models.ref import Ref
