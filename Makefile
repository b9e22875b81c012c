# `make run` and `make test` set everything up themselves on a fresh machine (Python 3.11+).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8501
PYTEST_ARGS ?=

.PHONY: run test lint bench serve-scaled demo clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

run: $(BIN)/.installed
	$(BIN)/streamlit run app.py --server.port $(PORT)

test: $(BIN)/.installed
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(BIN)/.installed
	$(BIN)/ruff check .

# Every figure in the README's "Measured figures" comes from one run of this (15-25 minutes).
bench: $(BIN)/.installed
	$(BIN)/python bench/run.py --table

# PROCESSES app processes sharing the database (WAL) behind nginx on 127.0.0.1:$(PORT), with
# sticky sessions; Ctrl-C stops them all (needs Debian's nginx: apt-get install nginx).
PROCESSES ?= 2
serve-scaled: $(BIN)/.installed
	$(BIN)/python bench/scale.py serve --processes $(PROCESSES) --port $(PORT)

demo: $(BIN)/.installed
	$(BIN)/python -m change_journal demo

clean:
	rm -rf $(VENV) .pytest_cache tests/e2e/screenshots
