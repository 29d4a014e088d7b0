from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeTimeDimension")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "dimension",
        "dateRange",
        "compareDateRange",
        "granularity",
    }
)


@_attrs_define
class CubeTimeDimension:
    """
    Attributes:
        dimension (str):
        date_range (list[str] | None | str | Unset):
        compare_date_range (list[list[str]] | None | Unset):
        granularity (None | str | Unset):
    """

    dimension: str
    date_range: list[str] | None | str | Unset = UNSET
    compare_date_range: list[list[str]] | None | Unset = UNSET
    granularity: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        dimension = self.dimension

        date_range: list[str] | None | str | Unset
        if isinstance(self.date_range, Unset):
            date_range = UNSET
        elif isinstance(self.date_range, list):
            date_range = self.date_range

        else:
            date_range = self.date_range

        compare_date_range: list[list[str]] | None | Unset
        if isinstance(self.compare_date_range, Unset):
            compare_date_range = UNSET
        elif isinstance(self.compare_date_range, list):
            compare_date_range = []
            for compare_date_range_type_0_item_data in self.compare_date_range:
                compare_date_range_type_0_item = compare_date_range_type_0_item_data

                compare_date_range.append(compare_date_range_type_0_item)

        else:
            compare_date_range = self.compare_date_range

        granularity: None | str | Unset
        if isinstance(self.granularity, Unset):
            granularity = UNSET
        else:
            granularity = self.granularity

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "dimension": dimension,
            }
        )
        if date_range is not UNSET:
            field_dict["dateRange"] = date_range
        if compare_date_range is not UNSET:
            field_dict["compareDateRange"] = compare_date_range
        if granularity is not UNSET:
            field_dict["granularity"] = granularity
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
            dimension = _src["dimension"]
        except KeyError:
            dimension = UNSET
        if dimension.__class__ is not str:
            dimension, _raw = _decoding.scalar(dimension, "str", _path, "dimension", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["dateRange"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_date_range(data: object) -> list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    date_range_type_1 = cast(list[str], data)

                    return date_range_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | str | Unset, data)

            date_range = _parse_date_range(_v)

        except Exception as _e:
            _decoding.leave(_t)
            date_range, _raw = _decoding.failed(_v, _e, _path, "dateRange", "list[str] | None | str", _raw)
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["compareDateRange"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_compare_date_range(data: object) -> list[list[str]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    compare_date_range_type_0 = []
                    _compare_date_range_type_0 = data
                    for compare_date_range_type_0_item_data in _compare_date_range_type_0:
                        compare_date_range_type_0_item = cast(list[str], compare_date_range_type_0_item_data)

                        compare_date_range_type_0.append(compare_date_range_type_0_item)

                    return compare_date_range_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[str]] | None | Unset, data)

            compare_date_range = _parse_compare_date_range(_v)

        except Exception as _e:
            _decoding.leave(_t)
            compare_date_range, _raw = _decoding.failed(
                _v, _e, _path, "compareDateRange", "list[list[str]] | None", _raw
            )
        else:
            _decoding.leave(_t)
            if compare_date_range is _v and (_v.__class__ is list or _v.__class__ is dict):
                compare_date_range, _raw = _decoding.failed(
                    _v, None, _path, "compareDateRange", "list[list[str]] | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["granularity"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_granularity(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            granularity = _parse_granularity(_v)

        except Exception as _e:
            _decoding.leave(_t)
            granularity, _raw = _decoding.failed(_v, _e, _path, "granularity", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if granularity is _v and (_v.__class__ is list or _v.__class__ is dict):
                granularity, _raw = _decoding.failed(_v, None, _path, "granularity", "None | str", _raw)

        if cls is CubeTimeDimension:
            _obj = _new(cls)
            _obj.dimension = dimension
            _obj.date_range = date_range
            _obj.compare_date_range = compare_date_range
            _obj.granularity = granularity
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                dimension,
                date_range,
                compare_date_range,
                granularity,
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
