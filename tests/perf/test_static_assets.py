"""Static assets: hashed, gzip and brotli copies, a year-long cache, and CSS + JS under 30 KB."""

import gzip
import os
import re
from pathlib import Path

from django.contrib.staticfiles import finders
from django.core.management import call_command

import brotli
import pytest

from core.fonts import FACES

BUDGET = 30 * 1024
FONT_BUDGET = 16 * 1024
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


# Web fonts (core/fonts.py): subset WOFF2 files, declared in the stylesheet, preloaded per language.


def _font_cmap(face) -> set[int]:
    from fontTools.ttLib import TTFont

    found = finders.find(f"fonts/{face.file_name}")
    assert found, face.file_name
    with open(found, "rb") as handle:
        assert handle.read(4) == b"wOF2"
    return set(TTFont(found).getBestCmap())


def _shipped_text() -> str:
    """The interface translations and the demo content: the text the site is built to show."""
    from django.conf import settings

    root = settings.BASE_DIR
    parts = [
        (root / "locale" / language / "LC_MESSAGES" / "django.po").read_text() for language in ("ar", "en")
    ]
    parts += [path.read_text() for path in root.glob("*/demo*.py")]
    return "".join(parts)


@pytest.mark.parametrize("face", FACES, ids=lambda face: face.file_name)
def test_each_font_is_a_small_subset_of_its_script(face):
    cmap = _font_cmap(face)
    assert cmap <= face.codepoints(), sorted(cmap - face.codepoints())[:10]
    assert len(cmap) >= 0.9 * len(face.codepoints())  # and the source had nearly all of them
    # WOFF2 is Brotli inside: these are the bytes a browser fetches.
    assert os.path.getsize(finders.find(f"fonts/{face.file_name}")) <= FONT_BUDGET


def test_the_fonts_a_page_fetches_stay_small():
    """An Arabic page with some Latin text fetches all four faces at most: under 50 KB."""
    assert sum(os.path.getsize(finders.find(f"fonts/{face.file_name}")) for face in FACES) <= 50 * 1024


def test_the_fonts_cover_every_character_the_site_ships():
    arabic = _font_cmap(next(f for f in FACES if f.family == "Site Arabic" and f.weight == 400))
    latin = _font_cmap(next(f for f in FACES if f.family == "Site Latin" and f.weight == 400))
    text = _shipped_text()
    arabic_used = {ord(c) for c in text if 0x0600 <= ord(c) <= 0x06FF}
    latin_used = {ord(c) for c in text if 0x0020 <= ord(c) <= 0x00FF}
    assert len(arabic_used) > 40 and len(latin_used) > 60  # the scan did read the texts
    assert arabic_used <= arabic, [chr(c) for c in sorted(arabic_used - arabic)]
    assert latin_used <= latin | {0x00AD}, [chr(c) for c in sorted(latin_used - latin)]


def test_the_stylesheet_declares_each_face_as_built():
    css = Path(finders.find("css/site.css")).read_text(encoding="utf-8")
    faces = re.findall(r"@font-face\s*{([^}]*)}", css)
    assert len(faces) == len(FACES)
    for face in FACES:
        (rule,) = [body for body in faces if f'url("../fonts/{face.file_name}")' in body]
        assert f'font-family: "{face.family}";' in rule and f"font-weight: {face.weight};" in rule
        assert f"unicode-range: {face.unicode_range};" in rule and "font-display: swap;" in rule
    assert re.search(r'--font: "Site Latin", "Site Arabic",', css)


@pytest.mark.parametrize(("language", "font"), [("ar", "arabic-400"), ("en", "latin-400")])
def test_each_language_preloads_its_body_font(client, home, language, font):
    html = client.get(f"/{language}/").content.decode()
    head = html.split("</head>")[0]
    links = re.findall(r'<link rel="preload"[^>]*>', head)
    assert links == [
        f'<link rel="preload" href="/static/fonts/{font}.woff2" as="font" type="font/woff2" crossorigin>'
    ]
    assert head.index(links[0]) < head.index('rel="stylesheet"')
