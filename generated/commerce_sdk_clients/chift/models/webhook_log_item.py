from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookLogItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "webhooklogid",
        "webhookid",
        "event",
        "url",
        "accountid",
        "createdon",
        "httpstatus",
        "integrationid",
    }
)


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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.webhooklogid is None or isinstance(self.webhooklogid, Unset):
            webhooklogid = self.webhooklogid
        else:
            webhooklogid = str(self.webhooklogid)

        if self.webhookid is None or isinstance(self.webhookid, Unset):
            webhookid = self.webhookid
        else:
            webhookid = str(self.webhookid)

        event = self.event

        url = self.url

        accountid = self.accountid

        if self.createdon is None or isinstance(self.createdon, Unset):
            createdon = self.createdon
        else:
            createdon = self.createdon.isoformat()

        httpstatus = self.httpstatus

        integrationid: int | None | Unset
        if isinstance(self.integrationid, Unset):
            integrationid = UNSET
        else:
            integrationid = self.integrationid

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["webhooklogid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            webhooklogid, _raw = _decoding.missing(_path, "webhooklogid", "UUID", _raw)
        else:
            try:
                webhooklogid = UUID(_v)

            except Exception as _e:
                webhooklogid, _raw = _decoding.failed(_v, _e, _path, "webhooklogid", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["webhookid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            webhookid, _raw = _decoding.missing(_path, "webhookid", "UUID", _raw)
        else:
            try:
                webhookid = UUID(_v)

            except Exception as _e:
                webhookid, _raw = _decoding.failed(_v, _e, _path, "webhookid", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            event = _src["event"]
        except KeyError:
            event = UNSET
        if event.__class__ is not str:
            event, _raw = _decoding.scalar(event, "str", _path, "event", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            url = _src["url"]
        except KeyError:
            url = UNSET
        if url.__class__ is not str:
            url, _raw = _decoding.scalar(url, "str", _path, "url", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            accountid = _src["accountid"]
        except KeyError:
            accountid = UNSET
        if accountid.__class__ is not str:
            accountid, _raw = _decoding.scalar(accountid, "str", _path, "accountid", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["createdon"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                createdon = datetime.datetime.fromisoformat(_v)
            except ValueError:
                createdon, _raw = _decoding.as_datetime(_v, "date-time", _path, "createdon", _raw)
        else:
            createdon, _raw = _decoding.as_datetime(_v, "date-time", _path, "createdon", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            httpstatus = _src["httpstatus"]
        except KeyError:
            httpstatus = UNSET
        if httpstatus.__class__ is not int:
            httpstatus, _raw = _decoding.scalar(httpstatus, "int", _path, "httpstatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["integrationid"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_integrationid(data: object) -> int | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(int | None | Unset, data)

            integrationid = _parse_integrationid(_v)

        except Exception as _e:
            _decoding.leave(_t)
            integrationid, _raw = _decoding.failed(_v, _e, _path, "integrationid", "int | None", _raw)
        else:
            _decoding.leave(_t)
            if integrationid is _v and (_v.__class__ is list or _v.__class__ is dict):
                integrationid, _raw = _decoding.failed(_v, None, _path, "integrationid", "int | None", _raw)

        if cls is WebhookLogItem:
            _obj = _new(cls)
            _obj.webhooklogid = webhooklogid
            _obj.webhookid = webhookid
            _obj.event = event
            _obj.url = url
            _obj.accountid = accountid
            _obj.createdon = createdon
            _obj.httpstatus = httpstatus
            _obj.integrationid = integrationid
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                webhooklogid,
                webhookid,
                event,
                url,
                accountid,
                createdon,
                httpstatus,
                integrationid,
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
