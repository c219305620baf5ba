# The two set-up commands: `make run` and `make test`. Both install what the build needs first.
SWIFT ?= swift
APT_PACKAGES := libedit-dev libsqlite3-dev tmux postgresql libpq-dev strace
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

.PHONY: run test lint format build deps release bench bench-peers fuzz clean

## Builds and starts modelpin on the embedded default (no config, no credentials needed).
run: deps
	$(SWIFT) build --product modelpin
	.build/debug/modelpin $(ARGS)

## Checks the format, builds and runs every test: each libFuzzer target for FUZZ_SMOKE_SECONDS
## (default 8), then unit, grammar-driven, golden transcripts and end-to-end tests (whose summary
## ends the output).
test: deps lint
	$(SWIFT) build
	SWIFT=$(SWIFT) Fuzz/run.sh $(or $(FUZZ_SMOKE_SECONDS),8)
	$(SWIFT) test

## Runs each libFuzzer target (Fuzz/) for FUZZ_SECONDS (default 600); crashes land in Fuzz/crashes/.
fuzz: deps
	SWIFT=$(SWIFT) Fuzz/run.sh $(or $(FUZZ_SECONDS),600)

## Fails on any formatting the root .swift-format does not allow; `make format` rewrites it.
FORMATTED := Sources Tests Fuzz Benchmarks Package.swift
lint:
	$(SWIFT) format lint --strict --parallel --recursive $(FORMATTED)

format:
	$(SWIFT) format --in-place --parallel --recursive $(FORMATTED)

build: deps
	$(SWIFT) build

## Builds the binary to ship: release, with the Swift runtime and Foundation linked in, which
## starts several milliseconds sooner: no dynamic linking of a dozen libraries. Into
## .build-bench/release/modelpin.
release: deps
	$(SWIFT) build -c release --product modelpin --static-swift-stdlib --scratch-path .build-bench

## Prints every figure of BENCHMARKS.md: the micro benchmarks (ordo-one/benchmark), then the
## end-to-end figures of the release binary (replay, start-up, memory, SQLite writers, the serve
## round trip against cat, one pin in sessions.json, PostgreSQL round trips, on a throw-away server
## when one can be started), and the start-up of the statically linked one. BENCH_RUNS sets the
## timed runs of each end-to-end figure.
BENCH_RUNS ?= 5
bench: deps release
	$(SWIFT) build -c release --product modelpin
	cd Benchmarks && $(SWIFT) package benchmark --no-progress
	cd Benchmarks && ./with-postgres.sh $(SWIFT) run -c release modelpin-bench figures --runs $(BENCH_RUNS) \
	  --modelpin $(CURDIR)/.build/release/modelpin --static-modelpin $(CURDIR)/.build-bench/release/modelpin

## Prints the first two rows of BENCHMARKS.md "Beside the peers": start-up against `llm models
## default` and one routing decision against LiteLLM's Router, measured in one run, interleaved.
## llm and LiteLLM (pinned in Benchmarks/peers/requirements.txt) go into a private virtual
## environment, .venv-peers/, made on first use; nothing is installed anywhere else.
PEERS_VENV := .venv-peers
bench-peers: deps
	@[ -x $(PEERS_VENV)/bin/python ] || python3 -m venv $(PEERS_VENV)
	$(PEERS_VENV)/bin/pip install --quiet --disable-pip-version-check -r Benchmarks/peers/requirements.txt
	$(SWIFT) build -c release --product modelpin
	cd Benchmarks && $(SWIFT) build -c release --product modelpin-bench
	LITELLM_LOCAL_MODEL_COST_MAP=True $(PEERS_VENV)/bin/python Benchmarks/peers/peers.py \
	  --modelpin .build/release/modelpin --bench Benchmarks/.build/release/modelpin-bench

## Installs the system packages the build and the tests need, only when one is missing.
deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing"; \
	  $(SUDO) apt-get update -qq && $(SUDO) env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$missing; \
	fi

clean:
	rm -rf .build .build-bench $(PEERS_VENV)
