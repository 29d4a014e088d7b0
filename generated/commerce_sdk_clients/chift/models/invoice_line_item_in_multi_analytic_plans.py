from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineItemInMultiAnalyticPlans")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "unit_price",
        "quantity",
        "untaxed_amount",
        "tax_rate",
        "tax_amount",
        "total",
        "account_number",
        "tax_code",
        "line_number",
        "unit_of_measure",
        "description",
        "analytic_distribution",
    }
)


@_attrs_define
class InvoiceLineItemInMultiAnalyticPlans:
    """
    Attributes:
        unit_price (float):
        quantity (float):
        untaxed_amount (float):
        tax_rate (float):
        tax_amount (float):
        total (float):
        account_number (str):
        tax_code (str):
        line_number (int | None | Unset):  Default: 1.
        unit_of_measure (None | str | Unset):
        description (str | Unset):  Default: ''.
        analytic_distribution (list[AnalyticDistribution] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    unit_price: float
    quantity: float
    untaxed_amount: float
    tax_rate: float
    tax_amount: float
    total: float
    account_number: str
    tax_code: str
    line_number: int | None | Unset = 1
    unit_of_measure: None | str | Unset = UNSET
    description: str | Unset = ""
    analytic_distribution: list[AnalyticDistribution] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        unit_price = self.unit_price

        quantity = self.quantity

        untaxed_amount = self.untaxed_amount

        tax_rate = self.tax_rate

        tax_amount = self.tax_amount

        total = self.total

        account_number = self.account_number

        tax_code = self.tax_code

        line_number: int | None | Unset
        if isinstance(self.line_number, Unset):
            line_number = UNSET
        else:
            line_number = self.line_number

        unit_of_measure: None | str | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = self.unit_of_measure

        description = self.description

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
                "unit_price": unit_price,
                "quantity": quantity,
                "untaxed_amount": untaxed_amount,
                "tax_rate": tax_rate,
                "tax_amount": tax_amount,
                "total": total,
                "account_number": account_number,
                "tax_code": tax_code,
            }
        )
        if line_number is not UNSET:
            field_dict["line_number"] = line_number
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if description is not UNSET:
            field_dict["description"] = description
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
        _lazy = not _m.strict and cls is InvoiceLineItemInMultiAnalyticPlans
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            unit_price = _src["unit_price"]
        except KeyError:
            unit_price = UNSET
        if unit_price.__class__ is not float and unit_price.__class__ is not int:
            unit_price, _raw = _decoding.scalar(unit_price, "float", _path, "unit_price", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity = _src["quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not float and quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "float", _path, "quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            untaxed_amount = _src["untaxed_amount"]
        except KeyError:
            untaxed_amount = UNSET
        if untaxed_amount.__class__ is not float and untaxed_amount.__class__ is not int:
            untaxed_amount, _raw = _decoding.scalar(untaxed_amount, "float", _path, "untaxed_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_rate = _src["tax_rate"]
        except KeyError:
            tax_rate = UNSET
        if tax_rate.__class__ is not float and tax_rate.__class__ is not int:
            tax_rate, _raw = _decoding.scalar(tax_rate, "float", _path, "tax_rate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            account_number = _src["account_number"]
        except KeyError:
            account_number = UNSET
        if account_number.__class__ is not str:
            account_number, _raw = _decoding.scalar(account_number, "str", _path, "account_number", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_code = _src["tax_code"]
        except KeyError:
            tax_code = UNSET
        if tax_code.__class__ is not str:
            tax_code, _raw = _decoding.scalar(tax_code, "str", _path, "tax_code", _raw)

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
            _v = _src["unit_of_measure"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_unit_of_measure(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            unit_of_measure = _parse_unit_of_measure(_v)

        except Exception as _e:
            _decoding.leave(_t)
            unit_of_measure, _raw = _decoding.failed(_v, _e, _path, "unit_of_measure", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if unit_of_measure is _v and (_v.__class__ is list or _v.__class__ is dict):
                unit_of_measure, _raw = _decoding.failed(
                    _v, None, _path, "unit_of_measure", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            description = _src["description"]
        except KeyError:
            description = UNSET
        if description.__class__ is not str and description is not UNSET:
            description, _raw = _decoding.scalar(description, "str", _path, "description", _raw)

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

        if cls is InvoiceLineItemInMultiAnalyticPlans:
            _obj = _new(cls)
            _obj.unit_price = unit_price
            _obj.quantity = quantity
            _obj.untaxed_amount = untaxed_amount
            _obj.tax_rate = tax_rate
            _obj.tax_amount = tax_amount
            _obj.total = total
            _obj.account_number = account_number
            _obj.tax_code = tax_code
            _obj.line_number = line_number
            _obj.unit_of_measure = unit_of_measure
            _obj.description = description
            _set_analytic_distribution(_obj, analytic_distribution)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                unit_price,
                quantity,
                untaxed_amount,
                tax_rate,
                tax_amount,
                total,
                account_number,
                tax_code,
                line_number,
                unit_of_measure,
                description,
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
    InvoiceLineItemInMultiAnalyticPlans,
    "analytic_distribution",
    "analytic_distribution",
    1,
    AnalyticDistribution.from_dict,
    True,
)
