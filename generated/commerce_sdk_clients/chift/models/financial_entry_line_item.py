from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.entry_line_type import EntryLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialEntryLineItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "account_type",
        "account",
        "amount",
        "description",
        "tax_info",
        "automated_matching_number",
    }
)


@_attrs_define
class FinancialEntryLineItem:
    """
    Attributes:
        account_type (EntryLineType):
        account (str):
        amount (float):
        description (None | str | Unset):
        tax_info (None | TaxInfo | Unset):
        automated_matching_number (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    account_type: EntryLineType
    account: str
    amount: float
    description: None | str | Unset = UNSET
    tax_info: None | TaxInfo | Unset = UNSET
    automated_matching_number: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.account_type is None or isinstance(self.account_type, Unset):
            account_type = self.account_type
        else:
            account_type = self.account_type.value

        account = self.account

        amount = self.amount

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        tax_info: dict[str, Any] | None | Unset
        if isinstance(self.tax_info, Unset):
            tax_info = UNSET
        elif isinstance(self.tax_info, TaxInfo):
            tax_info = self.tax_info.to_dict()
        else:
            tax_info = self.tax_info

        automated_matching_number: None | str | Unset
        if isinstance(self.automated_matching_number, Unset):
            automated_matching_number = UNSET
        else:
            automated_matching_number = self.automated_matching_number

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "account_type": account_type,
                "account": account,
                "amount": amount,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if tax_info is not UNSET:
            field_dict["tax_info"] = tax_info
        if automated_matching_number is not UNSET:
            field_dict["automated_matching_number"] = automated_matching_number
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
        _lazy = not _m.strict and cls is FinancialEntryLineItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["account_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            account_type, _raw = _decoding.missing(_path, "account_type", "EntryLineType", _raw)
        else:
            try:
                account_type = EntryLineType(_v)

            except Exception as _e:
                account_type, _raw = _decoding.failed(_v, _e, _path, "account_type", "EntryLineType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            account = _src["account"]
        except KeyError:
            account = UNSET
        if account.__class__ is not str:
            account, _raw = _decoding.scalar(account, "str", _path, "account", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

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

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_info"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                tax_info = _v
                _pending |= 1
            else:
                tax_info = _TaxInfo_from_dict(_v, _path + "tax_info.")
        elif _v is None:
            tax_info = None
        elif _v is UNSET:
            tax_info = UNSET
        else:
            tax_info, _raw = _decoding.as_model(_v, TaxInfo, _path, "tax_info", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["automated_matching_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_automated_matching_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            automated_matching_number = _parse_automated_matching_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            automated_matching_number, _raw = _decoding.failed(
                _v, _e, _path, "automated_matching_number", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if automated_matching_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                automated_matching_number, _raw = _decoding.failed(
                    _v, None, _path, "automated_matching_number", "None | str", _raw
                )

        if cls is FinancialEntryLineItem:
            _obj = _new(cls)
            _obj.account_type = account_type
            _obj.account = account
            _obj.amount = amount
            _obj.description = description
            _set_tax_info(_obj, tax_info)
            _obj.automated_matching_number = automated_matching_number
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                account_type,
                account,
                amount,
                description,
                tax_info,
                automated_matching_number,
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


from ..models.tax_info import TaxInfo

_TaxInfo_from_dict = TaxInfo.from_dict

_set_tax_info = _decoding.lazy(FinancialEntryLineItem, "tax_info", "tax_info", 1, TaxInfo.from_dict, False)
