from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="TaxInfo")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "tax_code",
        "tax_amount",
        "vat_account",
        "reversed_vat_account",
        "description",
    }
)


@_attrs_define
class TaxInfo:
    """
    Attributes:
        tax_code (str):
        tax_amount (float):
        vat_account (None | str | Unset):
        reversed_vat_account (None | str | Unset):
        description (None | str | Unset):
    """

    tax_code: str
    tax_amount: float
    vat_account: None | str | Unset = UNSET
    reversed_vat_account: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        tax_code = self.tax_code

        tax_amount = self.tax_amount

        vat_account: None | str | Unset
        if isinstance(self.vat_account, Unset):
            vat_account = UNSET
        else:
            vat_account = self.vat_account

        reversed_vat_account: None | str | Unset
        if isinstance(self.reversed_vat_account, Unset):
            reversed_vat_account = UNSET
        else:
            reversed_vat_account = self.reversed_vat_account

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "tax_code": tax_code,
                "tax_amount": tax_amount,
            }
        )
        if vat_account is not UNSET:
            field_dict["vat_account"] = vat_account
        if reversed_vat_account is not UNSET:
            field_dict["reversed_vat_account"] = reversed_vat_account
        if description is not UNSET:
            field_dict["description"] = description
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
            tax_code = _src["tax_code"]
        except KeyError:
            tax_code = UNSET
        if tax_code.__class__ is not str:
            tax_code, _raw = _decoding.scalar(tax_code, "str", _path, "tax_code", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["vat_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_vat_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            vat_account = _parse_vat_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            vat_account, _raw = _decoding.failed(_v, _e, _path, "vat_account", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if vat_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                vat_account, _raw = _decoding.failed(_v, None, _path, "vat_account", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reversed_vat_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_reversed_vat_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            reversed_vat_account = _parse_reversed_vat_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            reversed_vat_account, _raw = _decoding.failed(
                _v, _e, _path, "reversed_vat_account", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if reversed_vat_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                reversed_vat_account, _raw = _decoding.failed(
                    _v, None, _path, "reversed_vat_account", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        if cls is TaxInfo:
            _obj = _new(cls)
            _obj.tax_code = tax_code
            _obj.tax_amount = tax_amount
            _obj.vat_account = vat_account
            _obj.reversed_vat_account = reversed_vat_account
            _obj.description = description
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                tax_code,
                tax_amount,
                vat_account,
                reversed_vat_account,
                description,
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
