"""Paged lists: the page shape is declared once per provider; list operations are found in the manifest.

Iteration keeps at most one page in flight ahead of the caller (asyncio and trio) and holds
no reference to pages already yielded, so memory stays flat however many pages there are.
"""

from __future__ import annotations

import contextlib
import functools
import re
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

import sniffio

from ._exceptions import ConfigurationError, PaginationError
from ._manifest import Operation


@functools.cache  # a handful of spec names, looked up on every page
def _snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"\W+", "_", name).lower()


@dataclass(frozen=True)
class PageShape:
    """How a provider pages: request parameters and where the response keeps items and totals."""

    page_param: str
    size_param: str
    items: tuple[str, ...]
    total: tuple[str, ...] | None = None
    last_page: tuple[str, ...] | None = None
    # Where the response says how many items a page holds.  A server may cap the size asked
    # for (e.g. 100): then a full page must not look like a short last page.
    page_size: tuple[str, ...] | None = None
    first_page: int = 1

    def matches(self, op: Operation) -> bool:
        return (
            self.page_param in op.query and self.size_param in op.query and self.items[0] in op.success_fields
        )

    def _get(self, op: Operation, parsed: Any, path: tuple[str, ...] | None) -> Any:
        if path is None:
            return None
        node = parsed
        for depth, spec_name in enumerate(path):
            attr = op.success_fields.get(spec_name, _snake(spec_name)) if depth == 0 else _snake(spec_name)
            node = getattr(node, attr, None)
            if node is None or type(node).__name__ == "Unset":
                return None
        return node


T = TypeVar("T")


@dataclass
class Page(Generic[T]):
    """One page: its items, its number, and the totals the provider reported."""

    items: list[T]
    number: int
    size: int
    total: int | None
    last_page: int | None
    raw: Any  # the parsed envelope model

    @property
    def has_next(self) -> bool:
        if not self.items or len(self.items) < self.size:
            return False
        if self.total is not None and self.number * self.size >= self.total:
            return False
        return not (self.last_page is not None and self.number >= self.last_page)


def read_page(shape: PageShape, op: Operation, parsed: Any, number: int, size: int) -> Page[Any]:
    items = shape._get(op, parsed, shape.items)
    if items is None:
        items = []
    if not isinstance(items, list):
        raise ConfigurationError(f"{op.key}: the page's items field is not a list")
    total = shape._get(op, parsed, shape.total)
    last = shape._get(op, parsed, shape.last_page)
    served = shape._get(op, parsed, shape.page_size)
    if isinstance(served, int) and not isinstance(served, bool) and 0 < served < size:
        size = served  # the server capped the page size: pages are this long
    return Page(
        items=items,
        number=number,
        size=size,
        total=total if isinstance(total, int) else None,
        last_page=last if isinstance(last, int) else None,
        raw=parsed,
    )


class PageWalk:
    """Checks each page against what came before, so a walk never silently loses or repeats items.

    Offset paging is only sound while the collection holds still and the server honours the
    page number.  A page identical to the previous one (the page parameter ignored, a page
    served twice) or a total that changes mid-walk (items inserted or deleted shift every
    later page) raise `PaginationError`: the caller restarts the walk rather than trusting it.
    """

    __slots__ = ("_items", "_key", "_total")

    def __init__(self, key: str) -> None:
        self._key = key
        self._items: list[Any] | None = None
        self._total: int | None = None

    def check(self, page: Page[Any]) -> None:
        if page.items and self._items is not None and page.items == self._items:
            raise PaginationError(
                f"{self._key}: page {page.number} repeats the previous page's {len(page.items)} items "
                "(the server ignored the page number?); stopped instead of yielding them twice"
            )
        if page.total is not None:
            if self._total is not None and page.total != self._total:
                raise PaginationError(
                    f"{self._key}: the total changed from {self._total} to {page.total} at page "
                    f"{page.number}; items were added or removed during the walk, so pages shifted "
                    "and items may be lost or repeated -- start the walk again"
                )
            self._total = page.total
        self._items = page.items


class _TrioAhead:
    """The next page fetched in a trio system task (trio has no detached tasks otherwise).

    The fetch runs inside its own cancel scope, so abandoning it (the caller broke out of
    the loop) cancels exactly that request; its result or error is handed over once.
    """

    def __init__(self, fetch: Callable[[int], Awaitable[Page[Any]]], number: int) -> None:
        import trio

        self._done = trio.Event()
        self._scope = trio.CancelScope()
        self._page: Page[Any] | None = None
        self._error: Exception | None = None
        trio.lowlevel.spawn_system_task(self._run, fetch, number)

    async def _run(self, fetch: Callable[[int], Awaitable[Page[Any]]], number: int) -> None:
        with self._scope:
            try:
                self._page = await fetch(number)
            except Exception as exc:  # handed to the consumer by result()
                self._error = exc
        self._done.set()

    async def result(self) -> Page[Any]:
        await self._done.wait()
        if self._error is not None:
            raise self._error
        if self._page is None:
            raise RuntimeError("page prefetch was cancelled")
        return self._page

    async def cancel(self) -> None:
        self._scope.cancel()
        await self._done.wait()


async def iterate_pages(
    fetch: Callable[[int], Awaitable[Page[Any]]], first: int, prefetch: bool = True
) -> AsyncIterator[Page[Any]]:
    """Yield pages from `first` until the provider signals the end.

    The next page is requested as soon as the current one is handed to the caller, never
    more than one ahead (asyncio: a task; trio: a system task in its own cancel scope).
    """
    library = _library() if prefetch else "none"
    if library == "asyncio":
        import asyncio

        task: asyncio.Future[Page[Any]] | None = asyncio.ensure_future(fetch(first))
        try:
            while task is not None:
                page = await task
                task = None
                if page.has_next:
                    task = asyncio.ensure_future(fetch(page.number + 1))
                    # Let it put the request on the wire now, so the server works on it even
                    # while a CPU-bound consumer keeps the loop busy (bench/RESULTS.md).
                    await asyncio.sleep(0)
                if page.items or page.number == first:
                    yield page
        finally:
            if task is not None:
                task.cancel()
                with contextlib.suppress(BaseException):  # the prefetch is abandoned on purpose
                    await task
        return
    if library == "trio":
        ahead: _TrioAhead | None = _TrioAhead(fetch, first)
        try:
            while ahead is not None:
                page = await ahead.result()
                ahead = _TrioAhead(fetch, page.number + 1) if page.has_next else None
                if page.items or page.number == first:
                    yield page
        finally:
            if ahead is not None:
                await ahead.cancel()
        return
    number = first
    while True:
        page = await fetch(number)
        if page.items or page.number == first:
            yield page
        if not page.has_next:
            return
        number += 1


def _library() -> str:
    try:
        return sniffio.current_async_library()
    except sniffio.AsyncLibraryNotFoundError:
        return "unknown"
