# Every target installs what it needs itself, so `make run` and `make test` work on a fresh machine.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: install image run test bench lint clean

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python >= 3.11 is required")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev,ray,swebench]'
	touch $(STAMP)

install: $(STAMP)

image: install
	$(BIN)/dgm sandbox build

DEMO := runs/demo

run: image
	@if [ -f $(DEMO)/dgm.toml ]; then $(BIN)/dgm run --resume $(DEMO); \
	else $(BIN)/dgm run --config configs/demo.toml --run-dir $(DEMO); fi
	$(BIN)/dgm status $(DEMO)
	$(BIN)/dgm tree $(DEMO)

test: image
	scripts/install-test-deps
	$(BIN)/mypy
	$(BIN)/pytest

bench: image
	$(BIN)/python -m benchmarks

# A toy run SIGKILLed SOAK_KILLS times and resumed, against an uninterrupted twin (2 hours).
SOAK_MINUTES ?= 120
SOAK_KILLS   ?= 3
SOAK_SEED    ?= 0

.PHONY: soak
soak: image
	$(BIN)/python benchmarks/soak.py --minutes $(SOAK_MINUTES) --kills $(SOAK_KILLS) \
		--seed $(SOAK_SEED) --out runs/soak-$$(date +%Y%m%d-%H%M%S)

lint: install
	$(BIN)/ruff check .
	$(BIN)/mypy

clean:
	rm -rf $(VENV) build *.egg-info
