"""The `commerce-sdk` command: `commerce-sdk codegen ...` and `commerce-sdk sandbox ...`.

Installed with the wheel (console script), so an application can regenerate its clients
and run the sandbox without an SDK checkout; `./codegen.sh` in the repository wraps it.
"""

from __future__ import annotations

import sys

USAGE = """usage: commerce-sdk COMMAND [ARGS...]

commands:
  codegen   generate client packages from OpenAPI specs (extra: commerce-sdk[codegen])
            commerce-sdk codegen update PROVIDER URL|FILE --out DIR --package NAME
            commerce-sdk codegen --out DIR --package NAME [--check]
  sandbox   run the embedded sandbox server (extra: commerce-sdk[sandbox])

`commerce-sdk COMMAND --help` for the options of each.
"""


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if not args or args[0] in ("-h", "--help", "help"):
        print(USAGE, end="")
        return 0 if args else 2
    command, rest = args[0], args[1:]
    if command == "codegen":
        try:
            from ._codegen.__main__ import main as codegen_main
        except ModuleNotFoundError as exc:
            print(
                f"commerce-sdk codegen: {exc.name} is not installed; "
                "install the generator with: pip install 'commerce-sdk[codegen]'",
                file=sys.stderr,
            )
            return 2
        return codegen_main(rest)
    if command == "sandbox":
        try:
            from .sandbox.__main__ import main as sandbox_main
        except ModuleNotFoundError as exc:
            print(
                f"commerce-sdk sandbox: {exc.name} is not installed; "
                "install it with: pip install 'commerce-sdk[sandbox]'",
                file=sys.stderr,
            )
            return 2
        return int(sandbox_main(rest) or 0)
    print(f"commerce-sdk: unknown command {command!r}\n\n{USAGE}", end="", file=sys.stderr)
    return 2


if __name__ == "__main__":
    raise SystemExit(main())
