from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.order_status import OrderStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="OrderItemOut")


@_attrs_define
class OrderItemOut:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        status (OrderStatus):
        discount_amount (float):
        untaxed_amount_without_fees (float):
        tax_amount_without_fees (float):
        total_without_fees (float):
        current_untaxed_amount (float):
        current_tax_amount (float):
        current_total (float):
        untaxed_amount (float):
        tax_amount (float):
        total (float):
        currency (str):
        lines (list[OrderLineItemOut]):
        order_number (None | str | Unset):
        channel (None | str | Unset):
        customer (None | OrderCustomerItemOut | Unset):
        billing_address (CommerceAddressItemOut | None | Unset):
        shipping_address (CommerceAddressItemOut | None | Unset):
        created_on (datetime.datetime | None | Unset):
        last_updated_on (datetime.datetime | None | Unset):
        confirmed_on (datetime.datetime | None | Unset):
        delivery_date (datetime.datetime | None | Unset):
        cancelled_on (datetime.datetime | None | Unset):
        fulfillment (EcommerceFulfillmentObject | None | Unset):
        refunded_amount (float | None | Unset):  Default: 0.0.
        note (None | str | Unset):
        tags (list[str] | None | Unset):
        other_fees (list[FeesItem] | None | Unset):
        payment_method_id (None | str | Unset):
        transactions (list[OrderTransactions] | None | Unset):
        payment_methods (list[OrderPaymentMethods] | None | Unset):
        detailed_refunds (list[OrderRefundItem] | None | Unset):
        returns (list[OrderReturnItem] | None | Unset):
    """

    id: str
    source_ref: Ref
    status: OrderStatus
    discount_amount: float
    untaxed_amount_without_fees: float
    tax_amount_without_fees: float
    total_without_fees: float
    current_untaxed_amount: float
    current_tax_amount: float
    current_total: float
    untaxed_amount: float
    tax_amount: float
    total: float
    currency: str
    lines: list[OrderLineItemOut]
    order_number: None | str | Unset = UNSET
    channel: None | str | Unset = UNSET
    customer: None | OrderCustomerItemOut | Unset = UNSET
    billing_address: CommerceAddressItemOut | None | Unset = UNSET
    shipping_address: CommerceAddressItemOut | None | Unset = UNSET
    created_on: datetime.datetime | None | Unset = UNSET
    last_updated_on: datetime.datetime | None | Unset = UNSET
    confirmed_on: datetime.datetime | None | Unset = UNSET
    delivery_date: datetime.datetime | None | Unset = UNSET
    cancelled_on: datetime.datetime | None | Unset = UNSET
    fulfillment: EcommerceFulfillmentObject | None | Unset = UNSET
    refunded_amount: float | None | Unset = 0.0
    note: None | str | Unset = UNSET
    tags: list[str] | None | Unset = UNSET
    other_fees: list[FeesItem] | None | Unset = UNSET
    payment_method_id: None | str | Unset = UNSET
    transactions: list[OrderTransactions] | None | Unset = UNSET
    payment_methods: list[OrderPaymentMethods] | None | Unset = UNSET
    detailed_refunds: list[OrderRefundItem] | None | Unset = UNSET
    returns: list[OrderReturnItem] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        status = self.status.value

        discount_amount = self.discount_amount

        untaxed_amount_without_fees = self.untaxed_amount_without_fees

        tax_amount_without_fees = self.tax_amount_without_fees

        total_without_fees = self.total_without_fees

        current_untaxed_amount = self.current_untaxed_amount

        current_tax_amount = self.current_tax_amount

        current_total = self.current_total

        untaxed_amount = self.untaxed_amount

        tax_amount = self.tax_amount

        total = self.total

        currency = self.currency

        lines = []
        for lines_item_data in self.lines:
            lines_item = lines_item_data.to_dict()
            lines.append(lines_item)

        order_number: None | str | Unset
        if isinstance(self.order_number, Unset):
            order_number = UNSET
        else:
            order_number = self.order_number

        channel: None | str | Unset
        if isinstance(self.channel, Unset):
            channel = UNSET
        else:
            channel = self.channel

        customer: dict[str, Any] | None | Unset
        if isinstance(self.customer, Unset):
            customer = UNSET
        elif isinstance(self.customer, OrderCustomerItemOut):
            customer = self.customer.to_dict()
        else:
            customer = self.customer

        billing_address: dict[str, Any] | None | Unset
        if isinstance(self.billing_address, Unset):
            billing_address = UNSET
        elif isinstance(self.billing_address, CommerceAddressItemOut):
            billing_address = self.billing_address.to_dict()
        else:
            billing_address = self.billing_address

        shipping_address: dict[str, Any] | None | Unset
        if isinstance(self.shipping_address, Unset):
            shipping_address = UNSET
        elif isinstance(self.shipping_address, CommerceAddressItemOut):
            shipping_address = self.shipping_address.to_dict()
        else:
            shipping_address = self.shipping_address

        created_on: None | str | Unset
        if isinstance(self.created_on, Unset):
            created_on = UNSET
        elif isinstance(self.created_on, datetime.datetime):
            created_on = self.created_on.isoformat()
        else:
            created_on = self.created_on

        last_updated_on: None | str | Unset
        if isinstance(self.last_updated_on, Unset):
            last_updated_on = UNSET
        elif isinstance(self.last_updated_on, datetime.datetime):
            last_updated_on = self.last_updated_on.isoformat()
        else:
            last_updated_on = self.last_updated_on

        confirmed_on: None | str | Unset
        if isinstance(self.confirmed_on, Unset):
            confirmed_on = UNSET
        elif isinstance(self.confirmed_on, datetime.datetime):
            confirmed_on = self.confirmed_on.isoformat()
        else:
            confirmed_on = self.confirmed_on

        delivery_date: None | str | Unset
        if isinstance(self.delivery_date, Unset):
            delivery_date = UNSET
        elif isinstance(self.delivery_date, datetime.datetime):
            delivery_date = self.delivery_date.isoformat()
        else:
            delivery_date = self.delivery_date

        cancelled_on: None | str | Unset
        if isinstance(self.cancelled_on, Unset):
            cancelled_on = UNSET
        elif isinstance(self.cancelled_on, datetime.datetime):
            cancelled_on = self.cancelled_on.isoformat()
        else:
            cancelled_on = self.cancelled_on

        fulfillment: dict[str, Any] | None | Unset
        if isinstance(self.fulfillment, Unset):
            fulfillment = UNSET
        elif isinstance(self.fulfillment, EcommerceFulfillmentObject):
            fulfillment = self.fulfillment.to_dict()
        else:
            fulfillment = self.fulfillment

        refunded_amount: float | None | Unset
        if isinstance(self.refunded_amount, Unset):
            refunded_amount = UNSET
        else:
            refunded_amount = self.refunded_amount

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

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

        payment_method_id: None | str | Unset
        if isinstance(self.payment_method_id, Unset):
            payment_method_id = UNSET
        else:
            payment_method_id = self.payment_method_id

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

        payment_methods: list[dict[str, Any]] | None | Unset
        if isinstance(self.payment_methods, Unset):
            payment_methods = UNSET
        elif isinstance(self.payment_methods, list):
            payment_methods = []
            for payment_methods_type_0_item_data in self.payment_methods:
                payment_methods_type_0_item = payment_methods_type_0_item_data.to_dict()
                payment_methods.append(payment_methods_type_0_item)

        else:
            payment_methods = self.payment_methods

        detailed_refunds: list[dict[str, Any]] | None | Unset
        if isinstance(self.detailed_refunds, Unset):
            detailed_refunds = UNSET
        elif isinstance(self.detailed_refunds, list):
            detailed_refunds = []
            for detailed_refunds_type_0_item_data in self.detailed_refunds:
                detailed_refunds_type_0_item = detailed_refunds_type_0_item_data.to_dict()
                detailed_refunds.append(detailed_refunds_type_0_item)

        else:
            detailed_refunds = self.detailed_refunds

        returns: list[dict[str, Any]] | None | Unset
        if isinstance(self.returns, Unset):
            returns = UNSET
        elif isinstance(self.returns, list):
            returns = []
            for returns_type_0_item_data in self.returns:
                returns_type_0_item = returns_type_0_item_data.to_dict()
                returns.append(returns_type_0_item)

        else:
            returns = self.returns

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "status": status,
                "discount_amount": discount_amount,
                "untaxed_amount_without_fees": untaxed_amount_without_fees,
                "tax_amount_without_fees": tax_amount_without_fees,
                "total_without_fees": total_without_fees,
                "current_untaxed_amount": current_untaxed_amount,
                "current_tax_amount": current_tax_amount,
                "current_total": current_total,
                "untaxed_amount": untaxed_amount,
                "tax_amount": tax_amount,
                "total": total,
                "currency": currency,
                "lines": lines,
            }
        )
        if order_number is not UNSET:
            field_dict["order_number"] = order_number
        if channel is not UNSET:
            field_dict["channel"] = channel
        if customer is not UNSET:
            field_dict["customer"] = customer
        if billing_address is not UNSET:
            field_dict["billing_address"] = billing_address
        if shipping_address is not UNSET:
            field_dict["shipping_address"] = shipping_address
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if last_updated_on is not UNSET:
            field_dict["last_updated_on"] = last_updated_on
        if confirmed_on is not UNSET:
            field_dict["confirmed_on"] = confirmed_on
        if delivery_date is not UNSET:
            field_dict["delivery_date"] = delivery_date
        if cancelled_on is not UNSET:
            field_dict["cancelled_on"] = cancelled_on
        if fulfillment is not UNSET:
            field_dict["fulfillment"] = fulfillment
        if refunded_amount is not UNSET:
            field_dict["refunded_amount"] = refunded_amount
        if note is not UNSET:
            field_dict["note"] = note
        if tags is not UNSET:
            field_dict["tags"] = tags
        if other_fees is not UNSET:
            field_dict["other_fees"] = other_fees
        if payment_method_id is not UNSET:
            field_dict["payment_method_id"] = payment_method_id
        if transactions is not UNSET:
            field_dict["transactions"] = transactions
        if payment_methods is not UNSET:
            field_dict["payment_methods"] = payment_methods
        if detailed_refunds is not UNSET:
            field_dict["detailed_refunds"] = detailed_refunds
        if returns is not UNSET:
            field_dict["returns"] = returns

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        status = OrderStatus(d.pop("status"))

        _v = d.pop("discount_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("discount_amount: expected float, got " + type(_v).__name__)
        discount_amount = _v

        _v = d.pop("untaxed_amount_without_fees", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("untaxed_amount_without_fees: expected float, got " + type(_v).__name__)
        untaxed_amount_without_fees = _v

        _v = d.pop("tax_amount_without_fees", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("tax_amount_without_fees: expected float, got " + type(_v).__name__)
        tax_amount_without_fees = _v

        _v = d.pop("total_without_fees", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("total_without_fees: expected float, got " + type(_v).__name__)
        total_without_fees = _v

        _v = d.pop("current_untaxed_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("current_untaxed_amount: expected float, got " + type(_v).__name__)
        current_untaxed_amount = _v

        _v = d.pop("current_tax_amount", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("current_tax_amount: expected float, got " + type(_v).__name__)
        current_tax_amount = _v

        _v = d.pop("current_total", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("current_total: expected float, got " + type(_v).__name__)
        current_total = _v

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

        _v = d.pop("currency", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("currency: expected str, got " + type(_v).__name__)
        currency = _v

        _v = d.pop("lines", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("lines: expected list, got " + type(_v).__name__)
        lines = []
        _lines = _v
        for lines_item_data in _lines:
            lines_item = OrderLineItemOut.from_dict(lines_item_data)

            lines.append(lines_item)

        def _parse_order_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        order_number = _parse_order_number(d.pop("order_number", UNSET))

        def _parse_channel(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        channel = _parse_channel(d.pop("channel", UNSET))

        def _parse_customer(data: object) -> None | OrderCustomerItemOut | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                customer_type_0 = OrderCustomerItemOut.from_dict(data)

                return customer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OrderCustomerItemOut | Unset, data)

        customer = _parse_customer(d.pop("customer", UNSET))

        def _parse_billing_address(data: object) -> CommerceAddressItemOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                billing_address_type_0 = CommerceAddressItemOut.from_dict(data)

                return billing_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommerceAddressItemOut | None | Unset, data)

        billing_address = _parse_billing_address(d.pop("billing_address", UNSET))

        def _parse_shipping_address(data: object) -> CommerceAddressItemOut | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                shipping_address_type_0 = CommerceAddressItemOut.from_dict(data)

                return shipping_address_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CommerceAddressItemOut | None | Unset, data)

        shipping_address = _parse_shipping_address(d.pop("shipping_address", UNSET))

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

        def _parse_confirmed_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                confirmed_on_type_0 = datetime.datetime.fromisoformat(data)

                return confirmed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        confirmed_on = _parse_confirmed_on(d.pop("confirmed_on", UNSET))

        def _parse_delivery_date(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivery_date_type_0 = datetime.datetime.fromisoformat(data)

                return delivery_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        delivery_date = _parse_delivery_date(d.pop("delivery_date", UNSET))

        def _parse_cancelled_on(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                cancelled_on_type_0 = datetime.datetime.fromisoformat(data)

                return cancelled_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        cancelled_on = _parse_cancelled_on(d.pop("cancelled_on", UNSET))

        def _parse_fulfillment(data: object) -> EcommerceFulfillmentObject | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                fulfillment_type_0 = EcommerceFulfillmentObject.from_dict(data)

                return fulfillment_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EcommerceFulfillmentObject | None | Unset, data)

        fulfillment = _parse_fulfillment(d.pop("fulfillment", UNSET))

        def _parse_refunded_amount(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        refunded_amount = _parse_refunded_amount(d.pop("refunded_amount", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        def _parse_tags(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tags_type_0 = cast(list[str], data)

                return tags_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tags = _parse_tags(d.pop("tags", UNSET))

        def _parse_other_fees(data: object) -> list[FeesItem] | None | Unset:
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
                    other_fees_type_0_item = FeesItem.from_dict(other_fees_type_0_item_data)

                    other_fees_type_0.append(other_fees_type_0_item)

                return other_fees_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[FeesItem] | None | Unset, data)

        other_fees = _parse_other_fees(d.pop("other_fees", UNSET))

        def _parse_payment_method_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        payment_method_id = _parse_payment_method_id(d.pop("payment_method_id", UNSET))

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

        def _parse_payment_methods(data: object) -> list[OrderPaymentMethods] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                payment_methods_type_0 = []
                _payment_methods_type_0 = data
                for payment_methods_type_0_item_data in _payment_methods_type_0:
                    payment_methods_type_0_item = OrderPaymentMethods.from_dict(
                        payment_methods_type_0_item_data
                    )

                    payment_methods_type_0.append(payment_methods_type_0_item)

                return payment_methods_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderPaymentMethods] | None | Unset, data)

        payment_methods = _parse_payment_methods(d.pop("payment_methods", UNSET))

        def _parse_detailed_refunds(data: object) -> list[OrderRefundItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                detailed_refunds_type_0 = []
                _detailed_refunds_type_0 = data
                for detailed_refunds_type_0_item_data in _detailed_refunds_type_0:
                    detailed_refunds_type_0_item = OrderRefundItem.from_dict(
                        detailed_refunds_type_0_item_data
                    )

                    detailed_refunds_type_0.append(detailed_refunds_type_0_item)

                return detailed_refunds_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderRefundItem] | None | Unset, data)

        detailed_refunds = _parse_detailed_refunds(d.pop("detailed_refunds", UNSET))

        def _parse_returns(data: object) -> list[OrderReturnItem] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                returns_type_0 = []
                _returns_type_0 = data
                for returns_type_0_item_data in _returns_type_0:
                    returns_type_0_item = OrderReturnItem.from_dict(returns_type_0_item_data)

                    returns_type_0.append(returns_type_0_item)

                return returns_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[OrderReturnItem] | None | Unset, data)

        returns = _parse_returns(d.pop("returns", UNSET))

        order_item_out = cls(
            id=id,
            source_ref=source_ref,
            status=status,
            discount_amount=discount_amount,
            untaxed_amount_without_fees=untaxed_amount_without_fees,
            tax_amount_without_fees=tax_amount_without_fees,
            total_without_fees=total_without_fees,
            current_untaxed_amount=current_untaxed_amount,
            current_tax_amount=current_tax_amount,
            current_total=current_total,
            untaxed_amount=untaxed_amount,
            tax_amount=tax_amount,
            total=total,
            currency=currency,
            lines=lines,
            order_number=order_number,
            channel=channel,
            customer=customer,
            billing_address=billing_address,
            shipping_address=shipping_address,
            created_on=created_on,
            last_updated_on=last_updated_on,
            confirmed_on=confirmed_on,
            delivery_date=delivery_date,
            cancelled_on=cancelled_on,
            fulfillment=fulfillment,
            refunded_amount=refunded_amount,
            note=note,
            tags=tags,
            other_fees=other_fees,
            payment_method_id=payment_method_id,
            transactions=transactions,
            payment_methods=payment_methods,
            detailed_refunds=detailed_refunds,
            returns=returns,
        )

        order_item_out.additional_properties = d
        return order_item_out

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


from ..models.commerce_address_item_out import CommerceAddressItemOut
from ..models.ecommerce_fulfillment_object import EcommerceFulfillmentObject
from ..models.fees_item import FeesItem
from ..models.order_customer_item_out import OrderCustomerItemOut
from ..models.order_line_item_out import OrderLineItemOut
from ..models.order_payment_methods import OrderPaymentMethods
from ..models.order_refund_item import OrderRefundItem
from ..models.order_return_item import OrderReturnItem
from ..models.order_transactions import OrderTransactions
from ..models.ref import Ref
