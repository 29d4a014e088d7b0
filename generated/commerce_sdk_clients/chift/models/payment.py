from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.journal_type import JournalType
from ..types import UNSET, Unset

T = TypeVar("T", bound="Payment")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "currency",
        "amount",
        "payment_date",
        "journal_type",
        "journal_id",
        "journal_name",
        "dedicated_amount",
        "reconciled",
        "communication",
        "matching_number",
    }
)


@_attrs_define
class Payment:
    """
    Attributes:
        id (str):
        name (str):
        currency (str):
        amount (float):
        payment_date (datetime.date):
        journal_type (JournalType):
        journal_id (str):
        journal_name (str):
        dedicated_amount (float | Unset):  Default: 0.0.
        reconciled (bool | None | Unset):  Default: False.
        communication (None | str | Unset):
        matching_number (None | str | Unset):
    """

    id: str
    name: str
    currency: str
    amount: float
    payment_date: datetime.date
    journal_type: JournalType
    journal_id: str
    journal_name: str
    dedicated_amount: float | Unset = 0.0
    reconciled: bool | None | Unset = False
    communication: None | str | Unset = UNSET
    matching_number: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        currency = self.currency

        amount = self.amount

        if self.payment_date is None or isinstance(self.payment_date, Unset):
            payment_date = self.payment_date
        else:
            payment_date = self.payment_date.isoformat()

        if self.journal_type is None or isinstance(self.journal_type, Unset):
            journal_type = self.journal_type
        else:
            journal_type = self.journal_type.value

        journal_id = self.journal_id

        journal_name = self.journal_name

        dedicated_amount = self.dedicated_amount

        reconciled: bool | None | Unset
        if isinstance(self.reconciled, Unset):
            reconciled = UNSET
        else:
            reconciled = self.reconciled

        communication: None | str | Unset
        if isinstance(self.communication, Unset):
            communication = UNSET
        else:
            communication = self.communication

        matching_number: None | str | Unset
        if isinstance(self.matching_number, Unset):
            matching_number = UNSET
        else:
            matching_number = self.matching_number

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "currency": currency,
                "amount": amount,
                "payment_date": payment_date,
                "journal_type": journal_type,
                "journal_id": journal_id,
                "journal_name": journal_name,
            }
        )
        if dedicated_amount is not UNSET:
            field_dict["dedicated_amount"] = dedicated_amount
        if reconciled is not UNSET:
            field_dict["reconciled"] = reconciled
        if communication is not UNSET:
            field_dict["communication"] = communication
        if matching_number is not UNSET:
            field_dict["matching_number"] = matching_number
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
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                payment_date = datetime.date.fromisoformat(_v)
            except ValueError:
                payment_date, _raw = _decoding.as_datetime(_v, "date", _path, "payment_date", _raw)
        else:
            payment_date, _raw = _decoding.as_datetime(_v, "date", _path, "payment_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["journal_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            journal_type, _raw = _decoding.missing(_path, "journal_type", "JournalType", _raw)
        else:
            try:
                journal_type = JournalType(_v)

            except Exception as _e:
                journal_type, _raw = _decoding.failed(_v, _e, _path, "journal_type", "JournalType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            journal_id = _src["journal_id"]
        except KeyError:
            journal_id = UNSET
        if journal_id.__class__ is not str:
            journal_id, _raw = _decoding.scalar(journal_id, "str", _path, "journal_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            journal_name = _src["journal_name"]
        except KeyError:
            journal_name = UNSET
        if journal_name.__class__ is not str:
            journal_name, _raw = _decoding.scalar(journal_name, "str", _path, "journal_name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            dedicated_amount = _src["dedicated_amount"]
        except KeyError:
            dedicated_amount = UNSET
        if (
            dedicated_amount.__class__ is not float
            and dedicated_amount.__class__ is not int
            and dedicated_amount is not UNSET
        ):
            dedicated_amount, _raw = _decoding.scalar(
                dedicated_amount, "float", _path, "dedicated_amount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["reconciled"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_reconciled(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            reconciled = _parse_reconciled(_v)

        except Exception as _e:
            _decoding.leave(_t)
            reconciled, _raw = _decoding.failed(_v, _e, _path, "reconciled", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if reconciled is _v and (_v.__class__ is list or _v.__class__ is dict):
                reconciled, _raw = _decoding.failed(_v, None, _path, "reconciled", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["communication"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_communication(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            communication = _parse_communication(_v)

        except Exception as _e:
            _decoding.leave(_t)
            communication, _raw = _decoding.failed(_v, _e, _path, "communication", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if communication is _v and (_v.__class__ is list or _v.__class__ is dict):
                communication, _raw = _decoding.failed(_v, None, _path, "communication", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["matching_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_matching_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            matching_number = _parse_matching_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            matching_number, _raw = _decoding.failed(_v, _e, _path, "matching_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if matching_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                matching_number, _raw = _decoding.failed(
                    _v, None, _path, "matching_number", "None | str", _raw
                )

        if cls is Payment:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.currency = currency
            _obj.amount = amount
            _obj.payment_date = payment_date
            _obj.journal_type = journal_type
            _obj.journal_id = journal_id
            _obj.journal_name = journal_name
            _obj.dedicated_amount = dedicated_amount
            _obj.reconciled = reconciled
            _obj.communication = communication
            _obj.matching_number = matching_number
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                name,
                currency,
                amount,
                payment_date,
                journal_type,
                journal_id,
                journal_name,
                dedicated_amount,
                reconciled,
                communication,
                matching_number,
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
