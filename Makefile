# policykg — `make run` builds the graph from data/corpus into the embedded store and serves
# http://127.0.0.1:8000; `make test` runs every test. Both set everything up first.

PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PY_STAMP   := $(VENV)/.installed
NODE_STAMP := node_modules/.installed

.PHONY: setup run build serve test bench bench-scale train screenshots system-tools lint-cypher clean

setup: $(PY_STAMP) $(NODE_STAMP)

$(PY_STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	touch $@

# Node packages: Neo4j's Cypher analyzer (CI lints every query with it) and the front-end
# library the page serves. Installed locally from package-lock.json; nothing from a CDN.
$(NODE_STAMP): package.json package-lock.json
	npm ci --no-audit --no-fund --loglevel=error
	touch $@

run: setup
	$(BIN)/policykg build
	$(BIN)/policykg serve

build: setup
	$(BIN)/policykg build

serve: setup
	$(BIN)/policykg serve

# Tests drive Debian's chromium (the page) and check docker-compose.yml with Debian's
# docker-compose; install them when we can (root with apt), otherwise those tests skip and
# say why.
# (fonts-wqy-microhei: without a Chinese font the page renders empty boxes in screenshots.)
SYSTEM_TOOLS := chromium docker-compose
system-tools:
	@missing=""; for t in $(SYSTEM_TOOLS); do command -v $$t >/dev/null 2>&1 || missing="$$missing $$t"; done; \
	[ -e /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ] || missing="$$missing fonts-wqy-microhei"; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then \
	    echo "installing Debian packages for the tests:$$missing"; \
	    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing >/dev/null; \
	  else echo "not installed and cannot install here:$$missing (their tests will be skipped)"; fi; fi

test: setup system-tools
	$(BIN)/pytest -q

# Retake the README's screenshots with the page test (real chromium, real corpus).
screenshots: setup system-tools
	POLICYKG_SCREENSHOTS=$(CURDIR)/docs/screenshots $(BIN)/pytest -q tests/test_page.py

bench: setup
	$(BIN)/python -m bench

# The typing model (loaders/typing/model.json) from the labelled sets in ../shared/gold;
# `policykg train --lodo` also prints rules alone against rules + model, leave-one-document-out.
train: setup
	$(BIN)/policykg train

# The scale benchmark at 10, 100 and 1,000 documents generated from data/corpus in a temporary
# folder (build, memory, disk, uncached latency per endpoint); `make bench` runs it at 10 and 50.
# With NEO4J_URI and NEO4J_PASSWORD set it builds into and asks that Neo4j instead.
bench-scale: setup
	POLICYKG_SCALE_SIZES=$${POLICYKG_SCALE_SIZES:-10,100,1000} $(BIN)/python -m bench.scale

lint-cypher: setup
	node tools/cypher-lint/lint.mjs queries/*.cypher

clean:
	rm -rf $(VENV) node_modules .policykg .pytest_cache
