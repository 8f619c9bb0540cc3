# plan-analysis — run `make` (or `make help`) to list the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

## Build every report and figure from the bundled data (sets up .venv first if needed)
reports: $(STAMP)
	$(PY) -m analysis validate
	$(PY) -m analysis evaluate
	$(PY) -m analysis batch

## Run the test suite (sets up .venv first if needed)
test: $(STAMP)
	$(PY) -m pytest

## Create .venv from requirements.lock (once; rebuilt when the lock or pyproject changes)
venv: $(STAMP)

$(STAMP): requirements.lock pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	$(PY) -m pip install --quiet --no-deps -e .
	touch $(STAMP)

## Run the extraction and batch benchmarks
bench: $(STAMP)
	$(PY) benchmarks/bench_extract.py
	$(PY) benchmarks/bench_batch.py

## Re-pair notebooks: regenerate each .ipynb from its percent .py source
sync: $(STAMP)
	$(VENV)/bin/jupytext --sync notebooks/*.py

## Remove the virtual environment
clean:
	rm -rf $(VENV)

## List the targets
help:
	@awk '/^## /{doc=substr($$0,4); next} /^[a-zA-Z_-]+:/{if(doc){split($$1,t,":"); printf "  \033[1m%-10s\033[0m %s\n", t[1], doc}; doc=""}' $(MAKEFILE_LIST)

.PHONY: reports test venv bench sync clean help
