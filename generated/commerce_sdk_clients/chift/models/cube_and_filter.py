from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="CubeAndFilter")
_new = object.__new__


@_attrs_define
class CubeAndFilter:
    """
    Attributes:
        and_ (list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]):
    """

    and_: list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.and_ is None or isinstance(self.and_, Unset):
            and_ = self.and_
        else:
            and_ = []
            for and_item_data in self.and_:
                and_item: dict[str, Any]
                if isinstance(and_item_data, CubeLeafFilter) or isinstance(and_item_data, CubeAndFilter):
                    and_item = and_item_data.to_dict()
                else:
                    and_item = and_item_data.to_dict()

                and_.append(and_item)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "and": and_,
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
            _v = _src["and"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list:
            _v, _raw = _decoding.as_list(_v, "any", _path, "and", _raw)
        if _v is UNSET:
            and_ = UNSET
        else:
            try:
                and_ = []
                _and_ = _v
                for and_item_data in _and_:

                    def _parse_and_item(data: object) -> CubeAndFilter | CubeLeafFilter | CubeOrFilter:
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            and_item_type_0 = CubeLeafFilter.from_dict(data)

                            return and_item_type_0
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        try:
                            if not isinstance(data, dict):
                                raise TypeError()
                            and_item_type_1 = CubeAndFilter.from_dict(data)

                            return and_item_type_1
                        except (TypeError, ValueError, AttributeError, KeyError):
                            pass
                        if not isinstance(data, dict):
                            raise TypeError()
                        and_item_type_2 = CubeOrFilter.from_dict(data)

                        return and_item_type_2

                    and_item = _parse_and_item(and_item_data)

                    and_.append(and_item)

            except Exception as _e:
                and_, _raw = _decoding.failed(
                    _v, _e, _path, "and", "list[CubeAndFilter | CubeLeafFilter | CubeOrFilter]", _raw
                )

        if cls is CubeAndFilter:
            _obj = _new(cls)
            _obj.and_ = and_
            _obj._raw_values = None
        else:
            _obj = cls(
                and_,
            )

        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}


from ..models.cube_leaf_filter import CubeLeafFilter
from ..models.cube_or_filter import CubeOrFilter
