from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET

T = TypeVar("T", bound="OnHoldReason")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Name",
        "IsMergeable",
        "ItemsNotUsedForPurchaseList",
    }
)


@_attrs_define
class OnHoldReason:
    """
    Attributes:
        id (int):  Example: 5.
        name (str):  Example: needs further review.
        is_mergeable (bool):  Example: False.
        items_not_used_for_purchase_list (bool):  Example: False.
    """

    id: int
    name: str
    is_mergeable: bool
    items_not_used_for_purchase_list: bool
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        is_mergeable = self.is_mergeable

        items_not_used_for_purchase_list = self.items_not_used_for_purchase_list

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Name": name,
                "IsMergeable": is_mergeable,
                "ItemsNotUsedForPurchaseList": items_not_used_for_purchase_list,
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
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not int:
            id, _raw = _decoding.scalar(id, "int", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            is_mergeable = _src["IsMergeable"]
        except KeyError:
            is_mergeable = UNSET
        if is_mergeable.__class__ is not bool:
            is_mergeable, _raw = _decoding.scalar(is_mergeable, "bool", _path, "IsMergeable", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            items_not_used_for_purchase_list = _src["ItemsNotUsedForPurchaseList"]
        except KeyError:
            items_not_used_for_purchase_list = UNSET
        if items_not_used_for_purchase_list.__class__ is not bool:
            items_not_used_for_purchase_list, _raw = _decoding.scalar(
                items_not_used_for_purchase_list, "bool", _path, "ItemsNotUsedForPurchaseList", _raw
            )

        if cls is OnHoldReason:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.is_mergeable = is_mergeable
            _obj.items_not_used_for_purchase_list = items_not_used_for_purchase_list
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                name,
                is_mergeable,
                items_not_used_for_purchase_list,
            )

        if len(_src) != 4 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
