"""A stand-in for the generated package's `types.py`, so `decoding.py` type-checks here.

In a generated package `decoding.py` (copied as `_decoding.py`) imports the real one.
"""

from typing import Literal


class Unset:
    def __bool__(self) -> Literal[False]:
        return False


UNSET: Unset = Unset()
