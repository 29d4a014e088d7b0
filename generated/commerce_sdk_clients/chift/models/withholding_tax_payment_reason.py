from enum import StrEnum


class WithholdingTaxPaymentReason(StrEnum):
    A = "A"
    B = "B"
    C = "C"
    D = "D"
    E = "E"
    F = "F"
    G = "G"
    H = "H"
    I = "I"
    IN = "IN"
    J = "J"
    K = "K"
    L = "L"
    L1 = "L1"
    M = "M"
    M1 = "M1"
    M2 = "M2"
    O = "O"
    O1 = "O1"
    P = "P"
    Q = "Q"
    R = "R"
    S = "S"
    T = "T"
    U = "U"
    V = "V"
    V1 = "V1"
    V2 = "V2"
    W = "W"
    X = "X"
    Y = "Y"

    def __str__(self) -> str:
        return str(self.value)
