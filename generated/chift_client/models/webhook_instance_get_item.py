from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.status import Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInstanceGetItem")


@_attrs_define
class WebhookInstanceGetItem:
    """
    Attributes:
        webhookid (UUID):
        accountid (UUID):
        createdon (datetime.datetime):
        event (str):
        url (str):
        status (Status):
        createdby (None | Unset | UUID):
        integrationid (int | None | Unset):
    """

    webhookid: UUID
    accountid: UUID
    createdon: datetime.datetime
    event: str
    url: str
    status: Status
    createdby: None | Unset | UUID = UNSET
    integrationid: int | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        webhookid = str(self.webhookid)

        accountid = str(self.accountid)

        createdon = self.createdon.isoformat()

        event = self.event

        url = self.url

        status = self.status.value

        createdby: None | str | Unset
        if isinstance(self.createdby, Unset):
            createdby = UNSET
        elif isinstance(self.createdby, UUID):
            createdby = str(self.createdby)
        else:
            createdby = self.createdby

        integrationid: int | None | Unset
        if isinstance(self.integrationid, Unset):
            integrationid = UNSET
        else:
            integrationid = self.integrationid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "webhookid": webhookid,
                "accountid": accountid,
                "createdon": createdon,
                "event": event,
                "url": url,
                "status": status,
            }
        )
        if createdby is not UNSET:
            field_dict["createdby"] = createdby
        if integrationid is not UNSET:
            field_dict["integrationid"] = integrationid

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        webhookid = UUID(d.pop("webhookid"))

        accountid = UUID(d.pop("accountid"))

        createdon = datetime.datetime.fromisoformat(d.pop("createdon"))

        _v = d.pop("event", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("event: expected str, got " + type(_v).__name__)
        event = _v

        _v = d.pop("url", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("url: expected str, got " + type(_v).__name__)
        url = _v

        status = Status(d.pop("status"))

        def _parse_createdby(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                createdby_type_0 = UUID(data)

                return createdby_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        createdby = _parse_createdby(d.pop("createdby", UNSET))

        def _parse_integrationid(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        integrationid = _parse_integrationid(d.pop("integrationid", UNSET))

        webhook_instance_get_item = cls(
            webhookid=webhookid,
            accountid=accountid,
            createdon=createdon,
            event=event,
            url=url,
            status=status,
            createdby=createdby,
            integrationid=integrationid,
        )

        webhook_instance_get_item.additional_properties = d
        return webhook_instance_get_item

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
