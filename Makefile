# One command runner: make setup | demo | test | lint | bench | normalise
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test lint bench fuzz normalise clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $@

demo: setup
	$(VENV)/bin/wgcompare compare meetings --out reports_out

normalise: setup
	$(VENV)/bin/wgcompare normalise meetings/raw/* --out meetings

test: setup
	$(PY) -m pytest -q

lint: setup
	$(VENV)/bin/ruff check compare tests bench

bench: setup
	$(PY) bench/run.py

# Hypothesis and the hostile generators for minutes, outside `make test` (FUZZ_EXAMPLES per property)
FUZZ_EXAMPLES ?= 2000
fuzz: setup
	WGCOMPARE_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q -p no:cacheprovider fuzz

clean:
	rm -rf $(VENV) reports_out/*.html reports_out/*.csv reports_out/themes reports_out/pairs
