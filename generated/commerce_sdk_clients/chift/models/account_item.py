from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.account_item_type import AccountItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "number",
        "name",
        "active",
        "type",
        "scheme_ids",
        "accounting_category",
        "tax_information",
    }
)


@_attrs_define
class AccountItem:
    """
    Attributes:
        number (str):
        name (str):
        active (bool | None | Unset):  Default: True.
        type_ (AccountItemType | None | Unset):
        scheme_ids (list[str] | None | Unset):
        accounting_category (None | str | Unset):
        tax_information (AccountTaxInformation | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    number: str
    name: str
    active: bool | None | Unset = True
    type_: AccountItemType | None | Unset = UNSET
    scheme_ids: list[str] | None | Unset = UNSET
    accounting_category: None | str | Unset = UNSET
    tax_information: AccountTaxInformation | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        number = self.number

        name = self.name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        elif isinstance(self.type_, AccountItemType):
            type_ = self.type_.value
        else:
            type_ = self.type_

        scheme_ids: list[str] | None | Unset
        if isinstance(self.scheme_ids, Unset):
            scheme_ids = UNSET
        elif isinstance(self.scheme_ids, list):
            scheme_ids = self.scheme_ids

        else:
            scheme_ids = self.scheme_ids

        accounting_category: None | str | Unset
        if isinstance(self.accounting_category, Unset):
            accounting_category = UNSET
        else:
            accounting_category = self.accounting_category

        tax_information: dict[str, Any] | None | Unset
        if isinstance(self.tax_information, Unset):
            tax_information = UNSET
        elif isinstance(self.tax_information, AccountTaxInformation):
            tax_information = self.tax_information.to_dict()
        else:
            tax_information = self.tax_information

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "number": number,
                "name": name,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if type_ is not UNSET:
            field_dict["type"] = type_
        if scheme_ids is not UNSET:
            field_dict["scheme_ids"] = scheme_ids
        if accounting_category is not UNSET:
            field_dict["accounting_category"] = accounting_category
        if tax_information is not UNSET:
            field_dict["tax_information"] = tax_information
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
        _lazy = not _m.strict and cls is AccountItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            number = _src["number"]
        except KeyError:
            number = UNSET
        if number.__class__ is not str:
            number, _raw = _decoding.scalar(number, "str", _path, "number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

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
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_type_(data: object) -> AccountItemType | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    type_type_0 = AccountItemType(data)

                    return type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(AccountItemType | None | Unset, data)

            type_ = _parse_type_(_v)

        except Exception as _e:
            _decoding.leave(_t)
            type_, _raw = _decoding.failed(_v, _e, _path, "type", "AccountItemType | None", _raw)
        else:
            _decoding.leave(_t)
            if type_ is _v and (_v.__class__ is list or _v.__class__ is dict):
                type_, _raw = _decoding.failed(_v, None, _path, "type", "AccountItemType | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["scheme_ids"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_scheme_ids(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    scheme_ids_type_0 = cast(list[str], data)

                    return scheme_ids_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            scheme_ids = _parse_scheme_ids(_v)

        except Exception as _e:
            _decoding.leave(_t)
            scheme_ids, _raw = _decoding.failed(_v, _e, _path, "scheme_ids", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["accounting_category"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_accounting_category(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            accounting_category = _parse_accounting_category(_v)

        except Exception as _e:
            _decoding.leave(_t)
            accounting_category, _raw = _decoding.failed(
                _v, _e, _path, "accounting_category", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if accounting_category is _v and (_v.__class__ is list or _v.__class__ is dict):
                accounting_category, _raw = _decoding.failed(
                    _v, None, _path, "accounting_category", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_information"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                tax_information = _v
                _pending |= 1
            else:
                tax_information = _AccountTaxInformation_from_dict(_v, _path + "tax_information.")
        elif _v is None:
            tax_information = None
        elif _v is UNSET:
            tax_information = UNSET
        else:
            tax_information, _raw = _decoding.as_model(
                _v, AccountTaxInformation, _path, "tax_information", _raw
            )

        if cls is AccountItem:
            _obj = _new(cls)
            _obj.number = number
            _obj.name = name
            _obj.active = active
            _obj.type_ = type_
            _obj.scheme_ids = scheme_ids
            _obj.accounting_category = accounting_category
            _set_tax_information(_obj, tax_information)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                number,
                name,
                active,
                type_,
                scheme_ids,
                accounting_category,
                tax_information,
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


from ..models.account_tax_information import AccountTaxInformation

_AccountTaxInformation_from_dict = AccountTaxInformation.from_dict

_set_tax_information = _decoding.lazy(
    AccountItem, "tax_information", "tax_information", 1, AccountTaxInformation.from_dict, False
)
