from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="QueryMeta")


@_attrs_define
class QueryMeta:
    """
    Attributes:
        currency (list[None | str] | None | Unset):
        monetary_measures (list[str] | None | Unset):
    """

    currency: list[None | str] | None | Unset = UNSET
    monetary_measures: list[str] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        currency: list[None | str] | None | Unset
        if isinstance(self.currency, Unset):
            currency = UNSET
        elif isinstance(self.currency, list):
            currency = []
            for currency_type_0_item_data in self.currency:
                currency_type_0_item: None | str
                currency_type_0_item = currency_type_0_item_data
                currency.append(currency_type_0_item)

        else:
            currency = self.currency

        monetary_measures: list[str] | None | Unset
        if isinstance(self.monetary_measures, Unset):
            monetary_measures = UNSET
        elif isinstance(self.monetary_measures, list):
            monetary_measures = self.monetary_measures

        else:
            monetary_measures = self.monetary_measures

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if currency is not UNSET:
            field_dict["currency"] = currency
        if monetary_measures is not UNSET:
            field_dict["monetary_measures"] = monetary_measures

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)

        def _parse_currency(data: object) -> list[None | str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                currency_type_0 = []
                _currency_type_0 = data
                for currency_type_0_item_data in _currency_type_0:

                    def _parse_currency_type_0_item(data: object) -> None | str:
                        if data is None:
                            return data
                        return cast(None | str, data)

                    currency_type_0_item = _parse_currency_type_0_item(currency_type_0_item_data)

                    currency_type_0.append(currency_type_0_item)

                return currency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[None | str] | None | Unset, data)

        currency = _parse_currency(d.pop("currency", UNSET))

        def _parse_monetary_measures(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                monetary_measures_type_0 = cast(list[str], data)

                return monetary_measures_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        monetary_measures = _parse_monetary_measures(d.pop("monetary_measures", UNSET))

        query_meta = cls(
            currency=currency,
            monetary_measures=monetary_measures,
        )

        query_meta.additional_properties = d
        return query_meta

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
