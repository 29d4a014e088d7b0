from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.vat_code_scope import VatCodeScope
from ..models.vat_code_type import VatCodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="InvoicingVatCode")


@_attrs_define
class InvoicingVatCode:
    """
    Attributes:
        id (str):
        source_ref (Ref):
        label (str):
        rate (float):
        type_ (VatCodeType):
        code (None | str | Unset):
        scope (None | Unset | VatCodeScope):  Default: VatCodeScope.UNKNOWN.
        active (bool | None | Unset):  Default: True.
    """

    id: str
    source_ref: Ref
    label: str
    rate: float
    type_: VatCodeType
    code: None | str | Unset = UNSET
    scope: None | Unset | VatCodeScope = VatCodeScope.UNKNOWN
    active: bool | None | Unset = True
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        source_ref = self.source_ref.to_dict()

        label = self.label

        rate = self.rate

        type_ = self.type_.value

        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        elif isinstance(self.scope, VatCodeScope):
            scope = self.scope.value
        else:
            scope = self.scope

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "source_ref": source_ref,
                "label": label,
                "rate": rate,
                "type": type_,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code
        if scope is not UNSET:
            field_dict["scope"] = scope
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("id", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("id: expected str, got " + type(_v).__name__)
        id = _v

        source_ref = Ref.from_dict(d.pop("source_ref"))

        _v = d.pop("label", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("label: expected str, got " + type(_v).__name__)
        label = _v

        _v = d.pop("rate", UNSET)
        if type(_v) is not float and (not isinstance(_v, (int, float)) or isinstance(_v, bool)):
            raise TypeError("rate: expected float, got " + type(_v).__name__)
        rate = _v

        type_ = VatCodeType(d.pop("type"))

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        def _parse_scope(data: object) -> None | Unset | VatCodeScope:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                scope_type_0 = VatCodeScope(data)

                return scope_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | VatCodeScope, data)

        scope = _parse_scope(d.pop("scope", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        invoicing_vat_code = cls(
            id=id,
            source_ref=source_ref,
            label=label,
            rate=rate,
            type_=type_,
            code=code,
            scope=scope,
            active=active,
        )

        invoicing_vat_code.additional_properties = d
        return invoicing_vat_code

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
