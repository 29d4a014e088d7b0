from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="FlowConfigInput")


@_attrs_define
class FlowConfigInput:
    """
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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if definition_fields is not UNSET:
            field_dict["definitionFields"] = definition_fields
        if doorkey_fields is not UNSET:
            field_dict["doorkeyFields"] = doorkey_fields
        if custom_fields is not UNSET:
            field_dict["customFields"] = custom_fields
        if datastores is not UNSET:
            field_dict["datastores"] = datastores

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

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

        definition_fields = _parse_definition_fields(d.pop("definitionFields", UNSET))

        def _parse_doorkey_fields(data: object) -> list[FlowConfigInputDoorkeyFieldsType0Item] | None | Unset:
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

        doorkey_fields = _parse_doorkey_fields(d.pop("doorkeyFields", UNSET))

        def _parse_custom_fields(data: object) -> list[FlowConfigInputCustomFieldsType0Item] | None | Unset:
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

        custom_fields = _parse_custom_fields(d.pop("customFields", UNSET))

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

        datastores = _parse_datastores(d.pop("datastores", UNSET))

        flow_config_input = cls(
            definition_fields=definition_fields,
            doorkey_fields=doorkey_fields,
            custom_fields=custom_fields,
            datastores=datastores,
        )

        flow_config_input.additional_properties = d
        return flow_config_input

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
