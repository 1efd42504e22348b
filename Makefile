# The two commands of the README: `make run` and `make test`. Everything else is set-up they need.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PORT ?= 8501

.PHONY: run test test-fast lint format install bench eval clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# torch first, pinned to the CPU build that lies on this machine's disk; any other torch pulls CUDA.
$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet "torch==2.13.0"
	$(BIN)/python -m pip install --quiet -e ".[test]"
	touch $(STAMP)

install: $(STAMP)

# The fictional demo program is imported and scored into its own store first (once: later runs find
# nothing new), so a newcomer's dashboard is full at once; a failure there does not stop the app.
run: $(STAMP)
	-$(BIN)/python -m ui.program_demo
	$(BIN)/streamlit run app.py --server.address 127.0.0.1 --server.port $(PORT)

test: lint
	$(BIN)/python -m pytest

# The rule-level tests (marked `fast`): no model, browser, Ray or PostgreSQL, in about two minutes. The
# variable makes loading a model an error, so a test that needs one cannot stay in this set.
test-fast: $(STAMP)
	MENTOR_COACH_TEST_NO_MODELS=1 $(BIN)/python -m pytest -m "fast and not slow and not postgres"

# Lint and formatting are checked before the tests (CI runs `make test`); `make format` fixes both.
lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: $(STAMP)
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

eval: $(STAMP)
	$(BIN)/mentor-coach eval retrieval

bench: $(STAMP)
	$(BIN)/mentor-coach bench suggest

clean:
	rm -rf $(VENV) .pytest_cache test-artifacts
