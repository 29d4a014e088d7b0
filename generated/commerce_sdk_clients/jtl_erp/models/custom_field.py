from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.custom_field_type import CustomFieldType
from ..types import UNSET, Unset

T = TypeVar("T", bound="CustomField")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "CustomFieldId",
        "GroupName",
        "Name",
        "Type",
        "PossibleValues",
        "Attribut",
    }
)


@_attrs_define
class CustomField:
    """
    Attributes:
        custom_field_id (int):  Example: 9.
        group_name (str):  Example: Example Group.
        name (str):  Example: Technical Data.
        type_ (CustomFieldType):  Example: 3.
        possible_values (list[str]):
        attribut (CustomFieldAttribut | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    custom_field_id: int
    group_name: str
    name: str
    type_: CustomFieldType
    possible_values: list[str]
    attribut: CustomFieldAttribut | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        custom_field_id = self.custom_field_id

        group_name = self.group_name

        name = self.name

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        if self.possible_values is None or isinstance(self.possible_values, Unset):
            possible_values = self.possible_values
        else:
            possible_values = self.possible_values

        attribut: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attribut, Unset):
            attribut = self.attribut.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "CustomFieldId": custom_field_id,
                "GroupName": group_name,
                "Name": name,
                "Type": type_,
                "PossibleValues": possible_values,
            }
        )
        if attribut is not UNSET:
            field_dict["Attribut"] = attribut
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
        _lazy = not _m.strict and cls is CustomField
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            custom_field_id = _src["CustomFieldId"]
        except KeyError:
            custom_field_id = UNSET
        if custom_field_id.__class__ is not int:
            custom_field_id, _raw = _decoding.scalar(custom_field_id, "int", _path, "CustomFieldId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            group_name = _src["GroupName"]
        except KeyError:
            group_name = UNSET
        if group_name.__class__ is not str:
            group_name, _raw = _decoding.scalar(group_name, "str", _path, "GroupName", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "Type", "CustomFieldType", _raw)
        else:
            try:
                type_ = CustomFieldType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "Type", "CustomFieldType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            possible_values = _src["PossibleValues"]
        except KeyError:
            possible_values = UNSET
        if possible_values.__class__ is not list:
            possible_values, _raw = _decoding.as_list(
                possible_values, "scalar", _path, "PossibleValues", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Attribut"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                attribut = _v
                _pending |= 1
            else:
                attribut = _CustomFieldAttribut_from_dict(_v, _path + "Attribut.")
        elif _v is UNSET:
            attribut = UNSET
        else:
            attribut, _raw = _decoding.as_model(_v, CustomFieldAttribut, _path, "Attribut", _raw)

        if cls is CustomField:
            _obj = _new(cls)
            _obj.custom_field_id = custom_field_id
            _obj.group_name = group_name
            _obj.name = name
            _obj.type_ = type_
            _obj.possible_values = possible_values
            _set_attribut(_obj, attribut)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                custom_field_id,
                group_name,
                name,
                type_,
                possible_values,
                attribut,
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


from ..models.custom_field_attribut import CustomFieldAttribut

_CustomFieldAttribut_from_dict = CustomFieldAttribut.from_dict

_set_attribut = _decoding.lazy(CustomField, "attribut", "Attribut", 1, CustomFieldAttribut.from_dict, False)
