from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ClientItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "external_reference",
        "first_name",
        "last_name",
        "name",
        "function",
        "is_company",
        "company_id",
        "phone",
        "mobile",
        "email",
        "language",
        "internal_notes",
        "website",
        "vat",
        "company_number",
        "iban",
        "bank_account",
        "currency",
        "active",
        "account_number",
        "id",
        "last_updated_on",
        "addresses",
        "third_party_account",
        "bank_accounts",
    }
)


@_attrs_define
class ClientItemOut:
    """
    Attributes:
        external_reference (None | str | Unset):
        first_name (None | str | Unset):
        last_name (None | str | Unset):
        name (None | str | Unset):
        function (None | str | Unset):
        is_company (bool | None | Unset):  Default: True.
        company_id (None | str | Unset):
        phone (None | str | Unset):
        mobile (None | str | Unset):
        email (None | str | Unset):
        language (None | str | Unset):
        internal_notes (None | str | Unset):
        website (None | str | Unset):
        vat (None | str | Unset):
        company_number (None | str | Unset):
        iban (None | str | Unset):
        bank_account (None | str | Unset):
        currency (None | str | Unset):
        active (bool | None | Unset):  Default: True.
        account_number (None | str | Unset):
        id (None | str | Unset):
        last_updated_on (datetime.datetime | None | Unset):
        addresses (list[AddressItemOut] | None | Unset):
        third_party_account (None | str | Unset):
        bank_accounts (list[BankAccountsItem] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    external_reference: None | str | Unset = UNSET
    first_name: None | str | Unset = UNSET
    last_name: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    function: None | str | Unset = UNSET
    is_company: bool | None | Unset = True
    company_id: None | str | Unset = UNSET
    phone: None | str | Unset = UNSET
    mobile: None | str | Unset = UNSET
    email: None | str | Unset = UNSET
    language: None | str | Unset = UNSET
    internal_notes: None | str | Unset = UNSET
    website: None | str | Unset = UNSET
    vat: None | str | Unset = UNSET
    company_number: None | str | Unset = UNSET
    iban: None | str | Unset = UNSET
    bank_account: None | str | Unset = UNSET
    currency: None | str | Unset = UNSET
    active: bool | None | Unset = True
    account_number: None | str | Unset = UNSET
    id: None | str | Unset = UNSET
    last_updated_on: datetime.datetime | None | Unset = UNSET
    addresses: list[AddressItemOut] | None | Unset = UNSET
    third_party_account: None | str | Unset = UNSET
    bank_accounts: list[BankAccountsItem] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        external_reference: None | str | Unset
        if isinstance(self.external_reference, Unset):
            external_reference = UNSET
        else:
            external_reference = self.external_reference

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

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        function: None | str | Unset
        if isinstance(self.function, Unset):
            function = UNSET
        else:
            function = self.function

        is_company: bool | None | Unset
        if isinstance(self.is_company, Unset):
            is_company = UNSET
        else:
            is_company = self.is_company

        company_id: None | str | Unset
        if isinstance(self.company_id, Unset):
            company_id = UNSET
        else:
            company_id = self.company_id

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

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        internal_notes: None | str | Unset
        if isinstance(self.internal_notes, Unset):
            internal_notes = UNSET
        else:
            internal_notes = self.internal_notes

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

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

        iban: None | str | Unset
        if isinstance(self.iban, Unset):
            iban = UNSET
        else:
            iban = self.iban

        bank_account: None | str | Unset
        if isinstance(self.bank_account, Unset):
            bank_account = UNSET
        else:
            bank_account = self.bank_account

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        last_updated_on: None | str | Unset
        if isinstance(self.last_updated_on, Unset):
            last_updated_on = UNSET
        elif isinstance(self.last_updated_on, datetime.datetime):
            last_updated_on = self.last_updated_on.isoformat()
        else:
            last_updated_on = self.last_updated_on

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

        third_party_account: None | str | Unset
        if isinstance(self.third_party_account, Unset):
            third_party_account = UNSET
        else:
            third_party_account = self.third_party_account

        bank_accounts: list[dict[str, Any]] | None | Unset
        if isinstance(self.bank_accounts, Unset):
            bank_accounts = UNSET
        elif isinstance(self.bank_accounts, list):
            bank_accounts = []
            for bank_accounts_type_0_item_data in self.bank_accounts:
                bank_accounts_type_0_item = bank_accounts_type_0_item_data.to_dict()
                bank_accounts.append(bank_accounts_type_0_item)

        else:
            bank_accounts = self.bank_accounts

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if external_reference is not UNSET:
            field_dict["external_reference"] = external_reference
        if first_name is not UNSET:
            field_dict["first_name"] = first_name
        if last_name is not UNSET:
            field_dict["last_name"] = last_name
        if name is not UNSET:
            field_dict["name"] = name
        if function is not UNSET:
            field_dict["function"] = function
        if is_company is not UNSET:
            field_dict["is_company"] = is_company
        if company_id is not UNSET:
            field_dict["company_id"] = company_id
        if phone is not UNSET:
            field_dict["phone"] = phone
        if mobile is not UNSET:
            field_dict["mobile"] = mobile
        if email is not UNSET:
            field_dict["email"] = email
        if language is not UNSET:
            field_dict["language"] = language
        if internal_notes is not UNSET:
            field_dict["internal_notes"] = internal_notes
        if website is not UNSET:
            field_dict["website"] = website
        if vat is not UNSET:
            field_dict["vat"] = vat
        if company_number is not UNSET:
            field_dict["company_number"] = company_number
        if iban is not UNSET:
            field_dict["iban"] = iban
        if bank_account is not UNSET:
            field_dict["bank_account"] = bank_account
        if currency is not UNSET:
            field_dict["currency"] = currency
        if active is not UNSET:
            field_dict["active"] = active
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if id is not UNSET:
            field_dict["id"] = id
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
        if third_party_account is not UNSET:
            field_dict["third_party_account"] = third_party_account
        if bank_accounts is not UNSET:
            field_dict["bank_accounts"] = bank_accounts
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
        _lazy = not _m.strict and cls is ClientItemOut
        _pending = 0
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
            _v = _src["name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            name = _parse_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            name, _raw = _decoding.failed(_v, _e, _path, "name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if name is _v and (_v.__class__ is list or _v.__class__ is dict):
                name, _raw = _decoding.failed(_v, None, _path, "name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["function"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_function(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            function = _parse_function(_v)

        except Exception as _e:
            _decoding.leave(_t)
            function, _raw = _decoding.failed(_v, _e, _path, "function", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if function is _v and (_v.__class__ is list or _v.__class__ is dict):
                function, _raw = _decoding.failed(_v, None, _path, "function", "None | str", _raw)

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
            _v = _src["internal_notes"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_internal_notes(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            internal_notes = _parse_internal_notes(_v)

        except Exception as _e:
            _decoding.leave(_t)
            internal_notes, _raw = _decoding.failed(_v, _e, _path, "internal_notes", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if internal_notes is _v and (_v.__class__ is list or _v.__class__ is dict):
                internal_notes, _raw = _decoding.failed(_v, None, _path, "internal_notes", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["website"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_website(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            website = _parse_website(_v)

        except Exception as _e:
            _decoding.leave(_t)
            website, _raw = _decoding.failed(_v, _e, _path, "website", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if website is _v and (_v.__class__ is list or _v.__class__ is dict):
                website, _raw = _decoding.failed(_v, None, _path, "website", "None | str", _raw)

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
            _v = _src["iban"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_iban(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            iban = _parse_iban(_v)

        except Exception as _e:
            _decoding.leave(_t)
            iban, _raw = _decoding.failed(_v, _e, _path, "iban", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if iban is _v and (_v.__class__ is list or _v.__class__ is dict):
                iban, _raw = _decoding.failed(_v, None, _path, "iban", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["bank_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_bank_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bank_account = _parse_bank_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            bank_account, _raw = _decoding.failed(_v, _e, _path, "bank_account", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if bank_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                bank_account, _raw = _decoding.failed(_v, None, _path, "bank_account", "None | str", _raw)

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
            _v = _src["active"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_active(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            active = _parse_active(_v)

        except Exception as _e:
            _decoding.leave(_t)
            active, _raw = _decoding.failed(_v, _e, _path, "active", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if active is _v and (_v.__class__ is list or _v.__class__ is dict):
                active, _raw = _decoding.failed(_v, None, _path, "active", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account_number = _parse_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            account_number, _raw = _decoding.failed(_v, _e, _path, "account_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if account_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                account_number, _raw = _decoding.failed(_v, None, _path, "account_number", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id = _parse_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            id, _raw = _decoding.failed(_v, _e, _path, "id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if id is _v and (_v.__class__ is list or _v.__class__ is dict):
                id, _raw = _decoding.failed(_v, None, _path, "id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_updated_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_last_updated_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_updated_on_type_0 = datetime.datetime.fromisoformat(data)

                    return last_updated_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_updated_on = _parse_last_updated_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            last_updated_on, _raw = _decoding.failed(
                _v, _e, _path, "last_updated_on", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if last_updated_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                last_updated_on, _raw = _decoding.failed(
                    _v, None, _path, "last_updated_on", "datetime.datetime | None", _raw
                )

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
                _pending |= 1
            else:
                addresses = []
                _at = _path + "addresses[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        addresses.append(_AddressItemOut_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, AddressItemOut, _path, "addresses", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["third_party_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_third_party_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            third_party_account = _parse_third_party_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            third_party_account, _raw = _decoding.failed(
                _v, _e, _path, "third_party_account", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if third_party_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                third_party_account, _raw = _decoding.failed(
                    _v, None, _path, "third_party_account", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["bank_accounts"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "bank_accounts", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            bank_accounts = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                bank_accounts = _v
                _pending |= 2
            else:
                bank_accounts = []
                _at = _path + "bank_accounts[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        bank_accounts.append(_BankAccountsItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, BankAccountsItem, _path, "bank_accounts", _raw)

        if cls is ClientItemOut:
            _obj = _new(cls)
            _obj.external_reference = external_reference
            _obj.first_name = first_name
            _obj.last_name = last_name
            _obj.name = name
            _obj.function = function
            _obj.is_company = is_company
            _obj.company_id = company_id
            _obj.phone = phone
            _obj.mobile = mobile
            _obj.email = email
            _obj.language = language
            _obj.internal_notes = internal_notes
            _obj.website = website
            _obj.vat = vat
            _obj.company_number = company_number
            _obj.iban = iban
            _obj.bank_account = bank_account
            _obj.currency = currency
            _obj.active = active
            _obj.account_number = account_number
            _obj.id = id
            _obj.last_updated_on = last_updated_on
            _set_addresses(_obj, addresses)
            _obj.third_party_account = third_party_account
            _set_bank_accounts(_obj, bank_accounts)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                external_reference,
                first_name,
                last_name,
                name,
                function,
                is_company,
                company_id,
                phone,
                mobile,
                email,
                language,
                internal_notes,
                website,
                vat,
                company_number,
                iban,
                bank_account,
                currency,
                active,
                account_number,
                id,
                last_updated_on,
                addresses,
                third_party_account,
                bank_accounts,
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


from ..models.address_item_out import AddressItemOut
from ..models.bank_accounts_item import BankAccountsItem

_AddressItemOut_from_dict = AddressItemOut.from_dict
_BankAccountsItem_from_dict = BankAccountsItem.from_dict

_set_addresses = _decoding.lazy(ClientItemOut, "addresses", "addresses", 1, AddressItemOut.from_dict, True)
_set_bank_accounts = _decoding.lazy(
    ClientItemOut, "bank_accounts", "bank_accounts", 2, BankAccountsItem.from_dict, True
)
