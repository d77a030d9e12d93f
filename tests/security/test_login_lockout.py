"""Wagtail's sign-in under django-axes: locked by account and by address, and unlocked."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings

import pytest
from axes.models import AccessAttempt

from news import publishing

LOGIN = f"/{settings.ADMIN_URL_PATH}/login/"
LIMIT = 3

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.usefixtures("axes_on"),
]


@pytest.fixture
def axes_on():
    with override_settings(AXES_ENABLED=True, AXES_FAILURE_LIMIT=LIMIT):
        yield


@pytest.fixture
def editor(django_user_model):
    return django_user_model.objects.create_user(
        "editor", "editor@moi.example", "right-password", is_staff=True
    )


def sign_in(client, username, password, ip="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def fail(client, username, times, ip="203.0.113.7"):
    for _ in range(times):
        response = sign_in(client, username, "wrong", ip=ip)
        assert response.status_code in (200, 429)
    return response


def test_a_good_password_still_works_before_the_limit(client, editor):
    fail(client, "editor", LIMIT - 1)
    response = sign_in(client, "editor", "right-password")
    assert response.status_code == 302
    # A success clears the count (AXES_RESET_ON_SUCCESS).
    assert not AccessAttempt.objects.filter(username="editor").exists()


def test_the_account_is_locked_after_repeated_failures_even_with_the_right_password(client, editor):
    response = fail(client, "editor", LIMIT)
    assert response.status_code == 429
    response = sign_in(client, "editor", "right-password")
    assert response.status_code == 429
    html = response.content.decode()
    assert "Sign-in temporarily locked" in html and "تم إيقاف تسجيل الدخول مؤقتاً" in html
    assert "<bdi>15</bdi> minutes" in html
    assert "_auth_user_id" not in client.session


def test_the_lock_follows_the_account_to_another_address(client, editor):
    fail(client, "editor", LIMIT, ip="203.0.113.7")
    assert sign_in(client, "editor", "right-password", ip="198.51.100.9").status_code == 429


def test_an_address_is_locked_whatever_account_it_tries(client, editor, django_user_model):
    django_user_model.objects.create_user("other", "o@moi.example", "other-password", is_staff=True)
    for name in ("alice", "bob", "carol")[:LIMIT]:
        sign_in(client, name, "guess", ip="192.0.2.66")
    assert sign_in(client, "other", "other-password", ip="192.0.2.66").status_code == 429
    # Another address is not affected.
    assert sign_in(client, "other", "other-password", ip="192.0.2.67").status_code == 302


def test_the_lock_lifts_itself_after_the_cool_off(client, editor):
    fail(client, "editor", LIMIT)
    AccessAttempt.objects.update(attempt_time=AccessAttempt.objects.first().attempt_time.replace(year=2000))
    assert sign_in(client, "editor", "right-password").status_code == 302


def test_a_command_unlocks_an_account(client, editor):
    fail(client, "editor", LIMIT)
    call_command("axes_reset_username", "editor", verbosity=0)
    call_command("axes_reset_ip", "203.0.113.7", verbosity=0)
    assert sign_in(client, "editor", "right-password").status_code == 302


def test_a_webmaster_unlocks_an_account_in_the_admin(client, editor, django_user_model):
    fail(client, "editor", LIMIT)
    webmaster = django_user_model.objects.create_user("webmaster", "w@moi.example", "pw", is_staff=True)
    webmaster.groups.add(Group.objects.get(name=publishing.WEBMASTERS))
    admin = client_for(webmaster)
    listing = admin.get(f"/{settings.ADMIN_URL_PATH}/locked_sign_ins/")
    assert listing.status_code == 200
    assert "editor" in listing.content.decode()
    for attempt in AccessAttempt.objects.all():
        response = admin.post(f"/{settings.ADMIN_URL_PATH}/locked_sign_ins/delete/{attempt.pk}/")
        assert response.status_code == 302
    assert not AccessAttempt.objects.exists()
    assert sign_in(client, "editor", "right-password").status_code == 302


def test_editors_cannot_see_or_lift_locks(client, editor):
    editor.groups.add(Group.objects.get(name=publishing.PR_EDITORS))
    fail(client, "someone", LIMIT, ip="192.0.2.1")
    admin = client_for(editor)
    assert admin.get(f"/{settings.ADMIN_URL_PATH}/locked_sign_ins/").status_code in (302, 403)
    attempt = AccessAttempt.objects.first()
    admin.post(f"/{settings.ADMIN_URL_PATH}/locked_sign_ins/delete/{attempt.pk}/")
    assert AccessAttempt.objects.filter(pk=attempt.pk).exists()


def test_nobody_can_forge_or_edit_a_record(client, django_user_model):
    root = django_user_model.objects.create_superuser("root", "r@moi.example", "pw")
    admin = client_for(root)
    assert admin.get(f"/{settings.ADMIN_URL_PATH}/locked_sign_ins/add/").status_code in (302, 403)


def client_for(user):
    from django.test import Client

    other = Client()
    other.force_login(user)
    return other
