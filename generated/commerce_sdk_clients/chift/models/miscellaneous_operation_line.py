from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.miscellaneous_operation_line_type import MiscellaneousOperationLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="MiscellaneousOperationLine")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "amount",
        "type",
        "account_number",
        "line_number",
        "description",
        "partner_id",
        "analytic_account",
    }
)


@_attrs_define
class MiscellaneousOperationLine:
    """
    Attributes:
        amount (float):
        type_ (MiscellaneousOperationLineType):
        account_number (str):
        line_number (int | None | Unset):  Default: 1.
        description (None | str | Unset):
        partner_id (None | str | Unset):
        analytic_account (None | str | Unset):
    """

    amount: float
    type_: MiscellaneousOperationLineType
    account_number: str
    line_number: int | None | Unset = 1
    description: None | str | Unset = UNSET
    partner_id: None | str | Unset = UNSET
    analytic_account: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        account_number = self.account_number

        line_number: int | None | Unset
        if isinstance(self.line_number, Unset):
            line_number = UNSET
        else:
            line_number = self.line_number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        analytic_account: None | str | Unset
        if isinstance(self.analytic_account, Unset):
            analytic_account = UNSET
        else:
            analytic_account = self.analytic_account

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "amount": amount,
                "type": type_,
                "account_number": account_number,
            }
        )
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if description is not UNSET:
            field_dict["description"] = description
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if analytic_account is not UNSET:
            field_dict["analytic_account"] = analytic_account
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
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "type", "MiscellaneousOperationLineType", _raw)
        else:
            try:
                type_ = MiscellaneousOperationLineType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "type", "MiscellaneousOperationLineType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            account_number = _src["account_number"]
        except KeyError:
            account_number = UNSET
        if account_number.__class__ is not str:
            account_number, _raw = _decoding.scalar(account_number, "str", _path, "account_number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["line_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_line_number(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            line_number = _parse_line_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            line_number, _raw = _decoding.failed(_v, _e, _path, "line_number", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if line_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                line_number, _raw = _decoding.failed(_v, None, _path, "line_number", "int | None", _raw)

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
            _v = _src["partner_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_partner_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            partner_id = _parse_partner_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            partner_id, _raw = _decoding.failed(_v, _e, _path, "partner_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if partner_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                partner_id, _raw = _decoding.failed(_v, None, _path, "partner_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["analytic_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_analytic_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            analytic_account = _parse_analytic_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            analytic_account, _raw = _decoding.failed(_v, _e, _path, "analytic_account", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if analytic_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                analytic_account, _raw = _decoding.failed(
                    _v, None, _path, "analytic_account", "None | str", _raw
                )

        if cls is MiscellaneousOperationLine:
            _obj = _new(cls)
            _obj.amount = amount
            _obj.type_ = type_
            _obj.account_number = account_number
            _obj.line_number = line_number
            _obj.description = description
            _obj.partner_id = partner_id
            _obj.analytic_account = analytic_account
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                amount,
                type_,
                account_number,
                line_number,
                description,
                partner_id,
                analytic_account,
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
