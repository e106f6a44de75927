# One command runner: make setup | demo | test | lint | bench | normalise | templates | serve
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: setup demo test lint bench fuzz normalise golden templates serve clean

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

golden: setup  ## regenerate tests/golden/ from meetings/ (only when a change to the CSVs is meant)
	$(VENV)/bin/wgcompare compare meetings --out $(CURDIR)/.golden-out --no-cache
	cp .golden-out/*.csv tests/golden/ && rm -rf .golden-out

templates: setup  ## after editing compare/report/templates/: the compiled templates the package carries
	$(PY) -c "from compare.report import templating; templating.write_compiled(templating.COMPILED)"

lint: setup
	$(VENV)/bin/ruff check compare tests bench

bench: setup  ## compiled bytecode first, as an installed package has it (even where PYTHONDONTWRITEBYTECODE is set)
	$(PY) -m compileall -q compare
	$(PY) bench/run.py
	$(PY) bench/hard_pairs.py
	$(PY) bench/serve.py

serve: setup
	$(VENV)/bin/wgcompare serve meetings

# Hypothesis and the hostile generators for minutes, outside `make test` (FUZZ_EXAMPLES per property)
FUZZ_EXAMPLES ?= 2000
fuzz: setup
	WGCOMPARE_FUZZ_EXAMPLES=$(FUZZ_EXAMPLES) $(PY) -m pytest -q -p no:cacheprovider fuzz
	HYPOTHESIS_PROFILE=explore $(PY) -m pytest -q -p no:cacheprovider tests -k 'arbitrary or idempotent or fuzz or property'

clean:
	rm -rf $(VENV) reports_out/*.html reports_out/*.csv reports_out/themes reports_out/pairs
	rm -rf reports_out/wgcompare.xlsx reports_out/corpus.sqlite reports_out/metadata.json reports_out/akn
