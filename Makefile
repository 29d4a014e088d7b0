# Two commands do everything on a fresh machine with Python 3.11+ and make:
#   make demo   -- install, then run the back-office example against the embedded sandbox
#   make test   -- install, then codegen --check, ruff, mypy --strict, pytest
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.install-stamp

.PHONY: install codegen check test lint typecheck demo bench clean

install: $(STAMP)

# Re-install only when the project metadata changed (or the venv is missing).
$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	# setuptools maps the two source roots through an import hook that mypy and pyright never
	# run; a static path entry lets them see src/ and generated/ (editable_mode=compat puts
	# only the project root on the path here, so neither root imports).
	$(BIN)/python -c "import pathlib, sysconfig; pathlib.Path(sysconfig.get_paths()['purelib'], \
	  'commerce_sdk_editable_paths.pth').write_text('$(CURDIR)/src\n$(CURDIR)/generated\n')"
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

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
