"""Typed methods of the `app_registration` tag (written by ./codegen.sh from the spec; do not edit)."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from ..api.app_registration import fetch_registration_status as _fetch_registration_status
from ..api.app_registration import register_app as _register_app
from ..api.app_registration import register_multi_instance_app as _register_multi_instance_app
from ..types import UNSET

if TYPE_CHECKING:
    from commerce_sdk._base_client import Scope
    from commerce_sdk._options import RequestOptions

    from ..models.create_app_registration_request import CreateAppRegistrationRequest
    from ..types import Unset


class AppRegistrationApi:
    """The `app_registration` operations of one scope: `await scope.app_registration.<operation>(...)`."""

    __slots__ = ("_scope",)

    def __init__(self, scope: Scope) -> None:
        self._scope = scope

    async def fetch_registration_status(
        self,
        *,
        registration_id: str,
        api_version: str | Unset = UNSET,
        x_challengecode: str,
        options: RequestOptions | None = None,
    ) -> _fetch_registration_status._Success:
        """`GET /authentication/{registrationId}`; error statuses (402, 404, 410) raise typed errors."""
        return cast(
            "_fetch_registration_status._Success",
            await self._scope._invoke(
                _fetch_registration_status,
                "app_registration.fetch_registration_status",
                options,
                {
                    "registration_id": registration_id,
                    "api_version": api_version,
                    "x_challengecode": x_challengecode,
                },
            ),
        )

    async def register_app(
        self,
        *,
        body: CreateAppRegistrationRequest,
        api_version: str | Unset = UNSET,
        x_challengecode: str,
        options: RequestOptions | None = None,
    ) -> _register_app._Success:
        """`POST /authentication`; error statuses (402, 403, 409) raise typed errors."""
        return cast(
            "_register_app._Success",
            await self._scope._invoke(
                _register_app,
                "app_registration.register_app",
                options,
                {"body": body, "api_version": api_version, "x_challengecode": x_challengecode},
            ),
        )

    async def register_multi_instance_app(
        self,
        *,
        registration_id: str,
        api_version: str | Unset = UNSET,
        x_challengecode: str,
        options: RequestOptions | None = None,
    ) -> _register_multi_instance_app._Success:
        """`POST /authentication/{registrationId}`; error statuses (400, 402, 403) raise typed errors."""
        return cast(
            "_register_multi_instance_app._Success",
            await self._scope._invoke(
                _register_multi_instance_app,
                "app_registration.register_multi_instance_app",
                options,
                {
                    "registration_id": registration_id,
                    "api_version": api_version,
                    "x_challengecode": x_challengecode,
                },
            ),
        )
