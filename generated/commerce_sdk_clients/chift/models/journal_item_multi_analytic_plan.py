from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="JournalItemMultiAnalyticPlan")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "account_number",
        "debit",
        "credit",
        "currency",
        "id",
        "account_name",
        "partner_id",
        "description",
        "currency_exchange_rate",
        "partner_name",
        "matching_numbers",
        "analytic_distribution",
    }
)


@_attrs_define
class JournalItemMultiAnalyticPlan:
    """
    Attributes:
        account_number (str):
        debit (float):
        credit (float):
        currency (str):
        id (str):
        account_name (str):
        partner_id (None | str | Unset):
        description (None | str | Unset):
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        partner_name (None | str | Unset):
        matching_numbers (list[str] | None | Unset):
        analytic_distribution (list[AnalyticDistribution] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    account_number: str
    debit: float
    credit: float
    currency: str
    id: str
    account_name: str
    partner_id: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    currency_exchange_rate: float | None | Unset = 1.0
    partner_name: None | str | Unset = UNSET
    matching_numbers: list[str] | None | Unset = UNSET
    analytic_distribution: list[AnalyticDistribution] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        account_number = self.account_number

        debit = self.debit

        credit = self.credit

        currency = self.currency

        id = self.id

        account_name = self.account_name

        partner_id: None | str | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        else:
            partner_id = self.partner_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        partner_name: None | str | Unset
        if isinstance(self.partner_name, Unset):
            partner_name = UNSET
        else:
            partner_name = self.partner_name

        matching_numbers: list[str] | None | Unset
        if isinstance(self.matching_numbers, Unset):
            matching_numbers = UNSET
        elif isinstance(self.matching_numbers, list):
            matching_numbers = self.matching_numbers

        else:
            matching_numbers = self.matching_numbers

        analytic_distribution: list[dict[str, Any]] | None | Unset
        if isinstance(self.analytic_distribution, Unset):
            analytic_distribution = UNSET
        elif isinstance(self.analytic_distribution, list):
            analytic_distribution = []
            for analytic_distribution_type_0_item_data in self.analytic_distribution:
                analytic_distribution_type_0_item = analytic_distribution_type_0_item_data.to_dict()
                analytic_distribution.append(analytic_distribution_type_0_item)

        else:
            analytic_distribution = self.analytic_distribution

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "account_number": account_number,
                "debit": debit,
                "credit": credit,
                "currency": currency,
                "id": id,
                "account_name": account_name,
            }
        )
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if description is not UNSET:
            field_dict["description"] = description
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if partner_name is not UNSET:
            field_dict["partner_name"] = partner_name
        if matching_numbers is not UNSET:
            field_dict["matching_numbers"] = matching_numbers
        if analytic_distribution is not UNSET:
            field_dict["analytic_distribution"] = analytic_distribution
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
        _lazy = not _m.strict and cls is JournalItemMultiAnalyticPlan
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            account_number = _src["account_number"]
        except KeyError:
            account_number = UNSET
        if account_number.__class__ is not str:
            account_number, _raw = _decoding.scalar(account_number, "str", _path, "account_number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            debit = _src["debit"]
        except KeyError:
            debit = UNSET
        if debit.__class__ is not float and debit.__class__ is not int:
            debit, _raw = _decoding.scalar(debit, "float", _path, "debit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            credit = _src["credit"]
        except KeyError:
            credit = UNSET
        if credit.__class__ is not float and credit.__class__ is not int:
            credit, _raw = _decoding.scalar(credit, "float", _path, "credit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            account_name = _src["account_name"]
        except KeyError:
            account_name = UNSET
        if account_name.__class__ is not str:
            account_name, _raw = _decoding.scalar(account_name, "str", _path, "account_name", _raw)

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
            _v = _src["currency_exchange_rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            currency_exchange_rate = _parse_currency_exchange_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency_exchange_rate, _raw = _decoding.failed(
                _v, _e, _path, "currency_exchange_rate", "float | None", _raw
            )
        else:
            _decoding.leave(_t)
            if currency_exchange_rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency_exchange_rate, _raw = _decoding.failed(
                    _v, None, _path, "currency_exchange_rate", "float | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partner_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_partner_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            partner_name = _parse_partner_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            partner_name, _raw = _decoding.failed(_v, _e, _path, "partner_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if partner_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                partner_name, _raw = _decoding.failed(_v, None, _path, "partner_name", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["matching_numbers"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_matching_numbers(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    matching_numbers_type_0 = cast(list[str], data)

                    return matching_numbers_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            matching_numbers = _parse_matching_numbers(_v)

        except Exception as _e:
            _decoding.leave(_t)
            matching_numbers, _raw = _decoding.failed(
                _v, _e, _path, "matching_numbers", "list[str] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["analytic_distribution"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "analytic_distribution", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            analytic_distribution = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                analytic_distribution = _v
                _pending |= 1
            else:
                analytic_distribution = []
                _at = _path + "analytic_distribution[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        analytic_distribution.append(_AnalyticDistribution_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, AnalyticDistribution, _path, "analytic_distribution", _raw
                        )

        if cls is JournalItemMultiAnalyticPlan:
            _obj = _new(cls)
            _obj.account_number = account_number
            _obj.debit = debit
            _obj.credit = credit
            _obj.currency = currency
            _obj.id = id
            _obj.account_name = account_name
            _obj.partner_id = partner_id
            _obj.description = description
            _obj.currency_exchange_rate = currency_exchange_rate
            _obj.partner_name = partner_name
            _obj.matching_numbers = matching_numbers
            _set_analytic_distribution(_obj, analytic_distribution)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                account_number,
                debit,
                credit,
                currency,
                id,
                account_name,
                partner_id,
                description,
                currency_exchange_rate,
                partner_name,
                matching_numbers,
                analytic_distribution,
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


from ..models.analytic_distribution import AnalyticDistribution

_AnalyticDistribution_from_dict = AnalyticDistribution.from_dict

_set_analytic_distribution = _decoding.lazy(
    JournalItemMultiAnalyticPlan,
    "analytic_distribution",
    "analytic_distribution",
    1,
    AnalyticDistribution.from_dict,
    True,
)
