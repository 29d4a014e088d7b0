from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="IntegrationsPostConnectionItem")


@_attrs_define
class IntegrationsPostConnectionItem:
    """
    Attributes:
        id (str):
        title (str):
        optional (bool):
        resource (str):
        config (IntegrationsPostConnectionItemConfig | Unset):
    """

    id: str
    title: str
    optional: bool
    resource: str
    config: IntegrationsPostConnectionItemConfig | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        title = self.title

        optional = self.optional

        resource = self.resource

        config: dict[str, Any] | Unset = UNSET
        if not isinstance(self.config, Unset):
            config = self.config.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "title": title,
                "optional": optional,
                "resource": resource,
            }
        )
        if config is not UNSET:
            field_dict["config"] = config

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("title", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("title: expected str, got " + type(_v).__name__)
        title = _v

        _v = d.pop("optional", UNSET)
        if type(_v) is not bool:
            raise TypeError("optional: expected bool, got " + type(_v).__name__)
        optional = _v

        _v = d.pop("resource", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("resource: expected str, got " + type(_v).__name__)
        resource = _v

        _config = d.pop("config", UNSET)
        config: IntegrationsPostConnectionItemConfig | Unset
        if isinstance(_config, Unset):
            config = UNSET
        else:
            config = IntegrationsPostConnectionItemConfig.from_dict(_config)

        integrations_post_connection_item = cls(
            id=id,
            title=title,
            optional=optional,
            resource=resource,
            config=config,
        )

        integrations_post_connection_item.additional_properties = d
        return integrations_post_connection_item

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


from ..models.integrations_post_connection_item_config import IntegrationsPostConnectionItemConfig
