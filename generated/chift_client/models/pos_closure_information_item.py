from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="POSClosureInformationItem")


@_attrs_define
class POSClosureInformationItem:
    """
    Attributes:
        id (str):
        total (float):
        tax_amount (float):
        payments (list[ClosurePaymentItem] | None | Unset):
        taxes (list[TotalTaxItem] | None | Unset):
        operations (list[ClosureOperationItem] | None | Unset):
    """

    id: str
    total: float
    tax_amount: float
    payments: list[ClosurePaymentItem] | None | Unset = UNSET
    taxes: list[TotalTaxItem] | None | Unset = UNSET
    operations: list[ClosureOperationItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        total = self.total

        tax_amount = self.tax_amount

        payments: list[dict[str, Any]] | None | Unset
        if isinstance(self.payments, Unset):
            payments = UNSET
        elif isinstance(self.payments, list):
            payments = []
            for payments_type_0_item_data in self.payments:
                payments_type_0_item = payments_type_0_item_data.to_dict()
                payments.append(payments_type_0_item)

        else:
            payments = self.payments

        taxes: list[dict[str, Any]] | None | Unset
        if isinstance(self.taxes, Unset):
            taxes = UNSET
        elif isinstance(self.taxes, list):
            taxes = []
            for taxes_type_0_item_data in self.taxes:
                taxes_type_0_item = taxes_type_0_item_data.to_dict()
                taxes.append(taxes_type_0_item)

        else:
            taxes = self.taxes

        operations: list[dict[str, Any]] | None | Unset
        if isinstance(self.operations, Unset):
            operations = UNSET
        elif isinstance(self.operations, list):
            operations = []
            for operations_type_0_item_data in self.operations:
                operations_type_0_item = operations_type_0_item_data.to_dict()
                operations.append(operations_type_0_item)

        else:
            operations = self.operations

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "total": total,
                "tax_amount": tax_amount,
            }
        )
        if payments is not UNSET:
            field_dict["payments"] = payments
        if taxes is not UNSET:
            field_dict["taxes"] = taxes
        if operations is not UNSET:
            field_dict["operations"] = operations

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        _v = d.pop("tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount: expected float, got " + type(_v).__name__)
        tax_amount = _v

        def _parse_payments(data: object) -> list[ClosurePaymentItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payments_type_0 = []
                _payments_type_0 = data
                for payments_type_0_item_data in _payments_type_0:
                    payments_type_0_item = ClosurePaymentItem.from_dict(payments_type_0_item_data)

                    payments_type_0.append(payments_type_0_item)

                return payments_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClosurePaymentItem] | None | Unset, data)

        payments = _parse_payments(d.pop("payments", UNSET))

        def _parse_taxes(data: object) -> list[TotalTaxItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                taxes_type_0 = []
                _taxes_type_0 = data
                for taxes_type_0_item_data in _taxes_type_0:
                    taxes_type_0_item = TotalTaxItem.from_dict(taxes_type_0_item_data)

                    taxes_type_0.append(taxes_type_0_item)

                return taxes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[TotalTaxItem] | None | Unset, data)

        taxes = _parse_taxes(d.pop("taxes", UNSET))

        def _parse_operations(data: object) -> list[ClosureOperationItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                operations_type_0 = []
                _operations_type_0 = data
                for operations_type_0_item_data in _operations_type_0:
                    operations_type_0_item = ClosureOperationItem.from_dict(operations_type_0_item_data)

                    operations_type_0.append(operations_type_0_item)

                return operations_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ClosureOperationItem] | None | Unset, data)

        operations = _parse_operations(d.pop("operations", UNSET))

        pos_closure_information_item = cls(
            id=id,
            total=total,
            tax_amount=tax_amount,
            payments=payments,
            taxes=taxes,
            operations=operations,
        )

        pos_closure_information_item.additional_properties = d
        return pos_closure_information_item

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


from ..models.closure_operation_item import ClosureOperationItem
from ..models.closure_payment_item import ClosurePaymentItem
from ..models.total_tax_item import TotalTaxItem
