# One command per job. Each target sets up the virtual environment it needs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: setup system demo test lint bench templates docs clean

# setuptools announces every editable install with an informational warning; make demo shows
# only what vplan says. Real build warnings still show.
$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	PYTHONWARNINGS="ignore:Editable installation" $(BIN)/pip install --quiet -e '.[test]'
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

demo: $(STAMP)
	$(BIN)/vplan demo

test: $(STAMP) system
	$(BIN)/pytest

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

clean:
	rm -rf $(VENV) output/*/ .pytest_cache .mypy_cache
