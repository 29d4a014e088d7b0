from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryMeta")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "currency",
        "monetary_measures",
    }
)


@_attrs_define
class QueryMeta:
    """
    Attributes:
        currency (list[None | str] | None | Unset):
        monetary_measures (list[str] | None | Unset):
    """

    currency: list[None | str] | None | Unset = UNSET
    monetary_measures: list[str] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        currency: list[None | str] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, list):
            currency = []
            for currency_type_0_item_data in self.currency:
                currency_type_0_item: None | str
                currency_type_0_item = currency_type_0_item_data
                currency.append(currency_type_0_item)

        else:
            currency = self.currency

        monetary_measures: list[str] | None | Unset
        if isinstance(self.monetary_measures, Unset):
            monetary_measures = UNSET
        elif isinstance(self.monetary_measures, list):
            monetary_measures = self.monetary_measures

        else:
            monetary_measures = self.monetary_measures

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if monetary_measures is not UNSET:
            field_dict["monetary_measures"] = monetary_measures
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
            _v = _src["currency"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency(data: object) -> list[None | str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    currency_type_0 = []
                    _currency_type_0 = data
                    for currency_type_0_item_data in _currency_type_0:

                        def _parse_currency_type_0_item(data: object) -> None | str:
                            if data is None:
                                return data
                            return cast(None | str, data)

                        currency_type_0_item = _parse_currency_type_0_item(currency_type_0_item_data)

                        currency_type_0.append(currency_type_0_item)

                    return currency_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[None | str] | None | Unset, data)

            currency = _parse_currency(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency, _raw = _decoding.failed(_v, _e, _path, "currency", "list[None | str] | None", _raw)
        else:
            _decoding.leave(_t)
            if currency is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency, _raw = _decoding.failed(
                    _v, None, _path, "currency", "list[None | str] | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["monetary_measures"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_monetary_measures(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    monetary_measures_type_0 = cast(list[str], data)

                    return monetary_measures_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            monetary_measures = _parse_monetary_measures(_v)

        except Exception as _e:
            _decoding.leave(_t)
            monetary_measures, _raw = _decoding.failed(
                _v, _e, _path, "monetary_measures", "list[str] | None", _raw
            )
        else:
            _decoding.leave(_t)

        if cls is QueryMeta:
            _obj = _new(cls)
            _obj.currency = currency
            _obj.monetary_measures = monetary_measures
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                currency,
                monetary_measures,
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
