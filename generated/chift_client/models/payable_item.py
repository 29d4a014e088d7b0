from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.payable_export_status import PayableExportStatus
from ..models.payable_type import PayableType
from ..types import UNSET, Unset

T = TypeVar("T", bound="PayableItem")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        payable_type = self.payable_type.value

        currency = self.currency

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        payable_type = PayableType(d.pop("payable_type"))

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount: expected float, got " + type(_v).__name__)
        untaxed_amount = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        payable_date = datetime.date.fromisoformat(d.pop("payable_date"))

        def _parse_original_payable_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        original_payable_type = _parse_original_payable_type(d.pop("original_payable_type", UNSET))

        _v = d.pop("reversed", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("reversed: expected bool, got " + type(_v).__name__)
        reversed_ = _v

        def _parse_invoice_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        invoice_number = _parse_invoice_number(d.pop("invoice_number", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_supplier_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        supplier_id = _parse_supplier_id(d.pop("supplier_id", UNSET))

        def _parse_employee_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

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

        accounting_date = _parse_accounting_date(d.pop("accounting_date", UNSET))

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

        due_date = _parse_due_date(d.pop("due_date", UNSET))

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

        start_date = _parse_start_date(d.pop("start_date", UNSET))

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

        end_date = _parse_end_date(d.pop("end_date", UNSET))

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

        last_updated_on = _parse_last_updated_on(d.pop("last_updated_on", UNSET))

        _v = d.pop("lines", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("lines: expected list, got " + type(_v).__name__)
        _lines = _v
        lines: list[PayableLineItem] | Unset = UNSET
        if _lines is not UNSET:
            lines = []
            for lines_item_data in _lines:
                lines_item = PayableLineItem.from_dict(lines_item_data)

                lines.append(lines_item)

        def _parse_attachments(data: object) -> list[PayableAttachmentItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                attachments_type_0 = []
                _attachments_type_0 = data
                for attachments_type_0_item_data in _attachments_type_0:
                    attachments_type_0_item = PayableAttachmentItem.from_dict(attachments_type_0_item_data)

                    attachments_type_0.append(attachments_type_0_item)

                return attachments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[PayableAttachmentItem] | None | Unset, data)

        attachments = _parse_attachments(d.pop("attachments", UNSET))

        _export_status = d.pop("export_status", UNSET)
        export_status: PayableExportStatus | Unset
        if isinstance(_export_status, Unset):
            export_status = UNSET
        else:
            export_status = PayableExportStatus(_export_status)

        _v = d.pop("allocations", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("allocations: expected list, got " + type(_v).__name__)
        _allocations = _v
        allocations: list[PayableAllocationItem] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = PayableAllocationItem.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        payable_item = cls(
            id=id,
            payable_type=payable_type,
            currency=currency,
            untaxed_amount=untaxed_amount,
            tax_amount=tax_amount,
            total=total,
            payable_date=payable_date,
            original_payable_type=original_payable_type,
            reversed_=reversed_,
            invoice_number=invoice_number,
            description=description,
            supplier_id=supplier_id,
            employee_id=employee_id,
            accounting_date=accounting_date,
            due_date=due_date,
            start_date=start_date,
            end_date=end_date,
            last_updated_on=last_updated_on,
            lines=lines,
            attachments=attachments,
            export_status=export_status,
            allocations=allocations,
        )

        payable_item.additional_properties = d
        return payable_item

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
