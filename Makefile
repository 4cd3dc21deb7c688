# Briefing: two commands set everything up on a fresh machine.
#   make build   create .venv, install pinned dependencies and the model, build the site from seeds/
#   make test    the same set-up, then the whole test suite (browser tests included)
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
IFRAME_WORKER := builder/publish/assets/iframe-worker-shim.js

.DEFAULT_GOAL := help
.PHONY: help install build serve test test-fast golden clean chromium bench bench-long eval pack build-zensical

help: ## List the make targets
	@grep -E '^[a-zA-Z_-]+:.*?## ' $(MAKEFILE_LIST) | awk 'BEGIN {FS = ":.*?## "}; {printf "  make %-15s %s\n", $$1, $$2}'

$(STAMP): pyproject.toml requirements.lock
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.lock
	$(BIN)/python -m pip install --quiet --no-deps -e .
	touch $(STAMP)

install: $(STAMP) ## Create .venv and install pinned dependencies and the spaCy model

build: $(STAMP) ## Build the briefing site from seeds/ into site/ (JSON in build/)
	$(BIN)/briefing build

serve: $(STAMP) ## Live preview on http://127.0.0.1:8000, rebuilding when articles change
	$(BIN)/briefing serve

pack: $(STAMP) $(IFRAME_WORKER) ## Build the offline site (opens from file://, no network) into dist/briefing.zip
	$(BIN)/briefing pack

$(IFRAME_WORKER): # the iframe-worker shim for offline search, fetched once from npm (git-ignored)
	mkdir -p .cache $(dir $@)
	cd .cache && npm pack --silent iframe-worker@1.0.4 >/dev/null
	tar -xzf .cache/iframe-worker-1.0.4.tgz -O package/shim/index.js > $@.tmp && mv $@.tmp $@

build-zensical: $(STAMP) ## Build the same generated docs with Zensical (same mkdocs.yml) into site-zensical/
	$(BIN)/python -m pip show --quiet zensical >/dev/null 2>&1 || $(BIN)/python -m pip install --quiet zensical==0.0.73
	$(BIN)/briefing build --no-site
	printf 'INHERIT: mkdocs.yml\nsite_dir: site-zensical\n' > .mkdocs.zensical.yml
	$(BIN)/zensical build -f .mkdocs.zensical.yml --clean; rc=$$?; rm -f .mkdocs.zensical.yml; exit $$rc

chromium: ## Install Debian's Chromium for the browser tests when it is missing
	@test -x /usr/bin/chromium || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

test: $(STAMP) chromium ## Run every test (unit, model, end-to-end, browser)
	$(BIN)/python -m pytest -q -n 2 --dist loadgroup

test-fast: $(STAMP) ## Unit tests only (no model, no MkDocs, no browser)
	$(BIN)/python -m pytest -q -m "not model and not browser and not slow"

eval: build ## Score extraction on the seeds and on real corpora (PolNeAR dev; MEANTIME entities, cross-document actors and events)
	$(BIN)/python -m builder.evaluate --corpus all $(EVAL_ARGS)

golden: $(STAMP) ## Regenerate the golden pages in tests/golden after a deliberate template change
	$(BIN)/python -m tests.golden_update

bench: $(STAMP) ## Benchmark the build on real corpora (writes build/bench.json)
	$(BIN)/python bench/run.py $(BENCH_ARGS)

bench-long: $(STAMP) ## Time one long article against the same text as ten (writes build/bench-long.json)
	$(BIN)/python bench/run.py --long-article --out build/bench-long.json $(BENCH_ARGS)

clean: ## Remove build outputs (keeps .venv)
	rm -rf build site .site.state.json dist docs/actors docs/events docs/topics docs/articles docs/outlets docs/data \
	       docs/stories docs/index.md docs/timeline.md docs/network.md docs/outlets.md docs/review.md docs/whatsnew.md docs/feed.xml
