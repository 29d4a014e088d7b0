"""Typed methods of the `printer` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.printer import installed_printers as _installed_printers
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..types import Unset


class PrinterApi:
    """The `printer` operations of one scope: `await scope.printer.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def installed_printers(
        self,
        *,
        api_version: str | Unset = UNSET,
        x_runas: str | Unset = UNSET,
        options: RequestOptions | None = None,
    ) -> _installed_printers._Success:
        """`GET /printers`; error statuses (400, 401, 402) raise typed errors."""
        return cast(
            "_installed_printers._Success",
            await self._scope._invoke(
                _installed_printers,
                "printer.installed_printers",
                options,
                {"api_version": api_version, "x_runas": x_runas},
            ),
        )
