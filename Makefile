# Two commands do all set-up on a fresh machine:
#   make demo   — install, ingest the bundled sample into demo.db (SQLite), show the result
#   make test   — install, lint, run the whole test suite
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
DEMO_DB ?= demo.db

.PHONY: install demo test lint bench clean

$(STAMP): pyproject.toml setup.py src/sanctionwatch/names/parts.py src/sanctionwatch/screen/similarity.py src/sanctionwatch/screen/name_score.py src/sanctionwatch/screen/matcher.py
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -c "import sanctionwatch.screen as s; print('matcher build:', s.MATCHER_BUILD)"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	rm -f $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
	$(BIN)/sanctionwatch ingest sample/ --db $(DEMO_DB)
	$(BIN)/sanctionwatch entities --db $(DEMO_DB)
	$(BIN)/sanctionwatch show "Hun Sen" --db $(DEMO_DB)

lint: $(STAMP)
	$(BIN)/ruff check src tests bench setup.py
	$(BIN)/mypy src/sanctionwatch

test: $(STAMP) lint
	$(BIN)/python -m pytest

bench: $(STAMP)
	$(BIN)/python bench/ingest.py

clean:
	rm -rf $(VENV) $(DEMO_DB) *.egg-info .pytest_cache .ruff_cache
