from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.sales_channel_type import SalesChannelType
from ..types import UNSET

T = TypeVar("T", bound="SalesChannel")


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

    id: str
    type_: SalesChannelType
    name: str
    item_capabilities: ItemCapabilities
    category_capabilities: CategoryCapabilities
    documentation_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        type_ = self.type_.value

        name = self.name

        item_capabilities = self.item_capabilities.to_dict()

        category_capabilities = self.category_capabilities.to_dict()

        documentation_url = self.documentation_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Id: expected str, got " + type(_v).__name__)
        id = _v

        type_ = SalesChannelType(d.pop("Type"))

        _v = d.pop("Name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Name: expected str, got " + type(_v).__name__)
        name = _v

        item_capabilities = ItemCapabilities.from_dict(d.pop("ItemCapabilities"))

        category_capabilities = CategoryCapabilities.from_dict(d.pop("CategoryCapabilities"))

        _v = d.pop("DocumentationUrl", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("DocumentationUrl: expected str, got " + type(_v).__name__)
        documentation_url = _v

        sales_channel = cls(
            id=id,
            type_=type_,
            name=name,
            item_capabilities=item_capabilities,
            category_capabilities=category_capabilities,
            documentation_url=documentation_url,
        )

        sales_channel.additional_properties = d
        return sales_channel

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
