# reifegrad — two commands for a newcomer: `make demo` (the main job, offline) and `make test`.
PY        ?= python3
VENV      := .venv
BIN       := $(VENV)/bin
STAMP     := $(VENV)/.installed
SYSSTAMP  := $(VENV)/.system-packages

.PHONY: demo test test-fast check docs install system-packages bench clean serve datasette

install: $(STAMP)

# the install builds detectors/_walk (Cython, setup.py) into detectors/: rebuilt when its source changes
$(STAMP): pyproject.toml setup.py detectors/_walk.pyx
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

# Debian's Chromium (Playwright cannot download its own browser here) and Redis, when we are root.
system-packages: $(SYSSTAMP)

$(SYSSTAMP): | $(STAMP)
	@if [ "$$(id -u)" = "0" ] && command -v apt-get >/dev/null; then \
	  missing=""; \
	  [ -x /usr/lib/chromium/chromium ] || missing="$$missing chromium"; \
	  command -v redis-server >/dev/null || missing="$$missing redis-server"; \
	  if [ -n "$$missing" ]; then \
	    echo "installing$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  fi; \
	else \
	  echo "not root or no apt-get: browser and Redis tests skip unless chromium and redis-server are installed"; \
	fi
	touch $(SYSSTAMP)

demo: install system-packages
	$(BIN)/reifegrad demo

# Two workers, a test file each at a time (its module fixtures stay in one process): most slow tests wait on
# crawls, browsers and servers, so two halves the wall time on a 2-core machine (7.8 min instead of ~15).
test: install system-packages
	$(BIN)/pytest -q -n 2 --dist loadfile

# The inner loop: no subprocess crawl, browser or Redis (tests on those are marked slow), well under a minute.
test-fast: install
	$(BIN)/pytest -q -m "not slow"

# Lint (ruff, config in pyproject.toml) and types (mypy on detectors/, scoring/ and output/), and the generated docs.
check: install
	$(BIN)/ruff check .
	$(BIN)/mypy

# Regenerate docs/cli.md from the parser (tests/test_cli_docs.py fails when it is stale).
docs: install
	$(BIN)/python -m reifegrad.cli_reference docs/cli.md

bench: install system-packages
	$(BIN)/python bench/detector_speed.py
	$(BIN)/python bench/detection_eval.py
	$(BIN)/python bench/query_speed.py

serve: install
	$(BIN)/reifegrad serve

datasette: install
	$(BIN)/reifegrad datasette --db var/demo/reifegrad.db

clean:
	rm -rf var build *.egg-info .pytest_cache
