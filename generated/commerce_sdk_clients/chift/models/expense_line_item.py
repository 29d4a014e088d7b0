from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExpenseLineItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "total",
        "untaxed_amount",
        "tax_amount",
        "account_number",
        "tax_rate",
        "tax_id",
        "description",
    }
)


@_attrs_define
class ExpenseLineItem:
    """
    Attributes:
        total (float):
        untaxed_amount (float):
        tax_amount (float):
        account_number (str):
        tax_rate (float):
        tax_id (str):
        description (None | str | Unset):
    """

    total: float
    untaxed_amount: float
    tax_amount: float
    account_number: str
    tax_rate: float
    tax_id: str
    description: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        account_number = self.account_number

        tax_rate = self.tax_rate

        tax_id = self.tax_id

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
                "total": total,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "account_number": account_number,
                "tax_rate": tax_rate,
                "tax_id": tax_id,
            }
        )
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
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            untaxed_amount = _src["untaxed_amount"]
        except KeyError:
            untaxed_amount = UNSET
        if untaxed_amount.__class__ is not float and untaxed_amount.__class__ is not int:
            untaxed_amount, _raw = _decoding.scalar(untaxed_amount, "float", _path, "untaxed_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            account_number = _src["account_number"]
        except KeyError:
            account_number = UNSET
        if account_number.__class__ is not str:
            account_number, _raw = _decoding.scalar(account_number, "str", _path, "account_number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_rate = _src["tax_rate"]
        except KeyError:
            tax_rate = UNSET
        if tax_rate.__class__ is not float and tax_rate.__class__ is not int:
            tax_rate, _raw = _decoding.scalar(tax_rate, "float", _path, "tax_rate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_id = _src["tax_id"]
        except KeyError:
            tax_id = UNSET
        if tax_id.__class__ is not str:
            tax_id, _raw = _decoding.scalar(tax_id, "str", _path, "tax_id", _raw)

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

        if cls is ExpenseLineItem:
            _obj = _new(cls)
            _obj.total = total
            _obj.untaxed_amount = untaxed_amount
            _obj.tax_amount = tax_amount
            _obj.account_number = account_number
            _obj.tax_rate = tax_rate
            _obj.tax_id = tax_id
            _obj.description = description
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                total,
                untaxed_amount,
                tax_amount,
                account_number,
                tax_rate,
                tax_id,
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
