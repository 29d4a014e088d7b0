from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowConfigInput")

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
    """Configuration fields and datastores of a flow (request shape).

    Attributes:
        definition_fields (list[FlowConfigInputDefinitionFieldsType0Item] | None | Unset):
        doorkey_fields (list[FlowConfigInputDoorkeyFieldsType0Item] | None | Unset):
        custom_fields (list[FlowConfigInputCustomFieldsType0Item] | None | Unset):
        datastores (list[FlowDataStoreItemInput] | None | Unset):
    """

    definition_fields: list[FlowConfigInputDefinitionFieldsType0Item] | None | Unset = UNSET
    doorkey_fields: list[FlowConfigInputDoorkeyFieldsType0Item] | None | Unset = UNSET
    custom_fields: list[FlowConfigInputCustomFieldsType0Item] | None | Unset = UNSET
    datastores: list[FlowDataStoreItemInput] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

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
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if type(src_dict) is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["definitionFields"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_definition_fields(
                data: object,
            ) -> list[FlowConfigInputDefinitionFieldsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    definition_fields_type_0 = []
                    _definition_fields_type_0 = data
                    for definition_fields_type_0_item_data in _definition_fields_type_0:
                        definition_fields_type_0_item = FlowConfigInputDefinitionFieldsType0Item.from_dict(
                            definition_fields_type_0_item_data
                        )

                        definition_fields_type_0.append(definition_fields_type_0_item)

                    return definition_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[FlowConfigInputDefinitionFieldsType0Item] | None | Unset, data)

            definition_fields = _parse_definition_fields(_v)

        except Exception as _e:
            _decoding.leave(_t)
            definition_fields, _raw = _decoding.failed(
                _v,
                _e,
                _path,
                "definitionFields",
                "list[FlowConfigInputDefinitionFieldsType0Item] | None",
                _raw,
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["doorkeyFields"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_doorkey_fields(
                data: object,
            ) -> list[FlowConfigInputDoorkeyFieldsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    doorkey_fields_type_0 = []
                    _doorkey_fields_type_0 = data
                    for doorkey_fields_type_0_item_data in _doorkey_fields_type_0:
                        doorkey_fields_type_0_item = FlowConfigInputDoorkeyFieldsType0Item.from_dict(
                            doorkey_fields_type_0_item_data
                        )

                        doorkey_fields_type_0.append(doorkey_fields_type_0_item)

                    return doorkey_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[FlowConfigInputDoorkeyFieldsType0Item] | None | Unset, data)

            doorkey_fields = _parse_doorkey_fields(_v)

        except Exception as _e:
            _decoding.leave(_t)
            doorkey_fields, _raw = _decoding.failed(
                _v, _e, _path, "doorkeyFields", "list[FlowConfigInputDoorkeyFieldsType0Item] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["customFields"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_custom_fields(
                data: object,
            ) -> list[FlowConfigInputCustomFieldsType0Item] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    custom_fields_type_0 = []
                    _custom_fields_type_0 = data
                    for custom_fields_type_0_item_data in _custom_fields_type_0:
                        custom_fields_type_0_item = FlowConfigInputCustomFieldsType0Item.from_dict(
                            custom_fields_type_0_item_data
                        )

                        custom_fields_type_0.append(custom_fields_type_0_item)

                    return custom_fields_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[FlowConfigInputCustomFieldsType0Item] | None | Unset, data)

            custom_fields = _parse_custom_fields(_v)

        except Exception as _e:
            _decoding.leave(_t)
            custom_fields, _raw = _decoding.failed(
                _v, _e, _path, "customFields", "list[FlowConfigInputCustomFieldsType0Item] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["datastores"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_datastores(data: object) -> list[FlowDataStoreItemInput] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    datastores_type_0 = []
                    _datastores_type_0 = data
                    for datastores_type_0_item_data in _datastores_type_0:
                        datastores_type_0_item = FlowDataStoreItemInput.from_dict(datastores_type_0_item_data)

                        datastores_type_0.append(datastores_type_0_item)

                    return datastores_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[FlowDataStoreItemInput] | None | Unset, data)

            datastores = _parse_datastores(_v)

        except Exception as _e:
            _decoding.leave(_t)
            datastores, _raw = _decoding.failed(
                _v, _e, _path, "datastores", "list[FlowDataStoreItemInput] | None", _raw
            )
        else:
            _decoding.leave(_t)

        flow_config_input = cls(
            definition_fields,
            doorkey_fields,
            custom_fields,
            datastores,
        )

        if not _KNOWN_KEYS.issuperset(_src):
            flow_config_input._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            flow_config_input._raw_values = _raw
        return flow_config_input

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
