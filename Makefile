# The two commands a newcomer needs: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
STAMP := $(VENV)/.installed-$(shell sha1sum pyproject.toml | cut -c1-12)
EXTRACTION := services/extractor/extraction
# the compiled extractor (see its rule below)
NATIVE := $(EXTRACTION)/_native/BUILD.json

.PHONY: run test test-fast test-slow lint typecheck bench clean compile-extractor clean-compiled

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(VENV)/bin/pip install -q --upgrade pip
	$(VENV)/bin/pip install -q -e '.[dev]'
	rm -f $(VENV)/.installed-*
	touch $@

run: $(STAMP) $(NATIVE)  ## the whole system with the demo feeds; API on http://127.0.0.1:8000
	$(VENV)/bin/claimwatch up --demo

test: $(STAMP) $(NATIVE)  ## every test, slow fault tests included
	$(VENV)/bin/python -m pytest -q

test-fast: $(STAMP) $(NATIVE)
	$(VENV)/bin/python -m pytest -q -m "not slow"

test-slow: $(STAMP) $(NATIVE)  ## only the slow fault tests
	$(VENV)/bin/python -m pytest -q -m slow

lint: $(STAMP)
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

typecheck: $(STAMP)
	$(VENV)/bin/mypy shared services

# The extractor's rule modules compiled to C with mypyc (about 1.5x the throughput, the
# same claims), rebuilt whenever a rule module changes. Without a C compiler the build
# fails with a warning and the Python sources run; the package never runs a build that
# does not match its sources (services/extractor/extraction/compiled.py).
$(NATIVE): $(STAMP) $(wildcard $(EXTRACTION)/*.py)
	@$(VENV)/bin/python tools/compile_extractor.py \
	  || echo "warning: the extractor runs from its Python sources (about 1.5x slower)"

compile-extractor: $(STAMP)
	$(VENV)/bin/python tools/compile_extractor.py

clean-compiled:
	rm -rf $(EXTRACTION)/_native $(EXTRACTION)/_native.new

clean: clean-compiled
	rm -rf $(VENV) data .pytest_cache .mypy_cache .ruff_cache
