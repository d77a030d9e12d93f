# Two commands for a new user: `make run` (set up and serve) and `make test`.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
MANAGE := $(PY) manage.py

.PHONY: help install setup run test lint format messages translations screenshots fonts clean

help:
	@echo "make run     set everything up (first time) and serve http://127.0.0.1:$(PORT)"
	@echo "make test    run the whole test suite (SQLite; PostgreSQL when DATABASE_URL is set)"
	@echo "make setup   everything 'make run' does before serving"
	@echo "make lint    ruff, djlint and the missing-migrations check"
	@echo "make messages  extract interface strings into locale/ (needs GNU gettext)"
	@echo "make screenshots  refresh docs/screenshots/ from the browser tests"
	@echo "make fonts   rebuild the subset web fonts in static/fonts/ (needs fonts-noto-core)"

$(VENV)/.installed: pyproject.toml constraints.txt
	@echo "==> Creating $(VENV) and installing dependencies"
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $@

install: $(VENV)/.installed

translations: install
	@echo "==> Compiling interface translations"
	$(MANAGE) build_translations

setup: install translations
	@echo "==> Migrating the database"
	$(MANAGE) migrate --noinput
	$(MANAGE) set_translation_url_paths
	@echo "==> Collecting static files"
	$(MANAGE) collectstatic --noinput --verbosity 0
	@echo "==> Loading demo content"
	$(MANAGE) load_demo_content
	@echo "==> Administrator account"
	$(MANAGE) ensure_admin

run: setup
	@echo "==> Serving on http://127.0.0.1:$(PORT)/ (Ctrl-C to stop)"
	$(MANAGE) runserver 127.0.0.1:$(PORT)

test: install translations
	$(VENV)/bin/pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	$(VENV)/bin/djlint templates --check
	$(VENV)/bin/djlint templates --lint
	DJANGO_SETTINGS_MODULE=ministry_site.settings.test $(MANAGE) makemigrations --check --dry-run

format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(VENV)/bin/djlint templates --reformat

messages: install
	$(MANAGE) makemessages -l ar -l en --ignore=.venv --ignore=staticfiles --no-obsolete --add-location=file
	$(MANAGE) build_translations

fonts: install
	DJANGO_SETTINGS_MODULE=ministry_site.settings.test $(MANAGE) build_fonts

screenshots: install translations
	CI=true $(VENV)/bin/pytest -m browser
	$(PY) scripts/publish_screenshots.py

clean:
	rm -rf $(VENV) staticfiles artifacts .pytest_cache .ruff_cache

# Not part of `make test`: a throwaway PostgreSQL database at 127.0.0.1:5432 filled with
# BENCH_SIZE news items (default 10000), gunicorn on loopback, wrk; see README "Performance".
.PHONY: bench
bench: install
	$(PY) bench/bench.py

# Not part of `make test`: stops this machine's PostgreSQL and Redis for a few seconds each
# (always started again) under traffic to a throwaway site, and breaks the mail server; see
# README "Faults (`make faults`)".
.PHONY: faults
faults: install
	$(PY) bench/faults.py

# Not part of `make test`: LOAD_CLIENTS (64) clients for LOAD_SECONDS (60) against a throwaway
# site, pages in both languages with contact-form posts; see README "Load (`make load`)".
.PHONY: load
load: install
	$(PY) bench/load.py
