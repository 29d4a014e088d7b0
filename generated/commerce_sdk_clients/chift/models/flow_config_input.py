from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowConfigInput")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "definitionFields",
        "doorkeyFields",
        "customFields",
        "datastores",
    }
)


@_attrs_define
class FlowConfigInput:
    """
    Attributes:
        definition_fields (list[FlowConfigInputDefinitionFieldsType0Item] | None | Unset):
        doorkey_fields (list[FlowConfigInputDoorkeyFieldsType0Item] | None | Unset):
        custom_fields (list[FlowConfigInputCustomFieldsType0Item] | None | Unset):
        datastores (list[FlowDataStoreItemInput] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    definition_fields: list[FlowConfigInputDefinitionFieldsType0Item] | None | Unset = UNSET
    doorkey_fields: list[FlowConfigInputDoorkeyFieldsType0Item] | None | Unset = UNSET
    custom_fields: list[FlowConfigInputCustomFieldsType0Item] | None | Unset = UNSET
    datastores: list[FlowDataStoreItemInput] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        definition_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.definition_fields, Unset):
            definition_fields = UNSET
        elif isinstance(self.definition_fields, list):
            definition_fields = []
            for definition_fields_type_0_item_data in self.definition_fields:
                definition_fields_type_0_item = definition_fields_type_0_item_data.to_dict()
                definition_fields.append(definition_fields_type_0_item)

        else:
            definition_fields = self.definition_fields

        doorkey_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.doorkey_fields, Unset):
            doorkey_fields = UNSET
        elif isinstance(self.doorkey_fields, list):
            doorkey_fields = []
            for doorkey_fields_type_0_item_data in self.doorkey_fields:
                doorkey_fields_type_0_item = doorkey_fields_type_0_item_data.to_dict()
                doorkey_fields.append(doorkey_fields_type_0_item)

        else:
            doorkey_fields = self.doorkey_fields

        custom_fields: list[dict[str, Any]] | None | Unset
        if isinstance(self.custom_fields, Unset):
            custom_fields = UNSET
        elif isinstance(self.custom_fields, list):
            custom_fields = []
            for custom_fields_type_0_item_data in self.custom_fields:
                custom_fields_type_0_item = custom_fields_type_0_item_data.to_dict()
                custom_fields.append(custom_fields_type_0_item)

        else:
            custom_fields = self.custom_fields

        datastores: list[dict[str, Any]] | None | Unset
        if isinstance(self.datastores, Unset):
            datastores = UNSET
        elif isinstance(self.datastores, list):
            datastores = []
            for datastores_type_0_item_data in self.datastores:
                datastores_type_0_item = datastores_type_0_item_data.to_dict()
                datastores.append(datastores_type_0_item)

        else:
            datastores = self.datastores

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update({})
        if definition_fields is not UNSET:
            field_dict["definitionFields"] = definition_fields
        if doorkey_fields is not UNSET:
            field_dict["doorkeyFields"] = doorkey_fields
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if datastores is not UNSET:
            field_dict["datastores"] = datastores
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
        _lazy = not _m.strict and cls is FlowConfigInput
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["definitionFields"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "definitionFields", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            definition_fields = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                definition_fields = _v
                _pending |= 1
            else:
                definition_fields = []
                _at = _path + "definitionFields[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        definition_fields.append(_FlowConfigInputDefinitionFieldsType0Item_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, FlowConfigInputDefinitionFieldsType0Item, _path, "definitionFields", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["doorkeyFields"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "doorkeyFields", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            doorkey_fields = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                doorkey_fields = _v
                _pending |= 2
            else:
                doorkey_fields = []
                _at = _path + "doorkeyFields[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        doorkey_fields.append(_FlowConfigInputDoorkeyFieldsType0Item_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, FlowConfigInputDoorkeyFieldsType0Item, _path, "doorkeyFields", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["customFields"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "customFields", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            custom_fields = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                custom_fields = _v
                _pending |= 4
            else:
                custom_fields = []
                _at = _path + "customFields[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        custom_fields.append(_FlowConfigInputCustomFieldsType0Item_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, FlowConfigInputCustomFieldsType0Item, _path, "customFields", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["datastores"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "datastores", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            datastores = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                datastores = _v
                _pending |= 8
            else:
                datastores = []
                _at = _path + "datastores[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        datastores.append(_FlowDataStoreItemInput_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, FlowDataStoreItemInput, _path, "datastores", _raw)

        if cls is FlowConfigInput:
            _obj = _new(cls)
            _set_definition_fields(_obj, definition_fields)
            _set_doorkey_fields(_obj, doorkey_fields)
            _set_custom_fields(_obj, custom_fields)
            _set_datastores(_obj, datastores)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                definition_fields,
                doorkey_fields,
                custom_fields,
                datastores,
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


from ..models.flow_config_input_custom_fields_type_0_item import FlowConfigInputCustomFieldsType0Item
from ..models.flow_config_input_definition_fields_type_0_item import FlowConfigInputDefinitionFieldsType0Item
from ..models.flow_config_input_doorkey_fields_type_0_item import FlowConfigInputDoorkeyFieldsType0Item
from ..models.flow_data_store_item_input import FlowDataStoreItemInput

_FlowConfigInputCustomFieldsType0Item_from_dict = FlowConfigInputCustomFieldsType0Item.from_dict
_FlowConfigInputDefinitionFieldsType0Item_from_dict = FlowConfigInputDefinitionFieldsType0Item.from_dict
_FlowConfigInputDoorkeyFieldsType0Item_from_dict = FlowConfigInputDoorkeyFieldsType0Item.from_dict
_FlowDataStoreItemInput_from_dict = FlowDataStoreItemInput.from_dict

_set_definition_fields = _decoding.lazy(
    FlowConfigInput,
    "definition_fields",
    "definitionFields",
    1,
    FlowConfigInputDefinitionFieldsType0Item.from_dict,
    True,
)
_set_doorkey_fields = _decoding.lazy(
    FlowConfigInput,
    "doorkey_fields",
    "doorkeyFields",
    2,
    FlowConfigInputDoorkeyFieldsType0Item.from_dict,
    True,
)
_set_custom_fields = _decoding.lazy(
    FlowConfigInput, "custom_fields", "customFields", 4, FlowConfigInputCustomFieldsType0Item.from_dict, True
)
_set_datastores = _decoding.lazy(
    FlowConfigInput, "datastores", "datastores", 8, FlowDataStoreItemInput.from_dict, True
)
