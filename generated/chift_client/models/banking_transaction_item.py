from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.banking_transaction_status import BankingTransactionStatus
from ..models.operation_type import OperationType
from ..types import UNSET, Unset

T = TypeVar("T", bound="BankingTransactionItem")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        amount = self.amount

        currency = self.currency

        creation_date = self.creation_date.isoformat()

        value_date = self.value_date.isoformat()

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        creation_date = datetime.datetime.fromisoformat(d.pop("creation_date"))

        value_date = datetime.datetime.fromisoformat(d.pop("value_date"))

        execution_date = datetime.datetime.fromisoformat(d.pop("execution_date"))

        def _parse_bank_account_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        bank_account_id = _parse_bank_account_id(d.pop("bank_account_id", UNSET))

        def _parse_tax_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tax_amount = _parse_tax_amount(d.pop("tax_amount", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_additional_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        additional_information = _parse_additional_information(d.pop("additional_information", UNSET))

        def _parse_counterpart_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        counterpart_name = _parse_counterpart_name(d.pop("counterpart_name", UNSET))

        def _parse_counterpart_reference(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        counterpart_reference = _parse_counterpart_reference(d.pop("counterpart_reference", UNSET))

        def _parse_remittance_information(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remittance_information = _parse_remittance_information(d.pop("remittance_information", UNSET))

        def _parse_internal_transaction(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        internal_transaction = _parse_internal_transaction(d.pop("internal_transaction", UNSET))

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

        operation_type = _parse_operation_type(d.pop("operation_type", UNSET))

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

        last_update_on = _parse_last_update_on(d.pop("last_update_on", UNSET))

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

        status = _parse_status(d.pop("status", UNSET))

        def _parse_opening_balance(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        opening_balance = _parse_opening_balance(d.pop("opening_balance", UNSET))

        _attachments_info = d.pop("attachments_info", UNSET)
        attachments_info: ItemAttachmentInfoOut | Unset
        if isinstance(_attachments_info, Unset):
            attachments_info = UNSET
        else:
            attachments_info = ItemAttachmentInfoOut.from_dict(_attachments_info)

        banking_transaction_item = cls(
            id=id,
            amount=amount,
            currency=currency,
            creation_date=creation_date,
            value_date=value_date,
            execution_date=execution_date,
            bank_account_id=bank_account_id,
            tax_amount=tax_amount,
            description=description,
            additional_information=additional_information,
            counterpart_name=counterpart_name,
            counterpart_reference=counterpart_reference,
            remittance_information=remittance_information,
            internal_transaction=internal_transaction,
            operation_type=operation_type,
            last_update_on=last_update_on,
            status=status,
            opening_balance=opening_balance,
            attachments_info=attachments_info,
        )

        banking_transaction_item.additional_properties = d
        return banking_transaction_item

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
