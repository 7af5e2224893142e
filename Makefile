# On a fresh machine `make demo` and `make test` create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/sample_report.txt

.PHONY: demo test lint types unit bench bench-corpus fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/python -m dutyreport parse $(SAMPLE)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests $(wildcard benchmarks)

types: $(VENV)/.installed-dev
	$(BIN)/mypy --strict src

# SLOW=1 also runs the big hostile inputs (marked slow); CI sets it.
PYTEST_MARKS := $(if $(SLOW),,-m "not slow")

unit: $(VENV)/.installed-dev
	$(BIN)/python -m pytest -q $(PYTEST_MARKS)

test: lint types unit

bench: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/run.py

# 2,000 synthetic reports to one Parquet table with --jobs 1 and 2: files/s, MB/s, peak memory.
bench-corpus: $(VENV)/.installed-bench
	$(BIN)/python benchmarks/run.py --corpus

# 10 minutes of coverage-guided fuzzing of parse and find_quantities; crashing inputs go to /tmp.
fuzz: $(VENV)/.installed-dev
	$(BIN)/python -m pip install -q -e '.[fuzz]'
	$(BIN)/python benchmarks/fuzz.py -max_total_time=600 -timeout=30 -artifact_prefix=/tmp/dutyreport-fuzz-

clean:
	rm -rf $(VENV) build dist *.egg-info
