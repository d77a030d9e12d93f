"""Static assets: hashed, gzip and brotli copies, a year-long cache, and CSS + JS under 30 KB."""

import gzip
import re

from django.contrib.staticfiles import finders
from django.core.management import call_command

import brotli
import pytest

BUDGET = 30 * 1024
ASSET = re.compile(r'<(?:link[^>]+rel="stylesheet"[^>]+href|script[^>]+src)="/static/([^"?]+)"')


def test_collectstatic_writes_hashed_gzip_and_brotli_copies(settings, tmp_path):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    }
    call_command("collectstatic", interactive=False, verbosity=0)
    hashed = [
        p for p in (tmp_path / "css").glob("site.*.css") if re.fullmatch(r"site\.[0-9a-f]{12}\.css", p.name)
    ]
    assert hashed, "no hashed site.css"
    css = hashed[0]
    assert (css.parent / f"{css.name}.gz").exists()
    assert (css.parent / f"{css.name}.br").exists()
    assert brotli.decompress((css.parent / f"{css.name}.br").read_bytes()) == css.read_bytes()


def test_static_files_are_cached_for_a_year(client, settings):
    assert settings.WHITENOISE_MAX_AGE == 60 * 60 * 24 * 365
    response = client.get("/static/css/site.css")
    assert response.status_code == 200
    assert "max-age=31536000" in response["Cache-Control"]


def compressed_size(path: str) -> int:
    found = finders.find(path)
    assert found, path
    with open(found, "rb") as handle:
        data = handle.read()
    # What a browser receives: brotli where it is accepted, gzip otherwise; count the larger.
    return max(len(gzip.compress(data, 9)), len(brotli.compress(data)))


@pytest.mark.parametrize("page", ["home", "news page"])
def test_css_and_js_of_a_page_under_30_kb_compressed(client, page, news_index, make_news):
    (item,) = make_news(1)
    url = "/ar/" if page == "home" else item.url
    html = client.get(url).content.decode()
    assets = sorted(set(ASSET.findall(html)))
    assert any(a.endswith(".css") for a in assets), assets
    total = sum(compressed_size(a) for a in assets)
    assert total <= BUDGET, f"{total} bytes compressed for {assets}"
