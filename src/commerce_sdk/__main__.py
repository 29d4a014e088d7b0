"""`python -m commerce_sdk ...` is the `commerce-sdk` command."""

from ._cli import main

raise SystemExit(main())
