from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.integration_category import IntegrationCategory
from ..types import UNSET, Unset

T = TypeVar("T", bound="Integration")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "id",
        "category",
        "name",
        "created_at",
        "updated_at",
        "order_sync_enabled",
        "order_sync_updated_at",
        "product_sync_enabled",
        "product_sync_updated_at",
        "stock_sync_enabled",
    }
)


@_attrs_define
class Integration:
    """A connection between the organization and an external shop, carrier or payment service.

    Attributes:
        id (str): Unique identifier of the integration.
        category (IntegrationCategory): Kind of external service the integration talks to.
        name (str): Display name of the integration.
        created_at (datetime.datetime): When the integration was created.
        updated_at (datetime.datetime): When the integration was last modified.
        order_sync_enabled (bool | Unset): Whether changed orders are pulled in automatically.
        order_sync_updated_at (datetime.datetime | None | Unset): When the integration last reported an order change.
        product_sync_enabled (bool | Unset): Whether products are pulled in automatically.
        product_sync_updated_at (datetime.datetime | None | Unset): When the integration last reported a product change.
        stock_sync_enabled (bool | Unset): Whether stock changes are pushed to the shop automatically.
    """

    id: str
    category: IntegrationCategory
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    order_sync_enabled: bool | Unset = UNSET
    order_sync_updated_at: datetime.datetime | None | Unset = UNSET
    product_sync_enabled: bool | Unset = UNSET
    product_sync_updated_at: datetime.datetime | None | Unset = UNSET
    stock_sync_enabled: bool | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        if self.category is None or isinstance(self.category, Unset):
            category = self.category
        else:
            category = self.category.value

        name = self.name

        if self.created_at is None or isinstance(self.created_at, Unset):
            created_at = self.created_at
        else:
            created_at = self.created_at.isoformat()

        if self.updated_at is None or isinstance(self.updated_at, Unset):
            updated_at = self.updated_at
        else:
            updated_at = self.updated_at.isoformat()

        order_sync_enabled = self.order_sync_enabled

        order_sync_updated_at: None | str | Unset
        if isinstance(self.order_sync_updated_at, Unset):
            order_sync_updated_at = UNSET
        elif isinstance(self.order_sync_updated_at, datetime.datetime):
            order_sync_updated_at = self.order_sync_updated_at.isoformat()
        else:
            order_sync_updated_at = self.order_sync_updated_at

        product_sync_enabled = self.product_sync_enabled

        product_sync_updated_at: None | str | Unset
        if isinstance(self.product_sync_updated_at, Unset):
            product_sync_updated_at = UNSET
        elif isinstance(self.product_sync_updated_at, datetime.datetime):
            product_sync_updated_at = self.product_sync_updated_at.isoformat()
        else:
            product_sync_updated_at = self.product_sync_updated_at

        stock_sync_enabled = self.stock_sync_enabled

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "id": id,
                "category": category,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if order_sync_enabled is not UNSET:
            field_dict["order_sync_enabled"] = order_sync_enabled
        if order_sync_updated_at is not UNSET:
            field_dict["order_sync_updated_at"] = order_sync_updated_at
        if product_sync_enabled is not UNSET:
            field_dict["product_sync_enabled"] = product_sync_enabled
        if product_sync_updated_at is not UNSET:
            field_dict["product_sync_updated_at"] = product_sync_updated_at
        if stock_sync_enabled is not UNSET:
            field_dict["stock_sync_enabled"] = stock_sync_enabled
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            id = _src["id"]
        except KeyError:
            id = UNSET
        if id.__class__ is not str:
            id, _raw = _decoding.scalar(id, "str", _path, "id", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["category"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            category, _raw = _decoding.missing(_path, "category", "IntegrationCategory", _raw)
        else:
            try:
                category = IntegrationCategory(_v)

            except Exception as _e:
                category, _raw = _decoding.failed(_v, _e, _path, "category", "IntegrationCategory", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["created_at"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                created_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                created_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "created_at", _raw)
        else:
            created_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "created_at", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["updated_at"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                updated_at = datetime.datetime.fromisoformat(_v)
            except ValueError:
                updated_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "updated_at", _raw)
        else:
            updated_at, _raw = _decoding.as_datetime(_v, "date-time", _path, "updated_at", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            order_sync_enabled = _src["order_sync_enabled"]
        except KeyError:
            order_sync_enabled = UNSET
        if order_sync_enabled.__class__ is not bool and order_sync_enabled is not UNSET:
            order_sync_enabled, _raw = _decoding.scalar(
                order_sync_enabled, "bool", _path, "order_sync_enabled", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["order_sync_updated_at"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_order_sync_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    order_sync_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return order_sync_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            order_sync_updated_at = _parse_order_sync_updated_at(_v)

        except Exception as _e:
            _decoding.leave(_t)
            order_sync_updated_at, _raw = _decoding.failed(
                _v, _e, _path, "order_sync_updated_at", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if order_sync_updated_at is _v and (_v.__class__ is list or _v.__class__ is dict):
                order_sync_updated_at, _raw = _decoding.failed(
                    _v, None, _path, "order_sync_updated_at", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            product_sync_enabled = _src["product_sync_enabled"]
        except KeyError:
            product_sync_enabled = UNSET
        if product_sync_enabled.__class__ is not bool and product_sync_enabled is not UNSET:
            product_sync_enabled, _raw = _decoding.scalar(
                product_sync_enabled, "bool", _path, "product_sync_enabled", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["product_sync_updated_at"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_product_sync_updated_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    product_sync_updated_at_type_0 = datetime.datetime.fromisoformat(data)

                    return product_sync_updated_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            product_sync_updated_at = _parse_product_sync_updated_at(_v)

        except Exception as _e:
            _decoding.leave(_t)
            product_sync_updated_at, _raw = _decoding.failed(
                _v, _e, _path, "product_sync_updated_at", "datetime.datetime | None", _raw
            )
        else:
            _decoding.leave(_t)
            if product_sync_updated_at is _v and (_v.__class__ is list or _v.__class__ is dict):
                product_sync_updated_at, _raw = _decoding.failed(
                    _v, None, _path, "product_sync_updated_at", "datetime.datetime | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            stock_sync_enabled = _src["stock_sync_enabled"]
        except KeyError:
            stock_sync_enabled = UNSET
        if stock_sync_enabled.__class__ is not bool and stock_sync_enabled is not UNSET:
            stock_sync_enabled, _raw = _decoding.scalar(
                stock_sync_enabled, "bool", _path, "stock_sync_enabled", _raw
            )

        if cls is Integration:
            _obj = _new(cls)
            _obj.id = id
            _obj.category = category
            _obj.name = name
            _obj.created_at = created_at
            _obj.updated_at = updated_at
            _obj.order_sync_enabled = order_sync_enabled
            _obj.order_sync_updated_at = order_sync_updated_at
            _obj.product_sync_enabled = product_sync_enabled
            _obj.product_sync_updated_at = product_sync_updated_at
            _obj.stock_sync_enabled = stock_sync_enabled
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                id,
                category,
                name,
                created_at,
                updated_at,
                order_sync_enabled,
                order_sync_updated_at,
                product_sync_enabled,
                product_sync_updated_at,
                stock_sync_enabled,
            )

        if not _KNOWN_KEYS.issuperset(_src):
            _obj._additional_properties = {k: v for k, v in _src.items() if k not in _KNOWN_KEYS}
        if _raw is not None:
            _obj._raw_values = _raw
        return _obj

    @property
    def raw_values(self) -> dict[str, Any]:
        """Values from the response that could not be read as the spec says, by field name
        (tolerant decoding left those fields unset); empty when the body matched the spec."""
        return self._raw_values if self._raw_values is not None else {}

    @property
    def additional_properties(self) -> dict[str, Any]:
        """Keys of the body the spec does not declare, with their values."""
        if self._additional_properties is None:
            self._additional_properties = {}
        return self._additional_properties

    @additional_properties.setter
    def additional_properties(self, value: dict[str, Any]) -> None:
        self._additional_properties = value

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
