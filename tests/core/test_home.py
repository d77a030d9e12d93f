from django.test import Client

import pytest

pytestmark = pytest.mark.django_db


def test_arabic_home(home):
    response = Client().get("/ar/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="ar" dir="rtl">' in html
    assert 'href="/en/"' in html
    assert "وزارة الداخلية" in html


def test_english_home(home):
    response = Client().get("/en/")
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en" dir="ltr">' in html
    assert 'href="/ar/"' in html
    assert "Ministry of Interior" in html
