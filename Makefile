# Two entry points: `make run` (demo on the bundled corpus) and `make test` (the whole suite).
PY ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
DB ?= sitrep.duckdb
HOST ?= 127.0.0.1
PORT ?= 8000
# GeoNames country dumps to import (the workplace's ../shared/geonames when present; any ML.txt-style files)
GEONAMES ?= $(wildcard ../shared/geonames/*.txt)

$(BIN)/python:
	$(shell command -v $(PY) || echo python3) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml requirements.lock
	$(BIN)/pip install -q -c requirements.lock -e '.[dev]'
	touch $@

install: $(VENV)/.installed

run: install
ifneq ($(strip $(GEONAMES)),)
	$(BIN)/sitrep --db $(DB) gazetteer import $(GEONAMES)
endif
	$(BIN)/sitrep --db $(DB) ingest examples/mali
	$(BIN)/sitrep --db $(DB) summary
	$(BIN)/sitrep --db $(DB) serve --host $(HOST) --port $(PORT)

test: install
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

bench: install
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(DB) $(DB).wal

.PHONY: install run test bench clean
