from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import _decoding
from ..types import UNSET, Unset

T = TypeVar("T", bound="FECItemOut")
_new = object.__new__

_KNOWN_KEYS = frozenset(
    {
        "JournalCode",
        "JournalLib",
        "EcritureNum",
        "EcritureDate",
        "CompteNum",
        "CompteLib",
        "CompAuxNum",
        "CompAuxLib",
        "PieceRef",
        "PieceDate",
        "Debit",
        "Credit",
        "EcritureLet",
        "DateLet",
        "ValidDate",
        "Montantdevise",
        "Idevise",
    }
)


@_attrs_define
class FECItemOut:
    """
    Attributes:
        journal_code (str):
        journal_lib (str):
        ecriture_num (str):
        ecriture_date (datetime.date):
        compte_num (str):
        compte_lib (str):
        comp_aux_num (str):
        comp_aux_lib (str):
        piece_ref (str):
        piece_date (datetime.date):
        debit (float):
        credit (float):
        ecriture_let (str):
        date_let (datetime.date | None):
        valid_date (datetime.date | None):
        montantdevise (float):
        idevise (str):
    """

    journal_code: str
    journal_lib: str
    ecriture_num: str
    ecriture_date: datetime.date
    compte_num: str
    compte_lib: str
    comp_aux_num: str
    comp_aux_lib: str
    piece_ref: str
    piece_date: datetime.date
    debit: float
    credit: float
    ecriture_let: str
    date_let: datetime.date | None
    valid_date: datetime.date | None
    montantdevise: float
    idevise: str
    _additional_properties: dict[str, Any] | None = _attrs_field(
        init=False, default=None, eq=_decoding.extras_key, alias="additional_properties"
    )
    _raw_values: dict[str, Any] | None = _attrs_field(init=False, default=None, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        journal_code = self.journal_code

        journal_lib = self.journal_lib

        ecriture_num = self.ecriture_num

        if self.ecriture_date is None or isinstance(self.ecriture_date, Unset):
            ecriture_date = self.ecriture_date
        else:
            ecriture_date = self.ecriture_date.isoformat()

        compte_num = self.compte_num

        compte_lib = self.compte_lib

        comp_aux_num = self.comp_aux_num

        comp_aux_lib = self.comp_aux_lib

        piece_ref = self.piece_ref

        if self.piece_date is None or isinstance(self.piece_date, Unset):
            piece_date = self.piece_date
        else:
            piece_date = self.piece_date.isoformat()

        debit = self.debit

        credit = self.credit

        ecriture_let = self.ecriture_let

        if self.date_let is None or isinstance(self.date_let, Unset):
            date_let = self.date_let
        else:
            date_let: None | str
            if isinstance(self.date_let, datetime.date):
                date_let = self.date_let.isoformat()
            else:
                date_let = self.date_let

        if self.valid_date is None or isinstance(self.valid_date, Unset):
            valid_date = self.valid_date
        else:
            valid_date: None | str
            if isinstance(self.valid_date, datetime.date):
                valid_date = self.valid_date.isoformat()
            else:
                valid_date = self.valid_date

        montantdevise = self.montantdevise

        idevise = self.idevise

        field_dict: dict[str, Any] = {}
        if self._additional_properties:
            field_dict.update(self._additional_properties)
        field_dict.update(
            {
                "JournalCode": journal_code,
                "JournalLib": journal_lib,
                "EcritureNum": ecriture_num,
                "EcritureDate": ecriture_date,
                "CompteNum": compte_num,
                "CompteLib": compte_lib,
                "CompAuxNum": comp_aux_num,
                "CompAuxLib": comp_aux_lib,
                "PieceRef": piece_ref,
                "PieceDate": piece_date,
                "Debit": debit,
                "Credit": credit,
                "EcritureLet": ecriture_let,
                "DateLet": date_let,
                "ValidDate": valid_date,
                "Montantdevise": montantdevise,
                "Idevise": idevise,
            }
        )
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
            journal_code = _src["JournalCode"]
        except KeyError:
            journal_code = UNSET
        if journal_code.__class__ is not str:
            journal_code, _raw = _decoding.scalar(journal_code, "str", _path, "JournalCode", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            journal_lib = _src["JournalLib"]
        except KeyError:
            journal_lib = UNSET
        if journal_lib.__class__ is not str:
            journal_lib, _raw = _decoding.scalar(journal_lib, "str", _path, "JournalLib", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            ecriture_num = _src["EcritureNum"]
        except KeyError:
            ecriture_num = UNSET
        if ecriture_num.__class__ is not str:
            ecriture_num, _raw = _decoding.scalar(ecriture_num, "str", _path, "EcritureNum", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["EcritureDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                ecriture_date = datetime.date.fromisoformat(_v)
            except ValueError:
                ecriture_date, _raw = _decoding.as_datetime(_v, "date", _path, "EcritureDate", _raw)
        else:
            ecriture_date, _raw = _decoding.as_datetime(_v, "date", _path, "EcritureDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            compte_num = _src["CompteNum"]
        except KeyError:
            compte_num = UNSET
        if compte_num.__class__ is not str:
            compte_num, _raw = _decoding.scalar(compte_num, "str", _path, "CompteNum", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            compte_lib = _src["CompteLib"]
        except KeyError:
            compte_lib = UNSET
        if compte_lib.__class__ is not str:
            compte_lib, _raw = _decoding.scalar(compte_lib, "str", _path, "CompteLib", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comp_aux_num = _src["CompAuxNum"]
        except KeyError:
            comp_aux_num = UNSET
        if comp_aux_num.__class__ is not str:
            comp_aux_num, _raw = _decoding.scalar(comp_aux_num, "str", _path, "CompAuxNum", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            comp_aux_lib = _src["CompAuxLib"]
        except KeyError:
            comp_aux_lib = UNSET
        if comp_aux_lib.__class__ is not str:
            comp_aux_lib, _raw = _decoding.scalar(comp_aux_lib, "str", _path, "CompAuxLib", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            piece_ref = _src["PieceRef"]
        except KeyError:
            piece_ref = UNSET
        if piece_ref.__class__ is not str:
            piece_ref, _raw = _decoding.scalar(piece_ref, "str", _path, "PieceRef", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["PieceDate"]
        except KeyError:
            _v = UNSET
        if _v.__class__ is str:
            try:
                piece_date = datetime.date.fromisoformat(_v)
            except ValueError:
                piece_date, _raw = _decoding.as_datetime(_v, "date", _path, "PieceDate", _raw)
        else:
            piece_date, _raw = _decoding.as_datetime(_v, "date", _path, "PieceDate", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            debit = _src["Debit"]
        except KeyError:
            debit = UNSET
        if debit.__class__ is not float and debit.__class__ is not int:
            debit, _raw = _decoding.scalar(debit, "float", _path, "Debit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            credit = _src["Credit"]
        except KeyError:
            credit = UNSET
        if credit.__class__ is not float and credit.__class__ is not int:
            credit, _raw = _decoding.scalar(credit, "float", _path, "Credit", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            ecriture_let = _src["EcritureLet"]
        except KeyError:
            ecriture_let = UNSET
        if ecriture_let.__class__ is not str:
            ecriture_let, _raw = _decoding.scalar(ecriture_let, "str", _path, "EcritureLet", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["DateLet"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            date_let, _raw = _decoding.missing(_path, "DateLet", "datetime.date | None", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_date_let(data: object) -> datetime.date | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        date_let_type_0 = datetime.date.fromisoformat(data)

                        return date_let_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(datetime.date | None, data)

                date_let = _parse_date_let(_v)

            except Exception as _e:
                _decoding.leave(_t)
                date_let, _raw = _decoding.failed(_v, _e, _path, "DateLet", "datetime.date | None", _raw)
            else:
                _decoding.leave(_t)
                if date_let is _v and (_v.__class__ is list or _v.__class__ is dict):
                    date_let, _raw = _decoding.failed(
                        _v, None, _path, "DateLet", "datetime.date | None", _raw
                    )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            _v = _src["ValidDate"]
        except KeyError:
            _v = UNSET
        if _v is UNSET:
            valid_date, _raw = _decoding.missing(_path, "ValidDate", "datetime.date | None", _raw)
        else:
            _t = _decoding.enter_strict()
            try:

                def _parse_valid_date(data: object) -> datetime.date | None:
                    if data is None:
                        return data
                    try:
                        if not isinstance(data, str):
                            raise TypeError()
                        valid_date_type_0 = datetime.date.fromisoformat(data)

                        return valid_date_type_0
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                    return cast(datetime.date | None, data)

                valid_date = _parse_valid_date(_v)

            except Exception as _e:
                _decoding.leave(_t)
                valid_date, _raw = _decoding.failed(_v, _e, _path, "ValidDate", "datetime.date | None", _raw)
            else:
                _decoding.leave(_t)
                if valid_date is _v and (_v.__class__ is list or _v.__class__ is dict):
                    valid_date, _raw = _decoding.failed(
                        _v, None, _path, "ValidDate", "datetime.date | None", _raw
                    )

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            montantdevise = _src["Montantdevise"]
        except KeyError:
            montantdevise = UNSET
        if montantdevise.__class__ is not float and montantdevise.__class__ is not int:
            montantdevise, _raw = _decoding.scalar(montantdevise, "float", _path, "Montantdevise", _raw)

        try:  # a subscript in a try costs less than .get() when the key is there (3.11+)
            idevise = _src["Idevise"]
        except KeyError:
            idevise = UNSET
        if idevise.__class__ is not str:
            idevise, _raw = _decoding.scalar(idevise, "str", _path, "Idevise", _raw)

        if cls is FECItemOut:
            _obj = _new(cls)
            _obj.journal_code = journal_code
            _obj.journal_lib = journal_lib
            _obj.ecriture_num = ecriture_num
            _obj.ecriture_date = ecriture_date
            _obj.compte_num = compte_num
            _obj.compte_lib = compte_lib
            _obj.comp_aux_num = comp_aux_num
            _obj.comp_aux_lib = comp_aux_lib
            _obj.piece_ref = piece_ref
            _obj.piece_date = piece_date
            _obj.debit = debit
            _obj.credit = credit
            _obj.ecriture_let = ecriture_let
            _obj.date_let = date_let
            _obj.valid_date = valid_date
            _obj.montantdevise = montantdevise
            _obj.idevise = idevise
            _obj._additional_properties = None
            _obj._raw_values = None
        else:
            _obj = cls(
                journal_code,
                journal_lib,
                ecriture_num,
                ecriture_date,
                compte_num,
                compte_lib,
                comp_aux_num,
                comp_aux_lib,
                piece_ref,
                piece_date,
                debit,
                credit,
                ecriture_let,
                date_let,
                valid_date,
                montantdevise,
                idevise,
            )

        if len(_src) != 17 or (_raw is not None and not _KNOWN_KEYS.issuperset(_src)):
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
