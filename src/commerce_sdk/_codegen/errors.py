"""The one error codegen raises for bad input: it names the file and the problem."""

from __future__ import annotations


class SpecError(Exception):
    """A spec, overlay or config that cannot be turned into a client."""

    def __init__(self, source: str, problem: str) -> None:
        super().__init__(f"{source}: {problem}")
        self.source = source
        self.problem = problem
