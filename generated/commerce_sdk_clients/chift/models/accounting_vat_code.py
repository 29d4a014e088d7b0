from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.vat_code_scope import VatCodeScope
from ..models.vat_code_type import VatCodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingVatCode")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "label",
        "rate",
        "type",
        "code",
        "active",
        "scope",
        "deductible_account",
        "payable_account",
        "reversed",
        "withholding_tax",
        "country",
    }
)


@_attrs_define
class AccountingVatCode:
    """
    Attributes:
        id (str):
        label (str):
        rate (float):
        type_ (VatCodeType):
        code (None | str | Unset):
        active (bool | None | Unset):  Default: True.
        scope (None | Unset | VatCodeScope):  Default: VatCodeScope.UNKNOWN.
        deductible_account (None | str | Unset):
        payable_account (None | str | Unset):
        reversed_ (bool | None | Unset):  Default: False.
        withholding_tax (bool | None | Unset):  Default: False.
        country (None | str | Unset):
    """

    id: str
    label: str
    rate: float
    type_: VatCodeType
    code: None | str | Unset = UNSET
    active: bool | None | Unset = True
    scope: None | Unset | VatCodeScope = VatCodeScope.UNKNOWN
    deductible_account: None | str | Unset = UNSET
    payable_account: None | str | Unset = UNSET
    reversed_: bool | None | Unset = False
    withholding_tax: bool | None | Unset = False
    country: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label = self.label

        rate = self.rate

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, VatCodeScope):
            scope = self.scope.value
        else:
            scope = self.scope

        deductible_account: None | str | Unset
        if isinstance(self.deductible_account, Unset):
            deductible_account = UNSET
        else:
            deductible_account = self.deductible_account

        payable_account: None | str | Unset
        if isinstance(self.payable_account, Unset):
            payable_account = UNSET
        else:
            payable_account = self.payable_account

        reversed_: bool | None | Unset
        if isinstance(self.reversed_, Unset):
            reversed_ = UNSET
        else:
            reversed_ = self.reversed_

        withholding_tax: bool | None | Unset
        if isinstance(self.withholding_tax, Unset):
            withholding_tax = UNSET
        else:
            withholding_tax = self.withholding_tax

        country: None | str | Unset
        if isinstance(self.country, Unset):
            country = UNSET
        else:
            country = self.country

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "label": label,
                "rate": rate,
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if active is not UNSET:
            field_dict["active"] = active
        if scope is not UNSET:
            field_dict["scope"] = scope
        if deductible_account is not UNSET:
            field_dict["deductible_account"] = deductible_account
        if payable_account is not UNSET:
            field_dict["payable_account"] = payable_account
        if reversed_ is not UNSET:
            field_dict["reversed"] = reversed_
        if withholding_tax is not UNSET:
            field_dict["withholding_tax"] = withholding_tax
        if country is not UNSET:
            field_dict["country"] = country
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
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            label = _src["label"]
        except KeyError:
            label = UNSET
        if label.__class__ is not str:
            label, _raw = _decoding.scalar(label, "str", _path, "label", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            rate = _src["rate"]
        except KeyError:
            rate = UNSET
        if rate.__class__ is not float and rate.__class__ is not int:
            rate, _raw = _decoding.scalar(rate, "float", _path, "rate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "type", "VatCodeType", _raw)
        else:
            try:
                type_ = VatCodeType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "type", "VatCodeType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            code = _parse_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            code, _raw = _decoding.failed(_v, _e, _path, "code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if code is _v and (_v.__class__ is list or _v.__class__ is dict):
                code, _raw = _decoding.failed(_v, None, _path, "code", "None | str", _raw)

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
            _v = _src["scope"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_scope(data: object) -> None | Unset | VatCodeScope:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    scope_type_0 = VatCodeScope(data)

                    return scope_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | VatCodeScope, data)

            scope = _parse_scope(_v)

        except Exception as _e:
            _decoding.leave(_t)
            scope, _raw = _decoding.failed(_v, _e, _path, "scope", "None | VatCodeScope", _raw)
        else:
            _decoding.leave(_t)
            if scope is _v and (_v.__class__ is list or _v.__class__ is dict):
                scope, _raw = _decoding.failed(_v, None, _path, "scope", "None | VatCodeScope", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["deductible_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_deductible_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            deductible_account = _parse_deductible_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            deductible_account, _raw = _decoding.failed(
                _v, _e, _path, "deductible_account", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if deductible_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                deductible_account, _raw = _decoding.failed(
                    _v, None, _path, "deductible_account", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payable_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payable_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payable_account = _parse_payable_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payable_account, _raw = _decoding.failed(_v, _e, _path, "payable_account", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if payable_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                payable_account, _raw = _decoding.failed(
                    _v, None, _path, "payable_account", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reversed"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_reversed_(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            reversed_ = _parse_reversed_(_v)

        except Exception as _e:
            _decoding.leave(_t)
            reversed_, _raw = _decoding.failed(_v, _e, _path, "reversed", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if reversed_ is _v and (_v.__class__ is list or _v.__class__ is dict):
                reversed_, _raw = _decoding.failed(_v, None, _path, "reversed", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["withholding_tax"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_withholding_tax(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            withholding_tax = _parse_withholding_tax(_v)

        except Exception as _e:
            _decoding.leave(_t)
            withholding_tax, _raw = _decoding.failed(_v, _e, _path, "withholding_tax", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if withholding_tax is _v and (_v.__class__ is list or _v.__class__ is dict):
                withholding_tax, _raw = _decoding.failed(
                    _v, None, _path, "withholding_tax", "bool | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["country"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_country(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            country = _parse_country(_v)

        except Exception as _e:
            _decoding.leave(_t)
            country, _raw = _decoding.failed(_v, _e, _path, "country", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if country is _v and (_v.__class__ is list or _v.__class__ is dict):
                country, _raw = _decoding.failed(_v, None, _path, "country", "None | str", _raw)

        if cls is AccountingVatCode:
            _obj = _new(cls)
            _obj.id = id
            _obj.label = label
            _obj.rate = rate
            _obj.type_ = type_
            _obj.code = code
            _obj.active = active
            _obj.scope = scope
            _obj.deductible_account = deductible_account
            _obj.payable_account = payable_account
            _obj.reversed_ = reversed_
            _obj.withholding_tax = withholding_tax
            _obj.country = country
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                label,
                rate,
                type_,
                code,
                active,
                scope,
                deductible_account,
                payable_account,
                reversed_,
                withholding_tax,
                country,
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
