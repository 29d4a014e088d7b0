from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.financial_movement_type import FinancialMovementType
from ..models.payable_export_status import PayableExportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialMovementItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "date",
        "amount",
        "currency",
        "type",
        "exchange_rate",
        "export_status",
        "external",
        "description",
        "allocations",
        "fees",
    }
)


@_attrs_define
class FinancialMovementItem:
    """
    Attributes:
        id (str):
        date (datetime.date):
        amount (float):
        currency (str):
        type_ (FinancialMovementType):
        exchange_rate (float | None | Unset):
        export_status (PayableExportStatus | Unset):
        external (bool | Unset):  Default: False.
        description (None | str | Unset):
        allocations (list[FinancialMovementAllocationItem] | Unset):
        fees (list[FinancialMovementFeeItem] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    date: datetime.date
    amount: float
    currency: str
    type_: FinancialMovementType
    exchange_rate: float | None | Unset = UNSET
    export_status: PayableExportStatus | Unset = UNSET
    external: bool | Unset = False
    description: None | str | Unset = UNSET
    allocations: list[FinancialMovementAllocationItem] | Unset = UNSET
    fees: list[FinancialMovementFeeItem] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.date is None or isinstance(self.date, Unset):
            date = self.date
        else:
            date = self.date.isoformat()

        amount = self.amount

        currency = self.currency

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        exchange_rate: float | None | Unset
        if isinstance(self.exchange_rate, Unset):
            exchange_rate = UNSET
        else:
            exchange_rate = self.exchange_rate

        export_status: str | Unset = UNSET
        if not isinstance(self.export_status, Unset):
            export_status = self.export_status.value

        external = self.external

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        fees: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.fees, Unset):
            fees = []
            for fees_item_data in self.fees:
                fees_item = fees_item_data.to_dict()
                fees.append(fees_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "date": date,
                "amount": amount,
                "currency": currency,
                "type": type_,
            }
        )
        if exchange_rate is not UNSET:
            field_dict["exchange_rate"] = exchange_rate
        if export_status is not UNSET:
            field_dict["export_status"] = export_status
        if external is not UNSET:
            field_dict["external"] = external
        if description is not UNSET:
            field_dict["description"] = description
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
        if fees is not UNSET:
            field_dict["fees"] = fees
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
        _lazy = not _m.strict and cls is FinancialMovementItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                date = datetime.date.fromisoformat(_v)
            except ValueError:
                date, _raw = _decoding.as_datetime(_v, "date", _path, "date", _raw)
        else:
            date, _raw = _decoding.as_datetime(_v, "date", _path, "date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "type", "FinancialMovementType", _raw)
        else:
            try:
                type_ = FinancialMovementType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "type", "FinancialMovementType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["exchange_rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_exchange_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            exchange_rate = _parse_exchange_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            exchange_rate, _raw = _decoding.failed(_v, _e, _path, "exchange_rate", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if exchange_rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                exchange_rate, _raw = _decoding.failed(_v, None, _path, "exchange_rate", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["export_status"]
        except KeyError:
            _v = UNSET
        try:
            _export_status = _v
            export_status: PayableExportStatus | Unset
            if isinstance(_export_status, Unset):
                export_status = UNSET
            else:
                export_status = PayableExportStatus(_export_status)

        except Exception as _e:
            export_status, _raw = _decoding.failed(
                _v, _e, _path, "export_status", "PayableExportStatus", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            external = _src["external"]
        except KeyError:
            external = UNSET
        if external.__class__ is not bool and external is not UNSET:
            external, _raw = _decoding.scalar(external, "bool", _path, "external", _raw)

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

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["allocations"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "allocations", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            allocations = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                allocations = _v
                _pending |= 1
            else:
                allocations = []
                _at = _path + "allocations[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        allocations.append(_FinancialMovementAllocationItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, FinancialMovementAllocationItem, _path, "allocations", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["fees"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "fees", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            fees = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                fees = _v
                _pending |= 2
            else:
                fees = []
                _at = _path + "fees[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        fees.append(_FinancialMovementFeeItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, FinancialMovementFeeItem, _path, "fees", _raw)

        if cls is FinancialMovementItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.date = date
            _obj.amount = amount
            _obj.currency = currency
            _obj.type_ = type_
            _obj.exchange_rate = exchange_rate
            _obj.export_status = export_status
            _obj.external = external
            _obj.description = description
            _set_allocations(_obj, allocations)
            _set_fees(_obj, fees)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                date,
                amount,
                currency,
                type_,
                exchange_rate,
                export_status,
                external,
                description,
                allocations,
                fees,
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


from ..models.financial_movement_allocation_item import FinancialMovementAllocationItem
from ..models.financial_movement_fee_item import FinancialMovementFeeItem

_FinancialMovementAllocationItem_from_dict = FinancialMovementAllocationItem.from_dict
_FinancialMovementFeeItem_from_dict = FinancialMovementFeeItem.from_dict

_set_allocations = _decoding.lazy(
    FinancialMovementItem, "allocations", "allocations", 1, FinancialMovementAllocationItem.from_dict, True
)
_set_fees = _decoding.lazy(FinancialMovementItem, "fees", "fees", 2, FinancialMovementFeeItem.from_dict, True)
