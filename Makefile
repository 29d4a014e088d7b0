# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make demo   -- install, then run the back-office example against the embedded sandbox
#   make test   -- install, then codegen --check, ruff, mypy --strict, pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.install-stamp

.PHONY: install codegen check test lint typecheck demo bench corpus clean

install: $(STAMP)

# Re-install only when the project metadata changed (or the venv is missing).
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

codegen: install
	./codegen.sh

check: install
	./codegen.sh --check

lint: install
	$(BIN)/ruff check src tests $(wildcard examples bench)
	$(BIN)/ruff format --check src tests $(wildcard examples bench)

typecheck: install
	$(BIN)/mypy

test: install check lint typecheck
	$(BIN)/python -m pytest -q

demo: install
	$(BIN)/python -m examples.demo

bench: install
	$(BIN)/python -m bench

# Every real vendor document of tests/codegen/corpus/manifest.yaml (fetched from npm/PyPI into
# .corpus-cache/): raw generator vs ours, imports, time -> tests/codegen/corpus.md. ~15 minutes.
corpus: install
	$(BIN)/python -m bench.corpus

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
