"""Helpers the apps' demo modules share: idempotent page creation and generated images.

Each content app may ship a ``demo.py`` with ``load(demo)``; ``load_demo_content`` calls
them in INSTALLED_APPS order with a :class:`Demo` instance. Everything is keyed by slug (images
by a key in their title), so running the command again never duplicates anything.
"""

import hashlib
import io

from django.core.files.images import ImageFile
from django.utils import translation

from wagtail.images import get_image_model
from wagtail.models import Page, Site


class Demo:
    def __init__(self, stdout, style, refresh: bool = False):
        self.stdout = stdout
        self.style = style
        # Without refresh, what exists is left as editors made it: re-running keeps their work.
        self.refresh = refresh

    def step(self, message: str) -> None:
        self.stdout.write(f"  • {message}")
        self.stdout.flush()

    @property
    def home(self):
        return Site.objects.get(is_default_site=True).root_page.specific

    def page(self, parent, model, slug: str, **fields):
        """Create or update the child of ``parent`` with this slug, then publish it.

        Pages are saved with Arabic active: the untranslated ``title``/``slug`` columns
        take the active language (a known wagtail-modeltranslation pitfall).
        """
        with translation.override("ar"):
            existing = model.objects.child_of(parent).filter(slug=slug).first()
            fields.setdefault("slug_ar", slug)
            fields.setdefault("slug_en", slug)
            if existing is None:
                page = model(slug=slug, **fields)
                parent.add_child(instance=page)
            elif self.refresh:
                page = existing
                for name, value in fields.items():
                    setattr(page, name, value)
            else:
                return existing.specific
            page.save_revision().publish()
            page.refresh_from_db()
            return page

    def image(self, key: str, title_ar: str, title_en: str, alt_ar: str, alt_en: str, **extra):
        """A generated image (no downloads), made once per key."""
        Image = get_image_model()
        title = f"{title_ar} [{key}]"
        existing = Image.objects.filter(title=title).first()
        if existing:
            return existing
        content = generated_jpeg(key, extra.pop("label", title_en))
        with translation.override("ar"):
            image = Image(
                title=title,
                alt_text_ar=alt_ar,
                alt_text_en=alt_en,
                file=ImageFile(io.BytesIO(content), name=f"demo-{key}.jpg"),
                **extra,
            )
            image.save()
        return image


PALETTE = [(11, 93, 75), (138, 109, 31), (31, 78, 121), (120, 40, 40), (60, 90, 60), (80, 60, 110)]


def generated_jpeg(key: str, label: str, size=(1200, 675)) -> bytes:
    """A calm, distinct illustration for a demo item: gradient, shapes and a label."""
    from PIL import Image as PILImage
    from PIL import ImageDraw

    digest = hashlib.sha256(key.encode()).digest()
    base = PALETTE[digest[0] % len(PALETTE)]
    accent = PALETTE[digest[1] % len(PALETTE)]
    width, height = size
    img = PILImage.new("RGB", size, base)
    draw = ImageDraw.Draw(img)
    for y in range(height):
        t = y / height
        colour = tuple(int(base[i] * (1 - t) + accent[i] * t * 0.8) for i in range(3))
        draw.line([(0, y), (width, y)], fill=colour)
    for i in range(6):
        r = 40 + digest[2 + i] % 160
        x = digest[8 + i] * width // 255
        y = digest[14 + i] * height // 255
        draw.ellipse([x - r, y - r, x + r, y + r], outline=(255, 255, 255), width=3)
    draw.rectangle([0, height - 90, width, height], fill=(0, 0, 0))
    draw.text((40, height - 65), label[:60], fill=(255, 255, 255), font_size=40)
    out = io.BytesIO()
    img.save(out, "JPEG", quality=80)
    return out.getvalue()


def site_root():
    return Page.get_first_root_node()
