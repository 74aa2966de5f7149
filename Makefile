# Two commands do everything on a fresh machine: `make demo` and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install generate check-generated lint test demo bench cassettes clean

install: $(STAMP)

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

generate: install
	$(PY) generator/generate.py

check-generated: install
	$(PY) generator/generate.py --check

lint: install
	$(PY) -m ruff check kwork_api generator tests examples bench
	$(PY) -m ruff format --check kwork_api generator tests examples bench
	$(PY) -m mypy

# pytest exits 5 when it collects no test; make treats that as a failure like any other.
test: install check-generated lint
	$(PY) -m pytest

demo: install
	$(PY) examples/run_demo.py

# Re-record tests/cassettes from the emulator over real HTTP (tests replay them offline).
cassettes: install
	$(PY) tests/cassettes/record.py

bench: install
	$(PY) bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
