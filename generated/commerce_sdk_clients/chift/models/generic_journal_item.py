from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..models.entry_line_type import EntryLineType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenericJournalItem")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "account_type",
        "debit",
        "credit",
        "account",
        "force_general_account",
        "prioritise_thirdparty_account",
        "description",
        "analytic_distribution",
        "tax_code",
        "tax_info",
        "account_info",
    }
)


@_attrs_define
class GenericJournalItem:
    """
    Attributes:
        account_type (EntryLineType):
        debit (float):
        credit (float):
        account (None | str | Unset):
        force_general_account (None | str | Unset):
        prioritise_thirdparty_account (bool | None | Unset):  Default: False.
        description (None | str | Unset):
        analytic_distribution (list[AnalyticDistribution] | None | Unset):
        tax_code (None | str | Unset):
        tax_info (None | TaxInfo | Unset):
        account_info (AccountToCreate | None | Unset):
    """

    _lazy_pending: int = _attrs_field(init=False, default=0, repr=False, eq=False)
    account_type: EntryLineType
    debit: float
    credit: float
    account: None | str | Unset = UNSET
    force_general_account: None | str | Unset = UNSET
    prioritise_thirdparty_account: bool | None | Unset = False
    description: None | str | Unset = UNSET
    analytic_distribution: list[AnalyticDistribution] | None | Unset = UNSET
    tax_code: None | str | Unset = UNSET
    tax_info: None | TaxInfo | Unset = UNSET
    account_info: AccountToCreate | None | Unset = UNSET
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)
    _lazy_path: str = _attrs_field(init=False, default="", repr=False, eq=False)
    _lazy_mode: Any = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.account_type is None or isinstance(self.account_type, Unset):
            account_type = self.account_type
        else:
            account_type = self.account_type.value

        debit = self.debit

        credit = self.credit

        account: None | str | Unset
        if isinstance(self.account, Unset):
            account = UNSET
        else:
            account = self.account

        force_general_account: None | str | Unset
        if isinstance(self.force_general_account, Unset):
            force_general_account = UNSET
        else:
            force_general_account = self.force_general_account

        prioritise_thirdparty_account: bool | None | Unset
        if isinstance(self.prioritise_thirdparty_account, Unset):
            prioritise_thirdparty_account = UNSET
        else:
            prioritise_thirdparty_account = self.prioritise_thirdparty_account

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        analytic_distribution: list[dict[str, Any]] | None | Unset
        if isinstance(self.analytic_distribution, Unset):
            analytic_distribution = UNSET
        elif isinstance(self.analytic_distribution, list):
            analytic_distribution = []
            for analytic_distribution_type_0_item_data in self.analytic_distribution:
                analytic_distribution_type_0_item = analytic_distribution_type_0_item_data.to_dict()
                analytic_distribution.append(analytic_distribution_type_0_item)

        else:
            analytic_distribution = self.analytic_distribution

        tax_code: None | str | Unset
        if isinstance(self.tax_code, Unset):
            tax_code = UNSET
        else:
            tax_code = self.tax_code

        tax_info: dict[str, Any] | None | Unset
        if isinstance(self.tax_info, Unset):
            tax_info = UNSET
        elif isinstance(self.tax_info, TaxInfo):
            tax_info = self.tax_info.to_dict()
        else:
            tax_info = self.tax_info

        account_info: dict[str, Any] | None | Unset
        if isinstance(self.account_info, Unset):
            account_info = UNSET
        elif isinstance(self.account_info, AccountToCreate):
            account_info = self.account_info.to_dict()
        else:
            account_info = self.account_info

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "account_type": account_type,
                "debit": debit,
                "credit": credit,
            }
        )
        if account is not UNSET:
            field_dict["account"] = account
        if force_general_account is not UNSET:
            field_dict["force_general_account"] = force_general_account
        if prioritise_thirdparty_account is not UNSET:
            field_dict["prioritise_thirdparty_account"] = prioritise_thirdparty_account
        if description is not UNSET:
            field_dict["description"] = description
        if analytic_distribution is not UNSET:
            field_dict["analytic_distribution"] = analytic_distribution
        if tax_code is not UNSET:
            field_dict["tax_code"] = tax_code
        if tax_info is not UNSET:
            field_dict["tax_info"] = tax_info
        if account_info is not UNSET:
            field_dict["account_info"] = account_info
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
        _lazy = not _m.strict and cls is GenericJournalItem
        _pending = 0
        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["account_type"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            account_type, _raw = _decoding.missing(_path, "account_type", "EntryLineType", _raw)
        else:
            try:
                account_type = EntryLineType(_v)

            except Exception as _e:
                account_type, _raw = _decoding.failed(_v, _e, _path, "account_type", "EntryLineType", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            debit = _src["debit"]
        except KeyError:
            debit = UNSET
        if debit.__class__ is not float and debit.__class__ is not int:
            debit, _raw = _decoding.scalar(debit, "float", _path, "debit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            credit = _src["credit"]
        except KeyError:
            credit = UNSET
        if credit.__class__ is not float and credit.__class__ is not int:
            credit, _raw = _decoding.scalar(credit, "float", _path, "credit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            account = _parse_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            account, _raw = _decoding.failed(_v, _e, _path, "account", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if account is _v and (_v.__class__ is list or _v.__class__ is dict):
                account, _raw = _decoding.failed(_v, None, _path, "account", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["force_general_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_force_general_account(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            force_general_account = _parse_force_general_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            force_general_account, _raw = _decoding.failed(
                _v, _e, _path, "force_general_account", "None | str", _raw
            )
        else:
            _decoding.leave(_t)
            if force_general_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                force_general_account, _raw = _decoding.failed(
                    _v, None, _path, "force_general_account", "None | str", _raw
                )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["prioritise_thirdparty_account"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_prioritise_thirdparty_account(data: object) -> bool | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(bool | None | Unset, data)

            prioritise_thirdparty_account = _parse_prioritise_thirdparty_account(_v)

        except Exception as _e:
            _decoding.leave(_t)
            prioritise_thirdparty_account, _raw = _decoding.failed(
                _v, _e, _path, "prioritise_thirdparty_account", "bool | None", _raw
            )
        else:
            _decoding.leave(_t)
            if prioritise_thirdparty_account is _v and (_v.__class__ is list or _v.__class__ is dict):
                prioritise_thirdparty_account, _raw = _decoding.failed(
                    _v, None, _path, "prioritise_thirdparty_account", "bool | None", _raw
                )

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
            _v = _src["analytic_distribution"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is not list and _v is not UNSET and _v is not None:
            _v, _raw = _decoding.as_list(_v, "model", _path, "analytic_distribution", _raw)
            _ok = False
        else:
            _ok = _lazy
        if _v is UNSET or _v is None:
            analytic_distribution = _v
        else:
            if _ok:
                for _x in _v:
                    if _x.__class__ is not dict:
                        _ok = False
                        break
            if _ok:
                analytic_distribution = _v
                _pending |= 1
            else:
                analytic_distribution = []
                _at = _path + "analytic_distribution[]."
                for _x in _v:
                    if _x.__class__ is dict:
                        analytic_distribution.append(_AnalyticDistribution_from_dict(_x, _at))
                    else:
                        _raw = _decoding.bad_item(
                            _v, _x, AnalyticDistribution, _path, "analytic_distribution", _raw
                        )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_code"]
        except KeyError:
            _v = UNSET
        _t = _decoding.enter_strict()
        try:

            def _parse_tax_code(data: object) -> None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                return cast(None | str | Unset, data)

            tax_code = _parse_tax_code(_v)

        except Exception as _e:
            _decoding.leave(_t)
            tax_code, _raw = _decoding.failed(_v, _e, _path, "tax_code", "None | str", _raw)
        else:
            _decoding.leave(_t)
            if tax_code is _v and (_v.__class__ is list or _v.__class__ is dict):
                tax_code, _raw = _decoding.failed(_v, None, _path, "tax_code", "None | str", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["tax_info"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                tax_info = _v
                _pending |= 2
            else:
                tax_info = _TaxInfo_from_dict(_v, _path + "tax_info.")
        elif _v is None:
            tax_info = None
        elif _v is UNSET:
            tax_info = UNSET
        else:
            tax_info, _raw = _decoding.as_model(_v, TaxInfo, _path, "tax_info", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["account_info"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is dict:
            if _lazy:
                account_info = _v
                _pending |= 4
            else:
                account_info = _AccountToCreate_from_dict(_v, _path + "account_info.")
        elif _v is None:
            account_info = None
        elif _v is UNSET:
            account_info = UNSET
        else:
            account_info, _raw = _decoding.as_model(_v, AccountToCreate, _path, "account_info", _raw)

        if cls is GenericJournalItem:
            _obj = _new(cls)
            _obj.account_type = account_type
            _obj.debit = debit
            _obj.credit = credit
            _obj.account = account
            _obj.force_general_account = force_general_account
            _obj.prioritise_thirdparty_account = prioritise_thirdparty_account
            _obj.description = description
            _set_analytic_distribution(_obj, analytic_distribution)
            _obj.tax_code = tax_code
            _set_tax_info(_obj, tax_info)
            _set_account_info(_obj, account_info)
            _obj._additional_properties = None
            _obj._raw_values = None
            _obj._lazy_pending = _pending
            _obj._lazy_path = _path
            _obj._lazy_mode = _m
        else:
            _obj = cls(
                account_type,
                debit,
                credit,
                account,
                force_general_account,
                prioritise_thirdparty_account,
                description,
                analytic_distribution,
                tax_code,
                tax_info,
                account_info,
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


from ..models.account_to_create import AccountToCreate
from ..models.analytic_distribution import AnalyticDistribution
from ..models.tax_info import TaxInfo

_AccountToCreate_from_dict = AccountToCreate.from_dict
_AnalyticDistribution_from_dict = AnalyticDistribution.from_dict
_TaxInfo_from_dict = TaxInfo.from_dict

_set_analytic_distribution = _decoding.lazy(
    GenericJournalItem,
    "analytic_distribution",
    "analytic_distribution",
    1,
    AnalyticDistribution.from_dict,
    True,
)
_set_tax_info = _decoding.lazy(GenericJournalItem, "tax_info", "tax_info", 2, TaxInfo.from_dict, False)
_set_account_info = _decoding.lazy(
    GenericJournalItem, "account_info", "account_info", 4, AccountToCreate.from_dict, False
)
