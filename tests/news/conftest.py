import pytest

from news.factories import NewsCategoryFactory

# image, jpeg_file, news_index, make_news and make_user are in tests/conftest.py, and so is the
# cache clearing before each test (_fresh_lookups).


@pytest.fixture
def category(db):
    return NewsCategoryFactory(slug="community", name_ar="الشراكة المجتمعية", name_en="Community partnership")
