"""{% responsive_picture %}: WebP first, the original format as fallback, srcset, sizes, dimensions, lazy."""

import io
import re

from django.core.files.images import ImageFile
from django.template import Context, Template
from django.utils import translation

import pytest
from PIL import Image as PILImage

from core.factories import ImageFactory

pytestmark = pytest.mark.django_db


def image_file(image_format, size=(1600, 900)):
    out = io.BytesIO()
    mode = "RGBA" if image_format == "PNG" else "RGB"
    PILImage.new(mode, size, (11, 93, 75)).save(out, image_format)
    extension = {"PNG": "png", "JPEG": "jpg", "GIF": "gif"}[image_format]
    return ImageFile(io.BytesIO(out.getvalue()), name=f"photo.{extension}")


def render(image, arguments='"width-480,width-800,width-1200" sizes="(min-width: 60rem) 48rem, 100vw"'):
    template = Template("{% load media_tags %}{% responsive_picture image " + arguments + " %}")
    return template.render(Context({"image": image}))


def test_jpeg_original_webp_source_and_jpeg_fallback():
    image = ImageFactory(file=image_file("JPEG"))
    html = render(image)
    source = re.search(r'<source type="image/webp" srcset="([^"]+)" sizes="([^"]+)">', html)
    assert source, html
    assert [c.split()[1] for c in source.group(1).split(", ")] == ["480w", "800w", "1200w"]
    assert source.group(2) == "(min-width: 60rem) 48rem, 100vw"
    img = re.search(r"<img [^>]+>", html).group(0)
    assert re.search(r'src="[^"]+\.jpg"', img)
    assert 'width="480" height="270"' in img
    assert 'loading="lazy"' in img and 'decoding="async"' in img
    assert html.count(".webp") == 3


def test_png_keeps_png_as_the_fallback():
    image = ImageFactory(file=image_file("PNG"))
    img = re.search(r"<img [^>]+>", render(image)).group(0)
    assert re.search(r'src="[^"]+\.png"', img)


def test_small_originals_do_not_repeat_widths():
    image = ImageFactory(file=image_file("JPEG", size=(600, 400)))
    html = render(image)
    source = re.search(r'<source type="image/webp" srcset="([^"]+)"', html).group(1)
    assert [c.split()[1] for c in source.split(", ")] == ["480w", "600w"]


def test_eager_images_above_the_fold():
    image = ImageFactory(file=image_file("JPEG"))
    html = render(image, '"fill-400x225" sizes="100vw" eager=True fetchpriority="high" css_class="lead"')
    assert 'loading="lazy"' not in html
    assert 'fetchpriority="high"' in html and 'class="lead"' in html
    assert 'width="400" height="225"' in html


def test_alt_text_follows_the_language():
    image = ImageFactory(
        file=image_file("JPEG"), alt_text_ar="وصف بالعربية", alt_text_en="English description"
    )
    assert 'alt="وصف بالعربية"' in render(image)
    with translation.override("en"):
        assert 'alt="English description"' in render(image)


def test_no_image_renders_nothing():
    assert render(None) == ""
