from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.contact_gender import ContactGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactItemOut")


@_attrs_define
class ContactItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        is_prospect (bool | None | Unset):
        is_customer (bool | None | Unset):
        is_supplier (bool | None | Unset):
        is_company (bool | None | Unset):
        company_name (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        email (None | str | Unset):
        phone (None | str | Unset):
        mobile (None | str | Unset):
        company_id (None | str | Unset):
        vat (None | str | Unset):
        company_number (None | str | Unset):
        currency (None | str | Unset):
        language (None | str | Unset):
        comment (None | str | Unset):
        customer_account_number (None | str | Unset):
        supplier_account_number (None | str | Unset):
        birthdate (datetime.date | None | Unset):
        gender (ContactGender | None | Unset):
        addresses (list[AddressItemOutInvoicing] | None | Unset):
        external_reference (None | str | Unset):
    """

    id: str
    source_ref: Ref
    is_prospect: bool | None | Unset = UNSET
    is_customer: bool | None | Unset = UNSET
    is_supplier: bool | None | Unset = UNSET
    is_company: bool | None | Unset = UNSET
    company_name: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    company_id: None | str | Unset = UNSET
    vat: None | str | Unset = UNSET
    company_number: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    comment: None | str | Unset = UNSET
    customer_account_number: None | str | Unset = UNSET
    supplier_account_number: None | str | Unset = UNSET
    birthdate: datetime.date | None | Unset = UNSET
    gender: ContactGender | None | Unset = UNSET
    addresses: list[AddressItemOutInvoicing] | None | Unset = UNSET
    external_reference: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        is_prospect: bool | None | Unset
        if isinstance(self.is_prospect, Unset):
            is_prospect = UNSET
        else:
            is_prospect = self.is_prospect

        is_customer: bool | None | Unset
        if isinstance(self.is_customer, Unset):
            is_customer = UNSET
        else:
            is_customer = self.is_customer

        is_supplier: bool | None | Unset
        if isinstance(self.is_supplier, Unset):
            is_supplier = UNSET
        else:
            is_supplier = self.is_supplier

        is_company: bool | None | Unset
        if isinstance(self.is_company, Unset):
            is_company = UNSET
        else:
            is_company = self.is_company

        company_name: None | str | Unset
        if isinstance(self.company_name, Unset):
            company_name = UNSET
        else:
            company_name = self.company_name

        first_name: None | str | Unset
        if isinstance(self.first_name, Unset):
            first_name = UNSET
        else:
            first_name = self.first_name

        last_name: None | str | Unset
        if isinstance(self.last_name, Unset):
            last_name = UNSET
        else:
            last_name = self.last_name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        phone: None | str | Unset
        if isinstance(self.phone, Unset):
            phone = UNSET
        else:
            phone = self.phone

        mobile: None | str | Unset
        if isinstance(self.mobile, Unset):
            mobile = UNSET
        else:
            mobile = self.mobile

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

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

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        customer_account_number: None | str | Unset
        if isinstance(self.customer_account_number, Unset):
            customer_account_number = UNSET
        else:
            customer_account_number = self.customer_account_number

        supplier_account_number: None | str | Unset
        if isinstance(self.supplier_account_number, Unset):
            supplier_account_number = UNSET
        else:
            supplier_account_number = self.supplier_account_number

        birthdate: None | str | Unset
        if isinstance(self.birthdate, Unset):
            birthdate = UNSET
        elif isinstance(self.birthdate, datetime.date):
            birthdate = self.birthdate.isoformat()
        else:
            birthdate = self.birthdate

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        elif isinstance(self.gender, ContactGender):
            gender = self.gender.value
        else:
            gender = self.gender

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

        external_reference: None | str | Unset
        if isinstance(self.external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = self.external_reference

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
            }
        )
        if is_prospect is not UNSET:
            field_dict["is_prospect"] = is_prospect
        if is_customer is not UNSET:
            field_dict["is_customer"] = is_customer
        if is_supplier is not UNSET:
            field_dict["is_supplier"] = is_supplier
        if is_company is not UNSET:
            field_dict["is_company"] = is_company
        if company_name is not UNSET:
            field_dict["company_name"] = company_name
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if email is not UNSET:
            field_dict["email"] = email
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if vat is not UNSET:
            field_dict["vat"] = vat
        if company_number is not UNSET:
            field_dict["company_number"] = company_number
        if currency is not UNSET:
            field_dict["currency"] = currency
        if language is not UNSET:
            field_dict["language"] = language
        if comment is not UNSET:
            field_dict["comment"] = comment
        if customer_account_number is not UNSET:
            field_dict["customer_account_number"] = customer_account_number
        if supplier_account_number is not UNSET:
            field_dict["supplier_account_number"] = supplier_account_number
        if birthdate is not UNSET:
            field_dict["birthdate"] = birthdate
        if gender is not UNSET:
            field_dict["gender"] = gender
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        def _parse_is_prospect(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_prospect = _parse_is_prospect(d.pop("is_prospect", UNSET))

        def _parse_is_customer(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_customer = _parse_is_customer(d.pop("is_customer", UNSET))

        def _parse_is_supplier(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_supplier = _parse_is_supplier(d.pop("is_supplier", UNSET))

        def _parse_is_company(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        is_company = _parse_is_company(d.pop("is_company", UNSET))

        def _parse_company_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_name = _parse_company_name(d.pop("company_name", UNSET))

        def _parse_first_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        first_name = _parse_first_name(d.pop("first_name", UNSET))

        def _parse_last_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        last_name = _parse_last_name(d.pop("last_name", UNSET))

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_phone(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        phone = _parse_phone(d.pop("phone", UNSET))

        def _parse_mobile(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        mobile = _parse_mobile(d.pop("mobile", UNSET))

        def _parse_company_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        company_id = _parse_company_id(d.pop("company_id", UNSET))

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

        def _parse_currency(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_language(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        language = _parse_language(d.pop("language", UNSET))

        def _parse_comment(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        comment = _parse_comment(d.pop("comment", UNSET))

        def _parse_customer_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        customer_account_number = _parse_customer_account_number(d.pop("customer_account_number", UNSET))

        def _parse_supplier_account_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_account_number = _parse_supplier_account_number(d.pop("supplier_account_number", UNSET))

        def _parse_birthdate(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                birthdate_type_0 = datetime.date.fromisoformat(data)

                return birthdate_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        birthdate = _parse_birthdate(d.pop("birthdate", UNSET))

        def _parse_gender(data: object) -> ContactGender | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                gender_type_0 = ContactGender(data)

                return gender_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ContactGender | None | Unset, data)

        gender = _parse_gender(d.pop("gender", UNSET))

        def _parse_addresses(data: object) -> list[AddressItemOutInvoicing] | None | Unset:
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
                    addresses_type_0_item = AddressItemOutInvoicing.from_dict(addresses_type_0_item_data)

                    addresses_type_0.append(addresses_type_0_item)

                return addresses_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[AddressItemOutInvoicing] | None | Unset, data)

        addresses = _parse_addresses(d.pop("addresses", UNSET))

        def _parse_external_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        external_reference = _parse_external_reference(d.pop("external_reference", UNSET))

        contact_item_out = cls(
            id=id,
            source_ref=source_ref,
            is_prospect=is_prospect,
            is_customer=is_customer,
            is_supplier=is_supplier,
            is_company=is_company,
            company_name=company_name,
            first_name=first_name,
            last_name=last_name,
            email=email,
            phone=phone,
            mobile=mobile,
            company_id=company_id,
            vat=vat,
            company_number=company_number,
            currency=currency,
            language=language,
            comment=comment,
            customer_account_number=customer_account_number,
            supplier_account_number=supplier_account_number,
            birthdate=birthdate,
            gender=gender,
            addresses=addresses,
            external_reference=external_reference,
        )

        contact_item_out.additional_properties = d
        return contact_item_out

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


from ..models.address_item_out_invoicing import AddressItemOutInvoicing
from ..models.ref import Ref
