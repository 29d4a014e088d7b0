"""`python -m commerce_sdk.sandbox --port 8080 --seed 7`: serve the sandbox until Ctrl-C.

Prints the base URLs and credentials (`--json` for scripts, `--env` for `from_env()`) so any HTTP client or
the SDK can be pointed at it by hand.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import shlex
import signal
import sys
import threading
from typing import Any

from .config import Fault, SandboxConfig
from .server import Sandbox


def _fault(text: str) -> Fault:
    try:
        data = json.loads(text)
        if isinstance(data.get("statuses"), list):
            data["statuses"] = tuple(data["statuses"])
        return Fault(**data)
    except (ValueError, TypeError, AttributeError) as exc:
        raise argparse.ArgumentTypeError(f"bad fault {text!r}: {exc}") from None


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m commerce_sdk.sandbox", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0, help="0 picks a free port (default)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--tenants", type=int, default=3, help="tenants per provider")
    parser.add_argument("--items", type=int, default=2500, help="JTL items per tenant")
    parser.add_argument("--chift-token-lifetime", type=float, default=1800.0)
    parser.add_argument("--no-validate-responses", action="store_true", help="skip response validation")
    parser.add_argument(
        "--fault",
        type=_fault,
        action="append",
        default=[],
        help='fault rule as JSON, e.g. \'{"kind": "error", "route": "GET /erp/items", "rate": 0.2}\'',
    )
    parser.add_argument(
        "--webhook-bad-signature",
        action="store_true",
        help="sign Chift webhook deliveries with the wrong key (to test a receiver's refusal)",
    )
    parser.add_argument("--json", action="store_true", help="print URLs and credentials as one JSON object")
    parser.add_argument(
        "--env",
        action="store_true",
        help="print `export NAME=value` lines that JtlErp/Chift/PackCloud.from_env() read",
    )
    return parser


def describe(sb: Sandbox) -> dict[str, Any]:
    return {
        "urls": dataclasses.asdict(sb.urls),
        "credentials": dataclasses.asdict(sb.credentials),
        "seed": sb.config.seed,
        "operations": len(sb.routes),
    }


def env_lines(sb: Sandbox) -> list[str]:
    """Shell lines that point each client's `from_env()` at this sandbox (API key auth for JTL)."""
    creds = sb.credentials
    values = {
        "JTL_API_KEY": creds.jtl_erp.api_key,
        "JTL_APP_ID": creds.jtl_erp.app_id,
        "JTL_APP_VERSION": creds.jtl_erp.app_version,
        "JTL_BASE_URL": sb.urls.jtl_erp,
        "CHIFT_CLIENT_ID": creds.chift.client_id,
        "CHIFT_CLIENT_SECRET": creds.chift.client_secret,
        "CHIFT_ACCOUNT_ID": creds.chift.account_id,
        "CHIFT_BASE_URL": sb.urls.chift,
        "PACKCLOUD_TOKEN": creds.packcloud.token,
        "PACKCLOUD_BASE_URL": sb.urls.packcloud,
    }
    lines = [f"export {name}={shlex.quote(value)}" for name, value in values.items()]
    lines.append(f"# JTL tenants: {' '.join(creds.jtl_erp.tenants)}")
    lines.append(f"# Chift consumers: {' '.join(creds.chift.consumers)}")
    lines.append(f"# Pack.cloud organizations: {' '.join(creds.packcloud.organizations)}")
    lines.append("# serving until Ctrl-C")
    return lines


def main(argv: list[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    config = SandboxConfig(
        seed=args.seed,
        host=args.host,
        port=args.port,
        tenants=args.tenants,
        items_per_tenant=args.items,
        chift_token_lifetime=args.chift_token_lifetime,
        validate_responses=not args.no_validate_responses,
        faults=tuple(args.fault),
        webhook_bad_signature=args.webhook_bad_signature,
    )
    stop = threading.Event()
    signal.signal(signal.SIGINT, lambda *_: stop.set())
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    with Sandbox(config) as sb:
        info = describe(sb)
        if args.env:
            print("\n".join(env_lines(sb)), flush=True)
        elif args.json:
            print(json.dumps(info, indent=2), flush=True)
        else:
            creds = sb.credentials
            print(
                f"commerce-sdk sandbox on {sb.base_url} (seed {config.seed}, {info['operations']} operations)"
            )
            print(f"  JTL-Wawi ERP  {sb.urls.jtl_erp}")
            print(f"      x-api-key {creds.jtl_erp.api_key}  x-appid {creds.jtl_erp.app_id}")
            print(f"      x-appversion {creds.jtl_erp.app_version}")
            print(f"      tenants   {', '.join(creds.jtl_erp.tenants)}")
            jtl = creds.jtl_erp
            print(f"      oauth2    {jtl.token_url}  {jtl.client_id} / {jtl.client_secret}")
            print(f"  Chift         {sb.urls.chift}  (token: POST {sb.urls.chift}/token)")
            print(f"      clientId  {creds.chift.client_id}  clientSecret {creds.chift.client_secret}")
            print(f"      accountId {creds.chift.account_id}")
            print(f"      consumers {', '.join(creds.chift.consumers)}")
            print(f"  Pack.cloud    {sb.urls.packcloud}")
            print(f"      token     {creds.packcloud.token}")
            print(f"      orgs      {', '.join(creds.packcloud.organizations)}")
            print("Ctrl-C stops it.", flush=True)
        while not stop.wait(0.5):
            if not sb.running:
                print("sandbox server stopped unexpectedly", file=sys.stderr)
                return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
