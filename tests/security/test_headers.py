"""Security headers on public pages and in the admin, as production sends them."""

from django.conf import settings

from wagtail.models import Page

import pytest

from core.factories import StandardPageFactory


def directives(response) -> dict[str, list[str]]:
    header = response["Content-Security-Policy"]
    result = {}
    for part in header.split(";"):
        words = part.split()
        if words:
            result[words[0]] = words[1:]
    return result


def assert_security_headers(response, *, frame_ancestors="'none'"):
    csp = directives(response)
    assert csp["default-src"] == ["'self'"]
    assert "'unsafe-eval'" not in csp["script-src"]
    # No inline scripts anywhere, the admin included: Wagtail's own widget initialisers get a
    # per-request nonce (tests/security/test_admin_script_policy.py).
    assert "'unsafe-inline'" not in csp["script-src"]
    assert csp["script-src"][0] == "'self'"
    assert all(source == "'self'" or source.startswith("'nonce-") for source in csp["script-src"])
    assert csp["object-src"] == ["'none'"]
    assert csp["base-uri"] == ["'self'"]
    assert csp["frame-ancestors"] == [frame_ancestors]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["Cross-Origin-Opener-Policy"] == "same-origin"
    assert "camera=()" in response["Permissions-Policy"]
    assert "geolocation=()" in response["Permissions-Policy"]
    assert response["X-Frame-Options"] == ("DENY" if frame_ancestors == "'none'" else "SAMEORIGIN")
    hsts = response["Strict-Transport-Security"]
    assert "max-age=31536000" in hsts and "includeSubDomains" in hsts and "preload" in hsts
    assert response["X-Request-ID"]


@pytest.fixture
def pages(home):
    return {"standard": StandardPageFactory(parent=home, slug="about-us")}


@pytest.mark.parametrize(
    "path",
    [
        "/ar/",
        "/en/",
        "/ar/about-us/",
        "/en/search/?q=news",
        "/ar/no-such-page/",
        "/sitemap.xml",
        "/robots.txt",
    ],
)
def test_public_responses_carry_every_header(client, production_security, pages, path):
    response = client.get(path, secure=True)
    assert response.status_code in (200, 404)
    assert_security_headers(response)


def test_health_endpoints_carry_the_headers_too(client, production_security, db):
    assert_security_headers(client.get("/healthz", secure=True))


def test_plain_http_is_sent_to_https(client, production_security, settings, db):
    settings.SECURE_SSL_REDIRECT = production_security.SECURE_SSL_REDIRECT
    response = client.get("/ar/")
    assert response.status_code == 301
    assert response["Location"].startswith("https://")
    # The load balancer's probes answer on plain HTTP.
    assert client.get("/healthz").status_code == 200


@pytest.fixture
def admin_client(client, django_user_model, home):
    user = django_user_model.objects.create_superuser("root", "root@moi.example", "pw")
    client.force_login(user)
    return client


def test_admin_login_page_carries_every_header(client, production_security, db):
    response = client.get(f"/{settings.ADMIN_URL_PATH}/login/", secure=True)
    assert response.status_code == 200
    assert_security_headers(response)


@pytest.mark.parametrize("view", ["dashboard", "editor", "explorer"])
def test_admin_pages_carry_every_header(admin_client, production_security, pages, view):
    admin = f"/{settings.ADMIN_URL_PATH}"
    path = {
        "dashboard": f"{admin}/",
        "editor": f"{admin}/pages/{pages['standard'].pk}/edit/",
        "explorer": f"{admin}/pages/{Page.objects.get(depth=2).pk}/",
    }[view]
    response = admin_client.get(path, secure=True)
    assert response.status_code == 200
    assert_security_headers(response)


def test_the_live_preview_may_be_framed_by_the_admin_only(admin_client, production_security, pages):
    page = pages["standard"]
    admin = f"/{settings.ADMIN_URL_PATH}"
    response = admin_client.get(f"{admin}/pages/{page.pk}/edit/preview/?in_preview_panel=true", secure=True)
    assert response.status_code == 200
    assert_security_headers(response, frame_ancestors="'self'")
    assert response.headers["Content-Security-Policy"].count("frame-ancestors") == 1


def test_cookies_are_secure_httponly_and_samesite(client, production_security, django_user_model, home):
    django_user_model.objects.create_superuser("root", "root@moi.example", "pw")
    login_url = f"/{settings.ADMIN_URL_PATH}/login/"
    client.get(login_url, secure=True)
    response = client.post(login_url, {"username": "root", "password": "pw"}, secure=True)
    assert response.status_code == 302
    session = response.cookies[settings.SESSION_COOKIE_NAME]
    assert session["secure"] and session["httponly"] and session["samesite"] == "Lax"
    csrf = client.cookies[settings.CSRF_COOKIE_NAME]
    assert csrf["secure"] and csrf["httponly"]
    # The language cookie is read by nobody's script either way, but is Secure and SameSite.
    language = client.get("/en/", secure=True).cookies[settings.LANGUAGE_COOKIE_NAME]
    assert language["secure"] and language["samesite"] == "Lax"


def test_inline_scripts_in_public_pages_are_data_only(client, pages):
    """Public templates run no inline code: every inline <script> is a JSON data block."""
    import re

    for path in ("/ar/", "/en/", "/ar/about-us/", "/ar/search/?q=x"):
        html = client.get(path).content.decode()
        for attrs, body in re.findall(r"<script([^>]*)>(.*?)</script>", html, flags=re.S):
            if "src=" in attrs:
                continue
            assert 'type="application/ld+json"' in attrs or 'type="application/json"' in attrs, (
                path,
                attrs,
                body[:80],
            )


def test_no_template_carries_inline_code():
    """Every template of the site (public and admin overrides): no inline script, no on*= handler,
    no javascript: URL. A template that needs inline code must use the CSP nonce instead."""
    import re
    from pathlib import Path

    script = re.compile(
        r"<script(?![^>]*\bsrc=)(?![^>]*application/(?:ld\+)?json)(?![^>]*\bnonce=)[^>]*>", re.I
    )
    handler = re.compile(r"<[a-z][^>]*\son[a-z]+\s*=", re.I)
    found = []
    roots = [Path(settings.BASE_DIR) / "templates", *Path(settings.BASE_DIR).glob("*/templates")]
    for root in roots:
        for template in root.rglob("*.html"):
            text = template.read_text(encoding="utf-8")
            for pattern in (script, handler):
                found += [f"{template}: {m.group(0)[:80]}" for m in pattern.finditer(text)]
            if "javascript:" in text.lower():
                found.append(f"{template}: javascript: URL")
    assert not found, "\n".join(found)
