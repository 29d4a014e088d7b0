"""The typed resources codegen writes: every manifest operation is a method of its tag, with
the generated function's parameters minus what the scope fills, and paged lists page."""

from __future__ import annotations

import importlib
import inspect
import json
from pathlib import Path

import pytest

from commerce_sdk import Chift, JtlErp, PackCloud
from commerce_sdk._codegen.generate import package_path
from commerce_sdk._codegen.resources import PAGE_SHAPES, camel

ROOT = Path(__file__).resolve().parents[2]
CLIENTS = [JtlErp, Chift, PackCloud]


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
def test_page_shapes_match_the_facade(client: type[JtlErp]) -> None:
    shape = client.page_shape
    assert PAGE_SHAPES[(shape.page_param, shape.size_param)] == shape.items[0]


@pytest.mark.parametrize("client", CLIENTS, ids=lambda c: c.__name__)
def test_every_operation_is_a_typed_method(client: type[JtlErp]) -> None:
    package = client.package
    manifest = json.loads((package_path(ROOT / "generated", package) / "_manifest.json").read_text())
    scope_class = importlib.import_module(f"{package}._resources").ApiScope
    assert client.scope_class is scope_class
    paged = 0
    for key, op in manifest["operations"].items():
        tag, name = key.split(".", 1)
        resource = importlib.import_module(f"{package}._resources.{tag}")
        api = getattr(resource, f"{camel(tag)}Api")
        assert isinstance(
            inspect.getattr_static(scope_class, tag), property | type(scope_class.__dict__[tag])
        )
        generated = importlib.import_module(f"{package}.api.{tag}.{name}")
        wanted = set(inspect.signature(generated._get_kwargs).parameters)
        filled = (
            {op["path_params"][client.tenant_path_param]}
            if client.tenant_path_param in op["path_params"]
            else set()
        )
        if name in api.__slots__:  # a paged list: an object with __call__, pages, paginate
            paged += 1
            target = getattr(resource, f"{camel(name)}Operation").__call__
            pages = inspect.signature(getattr(resource, f"{camel(name)}Operation").pages).parameters
            assert {"page_size", "start_page", "prefetch", "options"} <= set(pages)
        else:
            target = getattr(api, name)
        params = inspect.signature(target).parameters
        assert set(params) - {"self", "options"} == wanted - filled, key
        assert all(p.kind is inspect.Parameter.KEYWORD_ONLY for n, p in params.items() if n != "self"), key
        assert f"{op['method']} {op['path']}" in (
            target.__doc__ or getattr(resource, f"{camel(name)}Operation").__doc__
        )
    assert paged > 0


def test_api_reference_is_current_and_check_catches_a_stale_one(tmp_path: Path) -> None:
    from commerce_sdk._codegen.api_doc import update_api_docs
    from commerce_sdk._codegen.generate import load_providers

    providers = list(load_providers(ROOT / "specs" / "sources.yaml").values())
    docs = ROOT / "docs" / "api"
    assert update_api_docs(docs, providers, ROOT / "generated", check=True) == []
    stale = tmp_path / "api"
    stale.mkdir()
    for provider in providers:
        text = (docs / f"{provider.name}.md").read_text()
        assert text.count("#### `") == len(
            json.loads((package_path(ROOT / "generated", provider.package) / "_manifest.json").read_text())[
                "operations"
            ]
        )
        (stale / f"{provider.name}.md").write_text(text)
    jtl_doc = stale / "jtl-erp.md"
    jtl_doc.write_text(jtl_doc.read_text().replace("#### `item.get_item`", "#### `item.get_itemz`"))
    problems = update_api_docs(stale, providers, ROOT / "generated", check=True)
    assert problems == [f"{jtl_doc}: the API reference is stale; run ./codegen.sh"]
    assert "- call: `await scope.item.get_item(...)` → `Item`" in (docs / "jtl-erp.md").read_text()
