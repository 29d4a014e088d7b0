from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateReturn")


@_attrs_define
class CreateReturn:
    """
    Attributes:
        company_id (int):  Example: 1.
        sales_order_id (int):  Example: 1643.
        warehouse_id (int):  Example: 1.
        items (list[CreateReturnLineItem]):
        return_date (datetime.datetime | Unset):  Example: 2023-02-01T12:45:00.0000000+00:00.
        external_number (str | Unset):  Example: EX-12345.
        external_comment (str | Unset):  Example: a replacement is needed.
        internal_comment (str | Unset):  Example: handle with care.
        contact (str | Unset):  Example: Mr. Robinson.
        packages (list[CreateReturnPackage] | Unset):
    """

    company_id: int
    sales_order_id: int
    warehouse_id: int
    items: list[CreateReturnLineItem]
    return_date: datetime.datetime | Unset = UNSET
    external_number: str | Unset = UNSET
    external_comment: str | Unset = UNSET
    internal_comment: str | Unset = UNSET
    contact: str | Unset = UNSET
    packages: list[CreateReturnPackage] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        company_id = self.company_id

        sales_order_id = self.sales_order_id

        warehouse_id = self.warehouse_id

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        return_date: str | Unset = UNSET
        if not isinstance(self.return_date, Unset):
            return_date = self.return_date.isoformat()

        external_number = self.external_number

        external_comment = self.external_comment

        internal_comment = self.internal_comment

        contact = self.contact

        packages: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.packages, Unset):
            packages = []
            for packages_item_data in self.packages:
                packages_item = packages_item_data.to_dict()
                packages.append(packages_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "CompanyId": company_id,
                "SalesOrderId": sales_order_id,
                "WarehouseId": warehouse_id,
                "Items": items,
            }
        )
        if return_date is not UNSET:
            field_dict["ReturnDate"] = return_date
        if external_number is not UNSET:
            field_dict["ExternalNumber"] = external_number
        if external_comment is not UNSET:
            field_dict["ExternalComment"] = external_comment
        if internal_comment is not UNSET:
            field_dict["InternalComment"] = internal_comment
        if contact is not UNSET:
            field_dict["Contact"] = contact
        if packages is not UNSET:
            field_dict["Packages"] = packages

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("CompanyId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("CompanyId: expected int, got " + type(_v).__name__)
        company_id = _v

        _v = d.pop("SalesOrderId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("SalesOrderId: expected int, got " + type(_v).__name__)
        sales_order_id = _v

        _v = d.pop("WarehouseId", UNSET)
        if type(_v) is not int and (not isinstance(_v, int) or isinstance(_v, bool)):
            raise TypeError("WarehouseId: expected int, got " + type(_v).__name__)
        warehouse_id = _v

        _v = d.pop("Items", UNSET)
        if type(_v) is not list and not isinstance(_v, list):
            raise TypeError("Items: expected list, got " + type(_v).__name__)
        items = []
        _items = _v
        for items_item_data in _items:
            items_item = CreateReturnLineItem.from_dict(items_item_data)

            items.append(items_item)

        _return_date = d.pop("ReturnDate", UNSET)
        return_date: datetime.datetime | Unset
        if isinstance(_return_date, Unset):
            return_date = UNSET
        else:
            return_date = datetime.datetime.fromisoformat(_return_date)

        _v = d.pop("ExternalNumber", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ExternalNumber: expected str, got " + type(_v).__name__)
        external_number = _v

        _v = d.pop("ExternalComment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ExternalComment: expected str, got " + type(_v).__name__)
        external_comment = _v

        _v = d.pop("InternalComment", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("InternalComment: expected str, got " + type(_v).__name__)
        internal_comment = _v

        _v = d.pop("Contact", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Contact: expected str, got " + type(_v).__name__)
        contact = _v

        _v = d.pop("Packages", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("Packages: expected list, got " + type(_v).__name__)
        _packages = _v
        packages: list[CreateReturnPackage] | Unset = UNSET
        if _packages is not UNSET:
            packages = []
            for packages_item_data in _packages:
                packages_item = CreateReturnPackage.from_dict(packages_item_data)

                packages.append(packages_item)

        create_return = cls(
            company_id=company_id,
            sales_order_id=sales_order_id,
            warehouse_id=warehouse_id,
            items=items,
            return_date=return_date,
            external_number=external_number,
            external_comment=external_comment,
            internal_comment=internal_comment,
            contact=contact,
            packages=packages,
        )

        create_return.additional_properties = d
        return create_return

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


from ..models.create_return_line_item import CreateReturnLineItem
from ..models.create_return_package import CreateReturnPackage
