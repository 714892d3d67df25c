# docflow — two commands matter:
#   make run    install (when pyproject.toml changed) and start docflow with demo data (SQLite under
#               instance/); PORT=5150 / HOST=0.0.0.0 also set the base URL unless DOCFLOW_BASE_URL is given
#   make test   install what the tests need and run the suite on SQLite and on PostgreSQL
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 5000
WORKERS ?= 2
# PostgreSQL for the second test run; each run (and each pytest worker) gets a fresh database
PG_URL ?= postgresql+psycopg://postgres@127.0.0.1:5432/docflow_test_$(shell date +%s)
SYSTEM_PACKAGES := chromium poppler-utils qpdf softhsm2 fonts-dejavu-core fonts-liberation fonts-liberation2 libnss3-tools openssl libreoffice-writer-nogui
ARTIFACTS ?= $(CURDIR)/test-artifacts

.PHONY: run install install-test system-deps test test-sqlite test-postgres lint bench mutation

# the base URL certificates name for their CRL and OCSP (DOCFLOW_BASE_URL wins when given)
DOCFLOW_BASE_URL ?= http://$(HOST):$(PORT)

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# installed again only when pyproject.toml changed (a stamp per set of dependencies)
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test]'
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-test: system-deps $(VENV)/.installed-test

# Debian packages the tests drive for real: Chromium, pdfsig, qpdf, SoftHSM2, certutil, LibreOffice
# (Word to PDF; the -nogui build has no X11/Java: the smallest package that converts .docx/.doc/.odt).
system-deps:
	@missing=""; for p in $(SYSTEM_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  SUDO=""; [ "$$(id -u)" = 0 ] || SUDO=sudo; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

# init + demo, then gunicorn and the Word converter; the logins are printed last (tools/run.sh)
run: install
	@BIN=$(BIN) HOST=$(HOST) PORT=$(PORT) WORKERS=$(WORKERS) DOCFLOW_BASE_URL=$(DOCFLOW_BASE_URL) bash tools/run.sh

test: install-test
	@mkdir -p $(ARTIFACTS)
	$(BIN)/ruff check .
	$(BIN)/bandit -q -r docflow -c pyproject.toml
	$(BIN)/lint-imports  # the layers (pyproject.toml [tool.importlinter]); services never import flask
	$(BIN)/python tools/import_graph.py  # fails on any import cycle between docflow's packages
	$(BIN)/mypy  # all of docflow/ ([tool.mypy] in pyproject.toml)
	$(BIN)/pip install --quiet 'atheris>=2.3,<3'  # coverage-guided fuzzing (tests/fuzz/test_atheris.py)
	DOCFLOW_ARTIFACTS=$(ARTIFACTS) $(BIN)/pytest -n 2 -p no:cacheprovider -m "not browser"
	# The browser journeys run in their own processes: Playwright's sync API keeps an event loop
	# (and greenlets) alive in its worker, which other tests' asyncio.run() cannot share.
	DOCFLOW_ARTIFACTS=$(ARTIFACTS) $(BIN)/pytest -n 2 -p no:cacheprovider -m browser --ignore=tests/security
	# the XSS check drives its own browser: a process of its own, for the same reason
	DOCFLOW_ARTIFACTS=$(ARTIFACTS) $(BIN)/pytest -p no:cacheprovider -m browser tests/security
	DOCFLOW_ARTIFACTS=$(ARTIFACTS) DOCFLOW_TEST_DATABASE_URL=$(PG_URL) $(BIN)/pytest -n 2 -p no:cacheprovider -m "db and not browser"
	@echo "test artifacts (screenshots, rendered signatures): $(ARTIFACTS)"

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/bandit -q -r docflow -c pyproject.toml
	$(BIN)/lint-imports
	$(BIN)/python tools/import_graph.py
	$(BIN)/mypy

bench: install-test
	$(BIN)/python benchmarks/sign_bench.py
	$(BIN)/python benchmarks/verify_bench.py

# Mutation testing of the verifier (not in CI: CPU-heavy). mutmut mutates docflow/verification/
# (configuration in pyproject.toml, [tool.mutmut]) and runs only the verification tests; the
# kill rate is printed at the end and recorded in the README with the survivors explained in
# tests/verification/test_mutation_survivors.py. MUTMUT_JOBS limits the processes.
MUTMUT_JOBS ?= 2
mutation: install-test
	$(BIN)/pip install --quiet 'mutmut==3.8.1'
	rm -rf mutants
	$(BIN)/mutmut run --max-children $(MUTMUT_JOBS) || true
	$(BIN)/python tools/mutation_score.py
