from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookLogItem")


@_attrs_define
class WebhookLogItem:
    """
    Attributes:
        webhooklogid (UUID):
        webhookid (UUID):
        event (str):
        url (str):
        accountid (str):
        createdon (datetime.datetime):
        httpstatus (int):
        integrationid (int | None | Unset):
    """

    webhooklogid: UUID
    webhookid: UUID
    event: str
    url: str
    accountid: str
    createdon: datetime.datetime
    httpstatus: int
    integrationid: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhooklogid = str(self.webhooklogid)

        webhookid = str(self.webhookid)

        event = self.event

        url = self.url

        accountid = self.accountid

        createdon = self.createdon.isoformat()

        httpstatus = self.httpstatus

        integrationid: int | None | Unset
        if isinstance(self.integrationid, Unset):
            integrationid = UNSET
        else:
            integrationid = self.integrationid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhooklogid": webhooklogid,
                "webhookid": webhookid,
                "event": event,
                "url": url,
                "accountid": accountid,
                "createdon": createdon,
                "httpstatus": httpstatus,
            }
        )
        if integrationid is not UNSET:
            field_dict["integrationid"] = integrationid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        webhooklogid = UUID(d.pop("webhooklogid"))

        webhookid = UUID(d.pop("webhookid"))

        _v = d.pop("event", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("event: expected str, got " + type(_v).__name__)
        event = _v

        _v = d.pop("url", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("url: expected str, got " + type(_v).__name__)
        url = _v

        _v = d.pop("accountid", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("accountid: expected str, got " + type(_v).__name__)
        accountid = _v

        createdon = datetime.datetime.fromisoformat(d.pop("createdon"))

        _v = d.pop("httpstatus", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("httpstatus: expected int, got " + type(_v).__name__)
        httpstatus = _v

        def _parse_integrationid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integrationid = _parse_integrationid(d.pop("integrationid", UNSET))

        webhook_log_item = cls(
            webhooklogid=webhooklogid,
            webhookid=webhookid,
            event=event,
            url=url,
            accountid=accountid,
            createdon=createdon,
            httpstatus=httpstatus,
            integrationid=integrationid,
        )

        webhook_log_item.additional_properties = d
        return webhook_log_item

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
