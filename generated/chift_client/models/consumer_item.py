from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerItem")


@_attrs_define
class ConsumerItem:
    """
    Attributes:
        consumerid (UUID):
        name (str):
        email (None | str | Unset):
        created_on (datetime.datetime | None | Unset):
        internal_reference (None | str | Unset):
        redirect_url (None | str | Unset):
        account (ConsumerAccountItem | None | Unset):
    """

    consumerid: UUID
    name: str
    email: None | str | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    internal_reference: None | str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    account: ConsumerAccountItem | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        consumerid = str(self.consumerid)

        name = self.name

        email: None | str | Unset
        if isinstance(self.email, Unset):
            email = UNSET
        else:
            email = self.email

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        internal_reference: None | str | Unset
        if isinstance(self.internal_reference, Unset):
            internal_reference = UNSET
        else:
            internal_reference = self.internal_reference

        redirect_url: None | str | Unset
        if isinstance(self.redirect_url, Unset):
            redirect_url = UNSET
        else:
            redirect_url = self.redirect_url

        account: dict[str, Any] | None | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        elif isinstance(self.account, ConsumerAccountItem):
            account = self.account.to_dict()
        else:
            account = self.account

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "consumerid": consumerid,
                "name": name,
            }
        )
        if email is not UNSET:
            field_dict["email"] = email
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if internal_reference is not UNSET:
            field_dict["internal_reference"] = internal_reference
        if redirect_url is not UNSET:
            field_dict["redirect_url"] = redirect_url
        if account is not UNSET:
            field_dict["account"] = account

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        consumerid = UUID(d.pop("consumerid"))

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        email = _parse_email(d.pop("email", UNSET))

        def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.datetime.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_on = _parse_created_on(d.pop("created_on", UNSET))

        def _parse_internal_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        internal_reference = _parse_internal_reference(d.pop("internal_reference", UNSET))

        def _parse_redirect_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        redirect_url = _parse_redirect_url(d.pop("redirect_url", UNSET))

        def _parse_account(data: object) -> ConsumerAccountItem | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                account_type_0 = ConsumerAccountItem.from_dict(data)

                return account_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ConsumerAccountItem | None | Unset, data)

        account = _parse_account(d.pop("account", UNSET))

        consumer_item = cls(
            consumerid=consumerid,
            name=name,
            email=email,
            created_on=created_on,
            internal_reference=internal_reference,
            redirect_url=redirect_url,
            account=account,
        )

        consumer_item.additional_properties = d
        return consumer_item

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


from ..models.consumer_account_item import ConsumerAccountItem
