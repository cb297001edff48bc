# One command per job. Each target sets up the virtual environment it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
RUNTIME := $(VENV)/.runtime
STAMP := $(VENV)/.installed
DRAAGBAAR_TESTS := tests/test_draagbaar.py tests/test_systeem.py tests/test_bestanden.py tests/test_store.py \
	tests/test_versiemap.py tests/test_documentenslot.py tests/test_opnieuw.py
LOCK := $(BIN)/uv pip compile pyproject.toml --universal --python-version 3.11 --generate-hashes --quiet

.PHONY: setup system demo test test-snel test-draagbaar lint bench templates docs lock clean

# The application from requirements.lock (exact versions, every file's hash checked), then vplan itself
# without dependencies; the tests and linters from requirements-test.lock on top. Both locks are made
# from pyproject.toml by `make lock`. setuptools announces every editable install with an
# informational warning; make demo shows only what vplan says. Real build warnings still show.
$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(RUNTIME): requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet --require-hashes -r requirements.lock
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install --quiet --no-deps -e .
	touch $(RUNTIME)

$(STAMP): requirements-test.lock $(RUNTIME)
	$(BIN)/pip install --quiet --require-hashes -r requirements-test.lock
	touch $(STAMP)

setup: $(STAMP)

# LibreOffice is the independent reader the tests convert every document with.
system:
	@command -v soffice >/dev/null 2>&1 && command -v pdftotext >/dev/null 2>&1 || { \
	  echo "LibreOffice en poppler-utils installeren (apt-get)..."; \
	  SUDO=$$( [ "$$(id -u)" = 0 ] || echo sudo ); \
	  $$SUDO apt-get update -qq && \
	  DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq --no-install-recommends \
	    libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-liberation >/dev/null; }

demo: $(RUNTIME)
	$(BIN)/vplan demo

test: $(STAMP) system
	$(BIN)/pytest

# For developers between two commits: everything but LibreOffice and the wheel build (a few minutes less).
test-snel: $(STAMP)
	$(BIN)/pytest -q -m "not libreoffice and not wheel"

# The tests of what differs between systems, once more as on Windows and macOS (tests/draagbaar/); the
# path is absolute so every vplan a test starts, in whatever folder, runs that way too.
test-draagbaar: $(STAMP)
	PYTHONPATH=$(CURDIR)/tests/draagbaar $(BIN)/pytest -q -m "not libreoffice and not wheel" $(DRAAGBAAR_TESTS)

lint: $(STAMP)
	$(BIN)/ruff check interview tests tools benchmarks
	$(BIN)/mypy

bench: $(STAMP)
	$(BIN)/python benchmarks/bench_render.py
	$(BIN)/python benchmarks/bench_answer.py
	$(BIN)/python benchmarks/bench_sjablonen.py
	$(BIN)/python benchmarks/bench_antwoordbestand.py
	$(BIN)/python benchmarks/bench_overzicht.py
	$(BIN)/python benchmarks/bench_bulk.py
	$(BIN)/python benchmarks/bench_documenten.py
	$(BIN)/python benchmarks/bench_teamsjablonen.py
	$(BIN)/python benchmarks/bench_pdf.py
	$(BIN)/python -m benchmarks.bench_stops

templates: $(STAMP)
	$(BIN)/python tools/build_templates.py

docs: $(STAMP)
	$(BIN)/python tools/velden.py

# New locks after a change of pyproject.toml's dependencies (uv is installed in .venv only for this).
lock: $(STAMP)
	$(BIN)/pip install --quiet uv
	$(LOCK) -o requirements.lock
	$(LOCK) --extra test -c requirements.lock -o requirements-test.lock

clean:
	rm -rf $(VENV) output/*/ .pytest_cache .mypy_cache
