from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="POSTaxRateItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "label",
        "rate",
        "tax_code",
    }
)


@_attrs_define
class POSTaxRateItem:
    """
    Attributes:
        id (str):
        label (None | str | Unset):
        rate (float | None | Unset):
        tax_code (None | str | Unset):
    """

    id: str
    label: None | str | Unset = UNSET
    rate: float | None | Unset = UNSET
    tax_code: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        label: None | str | Unset
        if isinstance(self.label, Unset):
            label = UNSET
        else:
            label = self.label

        rate: float | None | Unset
        if isinstance(self.rate, Unset):
            rate = UNSET
        else:
            rate = self.rate

        tax_code: None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = self.tax_code

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if label is not UNSET:
            field_dict["label"] = label
        if rate is not UNSET:
            field_dict["rate"] = rate
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
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
            _v = _src["label"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_label(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            label = _parse_label(_v)

        except Exception as _e:
            _decoding.leave(_t)
            label, _raw = _decoding.failed(_v, _e, _path, "label", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if label is _v and (_v.__class__ is list or _v.__class__ is dict):
                label, _raw = _decoding.failed(_v, None, _path, "label", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            rate = _parse_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            rate, _raw = _decoding.failed(_v, _e, _path, "rate", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                rate, _raw = _decoding.failed(_v, None, _path, "rate", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tax_code = _parse_tax_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_code, _raw = _decoding.failed(_v, _e, _path, "tax_code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if tax_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_code, _raw = _decoding.failed(_v, None, _path, "tax_code", "None | str", _raw)

        if cls is POSTaxRateItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.label = label
            _obj.rate = rate
            _obj.tax_code = tax_code
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                label,
                rate,
                tax_code,
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
