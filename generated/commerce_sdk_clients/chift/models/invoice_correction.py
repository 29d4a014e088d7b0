from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceCorrection")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "sale_invoice_correction_tax_code",
        "purchase_invoice_correction_tax_code",
        "invoice_correction_credit_account_number",
        "invoice_correction_debit_account_number",
    }
)


@_attrs_define
class InvoiceCorrection:
    """
    Attributes:
        sale_invoice_correction_tax_code (None | str | Unset):
        purchase_invoice_correction_tax_code (None | str | Unset):
        invoice_correction_credit_account_number (None | str | Unset):
        invoice_correction_debit_account_number (None | str | Unset):
    """

    sale_invoice_correction_tax_code: None | str | Unset = UNSET
    purchase_invoice_correction_tax_code: None | str | Unset = UNSET
    invoice_correction_credit_account_number: None | str | Unset = UNSET
    invoice_correction_debit_account_number: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        sale_invoice_correction_tax_code: None | str | Unset
        if isinstance(self.sale_invoice_correction_tax_code, Unset):
            sale_invoice_correction_tax_code = UNSET
        else:
            sale_invoice_correction_tax_code = self.sale_invoice_correction_tax_code

        purchase_invoice_correction_tax_code: None | str | Unset
        if isinstance(self.purchase_invoice_correction_tax_code, Unset):
            purchase_invoice_correction_tax_code = UNSET
        else:
            purchase_invoice_correction_tax_code = self.purchase_invoice_correction_tax_code

        invoice_correction_credit_account_number: None | str | Unset
        if isinstance(self.invoice_correction_credit_account_number, Unset):
            invoice_correction_credit_account_number = UNSET
        else:
            invoice_correction_credit_account_number = self.invoice_correction_credit_account_number

        invoice_correction_debit_account_number: None | str | Unset
        if isinstance(self.invoice_correction_debit_account_number, Unset):
            invoice_correction_debit_account_number = UNSET
        else:
            invoice_correction_debit_account_number = self.invoice_correction_debit_account_number

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if sale_invoice_correction_tax_code is not UNSET:
            field_dict["sale_invoice_correction_tax_code"] = sale_invoice_correction_tax_code
        if purchase_invoice_correction_tax_code is not UNSET:
            field_dict["purchase_invoice_correction_tax_code"] = purchase_invoice_correction_tax_code
        if invoice_correction_credit_account_number is not UNSET:
            field_dict["invoice_correction_credit_account_number"] = invoice_correction_credit_account_number
        if invoice_correction_debit_account_number is not UNSET:
            field_dict["invoice_correction_debit_account_number"] = invoice_correction_debit_account_number
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
            _v = _src["sale_invoice_correction_tax_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_sale_invoice_correction_tax_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            sale_invoice_correction_tax_code = _parse_sale_invoice_correction_tax_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            sale_invoice_correction_tax_code, _raw = _decoding.failed(
                _v, _e, _path, "sale_invoice_correction_tax_code", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if sale_invoice_correction_tax_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                sale_invoice_correction_tax_code, _raw = _decoding.failed(
                    _v, None, _path, "sale_invoice_correction_tax_code", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["purchase_invoice_correction_tax_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_purchase_invoice_correction_tax_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            purchase_invoice_correction_tax_code = _parse_purchase_invoice_correction_tax_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            purchase_invoice_correction_tax_code, _raw = _decoding.failed(
                _v, _e, _path, "purchase_invoice_correction_tax_code", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if purchase_invoice_correction_tax_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                purchase_invoice_correction_tax_code, _raw = _decoding.failed(
                    _v, None, _path, "purchase_invoice_correction_tax_code", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_correction_credit_account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_invoice_correction_credit_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_correction_credit_account_number = _parse_invoice_correction_credit_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            invoice_correction_credit_account_number, _raw = _decoding.failed(
                _v, _e, _path, "invoice_correction_credit_account_number", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if invoice_correction_credit_account_number is _v and (
                _v.__class__ is list or _v.__class__ is dict
            ):
                invoice_correction_credit_account_number, _raw = _decoding.failed(
                    _v, None, _path, "invoice_correction_credit_account_number", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_correction_debit_account_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_invoice_correction_debit_account_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_correction_debit_account_number = _parse_invoice_correction_debit_account_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            invoice_correction_debit_account_number, _raw = _decoding.failed(
                _v, _e, _path, "invoice_correction_debit_account_number", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if invoice_correction_debit_account_number is _v and (
                _v.__class__ is list or _v.__class__ is dict
            ):
                invoice_correction_debit_account_number, _raw = _decoding.failed(
                    _v, None, _path, "invoice_correction_debit_account_number", "None | str", _raw
                )

        if cls is InvoiceCorrection:
            _obj = _new(cls)
            _obj.sale_invoice_correction_tax_code = sale_invoice_correction_tax_code
            _obj.purchase_invoice_correction_tax_code = purchase_invoice_correction_tax_code
            _obj.invoice_correction_credit_account_number = invoice_correction_credit_account_number
            _obj.invoice_correction_debit_account_number = invoice_correction_debit_account_number
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                sale_invoice_correction_tax_code,
                purchase_invoice_correction_tax_code,
                invoice_correction_credit_account_number,
                invoice_correction_debit_account_number,
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
