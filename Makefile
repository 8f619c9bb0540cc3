# plan-analysis — run `make` (or `make help`) to list the targets.
.DEFAULT_GOAL := help
SHELL := /bin/bash

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
UV_VERSION := 0.13.9
CHROMIUM := /usr/bin/chromium

# A .venv whose interpreter no longer starts, or is not 3.11, is broken: forget its stamp so the
# next target rebuilds it instead of reusing it.
ifneq ($(wildcard $(STAMP)),)
ifneq ($(shell $(PY) -I -c 'import sys; print(sys.version_info[:2] == (3, 11))' 2>/dev/null),True)
$(shell rm -f $(STAMP))
endif
endif

## Build every report and figure from the bundled data (sets up .venv first if needed)
reports: $(STAMP)
	$(PY) -m analysis batch

## Run the test suite, browser test included (sets up .venv and Chromium first if needed)
test: $(STAMP) browser
	$(PY) -m pytest

## Create .venv from requirements.lock (rebuilt from scratch when the lock or pyproject changes)
venv: $(STAMP)

# The stamp is written only after a complete install and an import check; any failure removes
# .venv, so a half-installed environment is never reused.
$(STAMP): requirements.lock pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(not (3, 11, 5) <= sys.version_info < (3, 12))' 2>/dev/null || { \
	  echo "error: plan-analysis needs Python 3.11 (3.11.5 or later), but '$(PYTHON)' is $$($(PYTHON) --version 2>/dev/null || echo 'not found')." >&2; \
	  echo "       Install python3.11 (e.g. apt-get install python3.11 python3.11-venv) or run: make PYTHON=/path/to/python3.11 $(MAKECMDGOALS)" >&2; \
	  exit 1; }
	rm -rf $(VENV)
	@{ $(PYTHON) -m venv $(VENV) \
	  && $(PY) -m pip install --quiet uv==$(UV_VERSION) \
	  && $(VENV)/bin/uv pip install --python $(PY) --quiet -r requirements.lock \
	  && $(VENV)/bin/uv pip install --python $(PY) --quiet --no-deps -e . \
	  && $(PY) -c 'import analysis.batch, fontTools.subset, brotli, papermill, nbconvert, jupytext, playwright, pytest' \
	  && touch $(STAMP); } || { rm -rf $(VENV); echo "error: installing .venv failed (see above); it was removed, so the next make starts afresh" >&2; exit 1; }

## Make sure Debian's chromium is installed for the browser test (apt-get as root), or say what is missing
browser:
	@test -x $(CHROMIUM) || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	    echo "installing Debian's chromium for the browser test"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; \
	  fi; }
	@test -x $(CHROMIUM) || { echo "error: the browser test needs Debian's chromium at $(CHROMIUM); install it with: sudo apt-get install chromium" >&2; exit 1; }

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

.PHONY: reports test venv browser bench sync clean help
