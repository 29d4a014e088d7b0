from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="CreateAgenticSyncItem")
_new = object.__new__


@_attrs_define
class CreateAgenticSyncItem:
    """
    Attributes:
        module (str):
    """

    module: str
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        module = self.module

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "module": module,
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
            module = _src["module"]
        except KeyError:
            module = UNSET
        if module.__class__ is not str:
            module, _raw = _decoding.scalar(module, "str", _path, "module", _raw)

        if cls is CreateAgenticSyncItem:
            _obj = _new(cls)
            _obj.module = module
            _obj._raw_values = None
        else:
            _obj = cls(
                module,
            )

        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}
