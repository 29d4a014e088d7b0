from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.financial_movement_type import FinancialMovementType
from ..models.payable_export_status import PayableExportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="FinancialMovementItem")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        date = self.date.isoformat()

        amount = self.amount

        currency = self.currency

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        date = datetime.date.fromisoformat(d.pop("date"))

        _v = d.pop("amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("amount: expected float, got " + type(_v).__name__)
        amount = _v

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        type_ = FinancialMovementType(d.pop("type"))

        def _parse_exchange_rate(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        exchange_rate = _parse_exchange_rate(d.pop("exchange_rate", UNSET))

        _export_status = d.pop("export_status", UNSET)
        export_status: PayableExportStatus | Unset
        if isinstance(_export_status, Unset):
            export_status = UNSET
        else:
            export_status = PayableExportStatus(_export_status)

        _v = d.pop("external", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("external: expected bool, got " + type(_v).__name__)
        external = _v

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        _v = d.pop("allocations", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("allocations: expected list, got " + type(_v).__name__)
        _allocations = _v
        allocations: list[FinancialMovementAllocationItem] | Unset = UNSET
        if _allocations is not UNSET:
            allocations = []
            for allocations_item_data in _allocations:
                allocations_item = FinancialMovementAllocationItem.from_dict(allocations_item_data)

                allocations.append(allocations_item)

        _v = d.pop("fees", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("fees: expected list, got " + type(_v).__name__)
        _fees = _v
        fees: list[FinancialMovementFeeItem] | Unset = UNSET
        if _fees is not UNSET:
            fees = []
            for fees_item_data in _fees:
                fees_item = FinancialMovementFeeItem.from_dict(fees_item_data)

                fees.append(fees_item)

        financial_movement_item = cls(
            id=id,
            date=date,
            amount=amount,
            currency=currency,
            type_=type_,
            exchange_rate=exchange_rate,
            export_status=export_status,
            external=external,
            description=description,
            allocations=allocations,
            fees=fees,
        )

        financial_movement_item.additional_properties = d
        return financial_movement_item

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
