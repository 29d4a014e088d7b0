"""Generic state for every collection a contract describes, found from paths and methods.

A collection is a path `P` with an item path `P/{id}`: `POST P` creates, `GET P` lists
(paged when the operation takes page parameters), `GET|PATCH|PUT|DELETE P/{id}` read,
change and remove.  Nothing here names a vendor or a schema: a regenerated spec's new
collections are stateful at once.  Records are kept in the shape of the item's read
schema; what a request sends is merged in field by field where it fits that schema,
and answers are projected onto whatever schema each operation declares.  A provider
may back a collection with its own table (seeded data, hand-written behaviour) by
overriding `Provider.collection_table`; hand-written handlers always come first.
"""

from __future__ import annotations

import random
import re
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from . import seed
from .contracts import Operation, follow_refs, resolve_pointer
from .synth import clone

if TYPE_CHECKING:
    from .providers.base import Call, Provider, Reply

Row = dict[str, Any]
_ITEM_PATH = re.compile(r"^(?P<parent>.*)/\{(?P<param>[^{}/]+)\}$")
_PAGE_NAMES = ("pageNumber", "page", "current_page", "pageIndex")
_SIZE_NAMES = ("pageSize", "size", "per_page", "limit")
_ROLES_BY_METHOD = {"GET": "read", "PATCH": "update", "PUT": "replace", "DELETE": "delete"}


@dataclass
class CollectionSpec:
    """One collection of a contract: its path, its item id and the record schema."""

    path: str
    id_param: str | None = None
    record: str | None = None  # pointer to the record's (read) schema
    id_field: str | None = None
    int_ids: bool = True
    uuid_ids: bool = False


class Store:
    """Records of one collection in one scope: seeded keys made on demand, then created ones.

    An id that was never created, seeded or deleted still reads as a record made from the
    schema for that id (as if it existed before the sandbox started), so any id a client
    holds works; it is not listed.  Deleted ids read as 404.
    """

    def __init__(self, keys: list[Any], factory: Callable[[int, Any], Row], int_ids: bool) -> None:
        self._order: list[Any] = list(keys)
        self._index = {k: i for i, k in enumerate(keys)}
        self._factory = factory
        self._rows: dict[Any, Row] = {}
        self._deleted: set[Any] = set()
        self._int_ids = int_ids
        self._next = max([k for k in keys if isinstance(k, int)], default=0) + 1

    def __contains__(self, key: object) -> bool:
        return key not in self._deleted and (key in self._rows or key in self._index)

    def get(self, key: Any) -> Row | None:
        if key in self._deleted or isinstance(key, bool) or key is None:
            return None
        row = self._rows.get(key)
        if row is None:
            if self._int_ids and not isinstance(key, int):
                return None
            index = self._index.get(key)
            row = self._factory(index if index is not None else 1_000_000 + len(self._rows), key)
            self._rows[key] = row
        return row

    def ids(self) -> Iterator[Any]:
        return (k for k in self._order if k not in self._deleted)

    def delete(self, key: Any) -> bool:
        if self.get(key) is None:
            return False
        self._deleted.add(key)
        self._rows.pop(key, None)
        return True

    def rows(self) -> Iterator[Row]:
        for key in self.ids():
            row = self.get(key)
            if row is not None:
                yield row

    def __len__(self) -> int:
        return sum(1 for _ in self.ids())

    def new_key(self) -> Any:
        if self._int_ids:
            key: Any = self._next
            self._next += 1
            return key
        return str(uuid.uuid4())

    def add(self, key: Any, row: Row) -> None:
        if key not in self._rows and key not in self._index:
            self._order.append(key)
        self._deleted.discard(key)
        self._rows[key] = row

    def page(self, page: int, size: int, keys: list[Any] | None = None) -> tuple[list[Row], int]:
        live = list(self.ids()) if keys is None else keys
        start = (page - 1) * size
        wanted = live[start : start + size] if size > 0 and start >= 0 else []
        return [r for r in (self.get(k) for k in wanted) if r is not None], len(live)


class Collections:
    """Every collection of one provider contract, and the generic behaviour of their operations."""

    def __init__(self, provider: Provider, seed_rows: int) -> None:
        self.provider = provider
        self.seed_rows = seed_rows
        self.specs: dict[str, CollectionSpec] = {}
        self._roles: dict[tuple[str, str], tuple[CollectionSpec, str]] = {}
        self._stores: dict[tuple[Any, ...], Any] = {}
        self._created: set[tuple[Any, ...]] = set()  # (tenant, collection path, key) made by clients
        self._build()

    # -- discovery ----------------------------------------------------------------------
    def _build(self) -> None:
        ops = self.provider.contract.operations
        by_route = {(op.method, op.path): op for op in ops}
        items: dict[str, str] = {}  # collection path -> id param
        for op in ops:
            m = _ITEM_PATH.match(op.path)
            if (
                m
                and op.method in _ROLES_BY_METHOD
                and m["parent"]
                and not m["parent"].endswith("}")  # /tax/{a}/{b}: a lookup by several keys, no collection
                and not self._answers_list(op)
            ):
                items.setdefault(m["parent"], m["param"])
        for parent, param in items.items():
            spec = CollectionSpec(path=parent, id_param=param)
            item = f"{parent}/{{{param}}}"
            for method, role in _ROLES_BY_METHOD.items():
                if (method, item) in by_route and not self._answers_list(by_route[(method, item)]):
                    self._roles[(method, item)] = (spec, role)
            if ("POST", parent) in by_route:
                self._roles[("POST", parent)] = (spec, "create")
            lister = by_route.get(("GET", parent))
            if lister is not None and self._list_item_pointer(lister) is not None:
                self._roles[("GET", parent)] = (spec, "list")
            spec.record = self._record_pointer(spec, by_route)
            if spec.record is None:
                for key in [k for k, (s, _) in self._roles.items() if s is spec]:
                    del self._roles[key]
                continue
            self._id_shape(
                spec, by_route.get(next((m, item) for m in _ROLES_BY_METHOD if (m, item) in by_route))
            )
            self.specs[parent] = spec

    def _answers_list(self, op: Operation) -> bool:
        """A GET on `P/{x}` that pages or answers an array filters a list; it reads no record."""
        if op.method != "GET":
            return False
        pointer = self._success_pointer(op)
        paged = any(op.param("query", n) for n in _PAGE_NAMES)
        return pointer is not None and (self._array_items(pointer) is not None or paged)

    def role(self, op: Operation) -> str | None:
        found = self._roles.get((op.method, op.path))
        return found[1] if found else None

    def _success_pointer(self, op: Operation | None) -> str | None:
        if op is None:
            return None
        spec = op.response_for(op.success_status())
        media = spec.json_media() if spec is not None else None
        if media is None or media.schema_pointer is None:
            return None
        return self._deref(media.schema_pointer)

    def _deref(self, pointer: str) -> str:
        doc = self.provider.contract.document
        return follow_refs(doc, resolve_pointer(doc, pointer), pointer)[1]

    def _schema(self, pointer: str) -> Any:
        return resolve_pointer(self.provider.contract.document, pointer)

    def _is_object(self, pointer: str | None) -> bool:
        if pointer is None:
            return False
        schema = self._schema(pointer)
        return isinstance(schema, dict) and (schema.get("type") == "object" or "properties" in schema)

    def _array_items(self, pointer: str) -> str | None:
        schema = self._schema(pointer)
        if (
            isinstance(schema, dict)
            and schema.get("type") == "array"
            and isinstance(schema.get("items"), dict)
        ):
            return self._deref(f"{pointer}/items")
        return None

    def _envelope_array(self, pointer: str) -> str | None:
        """The property of a page envelope that holds the rows."""
        for name, sub in self._props(pointer).items():
            if self._array_items(sub) is not None:
                return name
        return None

    def _list_item_pointer(self, op: Operation) -> str | None:
        pointer = self._success_pointer(op)
        if pointer is None:
            return None
        direct = self._array_items(pointer)
        if direct is not None:
            return direct
        name = self._envelope_array(pointer) if self._is_object(pointer) else None
        return self._array_items(self._props(pointer)[name]) if name else None

    def _record_pointer(self, spec: CollectionSpec, by_route: dict[tuple[str, str], Operation]) -> str | None:
        item = f"{spec.path}/{{{spec.id_param}}}"
        reader = by_route.get(("GET", item))
        candidates = [self._success_pointer(reader) if reader and not self._answers_list(reader) else None]
        created = self._success_pointer(by_route.get(("POST", spec.path)))
        if created is not None:
            candidates.append(self._array_items(created) or created)
        lister = by_route.get(("GET", spec.path))
        if lister is not None:
            candidates.append(self._list_item_pointer(lister))
        for pointer in candidates:
            if self._is_object(pointer):
                return pointer
        return None

    def _id_shape(self, spec: CollectionSpec, item_op: Operation | None) -> None:
        assert spec.record is not None and spec.id_param is not None
        props = self._props(spec.record)
        lowered = {name.lower(): name for name in props}
        for candidate in (spec.id_param, "id", re.sub(r"_?id$", "", spec.id_param, flags=re.I) + "id"):
            if candidate.lower() in lowered:
                spec.id_field = lowered[candidate.lower()]
                break
        param = item_op.param("path", spec.id_param) if item_op is not None else None
        schema = param.schema if param is not None else {}
        kind = schema.get("type") if isinstance(schema, dict) else None
        spec.int_ids = kind == "integer"
        field_schema = self._schema(props[spec.id_field]) if spec.id_field else {}
        spec.uuid_ids = (
            not spec.int_ids and isinstance(field_schema, dict) and field_schema.get("format") == "uuid"
        )

    def _props(self, pointer: str) -> dict[str, str]:
        """Property name -> pointer of its schema, through $ref and allOf."""
        out: dict[str, str] = {}
        stack = [self._deref(pointer)]
        seen: set[str] = set()
        while stack:
            ptr = stack.pop()
            if ptr in seen:
                continue
            seen.add(ptr)
            schema = self._schema(ptr)
            if not isinstance(schema, dict):
                continue
            for name in schema.get("properties") or {}:
                out.setdefault(name, self._deref(f"{ptr}/properties/{_escape(name)}"))
            for i, _ in enumerate(schema.get("allOf") or []):
                stack.append(self._deref(f"{ptr}/allOf/{i}"))
        return out

    # -- state --------------------------------------------------------------------------
    def store(self, spec: CollectionSpec, call: Call) -> Any:
        table = self.provider.collection_table(spec, call)
        if table is not None:
            return table
        parents = tuple(f"{k}={v}" for k, v in sorted(call.path_params.items()) if k != spec.id_param)
        key = (call.tenant, spec.path, parents)
        store = self._stores.get(key)
        if store is None:
            salt = (self.provider.key, str(call.tenant), spec.path, *parents)
            # A record a client created has no seeded children (a new order has no line items).
            parent = _ITEM_PATH.match(spec.path.rsplit("/", 1)[0])
            fresh = parent is not None and (
                (call.tenant, parent["parent"], call.path_params.get(parent["param"])) in self._created
            )
            keys = [] if fresh else [self._seed_key(spec, salt, i) for i in range(self.seed_rows)]
            store = Store(keys, lambda i, k: self._seed_row(spec, salt, i, k), spec.int_ids)
            self._stores[key] = store
        return store

    def _seed_key(self, spec: CollectionSpec, salt: tuple[str, ...], index: int) -> Any:
        if spec.int_ids:
            return index + 1
        return seed.uuid_from(seed.rng(self.provider.config.seed, *salt, "key", index))

    def _seed_row(self, spec: CollectionSpec, salt: tuple[str, ...], index: int, key: Any) -> Row:
        assert spec.record is not None
        r = seed.rng(self.provider.config.seed, *salt, index)
        row = self.provider.synth.varied(spec.record, r)
        row = row if isinstance(row, dict) else {}
        return self._with_id(spec, row, key, r)

    def _with_id(self, spec: CollectionSpec, row: Row, key: Any, r: random.Random | None = None) -> Row:
        assert spec.record is not None
        if spec.id_field is not None:
            previous = row.get(spec.id_field)
            row[spec.id_field] = key
            if self.provider.schemas.errors(spec.record, row, write=False, limit=1):
                row[spec.id_field] = str(key)
                if self.provider.schemas.errors(spec.record, row, write=False, limit=1):
                    row[spec.id_field] = previous
        return row

    # -- behaviour ----------------------------------------------------------------------
    def handle(self, call: Call) -> Reply | None:
        from .providers.base import ApiError

        assert call.op is not None
        found = self._roles.get((call.op.method, call.op.path))
        if found is None:
            return None
        spec, role = found
        store = self.store(spec, call)
        op = call.op
        if role == "list":
            return self._list(call, spec, store)
        if role == "create":
            bodies = (
                call.body
                if isinstance(call.body, list)
                else [call.body if isinstance(call.body, dict) else {}]
            )
            made = [self._create(spec, store, b if isinstance(b, dict) else {}, call) for b in bodies]
            return self._answer(op, made if isinstance(call.body, list) else made[0])
        assert spec.id_param is not None
        key = call.path_params.get(spec.id_param)
        row = store.get(key)
        if row is None:
            raise ApiError(
                404, f"There is no record with {spec.id_param} {key}.", code="NotFound", undeclared_ok=True
            )
        if role == "read":
            return self._answer(op, row)
        if role == "delete":
            store.delete(key)
            return self._answer(op, row)
        if isinstance(call.body, dict):
            self._merge(row, call.body, spec.record or "", spec.id_field)
        return self._answer(op, row)

    def _create(self, spec: CollectionSpec, store: Any, body: Row, call: Call) -> Row:
        assert spec.record is not None
        key = store.new_key()
        row: Row = {}
        self._merge(row, body, spec.record, spec.id_field)
        self._merge(row, self._parent_refs(spec, call), spec.record, spec.id_field)
        row = self.provider.synth.complete(row, spec.record)
        row = self._with_id(spec, row, key)
        if self.provider.schemas.errors(spec.record, row, write=False, limit=1):
            # What was sent does not fit the stored shape (e.g. write-only fields): keep what does.
            fallback = self._with_id(spec, self.provider.synth.value(spec.record), key)
            self._merge(fallback, body, spec.record, spec.id_field)
            row = fallback
        store.add(key, row)
        self._created.add((call.tenant, spec.path, key))
        return row

    def _parent_refs(self, spec: CollectionSpec, call: Call) -> Row:
        """Fields naming the parent a nested record belongs to (`SalesOrderId` of a line item)."""
        assert spec.record is not None
        lowered = {name.lower(): name for name in self._props(spec.record)}
        refs: Row = {}
        for param, value in call.path_params.items():
            name = lowered.get(param.lower())
            if name is not None and param != spec.id_param:
                refs[name] = value
        return refs

    def _merge(self, row: Row, body: Row, pointer: str, id_field: str | None) -> None:
        """Take every sent field that fits the record's schema for that field."""
        props = self._props(pointer)
        schemas = self.provider.schemas
        for name, value in body.items():
            target = props.get(name)
            if target is None or name == id_field:
                continue
            current = row.get(name)
            if isinstance(value, dict) and isinstance(current, dict) and self._props(target):
                merged = clone(current)
                self._merge(merged, value, target, None)
                if not schemas.errors(target, merged, write=False, limit=1):
                    row[name] = merged
                continue
            if not schemas.errors(target, value, write=False, limit=1):
                row[name] = clone(value)

    def project(self, value: Any, pointer: str) -> Any:
        """`value` (a record) in the shape of the schema at `pointer`."""
        schemas = self.provider.schemas
        if not schemas.errors(pointer, value, write=False, limit=1):
            return clone(value)
        items = self._array_items(pointer)
        if items is not None:
            values = value if isinstance(value, list) else [value]
            return [self.project(v, items) for v in values]
        if isinstance(value, list):
            value = value[0] if value else {}
        base = self.provider.synth.value(pointer)
        if isinstance(base, dict) and isinstance(value, dict):
            self._merge(base, value, pointer, None)
        return base

    def answer(self, call: Call, value: Any) -> Reply:
        """`value` as the operation's declared success answer (for hand-written handlers too)."""
        assert call.op is not None
        return self._answer(call.op, value)

    def _answer(self, op: Operation, value: Any) -> Reply:
        from .providers.base import Reply

        status = op.success_status()
        spec = op.response_for(status)
        media = spec.json_media() if spec is not None else None
        if status == 204 or media is None or media.schema_pointer is None:
            return Reply(status)
        return Reply(status, self.project(value, self._deref(media.schema_pointer)))

    def _list(self, call: Call, spec: CollectionSpec, store: Any) -> Reply:
        from .providers.base import Reply

        op = call.op
        assert op is not None
        pointer = self._success_pointer(op)
        assert pointer is not None
        item_pointer = self._list_item_pointer(op)
        assert item_pointer is not None
        page_name = next((n for n in _PAGE_NAMES if op.param("query", n)), None)
        size_name = next((n for n in _SIZE_NAMES if op.param("query", n)), None)
        page = _positive(call.query.get(page_name) if page_name else None, 1)
        size = _positive(call.query.get(size_name) if size_name else None, 50 if page_name else 10_000)
        if page_name is None:
            page, size = 1, 10_000
        rows, total = store.page(page, size)
        items = [self.project(r, item_pointer) for r in rows]
        if self._array_items(pointer) is not None:
            return Reply(op.success_status(), items)
        envelope = self.provider.synth.value(pointer)
        if not isinstance(envelope, dict):
            envelope = {}
        name = self._envelope_array(pointer)
        assert name is not None
        envelope[name] = items
        _fill_totals(envelope, total, page, size)
        return Reply(op.success_status(), envelope)


def _positive(value: Any, default: int) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) and value > 0 else default


def _fill_totals(envelope: Row, total: int, page: int, size: int) -> None:
    """Set the paging fields an envelope has, by their usual names (one level of nesting too)."""
    pages = -(-total // size) if total and size else 0
    values = {
        "total": total, "totalitems": total, "totalcount": total, "count": total,
        "page": page, "pagenumber": page, "currentpage": page,
        "size": size, "pagesize": size, "perpage": size,
        "totalpages": pages, "lastpage": max(pages, 1), "pages": pages,
        "hasnextpage": page < pages, "haspreviouspage": page > 1,
        "nextpagenumber": page + 1 if page < pages else max(pages, 1),
        "previouspagenumber": page - 1 if page > 1 else 1,
    }  # fmt: skip
    for key in list(envelope):
        norm = key.replace("_", "").lower()
        current = envelope[key]
        if isinstance(current, dict):
            _fill_totals(current, total, page, size)
        elif norm in values and type(current) is type(values[norm]):
            envelope[key] = values[norm]


def _escape(token: str) -> str:
    return token.replace("~", "~0").replace("/", "~1")
