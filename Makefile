# The two contract commands are `make run` and `make test`; everything else is help.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DEMO_DB ?= .demo/demo-team.etdb

# An install stamp per extra, so `make test` after `make run` only adds what is missing.
$(VENV)/.stamp-base: pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $@

$(VENV)/.stamp-test: pyproject.toml $(VENV)/.stamp-base
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

# deduce builds its lookup tables the first time it loads (about a minute): do it once here,
# so tests that start the CLI in a subprocess do not each wait for it.
$(VENV)/.stamp-deduce: $(VENV)/.stamp-base
	$(BIN)/python -c "from deduce import Deduce; Deduce()"
	touch $@

$(VENV)/.stamp-dev: pyproject.toml $(VENV)/.stamp-test
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

.PHONY: run test lint typecheck bench translations installer demo clean

run: $(VENV)/.stamp-base translations
	$(BIN)/expertteam demo --db $(DEMO_DB) --if-missing
	$(BIN)/expertteam gui --db $(DEMO_DB)

test: $(VENV)/.stamp-test $(VENV)/.stamp-deduce translations
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest $(PYTEST_ARGS)

demo: $(VENV)/.stamp-base
	$(BIN)/expertteam demo --db $(DEMO_DB)

lint: $(VENV)/.stamp-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check expertteam_app

typecheck: $(VENV)/.stamp-dev
	$(BIN)/mypy

bench: $(VENV)/.stamp-test
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m benchmarks

# Qt Linguist: .ts files are committed, .qm files are built.
translations: $(VENV)/.stamp-base
	$(BIN)/python -m ui.i18n_build

installer: $(VENV)/.stamp-dev translations
	$(BIN)/python installer/build.py

clean:
	rm -rf build dist .pytest_cache .mypy_cache .ruff_cache
