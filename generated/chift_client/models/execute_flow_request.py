from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExecuteFlowRequest")


@_attrs_define
class ExecuteFlowRequest:
    """
    Attributes:
        consumers (list[str | UUID] | Unset):
        settings (FlowSettings | Unset):
        preflight (bool | Unset):  Default: False.
        only (None | OnlyObjects | Unset):
    """

    consumers: list[str | UUID] | Unset = UNSET
    settings: FlowSettings | Unset = UNSET
    preflight: bool | Unset = False
    only: None | OnlyObjects | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        consumers: list[str] | Unset = UNSET
        if not isinstance(self.consumers, Unset):
            consumers = []
            for consumers_item_data in self.consumers:
                consumers_item: str
                if isinstance(consumers_item_data, UUID):
                    consumers_item = str(consumers_item_data)
                else:
                    consumers_item = consumers_item_data
                consumers.append(consumers_item)

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        preflight = self.preflight

        only: dict[str, Any] | None | Unset
        if isinstance(self.only, Unset):
            only = UNSET
        elif isinstance(self.only, OnlyObjects):
            only = self.only.to_dict()
        else:
            only = self.only

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if consumers is not UNSET:
            field_dict["consumers"] = consumers
        if settings is not UNSET:
            field_dict["settings"] = settings
        if preflight is not UNSET:
            field_dict["preflight"] = preflight
        if only is not UNSET:
            field_dict["only"] = only

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("consumers", UNSET)
        if _v is not UNSET and (type(_v) is not list and not isinstance(_v, list)):
            raise TypeError("consumers: expected list, got " + type(_v).__name__)
        _consumers = _v
        consumers: list[str | UUID] | Unset = UNSET
        if _consumers is not UNSET:
            consumers = []
            for consumers_item_data in _consumers:

                def _parse_consumers_item(data: object) -> str | UUID:
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        consumers_item_type_0 = UUID(data)

                        return consumers_item_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(str | UUID, data)

                consumers_item = _parse_consumers_item(consumers_item_data)

                consumers.append(consumers_item)

        _settings = d.pop("settings", UNSET)
        settings: FlowSettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = FlowSettings.from_dict(_settings)

        _v = d.pop("preflight", UNSET)
        if _v is not UNSET and (type(_v) is not bool):
            raise TypeError("preflight: expected bool, got " + type(_v).__name__)
        preflight = _v

        def _parse_only(data: object) -> None | OnlyObjects | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                only_type_0 = OnlyObjects.from_dict(data)

                return only_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OnlyObjects | Unset, data)

        only = _parse_only(d.pop("only", UNSET))

        execute_flow_request = cls(
            consumers=consumers,
            settings=settings,
            preflight=preflight,
            only=only,
        )

        return execute_flow_request


from ..models.flow_settings import FlowSettings
from ..models.only_objects import OnlyObjects
