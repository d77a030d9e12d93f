"""Every URL of the sitemap, in both languages, against hostile input: never a 500, never an
unescaped reflection. Runs on the demo content (``load_demo_content``)."""

import re
from urllib.parse import quote, urlsplit

from django.core.management import call_command
from django.test import Client

import pytest

from tests.utils import sitemap_sections

MARK = "<script>alert(7)</script>"
QUERY_VARIATIONS = {
    "page negative": "page=-1",
    "page huge": "page=" + "9" * 40,
    "page text": "page=abc",
    "page float": "page=1e308",
    "unknown filter": "colour=red&sort=;DROP TABLE x",
    "filter markup": "type=" + quote(MARK) + "&category=" + quote(MARK) + "&year=" + quote(MARK),
    "year huge": "year=99999999999999999999&month=13",
    "sql": "q=" + quote("' OR 1=1 -- ") + "&type=" + quote("news' UNION SELECT password FROM auth_user--"),
    "search markup": "q=" + quote(MARK),
    "overlong": "q=" + "ا" * 5000 + "&page=" + "1" * 5000,
    "binary": "q=%00%ff%fe%c0%80&page=%00",
    "bidi and invisible": "q=" + quote("\u202eabc\u200b\u2066\ufeff\u200f"),
    "repeated keys": "&".join(["page=2"] * 200),
}
PATH_SUFFIXES = {
    "traversal": "../../../../etc/passwd",
    "encoded traversal": "%2e%2e%2f%2e%2e%2fetc%2fpasswd",
    "markup": quote(MARK),
    "bidi": quote("\u202etxt.exe"),
    "nul": "%00",
}


@pytest.fixture
def demo_urls(db):
    """The demo content, loaded inside the test's transaction (rolled back afterwards)."""
    call_command("load_demo_content", verbosity=0)
    xml = "".join(section.decode() for section in sitemap_sections(Client()))
    paths = sorted({urlsplit(url).path for url in re.findall(r"https?://[^<\"]+", xml)})
    assert any(p.startswith("/ar/") for p in paths) and any(p.startswith("/en/") for p in paths)
    return paths


def check(response, label, failures):
    if response.status_code >= 500:
        failures.append(f"{label}: {response.status_code}")
        return
    if not getattr(response, "streaming", False) and MARK.encode() in response.content:
        failures.append(f"{label}: reflected unescaped")


def test_hostile_requests_on_every_sitemap_url(demo_urls):
    client = Client(raise_request_exception=False)
    failures, tried = [], 0
    for path in demo_urls:
        for name, query in QUERY_VARIATIONS.items():
            check(client.get(f"{path}?{query}"), f"GET {path} [{name}]", failures)
            tried += 1
        for name, suffix in PATH_SUFFIXES.items():
            check(client.get(path + suffix), f"GET {path}{suffix} [{name}]", failures)
            tried += 1
    client = Client(raise_request_exception=False, enforce_csrf_checks=True)
    big = "x" * (3 * 1024 * 1024)  # beyond DATA_UPLOAD_MAX_MEMORY_SIZE
    for path in demo_urls:
        for method in ("post", "put", "patch", "delete", "options"):
            check(
                getattr(client, method)(
                    path, data=f"a={MARK}", content_type="application/x-www-form-urlencoded"
                ),
                f"{method.upper()} {path}",
                failures,
            )
            tried += 1
        check(client.post(path, data={"a": big}), f"POST {path} [oversized]", failures)
        check(
            client.post(path, data=b"\x00\xff" * 1000, content_type="multipart/form-data; boundary=x"),
            f"POST {path} [broken multipart]",
            failures,
        )
        tried += 2
    print(f"{tried} hostile requests on {len(demo_urls)} sitemap URLs")
    assert not failures, "\n".join(failures[:50])
