"""Turns the measurements into bench/results.json and bench/RESULTS.md."""

from __future__ import annotations

import json
import statistics
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .imports import TAG_IMPORT
from .throughput import EXTRA_VARIANTS, VARIANTS, Sample

HERE = Path(__file__).resolve().parent


def _prefetch_bound(p: dict[str, Any], key: str) -> float:
    from .pagination import bound

    return bound(p["fetch_ms"], p["work_ms"], p.get("parse_ms", 0.0), key.startswith("cpu"))


@dataclass
class Target:
    number: str
    what: str
    value: str
    baseline: str
    ratio: float | None
    target: str
    met: bool | None  # None: informational

    def row(self) -> str:
        ratio = "" if self.ratio is None else f"{self.ratio:.2f}"
        met = {True: "yes", False: "**MISSED**", None: "(info)"}[self.met]
        return _cells(self.number, self.what, self.value, self.baseline, ratio, self.target, met)


def summarise_throughput(samples: dict[str, dict[int, list[Sample]]]) -> dict[str, dict[int, dict[str, Any]]]:
    out: dict[str, dict[int, dict[str, Any]]] = {}
    for name, by_c in samples.items():
        for c, runs in by_c.items():
            servers = [s.server_cpu for s in runs if s.server_cpu is not None]
            out.setdefault(name, {})[c] = {
                "rps": statistics.median(s.rps for s in runs),
                "all_rps": [round(s.rps, 1) for s in runs],
                "client_cpu_us": statistics.median(s.client_cpu for s in runs) * 1e6,
                "server_cpu": statistics.median(servers) if servers else None,
            }
    return out


def bulk_total(bulk: dict[str, Any]) -> int:
    return int(bulk.get("total", {}).get("items_per_s", 0))


def _cells(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def _providers(cg: dict[str, Any]) -> str:
    names = cg["providers"]
    return "all providers" if names == "all" else ", ".join(names)


def _fmt(value: float) -> str:
    return f"{value:,.0f}"


def targets(results: dict[str, Any]) -> list[Target]:
    rows: list[Target] = []
    tp = results.get("throughput")
    if tp:
        top = max(tp["sdk"])
        sdk, aio, hx = tp["sdk"][top]["rps"], tp["raw aiohttp"][top]["rps"], tp["raw httpx"][top]["rps"]
        rows.append(
            Target(
                "1",
                f"SDK vs raw aiohttp, C={top} (req/s)",
                _fmt(sdk),
                _fmt(aio),
                sdk / aio,
                ">= 0.75",  # issue 18 (issue 12's floor: >= 0.6; the first goal: >= 0.5)
                sdk / aio >= 0.75,
            )
        )
        rows.append(
            Target(
                "1",
                f"SDK vs raw httpx, C={top} (req/s)",
                _fmt(sdk),
                _fmt(hx),
                sdk / hx,
                ">= 5",
                sdk / hx >= 5,
            )
        )
        sdk_cpu, aio_cpu = tp["sdk"][top]["client_cpu_us"], tp["raw aiohttp"][top]["client_cpu_us"]
        # The steadier measure on a shared machine: raw aiohttp is often not CPU-bound there, so
        # its req/s (the baseline above) moves with the neighbours' load; CPU per request moves less.
        rows.append(
            Target(
                "1",
                f"the same as client CPU per request: raw aiohttp's / the SDK's, C={top} (us)",
                f"{sdk_cpu:.0f}",
                f"{aio_cpu:.0f}",
                aio_cpu / sdk_cpu,
                ">= 0.5",
                aio_cpu / sdk_cpu >= 0.5,
            )
        )
        for c in sorted(tp["sdk"]):
            gen, mine = tp["generated/aiohttp"][c]["rps"], tp["sdk"][c]["rps"]
            overhead = gen / mine - 1
            rows.append(
                Target(
                    "2",
                    f"facade overhead: SDK vs generated client, same aiohttp transport, C={c}",
                    _fmt(mine),
                    _fmt(gen),
                    mine / gen,
                    "overhead <= 10%",
                    overhead <= 0.10,
                )
            )
        if "sdk/httpx" in tp and "generated/httpx" in tp:
            # Informational: at ~100 req/s httpx's pool costs ~9 ms of CPU per request and the
            # run-to-run spread (+-30 %) dwarfs the facade's ~0.05 ms (bench/NOTES.md).
            gen, mine = tp["generated/httpx"][top]["rps"], tp["sdk/httpx"][top]["rps"]
            rows.append(
                Target(
                    "2",
                    f"facade overhead on httpx's own transport, C={top} (pool-bound, see notes)",
                    _fmt(mine),
                    _fmt(gen),
                    mine / gen,
                    "",
                    None,
                )
            )
    ov = results.get("overhead")
    if ov:
        mem = ov["in_memory_us"]
        rows.append(
            Target(
                "2",
                "facade overhead in memory (no network): SDK vs generated client (us/call)",
                f"{mem['sdk']:.0f}",
                f"{mem['generated']:.0f}",
                mem["sdk"] / mem["generated"],
                "<= 1.10",
                mem["sdk"] / mem["generated"] <= 1.10,
            )
        )
        pairs = ov.get("paired", {})
        if "sdk/sdk_untraced" in pairs:  # call by call, medians (see overhead.paired)
            pair = pairs["sdk/sdk_untraced"]
            rows.append(
                Target(
                    "2",
                    "tracing: OpenTelemetry installed, no provider: SDK default vs tracing=False "
                    "(us/call, alternating calls, medians)",
                    f"{pair['us']:.2f}",
                    f"{pair['baseline_us']:.2f}",
                    pair["ratio"],
                    "<= 1.02",
                    pair["ratio"] <= 1.02,
                )
            )
        elif "sdk_untraced" in mem:  # older results: best of interleaved rounds
            rows.append(
                Target(
                    "2",
                    "tracing: OpenTelemetry installed, no provider: SDK default vs tracing=False (us/call)",
                    f"{mem['sdk']:.1f}",
                    f"{mem['sdk_untraced']:.1f}",
                    mem["sdk"] / mem["sdk_untraced"],
                    "<= 1.02",
                    mem["sdk"] / mem["sdk_untraced"] <= 1.02,
                )
            )
        if "sdk/sdk" in pairs:
            pair = pairs["sdk/sdk"]
            rows.append(
                Target(
                    "2",
                    "the same method A/A: two default SDK clients (what it reports for no difference)",
                    f"{pair['us']:.2f}",
                    f"{pair['baseline_us']:.2f}",
                    pair["ratio"],
                    "",
                    None,
                )
            )
        if "sdk_typed" in mem:
            rows.append(
                Target(
                    "2",
                    "typed method `shop.item.get_item()` vs `shop.call(get_item)`, in memory (us/call)",
                    f"{mem['sdk_typed']:.1f}",
                    f"{mem['sdk']:.1f}",
                    mem["sdk_typed"] / mem["sdk"],
                    "<= 1.05",
                    mem["sdk_typed"] / mem["sdk"] <= 1.05,
                )
            )
        rows.append(
            Target(
                "2",
                "the same: SDK vs the bare generated code (no facade, no AsyncClient) (us/call)",
                f"{mem['sdk']:.0f}",
                f"{mem['floor']:.0f}",
                mem["sdk"] / mem["floor"],
                "",
                None,
            )
        )
    pg = results.get("pagination")
    if pg:
        small, large = pg["memory"]["small"], pg["memory"]["large"]
        label = f"{large['items']:,} / {small['items']:,} items"
        if small.get("traced_peak") and large.get("traced_peak"):
            ratio = large["traced_peak"] / small["traced_peak"]
            rows.append(
                Target(
                    "3",
                    f"pagination peak memory (tracemalloc), {label}",
                    f"{large['traced_peak'] / 1e6:.2f} MB",
                    f"{small['traced_peak'] / 1e6:.2f} MB",
                    ratio,
                    "<= 1.2",
                    ratio <= 1.2,
                )
            )
        if small["rss_growth"] and large["rss_growth"]:
            ratio = large["rss_growth"] / small["rss_growth"]
            rows.append(
                Target(
                    "3",
                    f"pagination peak RSS growth, {label}",
                    f"{large['rss_growth'] / 1e6:.2f} MB",
                    f"{small['rss_growth'] / 1e6:.2f} MB",
                    ratio,
                    "<= 1.2",
                    ratio <= 1.2,
                )
            )
        for key, label, target in (
            ("io", "consumer awaits I/O as long as a page fetch takes", True),
            ("cpu", "consumer computes (CPU-bound) as long as a page fetch takes", False),
            ("io, latency", "consumer awaits I/O as long as the server's latency", False),
            ("cpu, latency", "consumer computes as long as the server's latency", False),
        ):
            p = pg.get("prefetch", {}).get(key)
            if p:
                ratio = p["sequential_s"] / p["prefetch_s"]
                best = _prefetch_bound(p, key)
                rows.append(
                    Target(
                        "3",
                        f"prefetch vs prefetch=False, {p['latency_ms']:g} ms/page server latency, {label}"
                        f" ({p['work_ms']:.1f} ms/page)",
                        f"{p['prefetch_s']:.2f} s",
                        f"{p['sequential_s']:.2f} s",
                        ratio,
                        ">= 1.5" if target else f"ideal one page ahead ~{best:.2f}",
                        ratio >= 1.5 if target else None,
                    )
                )
        bulk = pg.get("bulk")
        if bulk:
            for suffix, is_target in (("", True), (", gc.freeze()", False)):
                sdk_name = "sdk paginate (prefetch on), typed Items" + suffix
                if sdk_name not in bulk:
                    continue
                sdk = bulk[sdk_name]["items_per_s"]
                for base_name, floor in (
                    ("raw aiohttp page loop + json.loads", 0.8),
                    ("raw httpx page loop + json.loads", 1.1),
                ):
                    base = bulk[base_name + suffix]["items_per_s"]
                    rows.append(
                        Target(
                            "3",
                            f"bulk read: paginate vs {base_name} "
                            f"(items/s, {bulk_total(bulk):,} items{suffix})",
                            _fmt(sdk),
                            _fmt(base),
                            sdk / base,
                            f">= {floor}" if is_target else "",
                            sdk / base >= floor if is_target else None,
                        )
                    )
    im = results.get("imports")
    if im:
        base = im["import httpx"]["median_ms"]
        for name in ("import commerce_sdk", "from commerce_sdk import JtlErp", TAG_IMPORT):
            if name not in im:
                continue
            value = im[name]["median_ms"]
            rows.append(
                Target(
                    "4",
                    f"`{name}` vs `import httpx`",
                    f"{value:.1f} ms",
                    f"{base:.1f} ms",
                    value / base,
                    "<= 2",
                    None if name == TAG_IMPORT else value / base <= 2,
                )
            )
    cg = results.get("codegen")
    if cg:
        rows.append(
            Target(
                "5",
                f"codegen no-op rerun ({_providers(cg)})",
                f"{cg['noop_s']:.2f} s",
                f"{cg['startup_s']:.2f} s interpreter + imports",
                None,
                "<= 2 s",
                cg["noop_s"] <= 2.0,
            )
        )
        rows.append(
            Target(
                "5",
                f"codegen cold regeneration ({_providers(cg)})",
                f"{cg['cold_s']:.2f} s",
                "",
                None,
                "",
                None,
            )
        )
    pa = results.get("parsing")
    if pa and "one_item_us" in pa:
        one = pa["one_item_us"]
        ours, theirs = one["SDK loads + Item.from_dict"], one["pydantic-core Item.model_validate_json"]
        rows.append(
            Target(
                "6",
                f"decoding + model construction per item, one {pa['one_item_bytes'] / 1000:.1f} kB "
                "JTL Item (us)",
                f"{ours:.1f}",
                "",
                None,
                "<= 20",
                ours <= 20,
            )
        )
        rows.append(
            Target(
                "6",
                "the same vs pydantic-core `Item.model_validate_json` (JSON parsing included), us per item",
                f"{ours:.1f}",
                f"{theirs:.1f}",
                ours / theirs,
                "< 1 (faster)",
                ours < theirs,
            )
        )
        read_all = one.get("SDK loads + Item.from_dict, every nested object read")
        if read_all is not None:
            rows.append(
                Target(
                    "6",
                    "the same with every nested object read (built on first read), vs pydantic-core",
                    f"{read_all:.1f}",
                    f"{theirs:.1f}",
                    read_all / theirs,
                    "",
                    None,
                )
            )
        page = pa["items_per_second"]
        sdk_page = page["SDK loads (orjson) + PagedListOfItem.from_dict"]
        pyd_page = page["pydantic-core PagedListOfItem.model_validate_json"]
        rows.append(
            Target(
                "6",
                "a 100-item page: SDK loads + PagedListOfItem.from_dict vs pydantic-core (items/s)",
                _fmt(sdk_page),
                _fmt(pyd_page),
                sdk_page / pyd_page,
                "",
                None,
            )
        )
    if pa:
        ips = pa["items_per_second"]
        typed, raw = ips["json.loads + PagedListOfItem.from_dict"], ips["json.loads"]
        rows.append(
            Target(
                "6",
                "parse a 100-item page into models vs json.loads alone (items/s)",
                _fmt(typed),
                _fmt(raw),
                typed / raw,
                "",
                None,
            )
        )
    rl = results.get("ratelimit")
    if rl:
        ratio = rl["wall_s"] / rl["ideal_s"]
        rows.append(
            Target(
                "7",
                f"rate limits: {rl['calls']} concurrent calls, server allows {rl['rate']} req/s per tenant "
                f"(JTL headers, 429 beyond): wall s ({rl['failures']} failures, {rl['status_429']} x 429)",
                f"{rl['wall_s']:.1f}",
                f"{rl['ideal_s']:.0f}",
                ratio,
                "<= 1.15, 0 failures",
                ratio <= 1.15 and rl["failures"] == 0,
            )
        )
    return rows


def markdown(results: dict[str, Any], rows: list[Target]) -> str:
    meta = results["meta"]
    lines = [
        "# Benchmark results",
        "",
        f"Written by `make bench` (`python -m bench`) on {meta['date']}, in {meta['seconds']:.0f} s.",
        "",
        f"Machine: **{meta['cpu_count']} cores** (`os.cpu_count()`), {meta['platform']}; "
        f"Python {meta['python']}, "
        f"httpx {meta['versions']['httpx']}, aiohttp {meta['versions']['aiohttp']}, "
        f"httpx-aiohttp {meta['versions']['httpx-aiohttp']}.  Server pinned to core 0, client to core 1: "
        f"{meta['pinned']}.  The machine is shared and noisy, so every figure is a ratio against a "
        "baseline measured in the same run, and each value is the median of several repetitions "
        f"({meta['settings']}).",
        "",
        "## Targets",
        "",
        "| # | measure | value | baseline | ratio | target | met |",
        "|---|---|---|---|---|---|---|",
        *(r.row() for r in rows),
        "",
    ]
    tp = results.get("throughput")
    if tp:
        cs = sorted({c for by_c in tp.values() for c in by_c})
        top = max(cs)
        lines += [
            "## 1. Throughput (requests/s, median; client CPU per request at the top concurrency)",
            "",
            "Each call: `GET /erp/items/{id}` with the same four headers, whole 1.9 kB body read and decoded "
            "(`json.loads` for the raw clients, the generated `Item` model for the others); 100 pooled "
            "keep-alive connections for every client.",
            "",
            "| client | "
            + " | ".join(f"C={c}" for c in cs)
            + f" | CPU us/req (C={top}) | server CPU (C={top}) | what |",
            "|---|" + "---|" * len(cs) + "---|---|---|",
        ]
        described = {**VARIANTS, **EXTRA_VARIANTS}
        for name, by_c in tp.items():
            cells = [_fmt(by_c[c]["rps"]) if c in by_c else "" for c in cs]
            top_row = by_c.get(top)
            cpu = f"{top_row['client_cpu_us']:.0f}" if top_row else ""
            srv = f"{top_row['server_cpu']:.0%}" if top_row and top_row["server_cpu"] is not None else ""
            lines.append(f"| {name} | " + " | ".join(cells) + f" | {cpu} | {srv} | {described[name][1]} |")
        lines.append("")
    ov = results.get("overhead")
    if ov and "breakdown" in ov:
        bd = ov["breakdown"]
        base = bd["raw aiohttp"]
        lines += [
            "## Where a request's client time goes (real server, top concurrency, medians, us per request)",
            "",
            "`wall` is the client's elapsed time per request (1 / req/s).  `send()` is the event loop's "
            "socket write on loopback: its CPU is small, but its wall time -- the single-threaded "
            "client stalled inside the syscall, which here delivers to and wakes the server -- is "
            "not.  `rest` is the client CPU outside `send()`, i.e. Python.",
            "",
            _cells("client", "wall", "CPU", "send() CPU", "send() wall", "rest", "rest - raw aiohttp's"),
            "|---|---|---|---|---|---|---|",
        ]
        for name, v in bd.items():
            split = (
                f"{v['wall_us']:.0f}",
                f"{v['cpu_us']:.0f}",
                f"{v['send_cpu_us']:.0f}",
                f"{v['send_wall_us']:.0f}",
                f"{v['rest_us']:.0f}",
                f"{v['rest_us'] - base['rest_us']:+.0f}",
            )
            lines.append(_cells(name, *split))
        lines.append("")
    if ov:
        mem = ov["in_memory_us"]
        lines += [
            "In memory (a transport that answers at once, best of interleaved rounds), us per call: "
            f"SDK {mem['sdk']:.0f}, generated client {mem['generated']:.0f}, bare generated code "
            f"{mem['floor']:.0f} -- the facade itself costs {mem['sdk'] - mem['floor']:.0f} us per call.",
            "",
        ]
    pg = results.get("pagination")
    if pg:
        lines += ["## 3. Pagination", ""]
        bulk = pg.get("bulk")
        if bulk:
            lines += [
                f"Bulk read: every item of a {bulk_total(bulk):,}-item list in pages of 100 (the 1.9 kB "
                "`Item`), each client in turn, repeated and interleaved; median items/s (all runs):",
                "",
                "| client | items/s | runs |",
                "|---|---|---|",
                *(
                    f"| {name} | {_fmt(v['items_per_s'])} | {', '.join(_fmt(x) for x in v['all'])} |"
                    for name, v in bulk.items()
                    if name != "total"
                ),
                "",
            ]
        lines += ["| items | seconds | tracemalloc peak | peak RSS growth |", "|---|---|---|---|"]
        for key in ("small", "large"):
            m = pg["memory"][key]
            peak = f"{m['traced_peak'] / 1e6:.2f} MB" if m.get("traced_peak") else "-"
            lines.append(f"| {m['items']:,} | {m['seconds']:.1f} | {peak} | {m['rss_growth'] / 1e6:.2f} MB |")
        lines += [
            "",
            "Prefetch: every item of a list, page size 100, with the server waiting the given latency "
            "per page.  The consumer spends per page either as long as one page takes to fetch "
            "sequentially (`fetch ms`, calibrated in the same run: latency + transfer + our parsing -- "
            "the issue's \"comparable time per page\") or only the server's latency.  Pages are "
            "fetched at most one ahead (issue 4), so a page still takes at least one fetch; and "
            "with one thread a CPU-bound consumer also waits for our own work (`client CPU`: request, "
            "read, decode, parse).  `ideal` is the speed-up that allows, estimated from this run's "
            "calibration: (fetch + work) / max(fetch, work, [client CPU + work if CPU-bound]).",
            "",
            _cells(
                "consumer",
                "pages",
                "latency",
                "fetch ms/page",
                "client CPU ms/page",
                "consumer ms/page",
                "prefetch=False",
                "prefetch",
                "speed-up",
                "ideal",
            ),
            "|---|---|---|---|---|---|---|---|---|---|",
        ]
        for key, p in pg.get("prefetch", {}).items():
            lines.append(
                _cells(
                    key,
                    str(p["pages"]),
                    f"{p['latency_ms']:g} ms",
                    f"{p['fetch_ms']:.1f}",
                    f"{p.get('parse_ms', 0.0):.1f}",
                    f"{p['work_ms']:.1f}",
                    f"{p['sequential_s']:.2f} s",
                    f"{p['prefetch_s']:.2f} s",
                    f"{p['sequential_s'] / p['prefetch_s']:.2f}x",
                    f"{_prefetch_bound(p, key):.2f}x",
                )
            )
        lines.append("")
    im = results.get("imports")
    if im:
        lines += [
            "## 4. Import time (`python -X importtime -c ...`, byte-code cached, median)",
            "",
            "| statement | ms | x `import httpx` |",
            "|---|---|---|",
        ]
        base = im["import httpx"]["median_ms"]
        for name, v in im.items():
            lines.append(f"| `{name}` | {v['median_ms']:.1f} | {v['median_ms'] / base:.2f} |")
        lines.append("")
    cg = results.get("codegen")
    if cg:
        lines += [
            "## 5. Codegen (wall time, specs copied to a temporary directory)",
            "",
            f"- cold regeneration (`--force`), {_providers(cg)}: {cg['cold_s']:.2f} s "
            f"(runs: {', '.join(f'{x:.2f}' for x in cg['cold_all_s'])})",
            f"- no-op rerun (inputs unchanged): {cg['noop_s']:.2f} s "
            f"(runs: {', '.join(f'{x:.2f}' for x in cg['noop_all_s'])}); "
            f"interpreter + codegen imports alone: {cg['startup_s']:.2f} s",
            "",
        ]
    pa = results.get("parsing")
    if pa:
        lines += [
            f"## 6. Model parsing (one page: {pa['items_per_page']} full JTL items, "
            f"{pa['page_bytes'] / 1000:.0f} kB)",
            "",
            "| what | items/s | x json.loads |",
            "|---|---|---|",
        ]
        raw = pa["items_per_second"]["json.loads"]
        for name, ips in pa["items_per_second"].items():
            lines.append(f"| {name} | {_fmt(ips)} | {ips / raw:.2f} |")
        lines.append("")
        if "one_item_us" in pa:
            lines += [
                f"One item ({pa['one_item_bytes']:,} bytes of JSON), decoded and built, us per item:",
                "",
                "| what | us |",
                "|---|---|",
                *(f"| {name} | {us:.1f} |" for name, us in pa["one_item_us"].items()),
                "",
            ]
    notes = HERE / "NOTES.md"
    if notes.exists():
        lines += [notes.read_text().rstrip(), ""]
    return "\n".join(lines)


def load(path: Path) -> dict[str, Any]:
    """results.json back into what `write` takes (JSON turned the concurrency keys into strings)."""
    results: dict[str, Any] = json.loads(path.read_text())
    results.pop("targets", None)
    if "throughput" in results:
        results["throughput"] = {
            name: {int(c): point for c, point in by_c.items()} for name, by_c in results["throughput"].items()
        }
    return results


def write(results: dict[str, Any], out_dir: Path) -> list[Target]:
    rows = targets(results)
    results = {**results, "targets": [r.__dict__ for r in rows]}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / "results.json").write_text(json.dumps(results, indent=2, default=str) + "\n")
    (out_dir / "RESULTS.md").write_text(markdown(results, rows))
    return rows
