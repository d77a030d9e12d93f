import importlib

import pytest

# The settings production.py adds on top of base.py for HTTPS and cookies: the tests apply
# them with override_settings so the headers are checked as production sends them.
PRODUCTION_SECURITY_SETTINGS = (
    "SECURE_PROXY_SSL_HEADER",
    "SECURE_REDIRECT_EXEMPT",
    "SECURE_HSTS_SECONDS",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS",
    "SECURE_HSTS_PRELOAD",
    "SESSION_COOKIE_SECURE",
    "CSRF_COOKIE_SECURE",
    "LANGUAGE_COOKIE_SECURE",
    "SESSION_COOKIE_AGE",
)


@pytest.fixture
def production_security(monkeypatch, settings):
    monkeypatch.setenv("DJANGO_SECRET_KEY", "x" * 60)
    monkeypatch.setenv("DJANGO_ALLOWED_HOSTS", "testserver")
    for name in ("DJANGO_SECURE_SSL_REDIRECT", "DJANGO_HSTS_SECONDS", "DJANGO_HSTS_PRELOAD"):
        monkeypatch.delenv(name, raising=False)
    from ministry_site.settings import production

    production = importlib.reload(production)
    for name in PRODUCTION_SECURITY_SETTINGS:
        setattr(settings, name, getattr(production, name))
    return production
