from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.pos_payment_status import POSPaymentStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSPaymentItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "source_ref",
        "total",
        "id",
        "payment_method_id",
        "payment_method_name",
        "tip",
        "status",
        "currency",
        "date",
        "invoice_ref",
        "partner_id",
        "description",
    }
)


@_attrs_define
class PMSPaymentItem:
    """
    Attributes:
        source_ref (Ref):
        total (float):
        id (None | str | Unset):
        payment_method_id (None | str | Unset):
        payment_method_name (None | str | Unset):
        tip (float | None | Unset):  Default: 0.0.
        status (None | POSPaymentStatus | Unset):  Default: POSPaymentStatus.UNKNOWN.
        currency (None | str | Unset):
        date (datetime.datetime | None | Unset):
        invoice_ref (None | str | Unset):
        partner_id (ChiftId | None | Unset):
        description (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    source_ref: Ref
    total: float
    id: None | str | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    payment_method_name: None | str | Unset = UNSET
    tip: float | None | Unset = 0.0
    status: None | POSPaymentStatus | Unset = POSPaymentStatus.UNKNOWN
    currency: None | str | Unset = UNSET
    date: datetime.datetime | None | Unset = UNSET
    invoice_ref: None | str | Unset = UNSET
    partner_id: ChiftId | None | Unset = UNSET
    description: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.source_ref is None or isinstance(self.source_ref, Unset):
            source_ref = self.source_ref
        else:
            source_ref = self.source_ref.to_dict()

        total = self.total

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

        payment_method_name: None | str | Unset
        if isinstance(self.payment_method_name, Unset):
            payment_method_name = UNSET
        else:
            payment_method_name = self.payment_method_name

        tip: float | None | Unset
        if isinstance(self.tip, Unset):
            tip = UNSET
        else:
            tip = self.tip

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, POSPaymentStatus):
            status = self.status.value
        else:
            status = self.status

        currency: None | str | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        else:
            currency = self.currency

        date: None | str | Unset
        if isinstance(self.date, Unset):
            date = UNSET
        elif isinstance(self.date, datetime.datetime):
            date = self.date.isoformat()
        else:
            date = self.date

        invoice_ref: None | str | Unset
        if isinstance(self.invoice_ref, Unset):
            invoice_ref = UNSET
        else:
            invoice_ref = self.invoice_ref

        partner_id: dict[str, Any] | None | Unset
        if isinstance(self.partner_id, Unset):
            partner_id = UNSET
        elif isinstance(self.partner_id, ChiftId):
            partner_id = self.partner_id.to_dict()
        else:
            partner_id = self.partner_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "source_ref": source_ref,
                "total": total,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if payment_method_name is not UNSET:
            field_dict["payment_method_name"] = payment_method_name
        if tip is not UNSET:
            field_dict["tip"] = tip
        if status is not UNSET:
            field_dict["status"] = status
        if currency is not UNSET:
            field_dict["currency"] = currency
        if date is not UNSET:
            field_dict["date"] = date
        if invoice_ref is not UNSET:
            field_dict["invoice_ref"] = invoice_ref
        if partner_id is not UNSET:
            field_dict["partner_id"] = partner_id
        if description is not UNSET:
            field_dict["description"] = description
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
        _lazy = not _m.strict and cls is PMSPaymentItem
        _pending = 0
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
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            id = _parse_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            id, _raw = _decoding.failed(_v, _e, _path, "id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if id is _v and (_v.__class__ is list or _v.__class__ is dict):
                id, _raw = _decoding.failed(_v, None, _path, "id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_method_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_method_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_method_id = _parse_payment_method_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_method_id, _raw = _decoding.failed(_v, _e, _path, "payment_method_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if payment_method_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_method_id, _raw = _decoding.failed(
                    _v, None, _path, "payment_method_id", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payment_method_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_payment_method_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            payment_method_name = _parse_payment_method_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            payment_method_name, _raw = _decoding.failed(
                _v, _e, _path, "payment_method_name", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if payment_method_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                payment_method_name, _raw = _decoding.failed(
                    _v, None, _path, "payment_method_name", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tip"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tip(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            tip = _parse_tip(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tip, _raw = _decoding.failed(_v, _e, _path, "tip", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if tip is _v and (_v.__class__ is list or _v.__class__ is dict):
                tip, _raw = _decoding.failed(_v, None, _path, "tip", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_status(data: object) -> None | POSPaymentStatus | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = POSPaymentStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | POSPaymentStatus | Unset, data)

            status = _parse_status(_v)

        except Exception as _e:
            _decoding.leave(_t)
            status, _raw = _decoding.failed(_v, _e, _path, "status", "None | POSPaymentStatus", _raw)
        else:
            _decoding.leave(_t)
            if status is _v and (_v.__class__ is list or _v.__class__ is dict):
                status, _raw = _decoding.failed(_v, None, _path, "status", "None | POSPaymentStatus", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currency"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency = _parse_currency(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency, _raw = _decoding.failed(_v, _e, _path, "currency", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if currency is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency, _raw = _decoding.failed(_v, None, _path, "currency", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_date(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    date_type_0 = datetime.datetime.fromisoformat(data)

                    return date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            date = _parse_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            date, _raw = _decoding.failed(_v, _e, _path, "date", "datetime.datetime | None", _raw)
        else:
            _decoding.leave(_t)
            if date is _v and (_v.__class__ is list or _v.__class__ is dict):
                date, _raw = _decoding.failed(_v, None, _path, "date", "datetime.datetime | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_ref"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_invoice_ref(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_ref = _parse_invoice_ref(_v)

        except Exception as _e:
            _decoding.leave(_t)
            invoice_ref, _raw = _decoding.failed(_v, _e, _path, "invoice_ref", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if invoice_ref is _v and (_v.__class__ is list or _v.__class__ is dict):
                invoice_ref, _raw = _decoding.failed(_v, None, _path, "invoice_ref", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["partner_id"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                partner_id = _v
                _pending |= 2
            else:
                partner_id = _ChiftId_from_dict(_v, _path + "partner_id.")
        elif _v is None:
            partner_id = None
        elif _v is UNSET:
            partner_id = UNSET
        else:
            partner_id, _raw = _decoding.as_model(_v, ChiftId, _path, "partner_id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        if cls is PMSPaymentItem:
            _obj = _new(cls)
            _set_source_ref(_obj, source_ref)
            _obj.total = total
            _obj.id = id
            _obj.payment_method_id = payment_method_id
            _obj.payment_method_name = payment_method_name
            _obj.tip = tip
            _obj.status = status
            _obj.currency = currency
            _obj.date = date
            _obj.invoice_ref = invoice_ref
            _set_partner_id(_obj, partner_id)
            _obj.description = description
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                source_ref,
                total,
                id,
                payment_method_id,
                payment_method_name,
                tip,
                status,
                currency,
                date,
                invoice_ref,
                partner_id,
                description,
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


from ..models.chift_id import ChiftId
from ..models.ref import Ref

_ChiftId_from_dict = ChiftId.from_dict
_Ref_from_dict = Ref.from_dict

_set_source_ref = _decoding.lazy(PMSPaymentItem, "source_ref", "source_ref", 1, Ref.from_dict, False)
_set_partner_id = _decoding.lazy(PMSPaymentItem, "partner_id", "partner_id", 2, ChiftId.from_dict, False)
