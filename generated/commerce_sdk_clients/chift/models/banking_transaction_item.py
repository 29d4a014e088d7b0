from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.banking_transaction_status import BankingTransactionStatus
from ..models.operation_type import OperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankingTransactionItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "amount",
        "currency",
        "creation_date",
        "value_date",
        "execution_date",
        "bank_account_id",
        "tax_amount",
        "description",
        "additional_information",
        "counterpart_name",
        "counterpart_reference",
        "remittance_information",
        "internal_transaction",
        "operation_type",
        "last_update_on",
        "status",
        "opening_balance",
        "attachments_info",
    }
)


@_attrs_define
class BankingTransactionItem:
    """
    Attributes:
        id (str):
        amount (float):
        currency (str):
        creation_date (datetime.datetime):
        value_date (datetime.datetime):
        execution_date (datetime.datetime):
        bank_account_id (None | str | Unset):
        tax_amount (float | None | Unset):
        description (None | str | Unset):
        additional_information (None | str | Unset):
        counterpart_name (None | str | Unset):
        counterpart_reference (None | str | Unset):
        remittance_information (None | str | Unset):
        internal_transaction (bool | None | Unset):  Default: False.
        operation_type (None | OperationType | Unset):  Default: OperationType.OTHER.
        last_update_on (datetime.datetime | None | Unset):
        status (BankingTransactionStatus | None | Unset):
        opening_balance (float | None | Unset):
        attachments_info (ItemAttachmentInfoOut | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    amount: float
    currency: str
    creation_date: datetime.datetime
    value_date: datetime.datetime
    execution_date: datetime.datetime
    bank_account_id: None | str | Unset = UNSET
    tax_amount: float | None | Unset = UNSET
    description: None | str | Unset = UNSET
    additional_information: None | str | Unset = UNSET
    counterpart_name: None | str | Unset = UNSET
    counterpart_reference: None | str | Unset = UNSET
    remittance_information: None | str | Unset = UNSET
    internal_transaction: bool | None | Unset = False
    operation_type: None | OperationType | Unset = OperationType.OTHER
    last_update_on: datetime.datetime | None | Unset = UNSET
    status: BankingTransactionStatus | None | Unset = UNSET
    opening_balance: float | None | Unset = UNSET
    attachments_info: ItemAttachmentInfoOut | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        if self.creation_date is None or isinstance(self.creation_date, Unset):
            creation_date = self.creation_date
        else:
            creation_date = self.creation_date.isoformat()

        if self.value_date is None or isinstance(self.value_date, Unset):
            value_date = self.value_date
        else:
            value_date = self.value_date.isoformat()

        if self.execution_date is None or isinstance(self.execution_date, Unset):
            execution_date = self.execution_date
        else:
            execution_date = self.execution_date.isoformat()

        bank_account_id: None | str | Unset
        if isinstance(self.bank_account_id, Unset):
            bank_account_id = UNSET
        else:
            bank_account_id = self.bank_account_id

        tax_amount: float | None | Unset
        if isinstance(self.tax_amount, Unset):
            tax_amount = UNSET
        else:
            tax_amount = self.tax_amount

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        additional_information: None | str | Unset
        if isinstance(self.additional_information, Unset):
            additional_information = UNSET
        else:
            additional_information = self.additional_information

        counterpart_name: None | str | Unset
        if isinstance(self.counterpart_name, Unset):
            counterpart_name = UNSET
        else:
            counterpart_name = self.counterpart_name

        counterpart_reference: None | str | Unset
        if isinstance(self.counterpart_reference, Unset):
            counterpart_reference = UNSET
        else:
            counterpart_reference = self.counterpart_reference

        remittance_information: None | str | Unset
        if isinstance(self.remittance_information, Unset):
            remittance_information = UNSET
        else:
            remittance_information = self.remittance_information

        internal_transaction: bool | None | Unset
        if isinstance(self.internal_transaction, Unset):
            internal_transaction = UNSET
        else:
            internal_transaction = self.internal_transaction

        operation_type: None | str | Unset
        if isinstance(self.operation_type, Unset):
            operation_type = UNSET
        elif isinstance(self.operation_type, OperationType):
            operation_type = self.operation_type.value
        else:
            operation_type = self.operation_type

        last_update_on: None | str | Unset
        if isinstance(self.last_update_on, Unset):
            last_update_on = UNSET
        elif isinstance(self.last_update_on, datetime.datetime):
            last_update_on = self.last_update_on.isoformat()
        else:
            last_update_on = self.last_update_on

        status: None | str | Unset
        if isinstance(self.status, Unset):
            status = UNSET
        elif isinstance(self.status, BankingTransactionStatus):
            status = self.status.value
        else:
            status = self.status

        opening_balance: float | None | Unset
        if isinstance(self.opening_balance, Unset):
            opening_balance = UNSET
        else:
            opening_balance = self.opening_balance

        attachments_info: dict[str, Any] | Unset = UNSET
        if not isinstance(self.attachments_info, Unset):
            attachments_info = self.attachments_info.to_dict()

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "amount": amount,
                "currency": currency,
                "creation_date": creation_date,
                "value_date": value_date,
                "execution_date": execution_date,
            }
        )
        if bank_account_id is not UNSET:
            field_dict["bank_account_id"] = bank_account_id
        if tax_amount is not UNSET:
            field_dict["tax_amount"] = tax_amount
        if description is not UNSET:
            field_dict["description"] = description
        if additional_information is not UNSET:
            field_dict["additional_information"] = additional_information
        if counterpart_name is not UNSET:
            field_dict["counterpart_name"] = counterpart_name
        if counterpart_reference is not UNSET:
            field_dict["counterpart_reference"] = counterpart_reference
        if remittance_information is not UNSET:
            field_dict["remittance_information"] = remittance_information
        if internal_transaction is not UNSET:
            field_dict["internal_transaction"] = internal_transaction
        if operation_type is not UNSET:
            field_dict["operation_type"] = operation_type
        if last_update_on is not UNSET:
            field_dict["last_update_on"] = last_update_on
        if status is not UNSET:
            field_dict["status"] = status
        if opening_balance is not UNSET:
            field_dict["opening_balance"] = opening_balance
        if attachments_info is not UNSET:
            field_dict["attachments_info"] = attachments_info
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
        _lazy = not _m.strict and cls is BankingTransactionItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

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
            _v = _src["creation_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                creation_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                creation_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "creation_date", _raw)
        else:
            creation_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "creation_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["value_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                value_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                value_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "value_date", _raw)
        else:
            value_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "value_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["execution_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                execution_date = datetime.datetime.fromisoformat(_v)
            except ValueError:
                execution_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "execution_date", _raw)
        else:
            execution_date, _raw = _decoding.as_datetime(_v, "date-time", _path, "execution_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["bank_account_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_bank_account_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            bank_account_id = _parse_bank_account_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            bank_account_id, _raw = _decoding.failed(_v, _e, _path, "bank_account_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if bank_account_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                bank_account_id, _raw = _decoding.failed(
                    _v, None, _path, "bank_account_id", "None | str", _raw
                )

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
            _v = _src["additional_information"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_additional_information(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            additional_information = _parse_additional_information(_v)

        except Exception as _e:
            _decoding.leave(_t)
            additional_information, _raw = _decoding.failed(
                _v, _e, _path, "additional_information", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if additional_information is _v and (_v.__class__ is list or _v.__class__ is dict):
                additional_information, _raw = _decoding.failed(
                    _v, None, _path, "additional_information", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["counterpart_name"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_counterpart_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            counterpart_name = _parse_counterpart_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            counterpart_name, _raw = _decoding.failed(_v, _e, _path, "counterpart_name", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if counterpart_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                counterpart_name, _raw = _decoding.failed(
                    _v, None, _path, "counterpart_name", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["counterpart_reference"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_counterpart_reference(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            counterpart_reference = _parse_counterpart_reference(_v)

        except Exception as _e:
            _decoding.leave(_t)
            counterpart_reference, _raw = _decoding.failed(
                _v, _e, _path, "counterpart_reference", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if counterpart_reference is _v and (_v.__class__ is list or _v.__class__ is dict):
                counterpart_reference, _raw = _decoding.failed(
                    _v, None, _path, "counterpart_reference", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["remittance_information"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_remittance_information(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            remittance_information = _parse_remittance_information(_v)

        except Exception as _e:
            _decoding.leave(_t)
            remittance_information, _raw = _decoding.failed(
                _v, _e, _path, "remittance_information", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if remittance_information is _v and (_v.__class__ is list or _v.__class__ is dict):
                remittance_information, _raw = _decoding.failed(
                    _v, None, _path, "remittance_information", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["internal_transaction"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_internal_transaction(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            internal_transaction = _parse_internal_transaction(_v)

        except Exception as _e:
            _decoding.leave(_t)
            internal_transaction, _raw = _decoding.failed(
                _v, _e, _path, "internal_transaction", "bool | None", _raw
            )
        else:
            _decoding.leave(_t)
            if internal_transaction is _v and (_v.__class__ is list or _v.__class__ is dict):
                internal_transaction, _raw = _decoding.failed(
                    _v, None, _path, "internal_transaction", "bool | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["operation_type"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_operation_type(data: object) -> None | OperationType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    operation_type_type_0 = OperationType(data)

                    return operation_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | OperationType | Unset, data)

            operation_type = _parse_operation_type(_v)

        except Exception as _e:
            _decoding.leave(_t)
            operation_type, _raw = _decoding.failed(
                _v, _e, _path, "operation_type", "None | OperationType", _raw
            )
        else:
            _decoding.leave(_t)
            if operation_type is _v and (_v.__class__ is list or _v.__class__ is dict):
                operation_type, _raw = _decoding.failed(
                    _v, None, _path, "operation_type", "None | OperationType", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_update_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_last_update_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_update_on_type_0 = datetime.datetime.fromisoformat(data)

                    return last_update_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_update_on = _parse_last_update_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            last_update_on, _raw = _decoding.failed(
                _v, _e, _path, "last_update_on", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if last_update_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                last_update_on, _raw = _decoding.failed(
                    _v, None, _path, "last_update_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["status"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_status(data: object) -> BankingTransactionStatus | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_type_0 = BankingTransactionStatus(data)

                    return status_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(BankingTransactionStatus | None | Unset, data)

            status = _parse_status(_v)

        except Exception as _e:
            _decoding.leave(_t)
            status, _raw = _decoding.failed(_v, _e, _path, "status", "BankingTransactionStatus | None", _raw)
        else:
            _decoding.leave(_t)
            if status is _v and (_v.__class__ is list or _v.__class__ is dict):
                status, _raw = _decoding.failed(
                    _v, None, _path, "status", "BankingTransactionStatus | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["opening_balance"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_opening_balance(data: object) -> float | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(float | None | Unset, data)

            opening_balance = _parse_opening_balance(_v)

        except Exception as _e:
            _decoding.leave(_t)
            opening_balance, _raw = _decoding.failed(_v, _e, _path, "opening_balance", "float | None", _raw)
        else:
            _decoding.leave(_t)
            if opening_balance is _v and (_v.__class__ is list or _v.__class__ is dict):
                opening_balance, _raw = _decoding.failed(
                    _v, None, _path, "opening_balance", "float | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["attachments_info"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                attachments_info = _v
                _pending |= 1
            else:
                attachments_info = _ItemAttachmentInfoOut_from_dict(_v, _path + "attachments_info.")
        elif _v is UNSET:
            attachments_info = UNSET
        else:
            attachments_info, _raw = _decoding.as_model(
                _v, ItemAttachmentInfoOut, _path, "attachments_info", _raw
            )

        if cls is BankingTransactionItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.amount = amount
            _obj.currency = currency
            _obj.creation_date = creation_date
            _obj.value_date = value_date
            _obj.execution_date = execution_date
            _obj.bank_account_id = bank_account_id
            _obj.tax_amount = tax_amount
            _obj.description = description
            _obj.additional_information = additional_information
            _obj.counterpart_name = counterpart_name
            _obj.counterpart_reference = counterpart_reference
            _obj.remittance_information = remittance_information
            _obj.internal_transaction = internal_transaction
            _obj.operation_type = operation_type
            _obj.last_update_on = last_update_on
            _obj.status = status
            _obj.opening_balance = opening_balance
            _set_attachments_info(_obj, attachments_info)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                amount,
                currency,
                creation_date,
                value_date,
                execution_date,
                bank_account_id,
                tax_amount,
                description,
                additional_information,
                counterpart_name,
                counterpart_reference,
                remittance_information,
                internal_transaction,
                operation_type,
                last_update_on,
                status,
                opening_balance,
                attachments_info,
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


from ..models.item_attachment_info_out import ItemAttachmentInfoOut

_ItemAttachmentInfoOut_from_dict = ItemAttachmentInfoOut.from_dict

_set_attachments_info = _decoding.lazy(
    BankingTransactionItem, "attachments_info", "attachments_info", 1, ItemAttachmentInfoOut.from_dict, False
)
