# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make demo   -- install, then run the back-office example against the embedded sandbox
#   make test   -- install, then codegen --check, ruff, mypy --strict, pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.install-stamp

.PHONY: install codegen check test lint typecheck demo bench clean redis-server

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

# The fleet tests run against a real Redis server (started by the tests on a free port).
redis-server:
	@command -v redis-server >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq redis-server >/dev/null; \
	  else \
	    echo "make test needs redis-server on PATH: install it (e.g. sudo apt-get install redis-server)" >&2; exit 1; \
	  fi; }

test: install check lint typecheck redis-server
	$(BIN)/python -m pytest -q

demo: install
	$(BIN)/python -m examples.demo

bench: install
	$(BIN)/python -m bench

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
