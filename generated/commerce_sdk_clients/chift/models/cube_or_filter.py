from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeOrFilter")
_new = object.__new__


@_attrs_define
class CubeOrFilter:
    """
    Attributes:
        or_ (list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]):
    """

    or_: list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.or_ is None or isinstance(self.or_, Unset):
            or_ = self.or_
        else:
            or_ = []
            for or_item_data in self.or_:
                or_item: dict[str, Any]
                if isinstance(or_item_data, CubeLeafFilter) or isinstance(or_item_data, CubeAndFilter):
                    or_item = or_item_data.to_dict()
                else:
                    or_item = or_item_data.to_dict()

                or_.append(or_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "or": or_,
            }
        )
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
            _v = _src["or"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "any", _path, "or", _raw)
        if _v is UNSET:
            or_ = UNSET
        else:
            try:
                or_ = []
                _or_ = _v
                for or_item_data in _or_:

                    def _parse_or_item(data: object) -> CubeAndFilter | CubeLeafFilter | CubeOrFilter:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            or_item_type_0 = CubeLeafFilter.from_dict(data)

                            return or_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            or_item_type_1 = CubeAndFilter.from_dict(data)

                            return or_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        or_item_type_2 = CubeOrFilter.from_dict(data)

                        return or_item_type_2

                    or_item = _parse_or_item(or_item_data)

                    or_.append(or_item)

            except Exception as _e:
                or_, _raw = _decoding.failed(
                    _v, _e, _path, "or", "list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]", _raw
                )

        if cls is CubeOrFilter:
            _obj = _new(cls)
            _obj.or_ = or_
            _obj._raw_values = None
        else:
            _obj = cls(
                or_,
            )

        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}


from ..models.cube_and_filter import CubeAndFilter
from ..models.cube_leaf_filter import CubeLeafFilter
