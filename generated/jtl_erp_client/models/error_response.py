from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ErrorResponse")


@_attrs_define
class ErrorResponse:
    """
    Attributes:
        error_code (str | Unset):
        validation_errors (ErrorResponseValidationErrors | Unset):
        error_message (str | Unset):
        stacktrace (str | Unset):
    """

    error_code: str | Unset = UNSET
    validation_errors: ErrorResponseValidationErrors | Unset = UNSET
    error_message: str | Unset = UNSET
    stacktrace: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error_code = self.error_code

        validation_errors: dict[str, Any] | Unset = UNSET
        if not isinstance(self.validation_errors, Unset):
            validation_errors = self.validation_errors.to_dict()

        error_message = self.error_message

        stacktrace = self.stacktrace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if error_code is not UNSET:
            field_dict["ErrorCode"] = error_code
        if validation_errors is not UNSET:
            field_dict["ValidationErrors"] = validation_errors
        if error_message is not UNSET:
            field_dict["ErrorMessage"] = error_message
        if stacktrace is not UNSET:
            field_dict["Stacktrace"] = stacktrace

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        _v = d.pop("ErrorCode", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ErrorCode: expected str, got " + type(_v).__name__)
        error_code = _v

        _validation_errors = d.pop("ValidationErrors", UNSET)
        validation_errors: ErrorResponseValidationErrors | Unset
        if isinstance(_validation_errors, Unset):
            validation_errors = UNSET
        else:
            validation_errors = ErrorResponseValidationErrors.from_dict(_validation_errors)

        _v = d.pop("ErrorMessage", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("ErrorMessage: expected str, got " + type(_v).__name__)
        error_message = _v

        _v = d.pop("Stacktrace", UNSET)
        if _v is not UNSET and (type(_v) is not str and not isinstance(_v, str)):
            raise TypeError("Stacktrace: expected str, got " + type(_v).__name__)
        stacktrace = _v

        error_response = cls(
            error_code=error_code,
            validation_errors=validation_errors,
            error_message=error_message,
            stacktrace=stacktrace,
        )

        error_response.additional_properties = d
        return error_response

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


from ..models.error_response_validation_errors import ErrorResponseValidationErrors
