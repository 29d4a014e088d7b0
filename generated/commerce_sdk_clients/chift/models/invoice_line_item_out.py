from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceLineItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "unit_price",
        "quantity",
        "tax_amount",
        "untaxed_amount",
        "total",
        "description",
        "discount_amount",
        "tax_rate",
        "account_number",
        "tax_id",
        "tax_exemption_reason",
        "unit_of_measure",
        "product_id",
        "product_code",
        "product_name",
        "analytic_distribution",
    }
)


@_attrs_define
class InvoiceLineItemOut:
    """
    Attributes:
        unit_price (float):
        quantity (float):
        tax_amount (float):
        untaxed_amount (float):
        total (float):
        description (None | str | Unset):
        discount_amount (float | Unset):  Default: 0.0.
        tax_rate (float | None | Unset):
        account_number (None | str | Unset):
        tax_id (None | str | Unset):
        tax_exemption_reason (None | str | Unset):
        unit_of_measure (None | str | Unset):
        product_id (None | str | Unset):
        product_code (None | str | Unset):
        product_name (None | str | Unset):
        analytic_distribution (list[AnalyticDistributionInvoicing] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    unit_price: float
    quantity: float
    tax_amount: float
    untaxed_amount: float
    total: float
    description: None | str | Unset = UNSET
    discount_amount: float | Unset = 0.0
    tax_rate: float | None | Unset = UNSET
    account_number: None | str | Unset = UNSET
    tax_id: None | str | Unset = UNSET
    tax_exemption_reason: None | str | Unset = UNSET
    unit_of_measure: None | str | Unset = UNSET
    product_id: None | str | Unset = UNSET
    product_code: None | str | Unset = UNSET
    product_name: None | str | Unset = UNSET
    analytic_distribution: list[AnalyticDistributionInvoicing] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        unit_price = self.unit_price

        quantity = self.quantity

        tax_amount = self.tax_amount

        untaxed_amount = self.untaxed_amount

        total = self.total

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        discount_amount = self.discount_amount

        tax_rate: float | None | Unset
        if isinstance(self.tax_rate, Unset):
            tax_rate = UNSET
        else:
            tax_rate = self.tax_rate

        account_number: None | str | Unset
        if isinstance(self.account_number, Unset):
            account_number = UNSET
        else:
            account_number = self.account_number

        tax_id: None | str | Unset
        if isinstance(self.tax_id, Unset):
            tax_id = UNSET
        else:
            tax_id = self.tax_id

        tax_exemption_reason: None | str | Unset
        if isinstance(self.tax_exemption_reason, Unset):
            tax_exemption_reason = UNSET
        else:
            tax_exemption_reason = self.tax_exemption_reason

        unit_of_measure: None | str | Unset
        if isinstance(self.unit_of_measure, Unset):
            unit_of_measure = UNSET
        else:
            unit_of_measure = self.unit_of_measure

        product_id: None | str | Unset
        if isinstance(self.product_id, Unset):
            product_id = UNSET
        else:
            product_id = self.product_id

        product_code: None | str | Unset
        if isinstance(self.product_code, Unset):
            product_code = UNSET
        else:
            product_code = self.product_code

        product_name: None | str | Unset
        if isinstance(self.product_name, Unset):
            product_name = UNSET
        else:
            product_name = self.product_name

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
                "tax_amount": tax_amount,
                "untaxed_amount": untaxed_amount,
                "total": total,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if discount_amount is not UNSET:
            field_dict["discount_amount"] = discount_amount
        if tax_rate is not UNSET:
            field_dict["tax_rate"] = tax_rate
        if account_number is not UNSET:
            field_dict["account_number"] = account_number
        if tax_id is not UNSET:
            field_dict["tax_id"] = tax_id
        if tax_exemption_reason is not UNSET:
            field_dict["tax_exemption_reason"] = tax_exemption_reason
        if unit_of_measure is not UNSET:
            field_dict["unit_of_measure"] = unit_of_measure
        if product_id is not UNSET:
            field_dict["product_id"] = product_id
        if product_code is not UNSET:
            field_dict["product_code"] = product_code
        if product_name is not UNSET:
            field_dict["product_name"] = product_name
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
        _lazy = not _m.strict and cls is InvoiceLineItemOut
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
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            untaxed_amount = _src["untaxed_amount"]
        except KeyError:
            untaxed_amount = UNSET
        if untaxed_amount.__class__ is not float and untaxed_amount.__class__ is not int:
            untaxed_amount, _raw = _decoding.scalar(untaxed_amount, "float", _path, "untaxed_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

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
            discount_amount = _src["discount_amount"]
        except KeyError:
            discount_amount = UNSET
        if (
            discount_amount.__class__ is not float
            and discount_amount.__class__ is not int
            and discount_amount is not UNSET
        ):
            discount_amount, _raw = _decoding.scalar(discount_amount, "float", _path, "discount_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            tax_rate = _parse_tax_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_rate, _raw = _decoding.failed(_v, _e, _path, "tax_rate", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if tax_rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_rate, _raw = _decoding.failed(_v, None, _path, "tax_rate", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account_number = _parse_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            account_number, _raw = _decoding.failed(_v, _e, _path, "account_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if account_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                account_number, _raw = _decoding.failed(_v, None, _path, "account_number", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tax_id = _parse_tax_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_id, _raw = _decoding.failed(_v, _e, _path, "tax_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if tax_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_id, _raw = _decoding.failed(_v, None, _path, "tax_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_exemption_reason"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_exemption_reason(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tax_exemption_reason = _parse_tax_exemption_reason(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_exemption_reason, _raw = _decoding.failed(
                _v, _e, _path, "tax_exemption_reason", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if tax_exemption_reason is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_exemption_reason, _raw = _decoding.failed(
                    _v, None, _path, "tax_exemption_reason", "None | str", _raw
                )

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
            _v = _src["product_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_product_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            product_id = _parse_product_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            product_id, _raw = _decoding.failed(_v, _e, _path, "product_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if product_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                product_id, _raw = _decoding.failed(_v, None, _path, "product_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["product_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_product_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            product_code = _parse_product_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            product_code, _raw = _decoding.failed(_v, _e, _path, "product_code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if product_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                product_code, _raw = _decoding.failed(_v, None, _path, "product_code", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["product_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_product_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            product_name = _parse_product_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            product_name, _raw = _decoding.failed(_v, _e, _path, "product_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if product_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                product_name, _raw = _decoding.failed(_v, None, _path, "product_name", "None | str", _raw)

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
                        analytic_distribution.append(_AnalyticDistributionInvoicing_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, AnalyticDistributionInvoicing, _path, "analytic_distribution", _raw
                        )

        if cls is InvoiceLineItemOut:
            _obj = _new(cls)
            _obj.unit_price = unit_price
            _obj.quantity = quantity
            _obj.tax_amount = tax_amount
            _obj.untaxed_amount = untaxed_amount
            _obj.total = total
            _obj.description = description
            _obj.discount_amount = discount_amount
            _obj.tax_rate = tax_rate
            _obj.account_number = account_number
            _obj.tax_id = tax_id
            _obj.tax_exemption_reason = tax_exemption_reason
            _obj.unit_of_measure = unit_of_measure
            _obj.product_id = product_id
            _obj.product_code = product_code
            _obj.product_name = product_name
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
                tax_amount,
                untaxed_amount,
                total,
                description,
                discount_amount,
                tax_rate,
                account_number,
                tax_id,
                tax_exemption_reason,
                unit_of_measure,
                product_id,
                product_code,
                product_name,
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


from ..models.analytic_distribution_invoicing import AnalyticDistributionInvoicing

_AnalyticDistributionInvoicing_from_dict = AnalyticDistributionInvoicing.from_dict

_set_analytic_distribution = _decoding.lazy(
    InvoiceLineItemOut,
    "analytic_distribution",
    "analytic_distribution",
    1,
    AnalyticDistributionInvoicing.from_dict,
    True,
)
