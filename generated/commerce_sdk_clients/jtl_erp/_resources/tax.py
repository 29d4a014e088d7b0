"""Typed methods of the `tax` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.tax import get_tax_for_item as _get_tax_for_item
from ..api.tax import get_tax_for_tax_class as _get_tax_for_tax_class
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class TaxApi:
    """The `tax` operations of one scope: `await scope.tax.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def get_tax_for_item(
        self,
        *,
        item_id: int,
        company_id: int,
        departure_country_iso: str,
        shipment_country_iso: str,
        tax_number: str | Unset = UNSET,
        invoice_country_iso: str | Unset = UNSET,
        invoice_country_state_iso: str | Unset = UNSET,
        shipment_country_state_iso: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_tax_for_item._Success:
        """`GET /tax/item/{itemId}/{companyId}/{departureCountryISO}/{shipmentCountryISO}`; error statuses (404) raise typed errors."""
        return cast(
            "_get_tax_for_item._Success",
            await self._scope._invoke(
                _get_tax_for_item,
                "tax.get_tax_for_item",
                options,
                {
                    "item_id": item_id,
                    "company_id": company_id,
                    "departure_country_iso": departure_country_iso,
                    "shipment_country_iso": shipment_country_iso,
                    "tax_number": tax_number,
                    "invoice_country_iso": invoice_country_iso,
                    "invoice_country_state_iso": invoice_country_state_iso,
                    "shipment_country_state_iso": shipment_country_state_iso,
                    "api_version": api_version,
                },
            ),
        )

    async def get_tax_for_tax_class(
        self,
        *,
        tax_class_id: int,
        company_id: int,
        departure_country_iso: str,
        shipment_country_iso: str,
        tax_number: str | Unset = UNSET,
        invoice_country_iso: str | Unset = UNSET,
        invoice_country_state_iso: str | Unset = UNSET,
        shipment_country_state_iso: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _get_tax_for_tax_class._Success:
        """`GET /tax/taxclass/{taxClassId}/{companyId}/{departureCountryISO}/{shipmentCountryISO}`; error statuses (404) raise typed errors."""
        return cast(
            "_get_tax_for_tax_class._Success",
            await self._scope._invoke(
                _get_tax_for_tax_class,
                "tax.get_tax_for_tax_class",
                options,
                {
                    "tax_class_id": tax_class_id,
                    "company_id": company_id,
                    "departure_country_iso": departure_country_iso,
                    "shipment_country_iso": shipment_country_iso,
                    "tax_number": tax_number,
                    "invoice_country_iso": invoice_country_iso,
                    "invoice_country_state_iso": invoice_country_state_iso,
                    "shipment_country_state_iso": shipment_country_state_iso,
                    "api_version": api_version,
                },
            ),
        )
