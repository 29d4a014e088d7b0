from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.return_origin import ReturnOrigin
from ..types import UNSET

T = TypeVar("T", bound="Return")


@_attrs_define
class Return:
    """
    Attributes:
        id (int):  Example: 123.
        number (str):  Example: A1004465.
        return_date (datetime.datetime):  Example: 2023-02-01T12:45:00.0000000+00:00.
        customer_id (int):  Example: 1005.
        external_number (str):  Example: EX-12345.
        origin (ReturnOrigin):  Example: 1.
        company_id (int):  Example: 1.
        sales_order_id (int):  Example: 1643.
        state_id (int):  Example: 1005.
        warehouse_id (int):  Example: 1.
        external_comment (str):  Example: a replacement is needed.
        internal_comment (str):  Example: handle with care.
        contact (str):  Example: Mr. Robinson.
    """

    id: int
    number: str
    return_date: datetime.datetime
    customer_id: int
    external_number: str
    origin: ReturnOrigin
    company_id: int
    sales_order_id: int
    state_id: int
    warehouse_id: int
    external_comment: str
    internal_comment: str
    contact: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        number = self.number

        return_date = self.return_date.isoformat()

        customer_id = self.customer_id

        external_number = self.external_number

        origin = self.origin.value

        company_id = self.company_id

        sales_order_id = self.sales_order_id

        state_id = self.state_id

        warehouse_id = self.warehouse_id

        external_comment = self.external_comment

        internal_comment = self.internal_comment

        contact = self.contact

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "Id": id,
                "Number": number,
                "ReturnDate": return_date,
                "CustomerId": customer_id,
                "ExternalNumber": external_number,
                "Origin": origin,
                "CompanyId": company_id,
                "SalesOrderId": sales_order_id,
                "StateId": state_id,
                "WarehouseId": warehouse_id,
                "ExternalComment": external_comment,
                "InternalComment": internal_comment,
                "Contact": contact,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("Id", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("Id: expected int, got " + type(_v).__name__)
        id = _v

        _v = d.pop("Number", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Number: expected str, got " + type(_v).__name__)
        number = _v

        return_date = datetime.datetime.fromisoformat(d.pop("ReturnDate"))

        _v = d.pop("CustomerId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CustomerId: expected int, got " + type(_v).__name__)
        customer_id = _v

        _v = d.pop("ExternalNumber", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ExternalNumber: expected str, got " + type(_v).__name__)
        external_number = _v

        origin = ReturnOrigin(d.pop("Origin"))

        _v = d.pop("CompanyId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CompanyId: expected int, got " + type(_v).__name__)
        company_id = _v

        _v = d.pop("SalesOrderId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SalesOrderId: expected int, got " + type(_v).__name__)
        sales_order_id = _v

        _v = d.pop("StateId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("StateId: expected int, got " + type(_v).__name__)
        state_id = _v

        _v = d.pop("WarehouseId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("WarehouseId: expected int, got " + type(_v).__name__)
        warehouse_id = _v

        _v = d.pop("ExternalComment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("ExternalComment: expected str, got " + type(_v).__name__)
        external_comment = _v

        _v = d.pop("InternalComment", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("InternalComment: expected str, got " + type(_v).__name__)
        internal_comment = _v

        _v = d.pop("Contact", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("Contact: expected str, got " + type(_v).__name__)
        contact = _v

        return_ = cls(
            id=id,
            number=number,
            return_date=return_date,
            customer_id=customer_id,
            external_number=external_number,
            origin=origin,
            company_id=company_id,
            sales_order_id=sales_order_id,
            state_id=state_id,
            warehouse_id=warehouse_id,
            external_comment=external_comment,
            internal_comment=internal_comment,
            contact=contact,
        )

        return_.additional_properties = d
        return return_

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
