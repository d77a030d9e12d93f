"""Who may read and export submissions: Moderators and superusers, nobody else."""

import csv
import io
from urllib.parse import parse_qs, urlsplit

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test import Client

from wagtail.models import GroupPagePermission, Page
from wagtail.test.utils import WagtailPageTestCase

import pytest

from contact.models import FormPage, Submission
from core.models import HomePage, StandardPage
from tests.contact.conftest import VALID_CONTACT

pytestmark = pytest.mark.django_db


def staff_user(username, group_name=None):
    User = get_user_model()
    user = User.objects.create_user(username, f"{username}@moi.example", "pw")
    group = None
    if group_name:
        group, _ = Group.objects.get_or_create(name=group_name)
        user.groups.add(group)
    return user, group


def editor_with_page_rights(username, group_name):
    """A member of a group that may edit every page (as editors and webmasters do)."""
    user, group = staff_user(username, group_name)
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    root = Page.get_first_root_node()
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=Permission.objects.get(codename=codename)
        )
    return user


@pytest.fixture
def submitted(contact_page):
    Client().post("/ar/contact/", VALID_CONTACT)
    return Submission.objects.get()


def test_migration_gives_moderators_the_submissions_permission(db):
    # Reading is decided by membership of Moderators (see contact.wagtail_hooks); the
    # permission documents the role in the group editor.
    moderators = Group.objects.get(name="Moderators")
    assert moderators.permissions.filter(
        content_type__app_label="contact", codename="view_submission"
    ).exists()


def test_moderator_sees_and_exports_submissions(contact_page, submitted):
    user, _group = staff_user("moderator", "Moderators")
    client = Client()
    client.force_login(user)
    listing = client.get(f"/admin/forms/submissions/{contact_page.pk}/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert submitted.reference in html
    assert "سعاد خليل" in html
    export = client.get(f"/admin/forms/submissions/{contact_page.pk}/?export=csv")
    assert export.status_code == 200
    content = b"".join(export.streaming_content).decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(content)))
    assert submitted.reference in rows[1]
    assert "suad@example.org" in rows[1]
    assert len(rows) == 2
    index = client.get("/admin/forms/")
    assert index.status_code == 200
    assert "اتصل بنا" in index.content.decode()


def test_superuser_sees_submissions(contact_page, submitted):
    User = get_user_model()
    admin = User.objects.create_superuser("admin", "admin@moi.example", "pw")
    client = Client()
    client.force_login(admin)
    assert client.get(f"/admin/forms/submissions/{contact_page.pk}/").status_code == 200


@pytest.mark.parametrize("group_name", ["PR Editors", "Webmasters"])
def test_editors_and_webmasters_cannot_read_submissions(contact_page, submitted, group_name):
    user = editor_with_page_rights("staff", group_name)
    client = Client()
    client.force_login(user)
    # They can edit the form page itself …
    assert client.get(f"/admin/pages/{contact_page.pk}/edit/").status_code == 200
    # … but not read, export or delete what visitors sent.
    listing = client.get(f"/admin/forms/submissions/{contact_page.pk}/")
    assert listing.status_code in (302, 403)
    assert submitted.reference not in listing.content.decode()
    export = client.get(f"/admin/forms/submissions/{contact_page.pk}/?export=csv")
    assert export.status_code in (302, 403)
    delete = client.post(
        f"/admin/forms/submissions/{contact_page.pk}/delete/?selected-submissions={submitted.pk}"
    )
    assert delete.status_code in (302, 403)
    assert Submission.objects.filter(pk=submitted.pk).exists()
    index = client.get("/admin/forms/")
    assert "اتصل بنا" not in index.content.decode()


def test_admin_listing_escapes_submitted_markup(contact_page):
    Client().post("/ar/contact/", {**VALID_CONTACT, "full_name": "<script>alert(1)</script>"})
    user, _group = staff_user("moderator", "Moderators")
    client = Client()
    client.force_login(user)
    html = client.get(f"/admin/forms/submissions/{contact_page.pk}/").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_admin_edit_page_renders_with_both_languages(contact_page):
    User = get_user_model()
    admin = User.objects.create_superuser("admin", "admin@moi.example", "pw")
    client = Client()
    client.force_login(admin)
    response = client.get(f"/admin/pages/{contact_page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "form_fields-0-label_ar" in html
    assert "form_fields-0-label_en" in html


class TestFormPageRules(WagtailPageTestCase):
    def test_parents_and_children(self):
        self.assertCanCreateAt(HomePage, FormPage)
        self.assertCanNotCreateAt(StandardPage, FormPage)
        self.assertCanNotCreateAt(FormPage, FormPage)
        self.assertAllowedSubpageTypes(FormPage, {})
        self.assertAllowedParentPageTypes(FormPage, {HomePage})

    def test_renderable(self):
        from tests.conftest import build_site
        from tests.contact.conftest import make_form_page

        home = build_site()
        page = make_form_page(home)
        self.assertPageIsRenderable(page)
        self.assertPageIsRenderable(page, query_data={"x": "1"})
        # A good POST is answered 303 See Other (Wagtail's helper accepts only 301/302), and
        # the thank-you address it gives renders.
        response = self.client.post(page.get_url(self.dummy_request), VALID_CONTACT)
        self.assertEqual(response.status_code, 303)
        token = parse_qs(urlsplit(response["Location"]).query)["sent"][0]
        self.assertPageIsRenderable(page, query_data={"sent": token})
        self.assertPageIsPreviewable(page, mode="form")
        self.assertPageIsPreviewable(page, mode="landing")
