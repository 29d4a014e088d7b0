"""Typed methods of the `offer` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.offer import mail_offer as _mail_offer
from ..api.offer import pdf_offer as _pdf_offer
from ..api.offer import print_offer as _print_offer
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class OfferApi:
    """The `offer` operations of one scope: `await scope.offer.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def mail_offer(
        self,
        *,
        offer_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _mail_offer._Success:
        """`POST /offer/{offerId}/output/mail`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_mail_offer._Success",
            await self._scope._invoke(
                _mail_offer,
                "offer.mail_offer",
                options,
                {"offer_id": offer_id, "form_id": form_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def pdf_offer(
        self,
        *,
        offer_id: int,
        form_id: int | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _pdf_offer._Success:
        """`POST /offer/{offerId}/output/pdf`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_pdf_offer._Success",
            await self._scope._invoke(
                _pdf_offer,
                "offer.pdf_offer",
                options,
                {"offer_id": offer_id, "form_id": form_id, "api_version": api_version, "x_runas": x_runas},
            ),
        )

    async def print_offer(
        self,
        *,
        offer_id: int,
        form_id: int | Unset = UNSET,
        printer: str | Unset = UNSET,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _print_offer._Success:
        """`POST /offer/{offerId}/output/print`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_print_offer._Success",
            await self._scope._invoke(
                _print_offer,
                "offer.print_offer",
                options,
                {
                    "offer_id": offer_id,
                    "form_id": form_id,
                    "printer": printer,
                    "api_version": api_version,
                    "x_runas": x_runas,
                },
            ),
        )
