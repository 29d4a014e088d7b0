from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankingAccountItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "currency",
        "current_balance",
        "available_balance",
        "description",
        "reference",
        "reference_type",
        "current_balance_last_update_date",
        "available_balance_last_update_date",
        "holder_name",
        "active",
    }
)


@_attrs_define
class BankingAccountItem:
    """
    Attributes:
        id (str):
        currency (str):
        current_balance (float):
        available_balance (float):
        description (str):
        reference (str):
        reference_type (str):
        current_balance_last_update_date (datetime.datetime | None | Unset):
        available_balance_last_update_date (datetime.datetime | None | Unset):
        holder_name (None | str | Unset):
        active (bool | None | Unset):  Default: True.
    """

    id: str
    currency: str
    current_balance: float
    available_balance: float
    description: str
    reference: str
    reference_type: str
    current_balance_last_update_date: datetime.datetime | None | Unset = UNSET
    available_balance_last_update_date: datetime.datetime | None | Unset = UNSET
    holder_name: None | str | Unset = UNSET
    active: bool | None | Unset = True
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        currency = self.currency

        current_balance = self.current_balance

        available_balance = self.available_balance

        description = self.description

        reference = self.reference

        reference_type = self.reference_type

        current_balance_last_update_date: None | str | Unset
        if isinstance(self.current_balance_last_update_date, Unset):
            current_balance_last_update_date = UNSET
        elif isinstance(self.current_balance_last_update_date, datetime.datetime):
            current_balance_last_update_date = self.current_balance_last_update_date.isoformat()
        else:
            current_balance_last_update_date = self.current_balance_last_update_date

        available_balance_last_update_date: None | str | Unset
        if isinstance(self.available_balance_last_update_date, Unset):
            available_balance_last_update_date = UNSET
        elif isinstance(self.available_balance_last_update_date, datetime.datetime):
            available_balance_last_update_date = self.available_balance_last_update_date.isoformat()
        else:
            available_balance_last_update_date = self.available_balance_last_update_date

        holder_name: None | str | Unset
        if isinstance(self.holder_name, Unset):
            holder_name = UNSET
        else:
            holder_name = self.holder_name

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "currency": currency,
                "current_balance": current_balance,
                "available_balance": available_balance,
                "description": description,
                "reference": reference,
                "reference_type": reference_type,
            }
        )
        if current_balance_last_update_date is not UNSET:
            field_dict["current_balance_last_update_date"] = current_balance_last_update_date
        if available_balance_last_update_date is not UNSET:
            field_dict["available_balance_last_update_date"] = available_balance_last_update_date
        if holder_name is not UNSET:
            field_dict["holder_name"] = holder_name
        if active is not UNSET:
            field_dict["active"] = active
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
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            current_balance = _src["current_balance"]
        except KeyError:
            current_balance = UNSET
        if current_balance.__class__ is not float and current_balance.__class__ is not int:
            current_balance, _raw = _decoding.scalar(current_balance, "float", _path, "current_balance", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            available_balance = _src["available_balance"]
        except KeyError:
            available_balance = UNSET
        if available_balance.__class__ is not float and available_balance.__class__ is not int:
            available_balance, _raw = _decoding.scalar(
                available_balance, "float", _path, "available_balance", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str:
            description, _raw = _decoding.scalar(description, "str", _path, "description", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            reference = _src["reference"]
        except KeyError:
            reference = UNSET
        if reference.__class__ is not str:
            reference, _raw = _decoding.scalar(reference, "str", _path, "reference", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            reference_type = _src["reference_type"]
        except KeyError:
            reference_type = UNSET
        if reference_type.__class__ is not str:
            reference_type, _raw = _decoding.scalar(reference_type, "str", _path, "reference_type", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["current_balance_last_update_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_current_balance_last_update_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    current_balance_last_update_date_type_0 = datetime.datetime.fromisoformat(data)

                    return current_balance_last_update_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            current_balance_last_update_date = _parse_current_balance_last_update_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            current_balance_last_update_date, _raw = _decoding.failed(
                _v, _e, _path, "current_balance_last_update_date", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if current_balance_last_update_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                current_balance_last_update_date, _raw = _decoding.failed(
                    _v, None, _path, "current_balance_last_update_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["available_balance_last_update_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_available_balance_last_update_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    available_balance_last_update_date_type_0 = datetime.datetime.fromisoformat(data)

                    return available_balance_last_update_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            available_balance_last_update_date = _parse_available_balance_last_update_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            available_balance_last_update_date, _raw = _decoding.failed(
                _v, _e, _path, "available_balance_last_update_date", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if available_balance_last_update_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                available_balance_last_update_date, _raw = _decoding.failed(
                    _v, None, _path, "available_balance_last_update_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["holder_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_holder_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            holder_name = _parse_holder_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            holder_name, _raw = _decoding.failed(_v, _e, _path, "holder_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if holder_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                holder_name, _raw = _decoding.failed(_v, None, _path, "holder_name", "None | str", _raw)

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

        if cls is BankingAccountItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.currency = currency
            _obj.current_balance = current_balance
            _obj.available_balance = available_balance
            _obj.description = description
            _obj.reference = reference
            _obj.reference_type = reference_type
            _obj.current_balance_last_update_date = current_balance_last_update_date
            _obj.available_balance_last_update_date = available_balance_last_update_date
            _obj.holder_name = holder_name
            _obj.active = active
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                currency,
                current_balance,
                available_balance,
                description,
                reference,
                reference_type,
                current_balance_last_update_date,
                available_balance_last_update_date,
                holder_name,
                active,
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
