from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderRefundItem")


@_attrs_define
class OrderRefundItem:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        total (float):
        created_on (datetime.datetime | None | Unset):
        reason (None | str | Unset):
        order_lines (list[RefundOrderLineItem] | None | Unset):
        other (float | None | Unset):  Default: 0.0.
        shipping_refunds (list[ShippingRefund] | None | Unset):
        other_fees (list[RefundFeesItem] | None | Unset):
        transactions (list[OrderTransactions] | None | Unset):
    """

    id: str
    source_ref: Ref
    total: float
    created_on: datetime.datetime | None | Unset = UNSET
    reason: None | str | Unset = UNSET
    order_lines: list[RefundOrderLineItem] | None | Unset = UNSET
    other: float | None | Unset = 0.0
    shipping_refunds: list[ShippingRefund] | None | Unset = UNSET
    other_fees: list[RefundFeesItem] | None | Unset = UNSET
    transactions: list[OrderTransactions] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        total = self.total

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        order_lines: list[dict[str, Any]] | None | Unset
        if isinstance(self.order_lines, Unset):
            order_lines = UNSET
        elif isinstance(self.order_lines, list):
            order_lines = []
            for order_lines_type_0_item_data in self.order_lines:
                order_lines_type_0_item = order_lines_type_0_item_data.to_dict()
                order_lines.append(order_lines_type_0_item)

        else:
            order_lines = self.order_lines

        other: float | None | Unset
        if isinstance(self.other, Unset):
            other = UNSET
        else:
            other = self.other

        shipping_refunds: list[dict[str, Any]] | None | Unset
        if isinstance(self.shipping_refunds, Unset):
            shipping_refunds = UNSET
        elif isinstance(self.shipping_refunds, list):
            shipping_refunds = []
            for shipping_refunds_type_0_item_data in self.shipping_refunds:
                shipping_refunds_type_0_item = shipping_refunds_type_0_item_data.to_dict()
                shipping_refunds.append(shipping_refunds_type_0_item)

        else:
            shipping_refunds = self.shipping_refunds

        other_fees: list[dict[str, Any]] | None | Unset
        if isinstance(self.other_fees, Unset):
            other_fees = UNSET
        elif isinstance(self.other_fees, list):
            other_fees = []
            for other_fees_type_0_item_data in self.other_fees:
                other_fees_type_0_item = other_fees_type_0_item_data.to_dict()
                other_fees.append(other_fees_type_0_item)

        else:
            other_fees = self.other_fees

        transactions: list[dict[str, Any]] | None | Unset
        if isinstance(self.transactions, Unset):
            transactions = UNSET
        elif isinstance(self.transactions, list):
            transactions = []
            for transactions_type_0_item_data in self.transactions:
                transactions_type_0_item = transactions_type_0_item_data.to_dict()
                transactions.append(transactions_type_0_item)

        else:
            transactions = self.transactions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "total": total,
            }
        )
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if reason is not UNSET:
            field_dict["reason"] = reason
        if order_lines is not UNSET:
            field_dict["order_lines"] = order_lines
        if other is not UNSET:
            field_dict["other"] = other
        if shipping_refunds is not UNSET:
            field_dict["shipping_refunds"] = shipping_refunds
        if other_fees is not UNSET:
            field_dict["other_fees"] = other_fees
        if transactions is not UNSET:
            field_dict["transactions"] = transactions

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total: expected float, got " + type(_v).__name__)
        total = _v

        def _parse_created_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                created_on_type_0 = datetime.datetime.fromisoformat(data)

                return created_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        created_on = _parse_created_on(d.pop("created_on", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        def _parse_order_lines(data: object) -> list[RefundOrderLineItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                order_lines_type_0 = []
                _order_lines_type_0 = data
                for order_lines_type_0_item_data in _order_lines_type_0:
                    order_lines_type_0_item = RefundOrderLineItem.from_dict(order_lines_type_0_item_data)

                    order_lines_type_0.append(order_lines_type_0_item)

                return order_lines_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RefundOrderLineItem] | None | Unset, data)

        order_lines = _parse_order_lines(d.pop("order_lines", UNSET))

        def _parse_other(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        other = _parse_other(d.pop("other", UNSET))

        def _parse_shipping_refunds(data: object) -> list[ShippingRefund] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                shipping_refunds_type_0 = []
                _shipping_refunds_type_0 = data
                for shipping_refunds_type_0_item_data in _shipping_refunds_type_0:
                    shipping_refunds_type_0_item = ShippingRefund.from_dict(shipping_refunds_type_0_item_data)

                    shipping_refunds_type_0.append(shipping_refunds_type_0_item)

                return shipping_refunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[ShippingRefund] | None | Unset, data)

        shipping_refunds = _parse_shipping_refunds(d.pop("shipping_refunds", UNSET))

        def _parse_other_fees(data: object) -> list[RefundFeesItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                other_fees_type_0 = []
                _other_fees_type_0 = data
                for other_fees_type_0_item_data in _other_fees_type_0:
                    other_fees_type_0_item = RefundFeesItem.from_dict(other_fees_type_0_item_data)

                    other_fees_type_0.append(other_fees_type_0_item)

                return other_fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[RefundFeesItem] | None | Unset, data)

        other_fees = _parse_other_fees(d.pop("other_fees", UNSET))

        def _parse_transactions(data: object) -> list[OrderTransactions] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                transactions_type_0 = []
                _transactions_type_0 = data
                for transactions_type_0_item_data in _transactions_type_0:
                    transactions_type_0_item = OrderTransactions.from_dict(transactions_type_0_item_data)

                    transactions_type_0.append(transactions_type_0_item)

                return transactions_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderTransactions] | None | Unset, data)

        transactions = _parse_transactions(d.pop("transactions", UNSET))

        order_refund_item = cls(
            id=id,
            source_ref=source_ref,
            total=total,
            created_on=created_on,
            reason=reason,
            order_lines=order_lines,
            other=other,
            shipping_refunds=shipping_refunds,
            other_fees=other_fees,
            transactions=transactions,
        )

        order_refund_item.additional_properties = d
        return order_refund_item

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


from ..models.order_transactions import OrderTransactions
from ..models.ref import Ref
from ..models.refund_fees_item import RefundFeesItem
from ..models.refund_order_line_item import RefundOrderLineItem
from ..models.shipping_refund import ShippingRefund
