from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="PublicCubeMetaMember")


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
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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
        field_dict.update(self.additional_properties)
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

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("name", UNSET)
        if type(_v) is not str and not isinstance(_v, str):
            raise TypeError("name: expected str, got " + type(_v).__name__)
        name = _v

        def _parse_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        title = _parse_title(d.pop("title", UNSET))

        def _parse_short_title(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        short_title = _parse_short_title(d.pop("shortTitle", UNSET))

        def _parse_alias_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        alias_name = _parse_alias_name(d.pop("aliasName", UNSET))

        def _parse_type_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        type_ = _parse_type_(d.pop("type", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        def _parse_agg_type(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        agg_type = _parse_agg_type(d.pop("aggType", UNSET))

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

        drill_members = _parse_drill_members(d.pop("drillMembers", UNSET))

        def _parse_format_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        format_ = _parse_format_(d.pop("format", UNSET))

        def _parse_primary_key(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        primary_key = _parse_primary_key(d.pop("primaryKey", UNSET))

        def _parse_suggest_filter_values(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        suggest_filter_values = _parse_suggest_filter_values(d.pop("suggestFilterValues", UNSET))

        def _parse_nullable(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        nullable = _parse_nullable(d.pop("nullable", UNSET))

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

        values = _parse_values(d.pop("values", UNSET))

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

        allowed_granularities = _parse_allowed_granularities(d.pop("allowedGranularities", UNSET))

        def _parse_json_schema(data: object) -> None | PublicCubeMetaMemberJsonSchemaType0 | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                json_schema_type_0 = PublicCubeMetaMemberJsonSchemaType0.from_dict(data)

                return json_schema_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PublicCubeMetaMemberJsonSchemaType0 | Unset, data)

        json_schema = _parse_json_schema(d.pop("jsonSchema", UNSET))

        def _parse_monetary(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        monetary = _parse_monetary(d.pop("monetary", UNSET))

        def _parse_currency_dimension(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        currency_dimension = _parse_currency_dimension(d.pop("currencyDimension", UNSET))

        def _parse_currency_sensitive(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        currency_sensitive = _parse_currency_sensitive(d.pop("currencySensitive", UNSET))

        def _parse_align_axis(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        align_axis = _parse_align_axis(d.pop("alignAxis", UNSET))

        public_cube_meta_member = cls(
            name=name,
            title=title,
            short_title=short_title,
            alias_name=alias_name,
            type_=type_,
            description=description,
            agg_type=agg_type,
            drill_members=drill_members,
            format_=format_,
            primary_key=primary_key,
            suggest_filter_values=suggest_filter_values,
            nullable=nullable,
            values=values,
            allowed_granularities=allowed_granularities,
            json_schema=json_schema,
            monetary=monetary,
            currency_dimension=currency_dimension,
            currency_sensitive=currency_sensitive,
            align_axis=align_axis,
        )

        public_cube_meta_member.additional_properties = d
        return public_cube_meta_member

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
