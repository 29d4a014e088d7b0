from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="FolderItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "selected",
        "active",
        "vat",
        "company_number",
        "main_currency",
        "addresses",
    }
)


@_attrs_define
class FolderItem:
    """
    Attributes:
        id (str):
        name (str):
        selected (bool | None | Unset):  Default: True.
        active (bool | None | Unset):  Default: True.
        vat (None | str | Unset):
        company_number (None | str | Unset):
        main_currency (None | str | Unset):
        addresses (list[FolderAddressItem] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    name: str
    selected: bool | None | Unset = True
    active: bool | None | Unset = True
    vat: None | str | Unset = UNSET
    company_number: None | str | Unset = UNSET
    main_currency: None | str | Unset = UNSET
    addresses: list[FolderAddressItem] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        selected: bool | None | Unset
        if isinstance(self.selected, Unset):
            selected = UNSET
        else:
            selected = self.selected

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        vat: None | str | Unset
        if isinstance(self.vat, Unset):
            vat = UNSET
        else:
            vat = self.vat

        company_number: None | str | Unset
        if isinstance(self.company_number, Unset):
            company_number = UNSET
        else:
            company_number = self.company_number

        main_currency: None | str | Unset
        if isinstance(self.main_currency, Unset):
            main_currency = UNSET
        else:
            main_currency = self.main_currency

        addresses: list[dict[str, Any]] | None | Unset
        if isinstance(self.addresses, Unset):
            addresses = UNSET
        elif isinstance(self.addresses, list):
            addresses = []
            for addresses_type_0_item_data in self.addresses:
                addresses_type_0_item = addresses_type_0_item_data.to_dict()
                addresses.append(addresses_type_0_item)

        else:
            addresses = self.addresses

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if selected is not UNSET:
            field_dict["selected"] = selected
        if active is not UNSET:
            field_dict["active"] = active
        if vat is not UNSET:
            field_dict["vat"] = vat
        if company_number is not UNSET:
            field_dict["company_number"] = company_number
        if main_currency is not UNSET:
            field_dict["main_currency"] = main_currency
        if addresses is not UNSET:
            field_dict["addresses"] = addresses
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
        _lazy = not _m.strict and cls is FolderItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["selected"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_selected(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            selected = _parse_selected(_v)

        except Exception as _e:
            _decoding.leave(_t)
            selected, _raw = _decoding.failed(_v, _e, _path, "selected", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if selected is _v and (_v.__class__ is list or _v.__class__ is dict):
                selected, _raw = _decoding.failed(_v, None, _path, "selected", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["active"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_active(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            active = _parse_active(_v)

        except Exception as _e:
            _decoding.leave(_t)
            active, _raw = _decoding.failed(_v, _e, _path, "active", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if active is _v and (_v.__class__ is list or _v.__class__ is dict):
                active, _raw = _decoding.failed(_v, None, _path, "active", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["vat"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_vat(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            vat = _parse_vat(_v)

        except Exception as _e:
            _decoding.leave(_t)
            vat, _raw = _decoding.failed(_v, _e, _path, "vat", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if vat is _v and (_v.__class__ is list or _v.__class__ is dict):
                vat, _raw = _decoding.failed(_v, None, _path, "vat", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["company_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_company_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            company_number = _parse_company_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            company_number, _raw = _decoding.failed(_v, _e, _path, "company_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if company_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                company_number, _raw = _decoding.failed(_v, None, _path, "company_number", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["main_currency"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_main_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            main_currency = _parse_main_currency(_v)

        except Exception as _e:
            _decoding.leave(_t)
            main_currency, _raw = _decoding.failed(_v, _e, _path, "main_currency", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if main_currency is _v and (_v.__class__ is list or _v.__class__ is dict):
                main_currency, _raw = _decoding.failed(_v, None, _path, "main_currency", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["addresses"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "addresses", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            addresses = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                addresses = _v
                _pending |= 1
            else:
                addresses = []
                _at = _path + "addresses[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        addresses.append(_FolderAddressItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, FolderAddressItem, _path, "addresses", _raw)

        if cls is FolderItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.name = name
            _obj.selected = selected
            _obj.active = active
            _obj.vat = vat
            _obj.company_number = company_number
            _obj.main_currency = main_currency
            _set_addresses(_obj, addresses)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                name,
                selected,
                active,
                vat,
                company_number,
                main_currency,
                addresses,
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


from ..models.folder_address_item import FolderAddressItem

_FolderAddressItem_from_dict = FolderAddressItem.from_dict

_set_addresses = _decoding.lazy(FolderItem, "addresses", "addresses", 1, FolderAddressItem.from_dict, True)
