# On a fresh machine `make demo` and `make test` create .venv and install what they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE := examples/sample_report.txt

.PHONY: demo test lint types unit browser docs bench bench-corpus fuzz clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip

$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev]'
	touch $@

$(VENV)/.installed-docs: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[docs]'
	touch $@

$(VENV)/.installed-bench: pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install -q -e '.[dev,bench]'
	touch $@

demo: $(VENV)/.installed
	$(BIN)/python -m dutyreport parse $(SAMPLE)

lint: $(VENV)/.installed-dev
	$(BIN)/ruff check src tests $(wildcard benchmarks) mkdocs_doctests.py

types: $(VENV)/.installed-dev
	$(BIN)/mypy --strict src

# SLOW=1 also runs the big hostile inputs (marked slow); CI sets it.
PYTEST_MARKS := $(if $(SLOW),,-m "not slow")

unit: $(VENV)/.installed-dev browser
	$(BIN)/python -m pytest -q $(PYTEST_MARKS)

# The browser tests use Debian's Chromium (and a CJK font for a readable screenshot): installed once when
# missing and this is root with apt-get; otherwise, or offline, the browser tests are skipped and say why.
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian's chromium for the browser tests"; \
	    { timeout 900 apt-get update -qq && DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq \
	      --no-install-recommends chromium fonts-wqy-microhei >/dev/null; } \
	      || echo "chromium could not be installed: the browser tests will be skipped"; \
	  else echo "no chromium, and no apt-get as root to install it: the browser tests will be skipped"; fi; }

# The documentation site, warnings as errors, into site/.
docs: $(VENV)/.installed-docs
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict --site-dir site

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
	rm -rf $(VENV) build dist site *.egg-info
