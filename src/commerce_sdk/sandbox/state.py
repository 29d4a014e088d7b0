"""In-memory records, seeded lazily.

Thousands of records per tenant would cost seconds and megabytes if made up front, and
most tests read a page or two.  A `LazyTable` knows how many seeded rows exist and makes
each one from its index the first time it is read; edits, creations and deletions sit
on top, so seeded data and state changes look the same to handlers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

Row = dict[str, Any]


class LazyTable:
    """Rows keyed by int: seeded keys 1..count made on demand, plus created ones."""

    def __init__(self, count: int, factory: Callable[[int], Row]) -> None:
        self._count = count
        self._factory = factory
        self._rows: dict[int, Row] = {}
        self._deleted: set[int] = set()
        self._created: list[int] = []
        self._next = count + 1

    def __contains__(self, key: object) -> bool:
        if not isinstance(key, int) or key in self._deleted:
            return False
        return 1 <= key <= self._count or key in self._rows

    def get(self, key: int) -> Row | None:
        if key not in self:
            return None
        row = self._rows.get(key)
        if row is None:
            row = self._factory(key)
            self._rows[key] = row
        return row

    def ids(self) -> Iterator[int]:
        """Seeded keys in order, then created keys in creation order."""
        deleted = self._deleted
        for key in range(1, self._count + 1):
            if key not in deleted:
                yield key
        for key in self._created:
            if key not in deleted:
                yield key

    def rows(self) -> Iterator[Row]:
        for key in self.ids():
            row = self.get(key)
            if row is not None:
                yield row

    def __len__(self) -> int:
        created = sum(1 for k in self._created if k not in self._deleted)
        seeded_deleted = sum(1 for k in self._deleted if 1 <= k <= self._count)
        return self._count - seeded_deleted + created

    def new_key(self) -> int:
        key = self._next
        self._next += 1
        return key

    def add(self, key: int, row: Row) -> None:
        if key not in self._rows and not 1 <= key <= self._count:
            self._created.append(key)
        self._deleted.discard(key)
        self._rows[key] = row

    def delete(self, key: int) -> bool:
        if key not in self:
            return False
        self._deleted.add(key)
        self._rows.pop(key, None)
        return True

    def page(self, page: int, size: int, keys: list[int] | None = None) -> tuple[list[Row], int]:
        """Rows of a 1-based page and the total; `keys` restricts to a filtered list."""
        if keys is None:
            total = len(self)
            start = (page - 1) * size
            if start >= total or size <= 0:
                return [], total
            if not self._deleted and start + size <= self._count:
                wanted = list(range(start + 1, start + size + 1))
            else:
                wanted = list(self.ids())[start : start + size]
        else:
            total = len(keys)
            start = (page - 1) * size
            wanted = keys[start : start + size] if size > 0 and start < total else []
        rows = []
        for key in wanted:
            row = self.get(key)
            if row is not None:
                rows.append(row)
        return rows, total
