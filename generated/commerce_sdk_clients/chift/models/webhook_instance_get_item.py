from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.status import Status
from ..types import UNSET, Unset

T = TypeVar("T", bound="WebhookInstanceGetItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "webhookid",
        "accountid",
        "createdon",
        "event",
        "url",
        "status",
        "createdby",
        "integrationid",
    }
)


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
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.webhookid is None or isinstance(self.webhookid, Unset):
            webhookid = self.webhookid
        else:
            webhookid = str(self.webhookid)

        if self.accountid is None or isinstance(self.accountid, Unset):
            accountid = self.accountid
        else:
            accountid = str(self.accountid)

        if self.createdon is None or isinstance(self.createdon, Unset):
            createdon = self.createdon
        else:
            createdon = self.createdon.isoformat()

        event = self.event

        url = self.url

        if self.status is None or isinstance(self.status, Unset):
            status = self.status
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
            _v = _src["accountid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            accountid, _raw = _decoding.missing(_path, "accountid", "UUID", _raw)
        else:
            try:
                accountid = UUID(_v)

            except Exception as _e:
                accountid, _raw = _decoding.failed(_v, _e, _path, "accountid", "UUID", _raw)

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
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            status, _raw = _decoding.missing(_path, "status", "Status", _raw)
        else:
            try:
                status = Status(_v)

            except Exception as _e:
                status, _raw = _decoding.failed(_v, _e, _path, "status", "Status", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["createdby"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            createdby = _parse_createdby(_v)

        except Exception as _e:
            _decoding.leave(_t)
            createdby, _raw = _decoding.failed(_v, _e, _path, "createdby", "None | UUID", _raw)
        else:
            _decoding.leave(_t)
            if createdby is _v and (_v.__class__ is list or _v.__class__ is dict):
                createdby, _raw = _decoding.failed(_v, None, _path, "createdby", "None | UUID", _raw)

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

        if cls is WebhookInstanceGetItem:
            _obj = _new(cls)
            _obj.webhookid = webhookid
            _obj.accountid = accountid
            _obj.createdon = createdon
            _obj.event = event
            _obj.url = url
            _obj.status = status
            _obj.createdby = createdby
            _obj.integrationid = integrationid
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                webhookid,
                accountid,
                createdon,
                event,
                url,
                status,
                createdby,
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
