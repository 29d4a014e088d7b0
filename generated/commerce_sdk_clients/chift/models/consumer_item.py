from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="ConsumerItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "consumerid",
        "name",
        "email",
        "created_on",
        "internal_reference",
        "redirect_url",
        "account",
    }
)


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

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    consumerid: UUID
    name: str
    email: None | str | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    internal_reference: None | str | Unset = UNSET
    redirect_url: None | str | Unset = UNSET
    account: ConsumerAccountItem | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.consumerid is None or isinstance(self.consumerid, Unset):
            consumerid = self.consumerid
        else:
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
        if self._additional_properties:
            field_dict.update(self._additional_properties)
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
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is ConsumerItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["consumerid"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            consumerid, _raw = _decoding.missing(_path, "consumerid", "UUID", _raw)
        else:
            try:
                consumerid = UUID(_v)

            except Exception as _e:
                consumerid, _raw = _decoding.failed(_v, _e, _path, "consumerid", "UUID", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["email"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_email(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            email = _parse_email(_v)

        except Exception as _e:
            _decoding.leave(_t)
            email, _raw = _decoding.failed(_v, _e, _path, "email", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if email is _v and (_v.__class__ is list or _v.__class__ is dict):
                email, _raw = _decoding.failed(_v, None, _path, "email", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

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

            created_on = _parse_created_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            created_on, _raw = _decoding.failed(_v, _e, _path, "created_on", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if created_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                created_on, _raw = _decoding.failed(
                    _v, None, _path, "created_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["internal_reference"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_internal_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            internal_reference = _parse_internal_reference(_v)

        except Exception as _e:
            _decoding.leave(_t)
            internal_reference, _raw = _decoding.failed(
                _v, _e, _path, "internal_reference", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if internal_reference is _v and (_v.__class__ is list or _v.__class__ is dict):
                internal_reference, _raw = _decoding.failed(
                    _v, None, _path, "internal_reference", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["redirect_url"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_redirect_url(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            redirect_url = _parse_redirect_url(_v)

        except Exception as _e:
            _decoding.leave(_t)
            redirect_url, _raw = _decoding.failed(_v, _e, _path, "redirect_url", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if redirect_url is _v and (_v.__class__ is list or _v.__class__ is dict):
                redirect_url, _raw = _decoding.failed(_v, None, _path, "redirect_url", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["account"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                account = _v
                _pending |= 1
            else:
                account = _ConsumerAccountItem_from_dict(_v, _path + "account.")
        elif _v is None:
            account = None
        elif _v is UNSET:
            account = UNSET
        else:
            account, _raw = _decoding.as_model(_v, ConsumerAccountItem, _path, "account", _raw)

        if cls is ConsumerItem:
            _obj = _new(cls)
            _obj.consumerid = consumerid
            _obj.name = name
            _obj.email = email
            _obj.created_on = created_on
            _obj.internal_reference = internal_reference
            _obj.redirect_url = redirect_url
            _set_account(_obj, account)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                consumerid,
                name,
                email,
                created_on,
                internal_reference,
                redirect_url,
                account,
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


from ..models.consumer_account_item import ConsumerAccountItem

_ConsumerAccountItem_from_dict = ConsumerAccountItem.from_dict

_set_account = _decoding.lazy(ConsumerItem, "account", "account", 1, ConsumerAccountItem.from_dict, False)
