from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.contact_gender import ContactGender
from ..types import UNSET, Unset

T = TypeVar("T", bound="ContactItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "is_prospect",
        "is_customer",
        "is_supplier",
        "is_company",
        "company_name",
        "first_name",
        "last_name",
        "email",
        "phone",
        "mobile",
        "company_id",
        "vat",
        "company_number",
        "currency",
        "language",
        "comment",
        "customer_account_number",
        "supplier_account_number",
        "birthdate",
        "gender",
        "addresses",
        "external_reference",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.source_ref is None or isinstance(self.source_ref, Unset):
            source_ref = self.source_ref
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is ContactItemOut
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                source_ref = _v
                _pending |= 1
            else:
                source_ref = _Ref_from_dict(_v, _path + "source_ref.")
        else:
            source_ref, _raw = _decoding.as_model(_v, Ref, _path, "source_ref", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["is_prospect"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_is_prospect(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_prospect = _parse_is_prospect(_v)

        except Exception as _e:
            _decoding.leave(_t)
            is_prospect, _raw = _decoding.failed(_v, _e, _path, "is_prospect", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if is_prospect is _v and (_v.__class__ is list or _v.__class__ is dict):
                is_prospect, _raw = _decoding.failed(_v, None, _path, "is_prospect", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["is_customer"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_is_customer(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_customer = _parse_is_customer(_v)

        except Exception as _e:
            _decoding.leave(_t)
            is_customer, _raw = _decoding.failed(_v, _e, _path, "is_customer", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if is_customer is _v and (_v.__class__ is list or _v.__class__ is dict):
                is_customer, _raw = _decoding.failed(_v, None, _path, "is_customer", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["is_supplier"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_is_supplier(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_supplier = _parse_is_supplier(_v)

        except Exception as _e:
            _decoding.leave(_t)
            is_supplier, _raw = _decoding.failed(_v, _e, _path, "is_supplier", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if is_supplier is _v and (_v.__class__ is list or _v.__class__ is dict):
                is_supplier, _raw = _decoding.failed(_v, None, _path, "is_supplier", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["is_company"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_is_company(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            is_company = _parse_is_company(_v)

        except Exception as _e:
            _decoding.leave(_t)
            is_company, _raw = _decoding.failed(_v, _e, _path, "is_company", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if is_company is _v and (_v.__class__ is list or _v.__class__ is dict):
                is_company, _raw = _decoding.failed(_v, None, _path, "is_company", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["company_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_company_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            company_name = _parse_company_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            company_name, _raw = _decoding.failed(_v, _e, _path, "company_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if company_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                company_name, _raw = _decoding.failed(_v, None, _path, "company_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["first_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_first_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            first_name = _parse_first_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            first_name, _raw = _decoding.failed(_v, _e, _path, "first_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if first_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                first_name, _raw = _decoding.failed(_v, None, _path, "first_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_last_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            last_name = _parse_last_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            last_name, _raw = _decoding.failed(_v, _e, _path, "last_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if last_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                last_name, _raw = _decoding.failed(_v, None, _path, "last_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["email"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            email = _parse_email(_v)

        except Exception as _e:
            _decoding.leave(_t)
            email, _raw = _decoding.failed(_v, _e, _path, "email", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if email is _v and (_v.__class__ is list or _v.__class__ is dict):
                email, _raw = _decoding.failed(_v, None, _path, "email", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["phone"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_phone(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            phone = _parse_phone(_v)

        except Exception as _e:
            _decoding.leave(_t)
            phone, _raw = _decoding.failed(_v, _e, _path, "phone", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if phone is _v and (_v.__class__ is list or _v.__class__ is dict):
                phone, _raw = _decoding.failed(_v, None, _path, "phone", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["mobile"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_mobile(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            mobile = _parse_mobile(_v)

        except Exception as _e:
            _decoding.leave(_t)
            mobile, _raw = _decoding.failed(_v, _e, _path, "mobile", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if mobile is _v and (_v.__class__ is list or _v.__class__ is dict):
                mobile, _raw = _decoding.failed(_v, None, _path, "mobile", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["company_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_company_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            company_id = _parse_company_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            company_id, _raw = _decoding.failed(_v, _e, _path, "company_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if company_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                company_id, _raw = _decoding.failed(_v, None, _path, "company_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["vat"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_vat(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            vat = _parse_vat(_v)

        except Exception as _e:
            _decoding.leave(_t)
            vat, _raw = _decoding.failed(_v, _e, _path, "vat", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if vat is _v and (_v.__class__ is list or _v.__class__ is dict):
                vat, _raw = _decoding.failed(_v, None, _path, "vat", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["company_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_company_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            company_number = _parse_company_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            company_number, _raw = _decoding.failed(_v, _e, _path, "company_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if company_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                company_number, _raw = _decoding.failed(_v, None, _path, "company_number", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currency"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency = _parse_currency(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency, _raw = _decoding.failed(_v, _e, _path, "currency", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if currency is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency, _raw = _decoding.failed(_v, None, _path, "currency", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["language"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_language(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            language = _parse_language(_v)

        except Exception as _e:
            _decoding.leave(_t)
            language, _raw = _decoding.failed(_v, _e, _path, "language", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if language is _v and (_v.__class__ is list or _v.__class__ is dict):
                language, _raw = _decoding.failed(_v, None, _path, "language", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["comment"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_comment(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            comment = _parse_comment(_v)

        except Exception as _e:
            _decoding.leave(_t)
            comment, _raw = _decoding.failed(_v, _e, _path, "comment", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if comment is _v and (_v.__class__ is list or _v.__class__ is dict):
                comment, _raw = _decoding.failed(_v, None, _path, "comment", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["customer_account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_customer_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            customer_account_number = _parse_customer_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            customer_account_number, _raw = _decoding.failed(
                _v, _e, _path, "customer_account_number", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if customer_account_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                customer_account_number, _raw = _decoding.failed(
                    _v, None, _path, "customer_account_number", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["supplier_account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_supplier_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            supplier_account_number = _parse_supplier_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            supplier_account_number, _raw = _decoding.failed(
                _v, _e, _path, "supplier_account_number", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if supplier_account_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                supplier_account_number, _raw = _decoding.failed(
                    _v, None, _path, "supplier_account_number", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["birthdate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            birthdate = _parse_birthdate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            birthdate, _raw = _decoding.failed(_v, _e, _path, "birthdate", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if birthdate is _v and (_v.__class__ is list or _v.__class__ is dict):
                birthdate, _raw = _decoding.failed(_v, None, _path, "birthdate", "datetime.date | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["gender"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            gender = _parse_gender(_v)

        except Exception as _e:
            _decoding.leave(_t)
            gender, _raw = _decoding.failed(_v, _e, _path, "gender", "ContactGender | None", _raw)
        else:
            _decoding.leave(_t)
            if gender is _v and (_v.__class__ is list or _v.__class__ is dict):
                gender, _raw = _decoding.failed(_v, None, _path, "gender", "ContactGender | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["addresses"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "addresses", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            addresses = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                addresses = _v
                _pending |= 2
            else:
                addresses = []
                _at = _path + "addresses[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        addresses.append(_AddressItemOutInvoicing_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, AddressItemOutInvoicing, _path, "addresses", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["external_reference"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_external_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            external_reference = _parse_external_reference(_v)

        except Exception as _e:
            _decoding.leave(_t)
            external_reference, _raw = _decoding.failed(
                _v, _e, _path, "external_reference", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if external_reference is _v and (_v.__class__ is list or _v.__class__ is dict):
                external_reference, _raw = _decoding.failed(
                    _v, None, _path, "external_reference", "None | str", _raw
                )

        if cls is ContactItemOut:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.is_prospect = is_prospect
            _obj.is_customer = is_customer
            _obj.is_supplier = is_supplier
            _obj.is_company = is_company
            _obj.company_name = company_name
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.email = email
            _obj.phone = phone
            _obj.mobile = mobile
            _obj.company_id = company_id
            _obj.vat = vat
            _obj.company_number = company_number
            _obj.currency = currency
            _obj.language = language
            _obj.comment = comment
            _obj.customer_account_number = customer_account_number
            _obj.supplier_account_number = supplier_account_number
            _obj.birthdate = birthdate
            _obj.gender = gender
            _set_addresses(_obj, addresses)
            _obj.external_reference = external_reference
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                is_prospect,
                is_customer,
                is_supplier,
                is_company,
                company_name,
                first_name,
                last_name,
                email,
                phone,
                mobile,
                company_id,
                vat,
                company_number,
                currency,
                language,
                comment,
                customer_account_number,
                supplier_account_number,
                birthdate,
                gender,
                addresses,
                external_reference,
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


from ..models.address_item_out_invoicing import AddressItemOutInvoicing
from ..models.ref import Ref

_AddressItemOutInvoicing_from_dict = AddressItemOutInvoicing.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(ContactItemOut, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_addresses = _decoding.lazy(
    ContactItemOut, "addresses", "addresses", 2, AddressItemOutInvoicing.from_dict, True
)
