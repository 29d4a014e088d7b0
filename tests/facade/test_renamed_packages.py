"""The generated clients live under `commerce_sdk_clients`; the old top-level names still work, warning.

Each check runs in a fresh interpreter: an alias is set up on first import, once per process.
"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from commerce_sdk import Chift, ConfigurationError

from .helpers import (
    CHIFT_ACCOUNT,
    CHIFT_CLIENT_ID,
    CHIFT_SECRET,
    LoopbackServer,
    chift_consumers,
    chift_token,
)


def run(code: str, *flags: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *flags, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_new_names_import_without_any_warning() -> None:
    proc = run(
        """
        import commerce_sdk_clients.jtl_erp.models, commerce_sdk_clients.chift.api.consumers
        import commerce_sdk_clients.packcloud
        from commerce_sdk import JtlErp, Chift, PackCloud
        print(JtlErp.package, Chift.package, PackCloud.package)
        """,
        "-W",
        "error",
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == [
        "commerce_sdk_clients.jtl_erp",
        "commerce_sdk_clients.chift",
        "commerce_sdk_clients.packcloud",
    ]


@pytest.mark.parametrize(
    "old,new", [("jtl_erp_client", "jtl_erp"), ("chift_client", "chift"), ("packcloud_client", "packcloud")]
)
def test_old_name_is_the_same_package_and_warns_at_the_users_line(old: str, new: str) -> None:
    proc = run(
        f"""
        import json, warnings
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            import {old}.models
            from {old}.api import __name__ as api_name
            import {old}
        import commerce_sdk_clients.{new} as current
        print(json.dumps({{
            "same": {old} is current and {old}.models is current.models,
            "api": api_name,
            "warnings": [(w.category.__name__, str(w.message), w.filename, w.lineno) for w in caught],
        }}))
        """
    )
    assert proc.returncode == 0, proc.stderr
    data = json.loads(proc.stdout)
    assert data["same"] is True
    assert data["api"] == f"commerce_sdk_clients.{new}.api"  # one module object under both names
    ((category, message, filename, lineno),) = data["warnings"]  # once per process, not per submodule
    assert category == "DeprecationWarning"
    assert f"{old} is deprecated" in message and f"commerce_sdk_clients.{new}" in message and "0.3" in message
    assert (filename, lineno) == ("<string>", 5)  # the user's import line, not importlib's


def test_old_name_fails_loudly_under_warnings_as_errors() -> None:
    proc = run("import chift_client", "-W", "error::DeprecationWarning")
    assert proc.returncode != 0
    assert "DeprecationWarning: chift_client is deprecated" in proc.stderr


def test_an_unknown_submodule_of_an_old_name_is_a_plain_import_error() -> None:
    proc = run(
        """
        import warnings
        warnings.simplefilter("ignore")
        try:
            import chift_client.no_such_module
        except ModuleNotFoundError as exc:
            print("missing", exc.name)
        """
    )
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.split() == ["missing", "chift_client.no_such_module"]


async def test_client_package_under_an_old_name_warns_and_calls_the_renamed_package(
    server: LoopbackServer,
) -> None:
    from commerce_sdk_clients.chift.api.consumers import consumers_get_consumer

    chift_token(server)
    chift_consumers(server)
    with pytest.warns(DeprecationWarning, match="chift_client is deprecated") as record:
        client = Chift(
            client_id=CHIFT_CLIENT_ID,
            client_secret=CHIFT_SECRET,
            account_id=CHIFT_ACCOUNT,
            base_url=f"{server.url}/chift",
            client_package="chift_client",
        )
    assert record[0].filename == __file__  # pointed at this line, past the SDK's frames
    async with client as chift:
        assert chift.package == "commerce_sdk_clients.chift"
        consumer = await chift.consumer("c-1").call(consumers_get_consumer)
        assert consumer.name == "consumer c-1"
    assert [r.path for r in server.requests()][-1] == "/chift/consumers/c-1"


def test_client_package_must_name_a_package() -> None:
    with pytest.raises(ConfigurationError, match="client_package"):
        Chift(client_id="c", client_secret=CHIFT_SECRET, account_id="a", client_package="not a name")
