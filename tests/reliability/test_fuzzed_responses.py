"""8. Fuzzed responses: whatever the server answers, a valid model or a typed SDK error.

Hypothesis generates bodies for four operations (JTL get_item and query_items, Chift's
consumer list, Pack.cloud get_integration): valid bodies with fields dropped, retyped,
nulled or added at any depth, huge numbers, deep nesting, arbitrary JSON, bytes that are
not JSON, HTML; with a 2xx or an error status.  One loopback server serves them (the test
sets its next answer); each call must return an instance of the operation's model (its
`to_dict()` working too) or raise a `CommerceError` -- never a KeyError, TypeError,
ValueError, RecursionError, JSONDecodeError or httpx error.
"""

from __future__ import annotations

import asyncio
import json
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from commerce_sdk_clients.chift.api.consumers import consumers_get_consumers
from commerce_sdk_clients.chift.models import ConsumerItem
from commerce_sdk_clients.jtl_erp.api.item import get_item, query_items
from commerce_sdk_clients.jtl_erp.models import Item, PagedListOfItem
from commerce_sdk_clients.packcloud.api.integrations import get_integration
from commerce_sdk_clients.packcloud.models import Integration
from facade.helpers import (
    API_KEY,
    APP_ID,
    APP_VERSION,
    CHIFT_ACCOUNT,
    CHIFT_SECRET,
    ITEM,
    PACK_TOKEN,
    TENANT,
    pack_integration,
)
from facade.server import LoopbackServer, Reply
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from commerce_sdk import Chift, CommerceError, JtlErp, PackCloud, RetryPolicy
from commerce_sdk._base_client import BaseClient

from ._support import figure

EXAMPLES = 150
NO_RETRY = RetryPolicy(max_retries=0)

# --------------------------------------------------------------------------- strategies

SCALARS = (
    st.none()
    | st.booleans()
    | st.integers()
    | st.sampled_from([2**63, -(2**63) - 1, 10**30, 10**400, -(10**4000)])
    | st.floats()
    | st.text(max_size=12)
)
JSON = st.recursive(
    SCALARS,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(max_size=8), kids, max_size=4),
    max_leaves=25,
)


def mutate(draw: st.DrawFn, value: Any, depth: int = 0) -> Any:
    """A valid value, damaged anywhere: fields dropped, retyped, nulled, added; lists bent."""
    if isinstance(value, dict):
        out: dict[str, Any] = {}
        for key, item in value.items():
            action = draw(st.sampled_from(["keep"] * 6 + ["drop", "null", "retype", "deeper"]))
            if action == "keep":
                out[key] = item
            elif action == "null":
                out[key] = None
            elif action == "retype":
                out[key] = draw(JSON)
            elif action == "deeper":
                out[key] = mutate(draw, item, depth + 1)
        for key, item in draw(st.dictionaries(st.text(max_size=8), JSON, max_size=2)).items():
            out.setdefault(key, item)  # extra fields
        return out
    if isinstance(value, list):
        items = [mutate(draw, v, depth + 1) if draw(st.booleans()) else v for v in value]
        if draw(st.booleans()):
            items.append(draw(JSON))
        return items
    return draw(st.one_of(st.just(value), JSON))


@dataclass(frozen=True)
class Body:
    status: int
    payload: bytes
    content_type: str
    kind: str


@st.composite
def bodies(draw: st.DrawFn, valid: Any) -> Body:
    kind = draw(
        st.sampled_from(["mutated"] * 5 + ["json", "valid", "huge", "deep", "bytes", "html", "empty"])
    )
    if kind == "mutated":
        text = json.dumps(mutate(draw, valid))
    elif kind == "json":
        text = json.dumps(draw(JSON))
    elif kind == "valid":
        text = json.dumps(valid)
    elif kind == "huge":  # numbers no float or int can hold, in a valid envelope
        number = draw(
            st.sampled_from(["1e999999", "-1e999999", "9" * 5000, "1" + "0" * 400, "NaN", "-Infinity"])
        )
        text = json.dumps(valid)
        text = text.replace("1", number, 1) if draw(st.booleans()) else f"[{number}]"
    elif kind == "deep":
        depth = draw(st.integers(min_value=50, max_value=200_000))
        opener, closer = draw(st.sampled_from([("[", "]"), ('{"a":', "}")]))
        text = opener * depth + "1" + closer * depth
    elif kind == "bytes":
        return Body(200, draw(st.binary(max_size=64)), "application/json", kind)
    elif kind == "html":
        return Body(200, b"<html><body>502 Bad Gateway</body></html>", "text/html", kind)
    else:
        text = ""
    status = draw(st.sampled_from([200] * 6 + [201, 204, 400, 404, 422, 500]))
    return Body(status, text.encode(), "application/json", kind)


# --------------------------------------------------------------------------- operations


@dataclass
class Target:
    name: str
    route: tuple[str, str]
    valid: Any
    call: Callable[[dict[str, Any]], Any]
    check: Callable[[Any], bool]


def _list_of_consumers(result: Any) -> bool:
    return isinstance(result, list) and all(isinstance(c, ConsumerItem) for c in result)


TARGETS = [
    Target(
        "jtl.get_item",
        ("GET", "/erp/items/{itemId}"),
        ITEM,
        lambda c: c["jtl"].tenant(TENANT).call(get_item, item_id=1),
        lambda r: isinstance(r, Item),
    ),
    Target(
        "jtl.query_items",
        ("GET", "/erp/items"),
        {"TotalItems": 2, "PageNumber": 1, "PageSize": 2, "Items": [ITEM, {**ITEM, "Id": 2}]},
        lambda c: c["jtl"].tenant(TENANT).call(query_items, page_size=2),
        lambda r: isinstance(r, PagedListOfItem),
    ),
    Target(
        "chift.consumers",
        ("GET", "/chift/consumers"),
        [{"consumerid": "7c9e6679-7425-40de-944b-e07fc1f90ae7", "name": "acme", "email": "a@b.c"}],
        lambda c: c["chift"].untenanted.call(consumers_get_consumers),
        _list_of_consumers,
    ),
    Target(
        "packcloud.get_integration",
        ("GET", "/pack/organizations/{organizationId}/integrations/{integrationId}"),
        pack_integration("int-1"),
        lambda c: c["pack"].organization("org-1").call(get_integration, integration_id="int-1"),
        lambda r: isinstance(r, Integration),
    ),
]


@pytest.fixture(scope="module")
def loop() -> Iterator[asyncio.AbstractEventLoop]:
    event_loop = asyncio.new_event_loop()
    yield event_loop
    event_loop.close()


@pytest.fixture(scope="module")
def served(
    loop: asyncio.AbstractEventLoop,
) -> Iterator[tuple[LoopbackServer, dict[str, Body], dict[str, BaseClient]]]:
    """One server whose next answer the test sets, and one client per provider, for every example."""
    nxt: dict[str, Body] = {}
    with LoopbackServer() as server:
        server.record = False

        def answer(_: Any) -> Reply:
            body = nxt["body"]
            return Reply(body.status, body=body.payload, content_type=body.content_type)

        for target in TARGETS:
            server.on(*target.route, answer)
        server.on(
            "POST", "/chift/token", Reply(json={"access_token": "fuzz-token", "expires_on": 4102444800})
        )

        async def make() -> dict[str, BaseClient]:
            clients: dict[str, BaseClient] = {}
            for mode, strict in (("default", False), ("strict", True)):
                clients |= {
                    f"jtl/{mode}": JtlErp(
                        API_KEY,
                        APP_ID,
                        APP_VERSION,
                        base_url=f"{server.url}/erp",
                        retry=NO_RETRY,
                        strict=strict,
                    ),
                    f"chift/{mode}": Chift(
                        "id",
                        CHIFT_SECRET,
                        CHIFT_ACCOUNT,
                        base_url=f"{server.url}/chift",
                        retry=NO_RETRY,
                        strict=strict,
                    ),
                    f"pack/{mode}": PackCloud(
                        token=PACK_TOKEN, base_url=f"{server.url}/pack", retry=NO_RETRY, strict=strict
                    ),
                }
            return clients

        clients = loop.run_until_complete(make())
        yield server, nxt, clients
        for client in clients.values():
            loop.run_until_complete(client.aclose())
    assert not server.handler_errors, server.handler_errors


@pytest.mark.parametrize("mode", ["default", "strict"])
@pytest.mark.parametrize("target", TARGETS, ids=[t.name for t in TARGETS])
def test_fuzzed_bodies_give_a_model_or_a_typed_error(
    loop: asyncio.AbstractEventLoop,
    served: tuple[LoopbackServer, dict[str, Body], dict[str, BaseClient]],
    target: Target,
    mode: str,
) -> None:
    """Both modes: default (tolerant: damaged bodies mostly give models, to_dict() working
    on them too) and strict=True (damaged bodies mostly give DecodeError)."""
    _, nxt, every_client = served
    clients = {name.split("/")[0]: c for name, c in every_client.items() if name.endswith("/" + mode)}
    outcomes: Counter[str] = Counter()
    kinds: Counter[str] = Counter()
    untyped: list[tuple[Body, BaseException]] = []
    invalid: list[tuple[Body, Any]] = []
    lenient: Counter[str] = Counter()  # models made from damaged bodies (see the README)

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        derandomize=True,  # the same examples on every run: a failure is reproducible
        database=None,
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.large_base_example,
        ],
    )
    @given(body=bodies(target.valid))
    def example(body: Body) -> None:
        nxt["body"] = body
        kinds[body.kind] += 1
        try:
            result = loop.run_until_complete(target.call(clients))
        except CommerceError as exc:
            outcomes[type(exc).__name__] += 1
            return
        except Exception as exc:  # anything else is a finding
            untyped.append((body, exc))
            outcomes[f"UNTYPED {type(exc).__name__}"] += 1
            return
        if result is None and (not body.payload or body.status == 204):
            outcomes["None (no content)"] += 1  # 204 carries no body, whatever the server wrote
            return
        try:
            ok = target.check(result) and _to_dict_works(result)
        except Exception:
            ok = False
        outcomes["model" if ok else "INVALID result"] += 1
        if ok and body.kind != "valid":
            lenient[body.kind] += 1
        if not ok:
            invalid.append((body, result))

    example()
    total = sum(outcomes.values())
    name = f"fuzz[{target.name}, {mode}]"
    figure(name, "examples", total)
    figure(name, "outcomes", ", ".join(f"{k}={v}" for k, v in sorted(outcomes.items())))
    figure(name, "untyped errors/invalid results", f"{len(untyped)}/{len(invalid)}")
    figure(name, "models from damaged bodies", sum(lenient.values()))
    assert untyped == [], [(b.kind, b.status, b.payload[:200], repr(e)) for b, e in untyped[:5]]
    assert invalid == [], [(b.kind, b.payload[:200], r) for b, r in invalid[:5]]
    assert total >= EXAMPLES and outcomes["model"] > 0 and len(kinds) >= 6


def _to_dict_works(result: Any) -> bool:
    items = result if isinstance(result, list) else [result]
    for model in items:
        model.to_dict()
    return True
