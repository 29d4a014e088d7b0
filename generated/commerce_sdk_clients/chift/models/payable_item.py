from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.payable_export_status import PayableExportStatus
from ..models.payable_type import PayableType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayableItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "payable_type",
        "currency",
        "untaxed_amount",
        "tax_amount",
        "total",
        "payable_date",
        "original_payable_type",
        "reversed",
        "invoice_number",
        "description",
        "supplier_id",
        "employee_id",
        "accounting_date",
        "due_date",
        "start_date",
        "end_date",
        "last_updated_on",
        "lines",
        "attachments",
        "export_status",
        "allocations",
    }
)


@_attrs_define
class PayableItem:
    """
    Attributes:
        id (str):
        payable_type (PayableType):
        currency (str):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        payable_date (datetime.date):
        original_payable_type (None | str | Unset):
        reversed_ (bool | Unset):  Default: False.
        invoice_number (None | str | Unset):
        description (None | str | Unset):
        supplier_id (None | str | Unset):
        employee_id (None | str | Unset):
        accounting_date (datetime.date | None | Unset):
        due_date (datetime.date | None | Unset):
        start_date (datetime.date | None | Unset):
        end_date (datetime.date | None | Unset):
        last_updated_on (datetime.datetime | None | Unset):
        lines (list[PayableLineItem] | Unset):
        attachments (list[PayableAttachmentItem] | None | Unset):
        export_status (PayableExportStatus | Unset):
        allocations (list[PayableAllocationItem] | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    id: str
    payable_type: PayableType
    currency: str
    untaxed_amount: float
    tax_amount: float
    total: float
    payable_date: datetime.date
    original_payable_type: None | str | Unset = UNSET
    reversed_: bool | Unset = False
    invoice_number: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    supplier_id: None | str | Unset = UNSET
    employee_id: None | str | Unset = UNSET
    accounting_date: datetime.date | None | Unset = UNSET
    due_date: datetime.date | None | Unset = UNSET
    start_date: datetime.date | None | Unset = UNSET
    end_date: datetime.date | None | Unset = UNSET
    last_updated_on: datetime.datetime | None | Unset = UNSET
    lines: list[PayableLineItem] | Unset = UNSET
    attachments: list[PayableAttachmentItem] | None | Unset = UNSET
    export_status: PayableExportStatus | Unset = UNSET
    allocations: list[PayableAllocationItem] | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.payable_type is None or isinstance(self.payable_type, Unset):
            payable_type = self.payable_type
        else:
            payable_type = self.payable_type.value

        currency = self.currency

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        if self.payable_date is None or isinstance(self.payable_date, Unset):
            payable_date = self.payable_date
        else:
            payable_date = self.payable_date.isoformat()

        original_payable_type: None | str | Unset
        if isinstance(self.original_payable_type, Unset):
            original_payable_type = UNSET
        else:
            original_payable_type = self.original_payable_type

        reversed_ = self.reversed_

        invoice_number: None | str | Unset
        if isinstance(self.invoice_number, Unset):
            invoice_number = UNSET
        else:
            invoice_number = self.invoice_number

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        supplier_id: None | str | Unset
        if isinstance(self.supplier_id, Unset):
            supplier_id = UNSET
        else:
            supplier_id = self.supplier_id

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        else:
            employee_id = self.employee_id

        accounting_date: None | str | Unset
        if isinstance(self.accounting_date, Unset):
            accounting_date = UNSET
        elif isinstance(self.accounting_date, datetime.date):
            accounting_date = self.accounting_date.isoformat()
        else:
            accounting_date = self.accounting_date

        due_date: None | str | Unset
        if isinstance(self.due_date, Unset):
            due_date = UNSET
        elif isinstance(self.due_date, datetime.date):
            due_date = self.due_date.isoformat()
        else:
            due_date = self.due_date

        start_date: None | str | Unset
        if isinstance(self.start_date, Unset):
            start_date = UNSET
        elif isinstance(self.start_date, datetime.date):
            start_date = self.start_date.isoformat()
        else:
            start_date = self.start_date

        end_date: None | str | Unset
        if isinstance(self.end_date, Unset):
            end_date = UNSET
        elif isinstance(self.end_date, datetime.date):
            end_date = self.end_date.isoformat()
        else:
            end_date = self.end_date

        last_updated_on: None | str | Unset
        if isinstance(self.last_updated_on, Unset):
            last_updated_on = UNSET
        elif isinstance(self.last_updated_on, datetime.datetime):
            last_updated_on = self.last_updated_on.isoformat()
        else:
            last_updated_on = self.last_updated_on

        lines: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.lines, Unset):
            lines = []
            for lines_item_data in self.lines:
                lines_item = lines_item_data.to_dict()
                lines.append(lines_item)

        attachments: list[dict[str, Any]] | None | Unset
        if isinstance(self.attachments, Unset):
            attachments = UNSET
        elif isinstance(self.attachments, list):
            attachments = []
            for attachments_type_0_item_data in self.attachments:
                attachments_type_0_item = attachments_type_0_item_data.to_dict()
                attachments.append(attachments_type_0_item)

        else:
            attachments = self.attachments

        export_status: str | Unset = UNSET
        if not isinstance(self.export_status, Unset):
            export_status = self.export_status.value

        allocations: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.allocations, Unset):
            allocations = []
            for allocations_item_data in self.allocations:
                allocations_item = allocations_item_data.to_dict()
                allocations.append(allocations_item)

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "payable_type": payable_type,
                "currency": currency,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "total": total,
                "payable_date": payable_date,
            }
        )
        if original_payable_type is not UNSET:
            field_dict["original_payable_type"] = original_payable_type
        if reversed_ is not UNSET:
            field_dict["reversed"] = reversed_
        if invoice_number is not UNSET:
            field_dict["invoice_number"] = invoice_number
        if description is not UNSET:
            field_dict["description"] = description
        if supplier_id is not UNSET:
            field_dict["supplier_id"] = supplier_id
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id
        if accounting_date is not UNSET:
            field_dict["accounting_date"] = accounting_date
        if due_date is not UNSET:
            field_dict["due_date"] = due_date
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on
        if lines is not UNSET:
            field_dict["lines"] = lines
        if attachments is not UNSET:
            field_dict["attachments"] = attachments
        if export_status is not UNSET:
            field_dict["export_status"] = export_status
        if allocations is not UNSET:
            field_dict["allocations"] = allocations
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
        _lazy = not _m.strict and cls is PayableItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payable_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            payable_type, _raw = _decoding.missing(_path, "payable_type", "PayableType", _raw)
        else:
            try:
                payable_type = PayableType(_v)

            except Exception as _e:
                payable_type, _raw = _decoding.failed(_v, _e, _path, "payable_type", "PayableType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            currency = _src["currency"]
        except KeyError:
            currency = UNSET
        if currency.__class__ is not str:
            currency, _raw = _decoding.scalar(currency, "str", _path, "currency", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            untaxed_amount = _src["untaxed_amount"]
        except KeyError:
            untaxed_amount = UNSET
        if untaxed_amount.__class__ is not float and untaxed_amount.__class__ is not int:
            untaxed_amount, _raw = _decoding.scalar(untaxed_amount, "float", _path, "untaxed_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_amount = _src["tax_amount"]
        except KeyError:
            tax_amount = UNSET
        if tax_amount.__class__ is not float and tax_amount.__class__ is not int:
            tax_amount, _raw = _decoding.scalar(tax_amount, "float", _path, "tax_amount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total = _src["total"]
        except KeyError:
            total = UNSET
        if total.__class__ is not float and total.__class__ is not int:
            total, _raw = _decoding.scalar(total, "float", _path, "total", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["payable_date"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                payable_date = datetime.date.fromisoformat(_v)
            except ValueError:
                payable_date, _raw = _decoding.as_datetime(_v, "date", _path, "payable_date", _raw)
        else:
            payable_date, _raw = _decoding.as_datetime(_v, "date", _path, "payable_date", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["original_payable_type"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_original_payable_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            original_payable_type = _parse_original_payable_type(_v)

        except Exception as _e:
            _decoding.leave(_t)
            original_payable_type, _raw = _decoding.failed(
                _v, _e, _path, "original_payable_type", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if original_payable_type is _v and (_v.__class__ is list or _v.__class__ is dict):
                original_payable_type, _raw = _decoding.failed(
                    _v, None, _path, "original_payable_type", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            reversed_ = _src["reversed"]
        except KeyError:
            reversed_ = UNSET
        if reversed_.__class__ is not bool and reversed_ is not UNSET:
            reversed_, _raw = _decoding.scalar(reversed_, "bool", _path, "reversed", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["invoice_number"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_invoice_number(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            invoice_number = _parse_invoice_number(_v)

        except Exception as _e:
            _decoding.leave(_t)
            invoice_number, _raw = _decoding.failed(_v, _e, _path, "invoice_number", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if invoice_number is _v and (_v.__class__ is list or _v.__class__ is dict):
                invoice_number, _raw = _decoding.failed(_v, None, _path, "invoice_number", "None | str", _raw)

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
            _v = _src["supplier_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_supplier_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            supplier_id = _parse_supplier_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            supplier_id, _raw = _decoding.failed(_v, _e, _path, "supplier_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if supplier_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                supplier_id, _raw = _decoding.failed(_v, None, _path, "supplier_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["employee_id"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_employee_id(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            employee_id = _parse_employee_id(_v)

        except Exception as _e:
            _decoding.leave(_t)
            employee_id, _raw = _decoding.failed(_v, _e, _path, "employee_id", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if employee_id is _v and (_v.__class__ is list or _v.__class__ is dict):
                employee_id, _raw = _decoding.failed(_v, None, _path, "employee_id", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["accounting_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_accounting_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    accounting_date_type_0 = datetime.date.fromisoformat(data)

                    return accounting_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            accounting_date = _parse_accounting_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            accounting_date, _raw = _decoding.failed(
                _v, _e, _path, "accounting_date", "datetime.date | None", _raw
            )
        else:
            _decoding.leave(_t)
            if accounting_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                accounting_date, _raw = _decoding.failed(
                    _v, None, _path, "accounting_date", "datetime.date | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["due_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_due_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    due_date_type_0 = datetime.date.fromisoformat(data)

                    return due_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            due_date = _parse_due_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            due_date, _raw = _decoding.failed(_v, _e, _path, "due_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if due_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                due_date, _raw = _decoding.failed(_v, None, _path, "due_date", "datetime.date | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["start_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_start_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    start_date_type_0 = datetime.date.fromisoformat(data)

                    return start_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            start_date = _parse_start_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            start_date, _raw = _decoding.failed(_v, _e, _path, "start_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if start_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                start_date, _raw = _decoding.failed(
                    _v, None, _path, "start_date", "datetime.date | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["end_date"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_end_date(data: object) -> datetime.date | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    end_date_type_0 = datetime.date.fromisoformat(data)

                    return end_date_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.date | None | Unset, data)

            end_date = _parse_end_date(_v)

        except Exception as _e:
            _decoding.leave(_t)
            end_date, _raw = _decoding.failed(_v, _e, _path, "end_date", "datetime.date | None", _raw)
        else:
            _decoding.leave(_t)
            if end_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                end_date, _raw = _decoding.failed(_v, None, _path, "end_date", "datetime.date | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["last_updated_on"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_last_updated_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_updated_on_type_0 = datetime.datetime.fromisoformat(data)

                    return last_updated_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_updated_on = _parse_last_updated_on(_v)

        except Exception as _e:
            _decoding.leave(_t)
            last_updated_on, _raw = _decoding.failed(
                _v, _e, _path, "last_updated_on", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if last_updated_on is _v and (_v.__class__ is list or _v.__class__ is dict):
                last_updated_on, _raw = _decoding.failed(
                    _v, None, _path, "last_updated_on", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["lines"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET:
            _v, _raw = _decoding.as_list(_v, "model", _path, "lines", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            lines = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                lines = _v
                _pending |= 1
            else:
                lines = []
                _at = _path + "lines[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        lines.append(_PayableLineItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PayableLineItem, _path, "lines", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["attachments"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "attachments", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            attachments = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                attachments = _v
                _pending |= 2
            else:
                attachments = []
                _at = _path + "attachments[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        attachments.append(_PayableAttachmentItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PayableAttachmentItem, _path, "attachments", _raw)

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
                _pending |= 4
            else:
                allocations = []
                _at = _path + "allocations[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        allocations.append(_PayableAllocationItem_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(_v, _x, PayableAllocationItem, _path, "allocations", _raw)

        if cls is PayableItem:
            _obj = _new(cls)
            _obj.id = id
            _obj.payable_type = payable_type
            _obj.currency = currency
            _obj.untaxed_amount = untaxed_amount
            _obj.tax_amount = tax_amount
            _obj.total = total
            _obj.payable_date = payable_date
            _obj.original_payable_type = original_payable_type
            _obj.reversed_ = reversed_
            _obj.invoice_number = invoice_number
            _obj.description = description
            _obj.supplier_id = supplier_id
            _obj.employee_id = employee_id
            _obj.accounting_date = accounting_date
            _obj.due_date = due_date
            _obj.start_date = start_date
            _obj.end_date = end_date
            _obj.last_updated_on = last_updated_on
            _set_lines(_obj, lines)
            _set_attachments(_obj, attachments)
            _obj.export_status = export_status
            _set_allocations(_obj, allocations)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                id,
                payable_type,
                currency,
                untaxed_amount,
                tax_amount,
                total,
                payable_date,
                original_payable_type,
                reversed_,
                invoice_number,
                description,
                supplier_id,
                employee_id,
                accounting_date,
                due_date,
                start_date,
                end_date,
                last_updated_on,
                lines,
                attachments,
                export_status,
                allocations,
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


from ..models.payable_allocation_item import PayableAllocationItem
from ..models.payable_attachment_item import PayableAttachmentItem
from ..models.payable_line_item import PayableLineItem

_PayableAllocationItem_from_dict = PayableAllocationItem.from_dict
_PayableAttachmentItem_from_dict = PayableAttachmentItem.from_dict
_PayableLineItem_from_dict = PayableLineItem.from_dict

_set_lines = _decoding.lazy(PayableItem, "lines", "lines", 1, PayableLineItem.from_dict, True)
_set_attachments = _decoding.lazy(
    PayableItem, "attachments", "attachments", 2, PayableAttachmentItem.from_dict, True
)
_set_allocations = _decoding.lazy(
    PayableItem, "allocations", "allocations", 4, PayableAllocationItem.from_dict, True
)
