import io

from django.contrib.auth.models import Group
from django.core.cache import cache
from django.core.files.images import ImageFile
from django.utils import translation

import pytest
from PIL import Image as PILImage

from core.factories import ImageFactory
from news.factories import NewsCategoryFactory, NewsIndexPageFactory, NewsPageFactory  # noqa: F401


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Renditions and embeds are cached: ids repeat between tests, so start empty."""
    cache.clear()
    yield
    cache.clear()


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
def category(db):
    return NewsCategoryFactory(slug="community", name_ar="الشراكة المجتمعية", name_en="Community partnership")


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
