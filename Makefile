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

.PHONY: help install templates generate validate lint typecheck check-generated check-generated-types test mock bench clean test-live fuzz static
.PHONY: robustness-report check-compat

help:
	@echo "make generate   - validate each spec in specs/ and write generated/<api>/"
	@echo "make templates  - recompile templates/compiled (make generate does it)"
	@echo "make generate BUMP=1 - also bump each package's version and prepend its CHANGELOG.md entry"
	@echo "make check-compat [BASE=rev] - breaking changes of each spec since the merge base with main"
	@echo "make validate   - check every spec (structure, \$$refs, house rules, examples)"
	@echo "make test       - validate, lint, type-check, check generated/ is current, pytest"
	@echo "                  (on every core; PYTEST_WORKERS=0 for one pytest process)"
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

# What specs are compared with: the merge base of this branch and BASE_BRANCH, or BASE=REV.
BASE_BRANCH ?= main
BASE ?= $(shell git rev-parse --short "$$(git merge-base HEAD $(BASE_BRANCH) 2>/dev/null)" 2>/dev/null)
BUMP ?=
DIFF_ARGS ?=
# A package's version is the newest in generated/<api>/CHANGELOG.md once there is one
# (`specforge diff --changelog` keeps it), else what its spec's info.version gives.
PACKAGE_VERSION = $$(sed -n 's/^\#\# *\([^ ]*\).*/\1/p' generated/$$api/CHANGELOG.md 2>/dev/null | head -n 1)
VERSION_OPTION = $${version:+--package-version $$version}

# BUMP=1: first compare each spec with BASE, prepend the entry to its CHANGELOG.md and bump
# the version it records (running it again on the same base rewrites that entry).
generate: $(STAMP) templates
	@for api in $(APIS); do \
	  if [ -n "$(BUMP)" ]; then \
	    test -n "$(BASE)" || { echo "make generate BUMP=1: no merge base with $(BASE_BRANCH); give BASE=rev"; exit 2; }; \
	    if git cat-file -e "$(BASE):specs/$$api.yaml" 2>/dev/null; then \
	      $(PY) -m generator diff "$(BASE):specs/$$api.yaml" specs/$$api.yaml --name $$api \
	        --fail-on none --changelog generated/$$api/CHANGELOG.md || exit 1; \
	    fi; \
	  fi; \
	  version=$(PACKAGE_VERSION); \
	  $(PY) -m generator generate specs/$$api.yaml --output generated/$$api --name $$api $(CONFIG_OF) $(VERSION_OPTION) || exit 1; \
	done

# The package templates compiled ahead of time (templates/compiled, committed and
# shipped): a first run then compiles none. Rewritten only when a template changed.
templates: $(STAMP)
	$(PY) -m generator.precompiled

# Breaking changes of every spec since BASE (exit 1 on one): on the wire and in the generated
# package. DIFF_ARGS=--prove also runs the old clients against mocks of the new specs.
check-compat: $(STAMP)
	@test -n "$(BASE)" || { echo "make check-compat: no merge base with $(BASE_BRANCH); give BASE=rev"; exit 2; }
	$(PY) -m generator diff --base $(BASE) $(SPECS) $(DIFF_ARGS)

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
	  version=$(PACKAGE_VERSION); \
	  $(PY) -m generator generate specs/$$api.yaml --output generated/$$api --name $$api $(CONFIG_OF) $(VERSION_OPTION) --check || exit 1; \
	done

# Generated packages must be what `make generate` writes now, and pass ruff and mypy --strict.
check-generated-types: $(STAMP)
	$(VENV)/bin/ruff check --no-cache $(foreach api,$(APIS),generated/$(api)/$(api)_client)
	$(VENV)/bin/mypy --strict $(foreach api,$(APIS),generated/$(api)/$(api)_client)

# The static checks, side by side when make runs with -j (`make test` does: one job per core);
# --output-sync keeps each check's output together, so a failure reads as in a serial run.
static: validate lint typecheck check-generated-types

# pytest runs on every core (pytest-xdist): PYTEST_WORKERS=N for N processes, 0 for one
# process without xdist. --dist load, not a grouping mode: those key tests by node id, and
# Schemathesis' cases of one test share theirs, so all but one would be dropped silently
# (tests/conftest.py orders the longest modules first).
PYTEST_WORKERS ?= auto
PYTEST_PARALLEL = $(if $(filter 0,$(PYTEST_WORKERS)),-p no:xdist,-n $(PYTEST_WORKERS) --dist load)
JOBS ?= $(shell nproc 2>/dev/null || echo 2)

# generated/ being current is checked by tests/test_generate.py (check-generated stays for
# users); checking it here as well would generate every package twice per run.
test: $(STAMP) $(PRISM_STAMP)
	@$(MAKE) --no-print-directory -j$(JOBS) --output-sync=target static
	$(VENV)/bin/pytest $(PYTEST_PARALLEL) $(PYTEST_ARGS)

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
