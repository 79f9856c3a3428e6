# The two ways in: `make demo` and `make test` (see README.md).
PYTHON ?= python3
VENV   := .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test lint typecheck unit bench fuzz score clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[dev,dask,parquet]'
	touch $(STAMP)

demo: $(STAMP)
	mkdir -p demo-out
	$(VENV)/bin/pressparse convert fixtures -o demo-out/releases.jsonl --exclude '*.expected.json' --exclude README.md
	$(PY) scripts/summarise.py demo-out/releases.jsonl

test: lint typecheck unit

lint: $(STAMP)
	$(VENV)/bin/ruff check src tests scripts $(wildcard benchmarks)

typecheck: $(STAMP)
	$(VENV)/bin/mypy

unit: $(STAMP)
	$(PY) -m pytest

bench: $(STAMP)
	$(PY) -m pip install --quiet -e '.[dev,dask,parquet,bench]'
	$(PY) benchmarks/run.py

fuzz: $(STAMP)
	$(PY) scripts/fuzz.py --minutes $(or $(MINUTES),10)

score: $(STAMP)
	$(PY) ../shared/eval/score.py ../shared/corpus/dev

clean:
	rm -rf $(VENV) demo-out .mypy_cache .ruff_cache .pytest_cache .hypothesis
