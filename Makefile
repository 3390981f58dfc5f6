# The README's two commands: `make demo` and `make test`. Both create .venv when missing.
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
STAMP  := $(VENV)/.installed

.PHONY: demo test bench lint lint-imports typecheck clean reliability compiled bench-compiled

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,dev]'
	touch $(STAMP)

# The compiled matcher (docs/contributing.md, "The compiled matcher"): matcher built with mypyc
# (setup.py, HIMJOBS_MYPYC=1) into a venv of its own, never in place here, where a stale .so
# would shadow an edited .py. mypyc type-checks matcher while it compiles, so the dependencies
# go in first and the build uses this venv (--no-build-isolation). Rebuilt when a source changes.
COMPILED_VENV ?= .venv-compiled
COMPILED_PY   := $(COMPILED_VENV)/bin/python
COMPILED_STAMP := $(COMPILED_VENV)/.installed

$(COMPILED_STAMP): pyproject.toml setup.py $(wildcard matcher/*.py schemas/*.py)
	test -x $(COMPILED_PY) || $(PYTHON) -m venv $(COMPILED_VENV)
	$(COMPILED_PY) -m pip install --quiet --upgrade pip 'setuptools>=77' wheel mypy
	rm -rf build  # setuptools would pack a module deleted since the last build from build/lib
	$(COMPILED_PY) -m pip install --quiet .
	HIMJOBS_MYPYC=1 $(COMPILED_PY) -m pip install --quiet --no-build-isolation --no-deps \
		--force-reinstall .
	touch $(COMPILED_STAMP)

compiled: $(COMPILED_STAMP)

# bench.extract on the compiled build: this tree goes at the END of sys.path (-P, then append),
# so matcher comes from the compiled venv and only bench from here; its header names the build.
bench-compiled: $(COMPILED_STAMP)
	$(COMPILED_PY) -P -c 'import runpy, sys; sys.path.append("."); \
		runpy.run_module("bench.extract", run_name="__main__", alter_sys=True)'

demo: $(STAMP)
	$(VENV)/bin/himjobs demo

# worksteal: an idle worker takes tests queued on another, so one slow file (the Redis and
# crash tests start processes) does not leave a core idle at the end of the run. Three workers
# on two cores: about a tenth of the suite waits on sockets, child processes and timeouts, and
# the third worker fills those gaps (docs/contributing.md: 2 min 46 s - 3 min 6 s against 3 min 0 s - 3 min 12 s with two).
test: $(STAMP)
	$(PY) -m pytest -n 3 --dist worksteal

bench: $(STAMP)
	$(PY) -m bench.extract
	$(PY) -m bench.accuracy
	$(PY) -m bench.ingest
	$(PY) -m bench.search
	$(PY) -m bench.crawl

# docs/reliability.md: the fault / bad-input tests, recorded (tests/_reliability.py), as a table.
RELIABILITY_TESTS := tests/scrapers/test_fault_matrix.py tests/scrapers/test_crash_resume.py \
	tests/scrapers/test_closing_guards.py tests/scrapers/test_redis_closing.py \
	tests/scrapers/test_failure_reasons.py tests/scrapers/test_parse_failures.py \
	tests/scrapers/test_sitemap_caps.py tests/scrapers/test_untrusted_content.py \
	tests/scrapers/test_cmd_crawl_start.py tests/himjobs/test_bad_input.py \
	tests/schemas/test_profile_hostile.py tests/matcher/test_resource_bounds.py \
	tests/scrapers/test_address_guard.py tests/scrapers/test_middlewares.py \
	tests/scrapers/test_crawl_lease.py tests/storage/test_leases.py \
	tests/web/test_security.py tests/himjobs/test_damaged_db.py
reliability: $(STAMP)
	rm -f .reliability.jsonl
	HIMJOBS_RELIABILITY_OUT=$(CURDIR)/.reliability.jsonl $(PY) -m pytest -n 2 --dist worksteal -p no:cacheprovider $(RELIABILITY_TESTS)
	$(PY) -m tests.reliability_report .reliability.jsonl --out docs/reliability.md
	rm -f .reliability.jsonl

lint: lint-imports
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

# The package layers and private modules (pyproject.toml [tool.importlinter]); CI runs it too.
lint-imports: $(STAMP)
	$(VENV)/bin/lint-imports

typecheck: $(STAMP)
	$(VENV)/bin/mypy

clean:
	rm -rf $(VENV) $(COMPILED_VENV) build *.egg-info .pytest_cache .mypy_cache .ruff_cache
