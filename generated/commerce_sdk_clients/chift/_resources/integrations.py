"""Typed methods of the `integrations` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.integrations import integrations_get_integration as _integrations_get_integration
from ..api.integrations import (
    integrations_get_integration_logo_json as _integrations_get_integration_logo_json,
)
from ..api.integrations import integrations_get_integrations as _integrations_get_integrations
from ..models.bool_param import BoolParam
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.image_type import ImageType
    from ..models.integation_status import IntegationStatus
    from ..types import Unset


class IntegrationsApi:
    """The `integrations` operations of one scope: `await scope.integrations.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def integrations_get_integration(
        self,
        *,
        integrationid: int,
        include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _integrations_get_integration._Success:
        """`GET /integrations/{integrationid}`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_integrations_get_integration._Success",
            await self._scope._invoke(
                _integrations_get_integration,
                "integrations.integrations_get_integration",
                options,
                {"integrationid": integrationid, "include_coverage": include_coverage},
            ),
        )

    async def integrations_get_integration_logo_json(
        self, *, integrationid: int, image_type: ImageType, options: RequestOptions | None = None
    ) -> _integrations_get_integration_logo_json._Success:
        """`GET /integrations/{integrationid}/{image_type}.json`; error statuses (404, 422) raise typed errors."""
        return cast(
            "_integrations_get_integration_logo_json._Success",
            await self._scope._invoke(
                _integrations_get_integration_logo_json,
                "integrations.integrations_get_integration_logo_json",
                options,
                {"integrationid": integrationid, "image_type": image_type},
            ),
        )

    async def integrations_get_integrations(
        self,
        *,
        status: IntegationStatus | None | Unset = UNSET,
        include_coverage: BoolParam | None | Unset = BoolParam.FALSE,
        options: RequestOptions | None = None,
    ) -> _integrations_get_integrations._Success:
        """`GET /integrations`; error statuses (422) raise typed errors."""
        return cast(
            "_integrations_get_integrations._Success",
            await self._scope._invoke(
                _integrations_get_integrations,
                "integrations.integrations_get_integrations",
                options,
                {"status": status, "include_coverage": include_coverage},
            ),
        )
