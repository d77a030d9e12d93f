import io
import os

from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from django.utils import translation

from wagtail.models import Page, Site

import pytest
from PIL import Image as PILImage

from core.factories import HomePageFactory, ImageFactory
from core.models import SiteSettings
from news.factories import NewsIndexPageFactory, NewsPageFactory


def build_site():
    """The smallest real site: a home page as the default site's root, with settings."""
    with translation.override("ar"):
        root = Page.get_first_root_node()
        Page.objects.filter(depth=2).delete()  # Wagtail's placeholder page, and its site
        home = HomePageFactory(parent=root)
        site = Site.objects.create(
            hostname="testserver", port=80, root_page=home, is_default_site=True, site_name="Test"
        )
        SiteSettings.objects.update_or_create(
            site=site,
            defaults={
                "ministry_name_ar": "وزارة الداخلية",
                "ministry_name_en": "Ministry of Interior",
                "administration_name_ar": "الإدارة العامة للعلاقات العامة والإعلام",
                "administration_name_en": "General Administration of Public Relations and Media",
                "hotline": "138",
                "email": "media@moi.example",
            },
        )
    return home


@pytest.fixture
def home(db):
    return build_site()


def jpeg_file(name="photo.jpg", size=(64, 36)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (11, 93, 75)).save(out, "JPEG")
    return ImageFile(io.BytesIO(out.getvalue()), name=name)


@pytest.fixture
def image(db):
    return ImageFactory(file=jpeg_file())


@pytest.fixture
def news_index(home):
    with translation.override("ar"):
        return NewsIndexPageFactory(parent=home)


@pytest.fixture
def make_news(news_index):
    def make(count=1, **fields):
        with translation.override("ar"):
            return [NewsPageFactory(parent=news_index, **fields) for _ in range(count)]

    return make


@pytest.fixture
def make_user(django_user_model):
    def make(username, group_name=None, **extra):
        user = django_user_model.objects.create_user(username=username, password="pw-12345678", **extra)
        if group_name:
            user.groups.add(Group.objects.get(name=group_name))
        return user

    return make


@pytest.fixture(autouse=True)
def _fresh_lookups():
    """Each test has its own database: nothing perf.lookups or the (local-memory) cache kept
    from another test applies (cached fragments are keyed by page id and content version)."""
    from django.core.cache import caches

    from perf import lookups

    lookups.reset()
    for cache in caches.all():
        cache.clear()
    yield
    lookups.reset()


@pytest.fixture(autouse=True)
def _arabic_by_default():
    """Each test starts as a request would: in the default language."""
    with translation.override("ar"):
        yield


def pytest_collection_modifyitems(config, items):
    in_ci = os.environ.get("CI", "").lower() == "true"
    if in_ci or os.path.exists("/usr/bin/chromium"):
        return
    skip = pytest.mark.skip(
        reason="Debian's chromium is not installed at /usr/bin/chromium (apt-get install chromium)"
    )
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)
