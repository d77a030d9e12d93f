"""What each newsroom group may do in the admin (groups from news/migrations/0002).

- PR Editors: cannot publish, cannot edit site settings, menus, users or groups, cannot read
  form submissions.
- Moderators: publish and read submissions, but cannot manage users or groups.
"""

from django.conf import settings
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import translation

from wagtail.models import Site

import pytest

from news import publishing
from news.factories import NewsIndexPageFactory, NewsPageFactory

ADMIN = f"/{settings.ADMIN_URL_PATH}"


@pytest.fixture
def site_pages(home):
    with translation.override("ar"):
        index = NewsIndexPageFactory(parent=home)
        item = NewsPageFactory(parent=index)
    return {"home": home, "index": index, "item": item}


@pytest.fixture
def as_member(django_user_model):
    def make(group_name):
        user = django_user_model.objects.create_user(group_name.split()[0].lower(), password="pw-12345678")
        user.groups.add(Group.objects.get(name=group_name))
        client = Client()
        client.force_login(user)
        return user, client

    return make


def denied(response) -> bool:
    """Wagtail answers a forbidden admin view with a redirect to the dashboard or a 403."""
    if response.status_code == 403:
        return True
    return response.status_code == 302 and "/login/" not in response["Location"]


def admin_urls():
    site = Site.objects.get(is_default_site=True)
    return {
        "site settings": f"{ADMIN}/settings/core/sitesettings/{site.pk}/",
        "menus": f"{ADMIN}/settings/core/navigationsettings/{site.pk}/",
        "users": f"{ADMIN}/users/",
        "new user": f"{ADMIN}/users/add/",
        "groups": f"{ADMIN}/groups/",
        "sites": f"{ADMIN}/sites/",
        "redirects": f"{ADMIN}/redirects/",
    }


def test_a_pr_editor_cannot_publish(site_pages, as_member):
    user, client = as_member(publishing.PR_EDITORS)
    item = site_pages["item"]
    assert item.permissions_for_user(user).can_edit()
    assert not item.permissions_for_user(user).can_publish()
    assert not site_pages["index"].permissions_for_user(user).can_publish_subpage()
    editor = client.get(f"{ADMIN}/pages/{item.pk}/edit/")
    assert editor.status_code == 200
    assert b'name="action-publish"' not in editor.content
    # Unpublishing is refused as well.
    assert denied(client.get(f"{ADMIN}/pages/{item.pk}/unpublish/"))


@pytest.mark.parametrize(
    "area", ["site settings", "menus", "users", "new user", "groups", "sites", "redirects"]
)
def test_a_pr_editor_is_kept_out_of(site_pages, as_member, area):
    _user, client = as_member(publishing.PR_EDITORS)
    assert client.get(f"{ADMIN}/").status_code == 200  # signed in and in the admin
    assert denied(client.get(admin_urls()[area])), area


def test_a_pr_editor_cannot_change_the_settings_by_posting(site_pages, as_member):
    from core.models import SiteSettings

    _user, client = as_member(publishing.PR_EDITORS)
    site = Site.objects.get(is_default_site=True)
    before = SiteSettings.for_site(site).hotline
    response = client.post(admin_urls()["site settings"], {"hotline": "0000"})
    assert denied(response)
    assert SiteSettings.for_site(site).hotline == before


@pytest.mark.parametrize("group_name", [publishing.PR_EDITORS, publishing.MODERATORS])
def test_form_submissions_are_for_moderators_only(site_pages, as_member, group_name):
    from contact.models import Submission
    from tests.contact.conftest import VALID_CONTACT, make_form_page

    page = make_form_page(site_pages["home"])
    assert Client().post("/ar/contact/", VALID_CONTACT).status_code == 303  # stored, then the thank-you page
    submission = Submission.objects.get()
    _user, client = as_member(group_name)
    listing = client.get(f"{ADMIN}/forms/submissions/{page.pk}/")
    export = client.get(f"{ADMIN}/forms/submissions/{page.pk}/?export=csv")
    if group_name == publishing.PR_EDITORS:
        assert denied(listing) and denied(export)
        assert submission.reference not in listing.content.decode()
        assert "اتصل بنا" not in client.get(f"{ADMIN}/forms/").content.decode()
    else:
        assert listing.status_code == 200
        assert submission.reference in listing.content.decode()


@pytest.mark.parametrize("area", ["users", "new user", "groups"])
def test_a_moderator_cannot_manage_users(site_pages, as_member, area):
    _user, client = as_member(publishing.MODERATORS)
    assert denied(client.get(admin_urls()[area]))


def test_a_moderator_cannot_promote_anyone(site_pages, as_member, django_user_model):
    moderator, client = as_member(publishing.MODERATORS)
    target = django_user_model.objects.create_user("target", password="pw-12345678")
    response = client.post(f"{ADMIN}/users/{target.pk}/", {"is_superuser": "on", "username": "target"})
    assert denied(response) or response.status_code == 404
    target.refresh_from_db()
    moderator.refresh_from_db()
    assert not target.is_superuser and not moderator.is_superuser


def test_a_moderator_can_publish(site_pages, as_member):
    user, _client = as_member(publishing.MODERATORS)
    assert site_pages["item"].permissions_for_user(user).can_publish()


def test_a_webmaster_edits_menus_but_not_users(site_pages, as_member):
    _user, client = as_member(publishing.WEBMASTERS)
    assert client.get(admin_urls()["menus"]).status_code == 200
    assert client.get(admin_urls()["site settings"]).status_code == 200
    assert denied(client.get(admin_urls()["users"]))
    assert denied(client.get(admin_urls()["groups"]))


@pytest.mark.parametrize("group_name", [publishing.PR_EDITORS, publishing.MODERATORS, publishing.WEBMASTERS])
def test_every_newsroom_group_uploads_images_and_documents(site_pages, as_member, group_name, settings):
    """Wagtail checks wagtailimages.Image / wagtaildocs.Document permissions even with custom
    models; news/migrations/0003 grants those (the custom models' ones did nothing)."""
    import io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from django.urls import reverse

    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model

    from PIL import Image as PILImage

    _user, client = as_member(group_name)
    picture = io.BytesIO()
    PILImage.new("RGB", (40, 30), (20, 120, 90)).save(picture, "PNG")
    image = client.post(
        reverse("wagtailimages:add"),
        {"title": "صورة", "alt_text_ar": "وصف", "file": SimpleUploadedFile("photo.png", picture.getvalue())},
    )
    assert image.status_code == 302, image.content[:500]
    assert get_image_model().objects.filter(title="صورة").exists()
    pdf = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
    document = client.post(
        reverse("wagtaildocs:add"), {"title": "تقرير", "file": SimpleUploadedFile("report.pdf", pdf)}
    )
    assert document.status_code == 302, document.content[:500]
    assert get_document_model().objects.filter(title="تقرير").exists()
