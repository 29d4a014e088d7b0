from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.sales_channel_type import SalesChannelType
from ..types import UNSET, Unset

T = TypeVar("T", bound="SalesChannel")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "Id",
        "Type",
        "Name",
        "ItemCapabilities",
        "CategoryCapabilities",
        "DocumentationUrl",
    }
)


@_attrs_define
class SalesChannel:
    """
    Attributes:
        id (str):  Example: 1-1-1.
        type_ (SalesChannelType):  Example: 0.
        name (str):  Example: JTL-Wawi.
        item_capabilities (ItemCapabilities):
        category_capabilities (CategoryCapabilities):
        documentation_url (str):  Example: TODO.
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    type_: SalesChannelType
    name: str
    item_capabilities: ItemCapabilities
    category_capabilities: CategoryCapabilities
    documentation_url: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        name = self.name

        if self.item_capabilities is None or isinstance(self.item_capabilities, Unset):
            item_capabilities = self.item_capabilities
        else:
            item_capabilities = self.item_capabilities.to_dict()

        if self.category_capabilities is None or isinstance(self.category_capabilities, Unset):
            category_capabilities = self.category_capabilities
        else:
            category_capabilities = self.category_capabilities.to_dict()

        documentation_url = self.documentation_url

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Type": type_,
                "Name": name,
                "ItemCapabilities": item_capabilities,
                "CategoryCapabilities": category_capabilities,
                "DocumentationUrl": documentation_url,
            }
        )
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
        _lazy = not _m.strict and cls is SalesChannel
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["Id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "Id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "Type", "SalesChannelType", _raw)
        else:
            try:
                type_ = SalesChannelType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "Type", "SalesChannelType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ItemCapabilities"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                item_capabilities = _v
                _pending |= 1
            else:
                item_capabilities = _ItemCapabilities_from_dict(_v, _path + "ItemCapabilities.")
        else:
            item_capabilities, _raw = _decoding.as_model(
                _v, ItemCapabilities, _path, "ItemCapabilities", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["CategoryCapabilities"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                category_capabilities = _v
                _pending |= 2
            else:
                category_capabilities = _CategoryCapabilities_from_dict(_v, _path + "CategoryCapabilities.")
        else:
            category_capabilities, _raw = _decoding.as_model(
                _v, CategoryCapabilities, _path, "CategoryCapabilities", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            documentation_url = _src["DocumentationUrl"]
        except KeyError:
            documentation_url = UNSET
        if documentation_url.__class__ is not str:
            documentation_url, _raw = _decoding.scalar(
                documentation_url, "str", _path, "DocumentationUrl", _raw
            )

        if cls is SalesChannel:
            _obj = _new(cls)
            _obj.id = id
            _obj.type_ = type_
            _obj.name = name
            _set_item_capabilities(_obj, item_capabilities)
            _set_category_capabilities(_obj, category_capabilities)
            _obj.documentation_url = documentation_url
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                type_,
                name,
                item_capabilities,
                category_capabilities,
                documentation_url,
            )

        if len(_src) != 6 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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


from ..models.category_capabilities import CategoryCapabilities
from ..models.item_capabilities import ItemCapabilities

_CategoryCapabilities_from_dict = CategoryCapabilities.from_dict
_ItemCapabilities_from_dict = ItemCapabilities.from_dict

_set_item_capabilities = _decoding.lazy(
    SalesChannel, "item_capabilities", "ItemCapabilities", 1, ItemCapabilities.from_dict, False
)
_set_category_capabilities = _decoding.lazy(
    SalesChannel, "category_capabilities", "CategoryCapabilities", 2, CategoryCapabilities.from_dict, False
)
