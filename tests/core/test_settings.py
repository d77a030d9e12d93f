"""Production settings: no secret defaults, and `check --deploy` passes once they are given."""

import os
import secrets
import subprocess
import sys

from django.conf import settings

PRODUCTION = "ministry_site.settings.production"


def manage(*args, env_overrides=None):
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    env.update({"DJANGO_SETTINGS_MODULE": PRODUCTION, **(env_overrides or {})})
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = manage("check", env_overrides={"DJANGO_ALLOWED_HOSTS": "moi.example"})
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_production_refuses_to_start_without_allowed_hosts():
    result = manage("check", env_overrides={"DJANGO_SECRET_KEY": secrets.token_urlsafe(50)})
    assert result.returncode != 0
    assert "DJANGO_ALLOWED_HOSTS must be set" in result.stderr


def test_production_passes_the_deployment_checklist():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={"DJANGO_SECRET_KEY": secrets.token_urlsafe(50), "DJANGO_ALLOWED_HOSTS": "moi.example"},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_database_url_switches_to_postgresql():
    code = (
        "import django, os; os.environ['DJANGO_SETTINGS_MODULE']='ministry_site.settings.dev'; django.setup();"
        "from django.conf import settings; d=settings.DATABASES['default']; print(d['ENGINE'], d['NAME'], d['HOST'])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env["DATABASE_URL"] = "postgres://postgres@127.0.0.1:5432/ministry"
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert out.stdout.split() == ["django.db.backends.postgresql", "ministry", "127.0.0.1"]
    env.pop("DATABASE_URL")
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert out.stdout.split()[0] == "django.db.backends.sqlite3"


def test_static_files_are_hashed_and_compressed_in_production():
    code = (
        "import django, os; django.setup(); from django.conf import settings;"
        "print(settings.STORAGES['staticfiles']['BACKEND'])"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        {"DJANGO_SETTINGS_MODULE": PRODUCTION, "DJANGO_SECRET_KEY": "x" * 60, "DJANGO_ALLOWED_HOSTS": "a"}
    )
    out = subprocess.run(
        [sys.executable, "-c", code], cwd=settings.BASE_DIR, env=env, capture_output=True, text=True
    )
    assert out.stdout.strip() == "whitenoise.storage.CompressedManifestStaticFilesStorage"
