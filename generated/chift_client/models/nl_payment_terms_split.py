from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="NlPaymentTermsSplit")


@_attrs_define
class NlPaymentTermsSplit:
    """
    Attributes:
        g_account (PaymentTermAccountInfo):
        n_account (PaymentTermAccountInfo):
    """

    g_account: PaymentTermAccountInfo
    n_account: PaymentTermAccountInfo
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        g_account = self.g_account.to_dict()

        n_account = self.n_account.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "g_account": g_account,
                "n_account": n_account,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        g_account = PaymentTermAccountInfo.from_dict(d.pop("g_account"))

        n_account = PaymentTermAccountInfo.from_dict(d.pop("n_account"))

        nl_payment_terms_split = cls(
            g_account=g_account,
            n_account=n_account,
        )

        nl_payment_terms_split.additional_properties = d
        return nl_payment_terms_split

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


from ..models.payment_term_account_info import PaymentTermAccountInfo
