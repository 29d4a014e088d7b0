from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PMSPaymentMethods")


@_attrs_define
class PMSPaymentMethods:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        name (str):
        extra (None | str | Unset):
        ledger_account_code (None | str | Unset):
    """

    id: str
    source_ref: Ref
    name: str
    extra: None | str | Unset = UNSET
    ledger_account_code: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        name = self.name

        extra: None | str | Unset
        if isinstance(self.extra, Unset):
            extra = UNSET
        else:
            extra = self.extra

        ledger_account_code: None | str | Unset
        if isinstance(self.ledger_account_code, Unset):
            ledger_account_code = UNSET
        else:
            ledger_account_code = self.ledger_account_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "name": name,
            }
        )
        if extra is not UNSET:
            field_dict["extra"] = extra
        if ledger_account_code is not UNSET:
            field_dict["ledger_account_code"] = ledger_account_code

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_extra(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        extra = _parse_extra(d.pop("extra", UNSET))

        def _parse_ledger_account_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        ledger_account_code = _parse_ledger_account_code(d.pop("ledger_account_code", UNSET))

        pms_payment_methods = cls(
            id=id,
            source_ref=source_ref,
            name=name,
            extra=extra,
            ledger_account_code=ledger_account_code,
        )

        pms_payment_methods.additional_properties = d
        return pms_payment_methods

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


from ..models.ref import Ref
