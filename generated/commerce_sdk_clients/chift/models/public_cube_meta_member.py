from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicCubeMetaMember")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "name",
        "title",
        "shortTitle",
        "aliasName",
        "type",
        "description",
        "aggType",
        "drillMembers",
        "format",
        "primaryKey",
        "suggestFilterValues",
        "nullable",
        "values",
        "allowedGranularities",
        "jsonSchema",
        "monetary",
        "currencyDimension",
        "currencySensitive",
        "alignAxis",
    }
)


@_attrs_define
class PublicCubeMetaMember:
    """
    Attributes:
        name (str):
        title (None | str | Unset):
        short_title (None | str | Unset):
        alias_name (None | str | Unset):
        type_ (None | str | Unset):
        description (None | str | Unset):
        agg_type (None | str | Unset):
        drill_members (list[str] | None | Unset):
        format_ (None | str | Unset):
        primary_key (bool | None | Unset):
        suggest_filter_values (bool | None | Unset):
        nullable (bool | None | Unset):
        values (list[str] | None | Unset):
        allowed_granularities (list[str] | None | Unset):
        json_schema (None | PublicCubeMetaMemberJsonSchemaType0 | Unset):
        monetary (bool | None | Unset):
        currency_dimension (None | str | Unset):
        currency_sensitive (bool | None | Unset):
        align_axis (None | str | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    name: str
    title: None | str | Unset = UNSET
    short_title: None | str | Unset = UNSET
    alias_name: None | str | Unset = UNSET
    type_: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    agg_type: None | str | Unset = UNSET
    drill_members: list[str] | None | Unset = UNSET
    format_: None | str | Unset = UNSET
    primary_key: bool | None | Unset = UNSET
    suggest_filter_values: bool | None | Unset = UNSET
    nullable: bool | None | Unset = UNSET
    values: list[str] | None | Unset = UNSET
    allowed_granularities: list[str] | None | Unset = UNSET
    json_schema: None | PublicCubeMetaMemberJsonSchemaType0 | Unset = UNSET
    monetary: bool | None | Unset = UNSET
    currency_dimension: None | str | Unset = UNSET
    currency_sensitive: bool | None | Unset = UNSET
    align_axis: None | str | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        short_title: None | str | Unset
        if isinstance(self.short_title, Unset):
            short_title = UNSET
        else:
            short_title = self.short_title

        alias_name: None | str | Unset
        if isinstance(self.alias_name, Unset):
            alias_name = UNSET
        else:
            alias_name = self.alias_name

        type_: None | str | Unset
        if isinstance(self.type_, Unset):
            type_ = UNSET
        else:
            type_ = self.type_

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        agg_type: None | str | Unset
        if isinstance(self.agg_type, Unset):
            agg_type = UNSET
        else:
            agg_type = self.agg_type

        drill_members: list[str] | None | Unset
        if isinstance(self.drill_members, Unset):
            drill_members = UNSET
        elif isinstance(self.drill_members, list):
            drill_members = self.drill_members

        else:
            drill_members = self.drill_members

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        primary_key: bool | None | Unset
        if isinstance(self.primary_key, Unset):
            primary_key = UNSET
        else:
            primary_key = self.primary_key

        suggest_filter_values: bool | None | Unset
        if isinstance(self.suggest_filter_values, Unset):
            suggest_filter_values = UNSET
        else:
            suggest_filter_values = self.suggest_filter_values

        nullable: bool | None | Unset
        if isinstance(self.nullable, Unset):
            nullable = UNSET
        else:
            nullable = self.nullable

        values: list[str] | None | Unset
        if isinstance(self.values, Unset):
            values = UNSET
        elif isinstance(self.values, list):
            values = self.values

        else:
            values = self.values

        allowed_granularities: list[str] | None | Unset
        if isinstance(self.allowed_granularities, Unset):
            allowed_granularities = UNSET
        elif isinstance(self.allowed_granularities, list):
            allowed_granularities = self.allowed_granularities

        else:
            allowed_granularities = self.allowed_granularities

        json_schema: dict[str, Any] | None | Unset
        if isinstance(self.json_schema, Unset):
            json_schema = UNSET
        elif isinstance(self.json_schema, PublicCubeMetaMemberJsonSchemaType0):
            json_schema = self.json_schema.to_dict()
        else:
            json_schema = self.json_schema

        monetary: bool | None | Unset
        if isinstance(self.monetary, Unset):
            monetary = UNSET
        else:
            monetary = self.monetary

        currency_dimension: None | str | Unset
        if isinstance(self.currency_dimension, Unset):
            currency_dimension = UNSET
        else:
            currency_dimension = self.currency_dimension

        currency_sensitive: bool | None | Unset
        if isinstance(self.currency_sensitive, Unset):
            currency_sensitive = UNSET
        else:
            currency_sensitive = self.currency_sensitive

        align_axis: None | str | Unset
        if isinstance(self.align_axis, Unset):
            align_axis = UNSET
        else:
            align_axis = self.align_axis

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if short_title is not UNSET:
            field_dict["shortTitle"] = short_title
        if alias_name is not UNSET:
            field_dict["aliasName"] = alias_name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if agg_type is not UNSET:
            field_dict["aggType"] = agg_type
        if drill_members is not UNSET:
            field_dict["drillMembers"] = drill_members
        if format_ is not UNSET:
            field_dict["format"] = format_
        if primary_key is not UNSET:
            field_dict["primaryKey"] = primary_key
        if suggest_filter_values is not UNSET:
            field_dict["suggestFilterValues"] = suggest_filter_values
        if nullable is not UNSET:
            field_dict["nullable"] = nullable
        if values is not UNSET:
            field_dict["values"] = values
        if allowed_granularities is not UNSET:
            field_dict["allowedGranularities"] = allowed_granularities
        if json_schema is not UNSET:
            field_dict["jsonSchema"] = json_schema
        if monetary is not UNSET:
            field_dict["monetary"] = monetary
        if currency_dimension is not UNSET:
            field_dict["currencyDimension"] = currency_dimension
        if currency_sensitive is not UNSET:
            field_dict["currencySensitive"] = currency_sensitive
        if align_axis is not UNSET:
            field_dict["alignAxis"] = align_axis
        if self._raw_values is not None:  # decoded tolerantly: what was sent, where it did not fit
            field_dict = {k: v for k, v in field_dict.items() if v is not UNSET}
            field_dict.update(self._raw_values)

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any], _path: str = "") -> Self:
        """Build from decoded JSON; deviations from the spec are coerced or kept in `raw_values`
        (strict mode raises `_decoding.Mismatch`).  `_path` names this object in messages.
        Tolerant mode keeps nested objects as they are in `src_dict` and builds them on first
        read (`_decoding.lazy`): do not change `src_dict` afterwards."""
        _src = src_dict if src_dict.__class__ is dict else _decoding.as_mapping(src_dict, cls, _path)
        _raw: dict[str, Any] | None = None
        _m = _decoding.MODE.get()
        _lazy = not _m.strict and cls is PublicCubeMetaMember
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            name = _src["name"]
        except KeyError:
            name = UNSET
        if name.__class__ is not str:
            name, _raw = _decoding.scalar(name, "str", _path, "name", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["title"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            title = _parse_title(_v)

        except Exception as _e:
            _decoding.leave(_t)
            title, _raw = _decoding.failed(_v, _e, _path, "title", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if title is _v and (_v.__class__ is list or _v.__class__ is dict):
                title, _raw = _decoding.failed(_v, None, _path, "title", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["shortTitle"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_short_title(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            short_title = _parse_short_title(_v)

        except Exception as _e:
            _decoding.leave(_t)
            short_title, _raw = _decoding.failed(_v, _e, _path, "shortTitle", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if short_title is _v and (_v.__class__ is list or _v.__class__ is dict):
                short_title, _raw = _decoding.failed(_v, None, _path, "shortTitle", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["aliasName"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_alias_name(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            alias_name = _parse_alias_name(_v)

        except Exception as _e:
            _decoding.leave(_t)
            alias_name, _raw = _decoding.failed(_v, _e, _path, "aliasName", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if alias_name is _v and (_v.__class__ is list or _v.__class__ is dict):
                alias_name, _raw = _decoding.failed(_v, None, _path, "aliasName", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["type"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_type_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            type_ = _parse_type_(_v)

        except Exception as _e:
            _decoding.leave(_t)
            type_, _raw = _decoding.failed(_v, _e, _path, "type", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if type_ is _v and (_v.__class__ is list or _v.__class__ is dict):
                type_, _raw = _decoding.failed(_v, None, _path, "type", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["description"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_description(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            description = _parse_description(_v)

        except Exception as _e:
            _decoding.leave(_t)
            description, _raw = _decoding.failed(_v, _e, _path, "description", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if description is _v and (_v.__class__ is list or _v.__class__ is dict):
                description, _raw = _decoding.failed(_v, None, _path, "description", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["aggType"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_agg_type(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            agg_type = _parse_agg_type(_v)

        except Exception as _e:
            _decoding.leave(_t)
            agg_type, _raw = _decoding.failed(_v, _e, _path, "aggType", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if agg_type is _v and (_v.__class__ is list or _v.__class__ is dict):
                agg_type, _raw = _decoding.failed(_v, None, _path, "aggType", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["drillMembers"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_drill_members(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    drill_members_type_0 = cast(list[str], data)

                    return drill_members_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            drill_members = _parse_drill_members(_v)

        except Exception as _e:
            _decoding.leave(_t)
            drill_members, _raw = _decoding.failed(_v, _e, _path, "drillMembers", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["format"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_format_(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            format_ = _parse_format_(_v)

        except Exception as _e:
            _decoding.leave(_t)
            format_, _raw = _decoding.failed(_v, _e, _path, "format", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if format_ is _v and (_v.__class__ is list or _v.__class__ is dict):
                format_, _raw = _decoding.failed(_v, None, _path, "format", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["primaryKey"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_primary_key(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            primary_key = _parse_primary_key(_v)

        except Exception as _e:
            _decoding.leave(_t)
            primary_key, _raw = _decoding.failed(_v, _e, _path, "primaryKey", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if primary_key is _v and (_v.__class__ is list or _v.__class__ is dict):
                primary_key, _raw = _decoding.failed(_v, None, _path, "primaryKey", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["suggestFilterValues"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_suggest_filter_values(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            suggest_filter_values = _parse_suggest_filter_values(_v)

        except Exception as _e:
            _decoding.leave(_t)
            suggest_filter_values, _raw = _decoding.failed(
                _v, _e, _path, "suggestFilterValues", "bool | None", _raw
            )
        else:
            _decoding.leave(_t)
            if suggest_filter_values is _v and (_v.__class__ is list or _v.__class__ is dict):
                suggest_filter_values, _raw = _decoding.failed(
                    _v, None, _path, "suggestFilterValues", "bool | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["nullable"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_nullable(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            nullable = _parse_nullable(_v)

        except Exception as _e:
            _decoding.leave(_t)
            nullable, _raw = _decoding.failed(_v, _e, _path, "nullable", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if nullable is _v and (_v.__class__ is list or _v.__class__ is dict):
                nullable, _raw = _decoding.failed(_v, None, _path, "nullable", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["values"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_values(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    values_type_0 = cast(list[str], data)

                    return values_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            values = _parse_values(_v)

        except Exception as _e:
            _decoding.leave(_t)
            values, _raw = _decoding.failed(_v, _e, _path, "values", "list[str] | None", _raw)
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["allowedGranularities"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_allowed_granularities(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    allowed_granularities_type_0 = cast(list[str], data)

                    return allowed_granularities_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            allowed_granularities = _parse_allowed_granularities(_v)

        except Exception as _e:
            _decoding.leave(_t)
            allowed_granularities, _raw = _decoding.failed(
                _v, _e, _path, "allowedGranularities", "list[str] | None", _raw
            )
        else:
            _decoding.leave(_t)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["jsonSchema"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                json_schema = _v
                _pending |= 1
            else:
                json_schema = _PublicCubeMetaMemberJsonSchemaType0_from_dict(_v, _path + "jsonSchema.")
        elif _v is None:
            json_schema = None
        elif _v is UNSET:
            json_schema = UNSET
        else:
            json_schema, _raw = _decoding.as_model(
                _v, PublicCubeMetaMemberJsonSchemaType0, _path, "jsonSchema", _raw
            )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["monetary"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_monetary(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            monetary = _parse_monetary(_v)

        except Exception as _e:
            _decoding.leave(_t)
            monetary, _raw = _decoding.failed(_v, _e, _path, "monetary", "bool | None", _raw)
        else:
            _decoding.leave(_t)
            if monetary is _v and (_v.__class__ is list or _v.__class__ is dict):
                monetary, _raw = _decoding.failed(_v, None, _path, "monetary", "bool | None", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currencyDimension"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency_dimension(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            currency_dimension = _parse_currency_dimension(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency_dimension, _raw = _decoding.failed(
                _v, _e, _path, "currencyDimension", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if currency_dimension is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency_dimension, _raw = _decoding.failed(
                    _v, None, _path, "currencyDimension", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["currencySensitive"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_currency_sensitive(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            currency_sensitive = _parse_currency_sensitive(_v)

        except Exception as _e:
            _decoding.leave(_t)
            currency_sensitive, _raw = _decoding.failed(
                _v, _e, _path, "currencySensitive", "bool | None", _raw
            )
        else:
            _decoding.leave(_t)
            if currency_sensitive is _v and (_v.__class__ is list or _v.__class__ is dict):
                currency_sensitive, _raw = _decoding.failed(
                    _v, None, _path, "currencySensitive", "bool | None", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["alignAxis"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_align_axis(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            align_axis = _parse_align_axis(_v)

        except Exception as _e:
            _decoding.leave(_t)
            align_axis, _raw = _decoding.failed(_v, _e, _path, "alignAxis", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if align_axis is _v and (_v.__class__ is list or _v.__class__ is dict):
                align_axis, _raw = _decoding.failed(_v, None, _path, "alignAxis", "None | str", _raw)

        if cls is PublicCubeMetaMember:
            _obj = _new(cls)
            _obj.name = name
            _obj.title = title
            _obj.short_title = short_title
            _obj.alias_name = alias_name
            _obj.type_ = type_
            _obj.description = description
            _obj.agg_type = agg_type
            _obj.drill_members = drill_members
            _obj.format_ = format_
            _obj.primary_key = primary_key
            _obj.suggest_filter_values = suggest_filter_values
            _obj.nullable = nullable
            _obj.values = values
            _obj.allowed_granularities = allowed_granularities
            _set_json_schema(_obj, json_schema)
            _obj.monetary = monetary
            _obj.currency_dimension = currency_dimension
            _obj.currency_sensitive = currency_sensitive
            _obj.align_axis = align_axis
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                name,
                title,
                short_title,
                alias_name,
                type_,
                description,
                agg_type,
                drill_members,
                format_,
                primary_key,
                suggest_filter_values,
                nullable,
                values,
                allowed_granularities,
                json_schema,
                monetary,
                currency_dimension,
                currency_sensitive,
                align_axis,
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


from ..models.public_cube_meta_member_json_schema_type_0 import PublicCubeMetaMemberJsonSchemaType0

_PublicCubeMetaMemberJsonSchemaType0_from_dict = PublicCubeMetaMemberJsonSchemaType0.from_dict

_set_json_schema = _decoding.lazy(
    PublicCubeMetaMember, "json_schema", "jsonSchema", 1, PublicCubeMetaMemberJsonSchemaType0.from_dict, False
)
