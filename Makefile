# specforge: every target bootstraps .venv from pyproject.toml + constraints.txt first.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
SPECS := $(wildcard specs/*.yaml)
APIS := $(basename $(notdir $(SPECS)))
API ?= overplane
PORT ?= 4010
PYTEST_ARGS ?=

.PHONY: help install generate validate lint typecheck check-generated check-generated-types test mock bench clean test-live fuzz
.PHONY: robustness-report

help:
	@echo "make generate   - validate each spec in specs/ and write generated/<api>/"
	@echo "make validate   - check every spec (structure, \$$refs, house rules, examples)"
	@echo "make test       - validate, lint, type-check, check generated/ is current, pytest"
	@echo "make mock API=overloop [PORT=4010] - serve a validating mock on 127.0.0.1"
	@echo "make bench      - benchmarks against peer tools, written to bench/RESULTS.md"

# The virtual environment is rebuilt only when the dependency declarations change.
$(STAMP): pyproject.toml constraints.txt
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check --upgrade pip
	$(PY) -m pip install --quiet --disable-pip-version-check -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

# Stoplight Prism for the interop tests, pinned by package-lock.json.
PRISM_STAMP := node_modules/.installed
$(PRISM_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	@touch $(PRISM_STAMP)

install: $(STAMP) $(PRISM_STAMP)

# specs/<api>.toml, when there is one, is that spec's generation config (README: "Customizing
# the output").
CONFIG_OF = $$(test -f specs/$$api.toml && echo --config specs/$$api.toml)

generate: $(STAMP)
	@for api in $(APIS); do \
	  $(PY) -m generator generate specs/$$api.yaml --output generated/$$api --name $$api $(CONFIG_OF) || exit 1; \
	done

validate: $(STAMP)
	$(PY) -m generator validate $(SPECS)

lint: $(STAMP)
	$(VENV)/bin/ruff check generator templates/runtime tests
	$(VENV)/bin/ruff format --check generator templates/runtime tests

typecheck: $(STAMP)
	$(VENV)/bin/mypy generator
	$(VENV)/bin/mypy --strict --explicit-package-bases templates/runtime

check-generated: $(STAMP)
	@for api in $(APIS); do \
	  $(PY) -m generator generate specs/$$api.yaml --output generated/$$api --name $$api $(CONFIG_OF) --check || exit 1; \
	done

# Generated packages must be what `make generate` writes now, and pass ruff and mypy --strict.
check-generated-types: $(STAMP)
	$(VENV)/bin/ruff check --no-cache $(foreach api,$(APIS),generated/$(api)/$(api)_client)
	$(VENV)/bin/mypy --strict $(foreach api,$(APIS),generated/$(api)/$(api)_client)

# generated/ being current is checked by tests/test_generate.py (check-generated stays for
# users); checking it here as well would generate every package twice per run.
test: validate lint typecheck check-generated-types $(PRISM_STAMP)
	$(VENV)/bin/pytest $(PYTEST_ARGS)

mock: $(STAMP)
	$(PY) -m generator mock specs/$(API).yaml --port $(PORT)

# Benchmarks against the peer tools (not tests: no timing assertions); BENCH_QUICK=1 for a
# fast subset. Writes bench/RESULTS.md.
bench: $(STAMP) $(PRISM_STAMP)
	$(PY) bench/run.py --output bench/RESULTS.md

# Run tests/robustness and rewrite docs/robustness.md (cases tried and their outcome).
robustness-report: $(STAMP)
	$(PY) -m tests.robustness.report

# Property suite against a running server: GET operations only unless ALLOW_WRITES=1.
# e.g. make test-live API=overloop BASE_URL=https://api.overloop.com/public/v1 OVERLOOP_API_KEY=...
BASE_URL ?=
ALLOW_WRITES ?=
LIVE_INTERVAL ?= 0.2
test-live: $(STAMP)
	@test -n "$(BASE_URL)" || { echo "make test-live needs BASE_URL=... (and the API's credentials)"; exit 2; }
	SPECFORGE_LIVE_API=$(API) SPECFORGE_LIVE_BASE_URL=$(BASE_URL) SPECFORGE_ALLOW_WRITES=$(ALLOW_WRITES) SPECFORGE_LIVE_INTERVAL=$(LIVE_INTERVAL) $(VENV)/bin/pytest tests/property/live_suite.py $(PYTEST_ARGS)

# The property suite with many more examples, random seeds and shrinking (long).
fuzz: $(STAMP) $(PRISM_STAMP)
	SPECFORGE_PROPERTY_PROFILE=fuzz $(VENV)/bin/pytest tests/property $(PYTEST_ARGS)

clean:
	rm -rf $(VENV) .mypy_cache .pytest_cache .ruff_cache
