from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoiceItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "source_ref",
        "invoice_number",
        "creation_date",
        "closing_date",
        "partners",
    }
)


@_attrs_define
class InvoiceItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        invoice_number (None | str):
        creation_date (datetime.datetime | None | Unset):
        closing_date (datetime.datetime | None | Unset):
        partners (list[InvoicePartnerItem] | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    source_ref: Ref
    invoice_number: None | str
    creation_date: datetime.datetime | None | Unset = UNSET
    closing_date: datetime.datetime | None | Unset = UNSET
    partners: list[InvoicePartnerItem] | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.source_ref is None or isinstance(self.source_ref, Unset):
            source_ref = self.source_ref
        else:
            source_ref = self.source_ref.to_dict()

        if self.invoice_number is None or isinstance(self.invoice_number, Unset):
            invoice_number = self.invoice_number
        else:
            invoice_number: None | str
            invoice_number = self.invoice_number

        creation_date: None | str | Unset
        if isinstance(self.creation_date, Unset):
            creation_date = UNSET
        elif isinstance(self.creation_date, datetime.datetime):
            creation_date = self.creation_date.isoformat()
        else:
            creation_date = self.creation_date

        closing_date: None | str | Unset
        if isinstance(self.closing_date, Unset):
            closing_date = UNSET
        elif isinstance(self.closing_date, datetime.datetime):
            closing_date = self.closing_date.isoformat()
        else:
            closing_date = self.closing_date

        partners: list[dict[str, Any]] | None | Unset
        if isinstance(self.partners, Unset):
            partners = UNSET
        elif isinstance(self.partners, list):
            partners = []
            for partners_type_0_item_data in self.partners:
                partners_type_0_item = partners_type_0_item_data.to_dict()
                partners.append(partners_type_0_item)

        else:
            partners = self.partners

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "invoice_number": invoice_number,
            }
        )
        if creation_date is not UNSET:
            field_dict["creation_date"] = creation_date
        if closing_date is not UNSET:
            field_dict["closing_date"] = closing_date
        if partners is not UNSET:
            field_dict["partners"] = partners
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
        _lazy = not _m.strict and cls is InvoiceItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["source_ref"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                source_ref = _v
                _pending |= 1
            else:
                source_ref = _Ref_from_dict(_v, _path + "source_ref.")
        else:
            source_ref, _raw = _decoding.as_model(_v, Ref, _path, "source_ref", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_number"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            invoice_number, _raw = _decoding.missing(_path, "invoice_number", "None | str", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_invoice_number(data: object) -> None | str:
                    if data is None:
                        return data
                    return cast(None | str, data)

                invoice_number = _parse_invoice_number(_v)

            except Exception as _e:
                _decoding.leave(_t)
                invoice_number, _raw = _decoding.failed(_v, _e, _path, "invoice_number", "None | str", _raw)
            else:
                _decoding.leave(_t)
                if invoice_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                    invoice_number, _raw = _decoding.failed(
                        _v, None, _path, "invoice_number", "None | str", _raw
                    )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["creation_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_creation_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    creation_date_type_0 = datetime.datetime.fromisoformat(data)

                    return creation_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            creation_date = _parse_creation_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            creation_date, _raw = _decoding.failed(
                _v, _e, _path, "creation_date", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if creation_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                creation_date, _raw = _decoding.failed(
                    _v, None, _path, "creation_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["closing_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_closing_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    closing_date_type_0 = datetime.datetime.fromisoformat(data)

                    return closing_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            closing_date = _parse_closing_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            closing_date, _raw = _decoding.failed(
                _v, _e, _path, "closing_date", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if closing_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                closing_date, _raw = _decoding.failed(
                    _v, None, _path, "closing_date", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partners"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "partners", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            partners = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                partners = _v
                _pending |= 2
            else:
                partners = []
                _at = _path + "partners[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        partners.append(_InvoicePartnerItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, InvoicePartnerItem, _path, "partners", _raw)

        if cls is InvoiceItem:
            _obj = _new(cls)
            _obj.id = id
            _set_source_ref(_obj, source_ref)
            _obj.invoice_number = invoice_number
            _obj.creation_date = creation_date
            _obj.closing_date = closing_date
            _set_partners(_obj, partners)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                source_ref,
                invoice_number,
                creation_date,
                closing_date,
                partners,
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


from ..models.invoice_partner_item import InvoicePartnerItem
from ..models.ref import Ref

_InvoicePartnerItem_from_dict = InvoicePartnerItem.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(InvoiceItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_partners = _decoding.lazy(InvoiceItem, "partners", "partners", 2, InvoicePartnerItem.from_dict, True)
