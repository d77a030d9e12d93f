"""Upload limits: size, pixel count and file type, with the error in the editor's own language."""

import io

from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.users.models import UserProfile

import pytest
from PIL import Image as PILImage

from media_library import models as media_models

pytestmark = pytest.mark.django_db


def editor_client(django_user_model, language):
    user = django_user_model.objects.create_superuser(
        f"editor-{language}", f"{language}@moi.example", "pw-12345678"
    )
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    client.force_login(user)
    return client


def png(size=(40, 30)):
    out = io.BytesIO()
    PILImage.new("RGB", size, (200, 10, 10)).save(out, "PNG")
    return out.getvalue()


def upload_image(client, content, name="photo.png"):
    data = {"title": "صورة", "alt_text_ar": "وصف", "file": SimpleUploadedFile(name, content)}
    return client.post(reverse("wagtailimages:add"), data)


def upload_document(client, content, name="report.pdf"):
    data = {
        "title": "تقرير",
        "title_ar": "تقرير",
        "title_en": "Report",
        "file": SimpleUploadedFile(name, content),
    }
    return client.post(reverse("wagtaildocs:add"), data)


def test_a_good_image_is_accepted(django_user_model):
    response = upload_image(editor_client(django_user_model, "ar"), png())
    assert response.status_code == 302
    assert get_image_model().objects.filter(title="صورة").exists()


def test_too_big_image_is_refused_in_arabic(django_user_model, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = upload_image(editor_client(django_user_model, "ar"), png())
    assert response.status_code == 200
    assert "هذا الملف كبير جدًا" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_too_big_image_is_refused_in_english_for_an_english_editor(django_user_model, settings):
    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 100
    response = upload_image(editor_client(django_user_model, "en"), png())
    assert "This file is too big" in response.content.decode()


def test_too_many_pixels_is_refused(django_user_model, settings):
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    response = upload_image(editor_client(django_user_model, "ar"), png((40, 30)))
    assert response.status_code == 200
    assert "هذا الملف يحتوي على عدد كبير جدًا من البكسل (1200)" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_wrong_image_type_is_refused(django_user_model):
    response = upload_image(editor_client(django_user_model, "ar"), b"not an image", name="notes.txt")
    assert response.status_code == 200
    assert "ليس ملفا لصورة" in response.content.decode()
    assert not get_image_model().objects.exists()


def test_a_good_pdf_is_accepted(django_user_model):
    response = upload_document(editor_client(django_user_model, "ar"), b"%PDF-1.7\n%%EOF\n")
    assert response.status_code == 302
    assert get_document_model().objects.filter(title_en="Report").exists()


def test_too_big_document_is_refused_in_arabic_by_the_default_limit(django_user_model, settings, monkeypatch):
    assert getattr(settings, "WAGTAILDOCS_MAX_UPLOAD_SIZE", None) is None
    monkeypatch.setattr(media_models, "DEFAULT_MAX_DOCUMENT_SIZE", 10)
    response = upload_document(editor_client(django_user_model, "ar"), b"%PDF-1.7\n" + b"0" * 100)
    html = response.content.decode()
    assert response.status_code == 200
    assert "حجم هذا الملف كبير جدًا (109 B). الحد الأقصى لحجم الوثيقة 10 B." in html
    assert not get_document_model().objects.exists()


def test_too_big_document_is_refused_in_english_by_the_default_limit(django_user_model, monkeypatch):
    monkeypatch.setattr(media_models, "DEFAULT_MAX_DOCUMENT_SIZE", 10)
    response = upload_document(editor_client(django_user_model, "en"), b"%PDF-1.7\n" + b"0" * 100)
    assert "The largest document allowed is 10 B." in response.content.decode()


def test_wagtails_document_limit_applies_when_set(django_user_model, settings):
    settings.WAGTAILDOCS_MAX_UPLOAD_SIZE = 10
    response = upload_document(editor_client(django_user_model, "ar"), b"%PDF-1.7\n" + b"0" * 100)
    assert "هذا الملف كبير جدًا" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_file_that_only_pretends_to_be_a_pdf_is_refused(django_user_model):
    response = upload_document(editor_client(django_user_model, "ar"), b"MZ\x90\x00 not a pdf")
    assert response.status_code == 200
    assert "هذا الملف ليس وثيقة PDF صحيحة" in response.content.decode()
    assert not get_document_model().objects.exists()


def test_a_forbidden_document_type_is_refused(django_user_model):
    response = upload_document(editor_client(django_user_model, "ar"), b"MZ\x90\x00", name="setup.exe")
    assert response.status_code == 200
    assert "امتداد الملف “exe” غير مسموح به" in response.content.decode()
    assert not get_document_model().objects.exists()
