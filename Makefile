# The two commands of the README's quick start are `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= out
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/scgov build
	$(BIN)/scgov report --out $(OUT)

test: $(STAMP)
	$(BIN)/python -m pytest

# The performance benchmark (docs/performance.md): seed + 1,000 organisations; BENCH="--full" for
# seed, 1,000 and 10,000 (about 1.1 M triples; takes a while). Writes $(OUT)/bench.json.
BENCH ?=
bench: $(STAMP)
	$(BIN)/python -m benchmarks $(BENCH) --json $(OUT)/bench.json

clean:
	rm -rf $(VENV) $(OUT) .pytest_cache
