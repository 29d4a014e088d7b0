from enum import StrEnum


class FinancialMovementType(StrEnum):
    CASH_ADVANCE = "cash_advance"
    CASH_RETURN = "cash_return"
    CHARGEBACK = "chargeback"
    EMPLOYEE_REIMBURSEMENT = "employee_reimbursement"
    SUPPLIER_PAYMENT = "supplier_payment"
    SUPPLIER_REFUND = "supplier_refund"

    def __str__(self) -> str:
        return str(self.value)
