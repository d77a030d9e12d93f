"""Publishing by PR staff: groups, the approval workflow on the news index, scheduled publishing."""

import datetime as dt
import time

from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from wagtail.models import GroupPagePermission, Page, WorkflowState

import pytest

from news import publishing
from news.factories import NewsPageFactory
from news.models import NewsPage
from tests.news.forms import news_form_data

pytestmark = pytest.mark.django_db


def login(user):
    client = Client()
    client.force_login(user)
    return client


def page_codenames(group, page):
    return set(
        GroupPagePermission.objects.filter(group=group, page=page).values_list(
            "permission__codename", flat=True
        )
    )


def test_the_migration_created_the_groups_and_the_workflow(news_index):
    editors = Group.objects.get(name=publishing.PR_EDITORS)
    moderators = Group.objects.get(name=publishing.MODERATORS)
    webmasters = Group.objects.get(name=publishing.WEBMASTERS)
    assert page_codenames(editors, news_index) == {"add_page", "change_page"}
    assert "publish_page" in page_codenames(moderators, news_index)
    root = Page.get_first_root_node()
    assert "publish_page" in page_codenames(webmasters, root)
    webmaster_perms = set(webmasters.permissions.values_list("content_type__app_label", "codename"))
    assert ("wagtailadmin", "access_admin") in webmaster_perms
    assert ("news", "change_newscategory") in webmaster_perms
    assert ("wagtailcore", "change_site") in webmaster_perms
    assert not {perm for perm in webmaster_perms if perm[0] in ("auth", "wagtailusers")}, "no user management"
    workflow = news_index.get_workflow()
    assert workflow.name == publishing.WORKFLOW_NAME
    task = workflow.tasks.get().specific
    assert list(task.groups.all()) == [moderators]


def test_an_editor_cannot_publish_directly(news_index, make_user):
    editor = make_user("editor", publishing.PR_EDITORS)
    client = login(editor)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    page = client.get(add_url)
    assert page.status_code == 200
    assert b'name="action-publish"' not in page.content
    data = news_form_data(slug_ar="editor-item", slug_en="editor-item", **{"action-publish": "publish"})
    response = client.post(add_url, data)
    assert response.status_code in (302, 200)
    item = NewsPage.objects.get(slug_ar="editor-item")
    assert not item.live
    assert item.latest_revision is not None
    assert Client().get("/ar/news/editor-item/").status_code == 404


def test_submission_then_moderator_approval_publishes(news_index, make_user):
    editor = make_user("editor", publishing.PR_EDITORS)
    moderator = make_user("moderator", publishing.MODERATORS)
    add_url = reverse("wagtailadmin_pages:add", args=("news", "newspage", news_index.pk))
    data = news_form_data(
        title_ar="خبر بانتظار الموافقة",
        title_en="Awaiting approval",
        slug_ar="awaiting-approval",
        slug_en="awaiting-approval",
        **{"action-submit": "submit"},
    )
    response = login(editor).post(add_url, data)
    assert response.status_code == 302
    item = NewsPage.objects.get(slug_ar="awaiting-approval")
    state = WorkflowState.objects.get(base_content_type__model="page", object_id=str(item.pk))
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert not item.live

    # An editor cannot approve their own submission.
    task_state = state.current_task_state
    approve_url = reverse("wagtailadmin_pages:workflow_action", args=(item.pk, "approve", task_state.pk))
    login(editor).post(approve_url, {"comment": ""})
    item.refresh_from_db()
    assert not item.live

    response = login(moderator).post(approve_url, {"comment": "موافق"})
    assert response.status_code in (200, 302)
    item.refresh_from_db()
    assert item.live
    state.refresh_from_db()
    assert state.status == WorkflowState.STATUS_APPROVED
    assert "خبر بانتظار الموافقة" in Client().get("/ar/news/").content.decode()


def test_a_moderator_can_reject(news_index, make_user):
    with translation.override("ar"):
        item = NewsPageFactory(parent=news_index, live=False)
    editor = make_user("editor", publishing.PR_EDITORS)
    moderator = make_user("moderator", publishing.MODERATORS)
    item.save_revision(user=editor)
    item.get_workflow().start(item, editor)
    state = item.current_workflow_state
    reject_url = reverse(
        "wagtailadmin_pages:workflow_action", args=(item.pk, "reject", state.current_task_state.pk)
    )
    login(moderator).post(reject_url, {"comment": "يرجى استكمال النص"})
    state.refresh_from_db()
    item.refresh_from_db()
    assert state.status == WorkflowState.STATUS_NEEDS_CHANGES
    assert not item.live


def test_a_scheduled_item_appears_only_after_its_time(news_index):
    with translation.override("ar"):
        item = NewsPageFactory(parent=news_index, live=False, slug="scheduled-item", slug_ar="scheduled-item")
        item.go_live_at = timezone.now() + dt.timedelta(seconds=2)
        revision = item.save_revision()
        revision.publish()  # with go_live_at in the future this only schedules it
    item.refresh_from_db()
    assert not item.live
    assert item.title_ar not in Client().get("/ar/news/").content.decode()
    call_command("publish_scheduled", verbosity=0)
    item.refresh_from_db()
    assert not item.live, "its time has not come"

    time.sleep(max(0.0, (item.go_live_at - timezone.now()).total_seconds()) + 0.1)
    call_command("publish_scheduled", verbosity=0)
    item.refresh_from_db()
    assert item.live
    assert item.title_ar in Client().get("/ar/news/").content.decode()


def test_an_expired_item_leaves_the_listing(make_news):
    item = make_news(1)[0]
    item.expire_at = timezone.now() - dt.timedelta(seconds=1)
    item.save()
    call_command("publish_scheduled", verbosity=0)
    item.refresh_from_db()
    assert not item.live and item.expired
    assert item.title_ar not in Client().get("/ar/news/").content.decode()


def test_a_new_news_index_gets_the_workflow_and_permissions(home):
    from news.factories import NewsIndexPageFactory

    NewsPage.objects.all().delete()
    with translation.override("ar"):
        index = NewsIndexPageFactory(parent=home)
    assert index.get_workflow().name == publishing.WORKFLOW_NAME
    assert page_codenames(Group.objects.get(name=publishing.PR_EDITORS), index) == {"add_page", "change_page"}
