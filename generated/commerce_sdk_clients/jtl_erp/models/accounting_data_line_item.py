from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.accounting_data_line_item_type import AccountingDataLineItemType
from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountingDataLineItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "ItemId",
        "Type",
        "Name",
        "TaxClassId",
        "GeneralLedgerAccount",
        "Quantity",
        "VatRate",
        "VatAmount",
        "TotalDiscountGrossAmount",
        "TotalDiscountNetAmount",
        "TotalGrossAmount",
        "TotalNetAmount",
        "SortOrder",
    }
)


@_attrs_define
class AccountingDataLineItem:
    """
    Attributes:
        item_id (int):  Example: 1.
        type_ (AccountingDataLineItemType):  Example: 5.
        name (str):  Example: USB Headset.
        tax_class_id (int):  Example: 1.
        general_ledger_account (str):  Example: 4300.
        quantity (float):  Example: 1.
        vat_rate (float):  Example: 19.
        vat_amount (float):  Example: 24.99.
        total_discount_gross_amount (float):  Example: 3.
        total_discount_net_amount (float):  Example: 2.43.
        total_gross_amount (float):  Example: 19.99.
        total_net_amount (float):  Example: 16.19.
        sort_order (int):  Example: 1.
    """

    item_id: int
    type_: AccountingDataLineItemType
    name: str
    tax_class_id: int
    general_ledger_account: str
    quantity: float
    vat_rate: float
    vat_amount: float
    total_discount_gross_amount: float
    total_discount_net_amount: float
    total_gross_amount: float
    total_net_amount: float
    sort_order: int
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        item_id = self.item_id

        if self.type_ is None or isinstance(self.type_, Unset):
            type_ = self.type_
        else:
            type_ = self.type_.value

        name = self.name

        tax_class_id = self.tax_class_id

        general_ledger_account = self.general_ledger_account

        quantity = self.quantity

        vat_rate = self.vat_rate

        vat_amount = self.vat_amount

        total_discount_gross_amount = self.total_discount_gross_amount

        total_discount_net_amount = self.total_discount_net_amount

        total_gross_amount = self.total_gross_amount

        total_net_amount = self.total_net_amount

        sort_order = self.sort_order

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "ItemId": item_id,
                "Type": type_,
                "Name": name,
                "TaxClassId": tax_class_id,
                "GeneralLedgerAccount": general_ledger_account,
                "Quantity": quantity,
                "VatRate": vat_rate,
                "VatAmount": vat_amount,
                "TotalDiscountGrossAmount": total_discount_gross_amount,
                "TotalDiscountNetAmount": total_discount_net_amount,
                "TotalGrossAmount": total_gross_amount,
                "TotalNetAmount": total_net_amount,
                "SortOrder": sort_order,
            }
        )
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            item_id = _src["ItemId"]
        except KeyError:
            item_id = UNSET
        if item_id.__class__ is not int:
            item_id, _raw = _decoding.scalar(item_id, "int", _path, "ItemId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["Type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            type_, _raw = _decoding.missing(_path, "Type", "AccountingDataLineItemType", _raw)
        else:
            try:
                type_ = AccountingDataLineItemType(_v)

            except Exception as _e:
                type_, _raw = _decoding.failed(_v, _e, _path, "Type", "AccountingDataLineItemType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["Name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "Name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            tax_class_id = _src["TaxClassId"]
        except KeyError:
            tax_class_id = UNSET
        if tax_class_id.__class__ is not int:
            tax_class_id, _raw = _decoding.scalar(tax_class_id, "int", _path, "TaxClassId", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            general_ledger_account = _src["GeneralLedgerAccount"]
        except KeyError:
            general_ledger_account = UNSET
        if general_ledger_account.__class__ is not str:
            general_ledger_account, _raw = _decoding.scalar(
                general_ledger_account, "str", _path, "GeneralLedgerAccount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            quantity = _src["Quantity"]
        except KeyError:
            quantity = UNSET
        if quantity.__class__ is not float and quantity.__class__ is not int:
            quantity, _raw = _decoding.scalar(quantity, "float", _path, "Quantity", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            vat_rate = _src["VatRate"]
        except KeyError:
            vat_rate = UNSET
        if vat_rate.__class__ is not float and vat_rate.__class__ is not int:
            vat_rate, _raw = _decoding.scalar(vat_rate, "float", _path, "VatRate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            vat_amount = _src["VatAmount"]
        except KeyError:
            vat_amount = UNSET
        if vat_amount.__class__ is not float and vat_amount.__class__ is not int:
            vat_amount, _raw = _decoding.scalar(vat_amount, "float", _path, "VatAmount", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_discount_gross_amount = _src["TotalDiscountGrossAmount"]
        except KeyError:
            total_discount_gross_amount = UNSET
        if (
            total_discount_gross_amount.__class__ is not float
            and total_discount_gross_amount.__class__ is not int
        ):
            total_discount_gross_amount, _raw = _decoding.scalar(
                total_discount_gross_amount, "float", _path, "TotalDiscountGrossAmount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_discount_net_amount = _src["TotalDiscountNetAmount"]
        except KeyError:
            total_discount_net_amount = UNSET
        if (
            total_discount_net_amount.__class__ is not float
            and total_discount_net_amount.__class__ is not int
        ):
            total_discount_net_amount, _raw = _decoding.scalar(
                total_discount_net_amount, "float", _path, "TotalDiscountNetAmount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_gross_amount = _src["TotalGrossAmount"]
        except KeyError:
            total_gross_amount = UNSET
        if total_gross_amount.__class__ is not float and total_gross_amount.__class__ is not int:
            total_gross_amount, _raw = _decoding.scalar(
                total_gross_amount, "float", _path, "TotalGrossAmount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            total_net_amount = _src["TotalNetAmount"]
        except KeyError:
            total_net_amount = UNSET
        if total_net_amount.__class__ is not float and total_net_amount.__class__ is not int:
            total_net_amount, _raw = _decoding.scalar(
                total_net_amount, "float", _path, "TotalNetAmount", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            sort_order = _src["SortOrder"]
        except KeyError:
            sort_order = UNSET
        if sort_order.__class__ is not int:
            sort_order, _raw = _decoding.scalar(sort_order, "int", _path, "SortOrder", _raw)

        if cls is AccountingDataLineItem:
            _obj = _new(cls)
            _obj.item_id = item_id
            _obj.type_ = type_
            _obj.name = name
            _obj.tax_class_id = tax_class_id
            _obj.general_ledger_account = general_ledger_account
            _obj.quantity = quantity
            _obj.vat_rate = vat_rate
            _obj.vat_amount = vat_amount
            _obj.total_discount_gross_amount = total_discount_gross_amount
            _obj.total_discount_net_amount = total_discount_net_amount
            _obj.total_gross_amount = total_gross_amount
            _obj.total_net_amount = total_net_amount
            _obj.sort_order = sort_order
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                item_id,
                type_,
                name,
                tax_class_id,
                general_ledger_account,
                quantity,
                vat_rate,
                vat_amount,
                total_discount_gross_amount,
                total_discount_net_amount,
                total_gross_amount,
                total_net_amount,
                sort_order,
            )

        if len(_src) != 13 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
