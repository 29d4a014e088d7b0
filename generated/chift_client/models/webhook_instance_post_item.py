from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInstancePostItem")


@_attrs_define
class WebhookInstancePostItem:
    """
    Attributes:
        event (str):
        url (str):
        signingsecret (None | str | Unset):
        integrationid (int | None | Unset):
    """

    event: str
    url: str
    signingsecret: None | str | Unset = UNSET
    integrationid: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        event = self.event

        url = self.url

        signingsecret: None | str | Unset
        if isinstance(self.signingsecret, Unset):
            signingsecret = UNSET
        else:
            signingsecret = self.signingsecret

        integrationid: int | None | Unset
        if isinstance(self.integrationid, Unset):
            integrationid = UNSET
        else:
            integrationid = self.integrationid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "url": url,
            }
        )
        if signingsecret is not UNSET:
            field_dict["signingsecret"] = signingsecret
        if integrationid is not UNSET:
            field_dict["integrationid"] = integrationid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("event", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("event: expected str, got " + type(_v).__name__)
        event = _v

        _v = d.pop("url", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("url: expected str, got " + type(_v).__name__)
        url = _v

        def _parse_signingsecret(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        signingsecret = _parse_signingsecret(d.pop("signingsecret", UNSET))

        def _parse_integrationid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integrationid = _parse_integrationid(d.pop("integrationid", UNSET))

        webhook_instance_post_item = cls(
            event=event,
            url=url,
            signingsecret=signingsecret,
            integrationid=integrationid,
        )

        webhook_instance_post_item.additional_properties = d
        return webhook_instance_post_item

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
