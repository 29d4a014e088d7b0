from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankTransactionItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "amount",
        "general_ledger_account",
        "description",
        "external_transaction_id",
        "fee_amount",
        "tax_amount",
        "currency_exchange_rate",
        "counterpart",
        "id",
    }
)


@_attrs_define
class BankTransactionItemOut:
    """
    Attributes:
        amount (float):
        general_ledger_account (None | str | Unset):
        description (None | str | Unset):
        external_transaction_id (None | str | Unset):
        fee_amount (float | None | Unset):  Default: 0.0.
        tax_amount (float | None | Unset):  Default: 0.0.
        currency_exchange_rate (float | None | Unset):  Default: 1.0.
        counterpart (BankTransactionCounterpartItem | None | Unset):
        id (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    amount: float
    general_ledger_account: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    external_transaction_id: None | str | Unset = UNSET
    fee_amount: float | None | Unset = 0.0
    tax_amount: float | None | Unset = 0.0
    currency_exchange_rate: float | None | Unset = 1.0
    counterpart: BankTransactionCounterpartItem | None | Unset = UNSET
    id: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        amount = self.amount

        general_ledger_account: None | str | Unset
        if isinstance(self.general_ledger_account, Unset):
            general_ledger_account = UNSET
        else:
            general_ledger_account = self.general_ledger_account

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        external_transaction_id: None | str | Unset
        if isinstance(self.external_transaction_id, Unset):
            external_transaction_id = UNSET
        else:
            external_transaction_id = self.external_transaction_id

        fee_amount: float | None | Unset
        if isinstance(self.fee_amount, Unset):
            fee_amount = UNSET
        else:
            fee_amount = self.fee_amount

        tax_amount: float | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        currency_exchange_rate: float | None | Unset
        if isinstance(self.currency_exchange_rate, Unset):
            currency_exchange_rate = UNSET
        else:
            currency_exchange_rate = self.currency_exchange_rate

        counterpart: dict[str, Any] | None | Unset
        if isinstance(self.counterpart, Unset):
            counterpart = UNSET
        elif isinstance(self.counterpart, BankTransactionCounterpartItem):
            counterpart = self.counterpart.to_dict()
        else:
            counterpart = self.counterpart

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "amount": amount,
            }
        )
        if general_ledger_account is not UNSET:
            field_dict["general_ledger_account"] = general_ledger_account
        if description is not UNSET:
            field_dict["description"] = description
        if external_transaction_id is not UNSET:
            field_dict["external_transaction_id"] = external_transaction_id
        if fee_amount is not UNSET:
            field_dict["fee_amount"] = fee_amount
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if currency_exchange_rate is not UNSET:
            field_dict["currency_exchange_rate"] = currency_exchange_rate
        if counterpart is not UNSET:
            field_dict["counterpart"] = counterpart
        if id is not UNSET:
            field_dict["id"] = id
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
        _lazy = not _m.strict and cls is BankTransactionItemOut
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            amount = _src["amount"]
        except KeyError:
            amount = UNSET
        if amount.__class__ is not float and amount.__class__ is not int:
            amount, _raw = _decoding.scalar(amount, "float", _path, "amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["general_ledger_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_general_ledger_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            general_ledger_account = _parse_general_ledger_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            general_ledger_account, _raw = _decoding.failed(
                _v, _e, _path, "general_ledger_account", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if general_ledger_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                general_ledger_account, _raw = _decoding.failed(
                    _v, None, _path, "general_ledger_account", "None | str", _raw
                )

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
            _v = _src["external_transaction_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_external_transaction_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            external_transaction_id = _parse_external_transaction_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            external_transaction_id, _raw = _decoding.failed(
                _v, _e, _path, "external_transaction_id", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if external_transaction_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                external_transaction_id, _raw = _decoding.failed(
                    _v, None, _path, "external_transaction_id", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["fee_amount"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_fee_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            fee_amount = _parse_fee_amount(_v)

        except Exception as _e:
            _decoding.leave(_t)
            fee_amount, _raw = _decoding.failed(_v, _e, _path, "fee_amount", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if fee_amount is _v and (_v.__class__ is list or _v.__class__ is dict):
                fee_amount, _raw = _decoding.failed(_v, None, _path, "fee_amount", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_amount"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_amount(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            tax_amount = _parse_tax_amount(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_amount, _raw = _decoding.failed(_v, _e, _path, "tax_amount", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if tax_amount is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_amount, _raw = _decoding.failed(_v, None, _path, "tax_amount", "float | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currency_exchange_rate"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency_exchange_rate(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            currency_exchange_rate = _parse_currency_exchange_rate(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency_exchange_rate, _raw = _decoding.failed(
                _v, _e, _path, "currency_exchange_rate", "float | None", _raw
            )
        else:
            _decoding.leave(_t)
            if currency_exchange_rate is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency_exchange_rate, _raw = _decoding.failed(
                    _v, None, _path, "currency_exchange_rate", "float | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["counterpart"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                counterpart = _v
                _pending |= 1
            else:
                counterpart = _BankTransactionCounterpartItem_from_dict(_v, _path + "counterpart.")
        elif _v is None:
            counterpart = None
        elif _v is UNSET:
            counterpart = UNSET
        else:
            counterpart, _raw = _decoding.as_model(
                _v, BankTransactionCounterpartItem, _path, "counterpart", _raw
            )

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

        if cls is BankTransactionItemOut:
            _obj = _new(cls)
            _obj.amount = amount
            _obj.general_ledger_account = general_ledger_account
            _obj.description = description
            _obj.external_transaction_id = external_transaction_id
            _obj.fee_amount = fee_amount
            _obj.tax_amount = tax_amount
            _obj.currency_exchange_rate = currency_exchange_rate
            _set_counterpart(_obj, counterpart)
            _obj.id = id
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                amount,
                general_ledger_account,
                description,
                external_transaction_id,
                fee_amount,
                tax_amount,
                currency_exchange_rate,
                counterpart,
                id,
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


from ..models.bank_transaction_counterpart_item import BankTransactionCounterpartItem

_BankTransactionCounterpartItem_from_dict = BankTransactionCounterpartItem.from_dict

_set_counterpart = _decoding.lazy(
    BankTransactionItemOut, "counterpart", "counterpart", 1, BankTransactionCounterpartItem.from_dict, False
)
