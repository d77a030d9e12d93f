"""Two-factor sign-in for the admin (accounts/, django-otp TOTP devices)."""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.test import Client, override_settings

from wagtail.users.models import UserProfile

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

pytestmark = pytest.mark.django_db

ADMIN = f"/{settings.ADMIN_URL_PATH}"
LOGIN = f"{ADMIN}/login/"
VERIFY = f"{ADMIN}/two-factor/verify/"
MANAGE = f"{ADMIN}/two-factor/"
PASSWORD = "a-long-pass-phrase-1"


def code(device, steps_ahead=0) -> str:
    """The code the phone would show now (or ``steps_ahead`` 30-second windows later)."""
    value = totp(
        device.bin_key, step=device.step, t0=device.t0 - steps_ahead * device.step, digits=device.digits
    )
    return f"{value:06d}"


@pytest.fixture
def staff(django_user_model):
    user = django_user_model.objects.create_user("editor", "editor@moi.example", PASSWORD)
    user.groups.add(Group.objects.get(name="PR Editors"))
    return user


@pytest.fixture
def device(staff):
    return TOTPDevice.objects.create(user=staff, name="Phone", confirmed=True)


def signed_in(user, language="en") -> Client:
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    client = Client()
    response = client.post(LOGIN, {"username": user.username, "password": PASSWORD})
    assert response.status_code == 302, response.content[:300]
    return client


def test_staff_without_an_authenticator_go_straight_in(staff, home):
    client = signed_in(staff)
    assert client.get(f"{ADMIN}/").status_code == 200


@override_settings(OTP_TOTP_THROTTLE_FACTOR=0)  # no pause after a mistake (throttling: below)
def test_a_code_is_asked_after_the_password_and_only_in_the_admin(staff, device, home):
    client = signed_in(staff)
    response = client.get(f"{ADMIN}/account/")
    assert response.status_code == 302
    assert response["Location"].startswith(VERIFY) and "next=" in response["Location"]
    # Public pages are not held up by the second step.
    assert client.get("/ar/").status_code == 200

    wrong = client.post(
        VERIFY, {"otp_token": "000000" if code(device) != "000000" else "111111", "next": f"{ADMIN}/account/"}
    )
    assert wrong.status_code == 400
    assert b"not right" in wrong.content
    assert client.get(f"{ADMIN}/").status_code == 302

    right = client.post(VERIFY, {"otp_token": code(device), "next": f"{ADMIN}/account/"})
    assert right.status_code == 302 and right["Location"] == f"{ADMIN}/account/"
    assert client.get(f"{ADMIN}/account/").status_code == 200
    device.refresh_from_db()
    assert device.last_used_at is not None


def test_codes_with_spaces_are_accepted_and_letters_refused(staff, device, home):
    client = signed_in(staff)
    letters = client.post(VERIFY, {"otp_token": "12a456"})
    assert letters.status_code == 400 and b"six digits" in letters.content
    spaced = code(device)[:3] + " " + code(device)[3:]
    assert client.post(VERIFY, {"otp_token": spaced}).status_code == 302
    assert client.get(f"{ADMIN}/").status_code == 200


def test_a_used_code_cannot_be_replayed(staff, device, home):
    first = signed_in(staff)
    used = code(device)
    assert first.post(VERIFY, {"otp_token": used}).status_code == 302
    second = signed_in(staff)
    replay = second.post(VERIFY, {"otp_token": used})
    assert replay.status_code == 400
    assert second.get(f"{ADMIN}/").status_code == 302


def test_guessing_is_throttled(staff, device, home):
    """django-otp doubles the wait after each wrong code (1 s, 2 s, 4 s…): the right code is
    refused straight after wrong ones, so six digits cannot be guessed at speed."""
    client = signed_in(staff)
    right = code(device)
    wrong = f"{(int(right) + 1) % 1_000_000:06d}"
    assert b"not right" in client.post(VERIFY, {"otp_token": wrong}).content
    for _ in range(3):
        assert b"Too many tries" in client.post(VERIFY, {"otp_token": wrong}).content
    blocked = client.post(VERIFY, {"otp_token": right})
    assert blocked.status_code == 400
    assert b"Too many tries" in blocked.content
    assert client.get(f"{ADMIN}/").status_code == 302
    device.refresh_from_db()
    assert device.throttling_failure_count == 1  # refused tries while waiting do not count twice


def test_the_second_step_speaks_arabic(staff, device, home):
    client = signed_in(staff, language="ar")
    page = client.get(VERIFY)
    assert page.status_code == 200
    html = page.content.decode()
    assert 'dir="rtl"' in html
    assert "تطبيق المصادقة" in html


def test_setting_up_an_authenticator(staff, home):
    client = signed_in(staff)
    page = client.get(MANAGE)
    assert page.status_code == 200
    html = page.content.decode()
    assert "<svg" in html  # the QR code, drawn inline
    pending = TOTPDevice.objects.get(user=staff, confirmed=False)
    assert pending.config_url.startswith("otpauth://totp/")

    wrong_password = client.post(MANAGE, {"otp_token": code(pending), "password": "not-it"})
    assert wrong_password.status_code == 400
    assert b"password is not right" in wrong_password.content
    assert not TOTPDevice.objects.filter(user=staff, confirmed=True).exists()

    # The wrong password did not spend the code.
    done = client.post(MANAGE, {"otp_token": code(pending), "password": PASSWORD})
    assert done.status_code == 302
    assert TOTPDevice.objects.filter(user=staff, confirmed=True).count() == 1
    assert client.get(f"{ADMIN}/").status_code == 200  # verified by the setup itself

    # The next sign-in asks for a code.
    again = signed_in(staff)
    assert again.get(f"{ADMIN}/").status_code == 302


def test_turning_it_off_needs_the_password(staff, device, home):
    client = signed_in(staff)
    client.post(VERIFY, {"otp_token": code(device)})
    assert client.post(MANAGE, {"password": "wrong"}).status_code == 200
    assert TOTPDevice.objects.filter(user=staff).exists()
    assert client.post(MANAGE, {"password": PASSWORD}).status_code == 302
    assert not TOTPDevice.objects.filter(user=staff).exists()
    assert signed_in(staff).get(f"{ADMIN}/").status_code == 200


def test_a_group_can_be_made_to_use_two_factor(staff, django_user_model, home):
    group = Group.objects.get(name="PR Editors")
    group.permissions.add(Permission.objects.get(codename="require_2fa", content_type__app_label="accounts"))
    client = signed_in(staff)
    response = client.get(f"{ADMIN}/account/")
    assert response.status_code == 302 and response["Location"].startswith(MANAGE)
    assert client.get(MANAGE).status_code == 200
    pending = TOTPDevice.objects.get(user=staff, confirmed=False)
    client.post(MANAGE, {"otp_token": code(pending), "password": PASSWORD})
    assert client.get(f"{ADMIN}/account/").status_code == 200
    # Required: it cannot be turned off by its owner.
    client.post(MANAGE, {"password": PASSWORD})
    assert TOTPDevice.objects.filter(user=staff, confirmed=True).exists()

    # A superuser's implicit "every permission" does not make it mandatory for them.
    root = django_user_model.objects.create_superuser("root", "root@moi.example", PASSWORD)
    assert signed_in(root).get(f"{ADMIN}/").status_code == 200


@override_settings(ADMIN_2FA="required")
def test_required_for_all_staff(staff, home):
    client = signed_in(staff)
    response = client.get(f"{ADMIN}/")
    assert response.status_code == 302 and response["Location"].startswith(MANAGE)


@override_settings(ADMIN_2FA="off")
def test_off_asks_for_nothing(staff, device, home):
    client = signed_in(staff)
    assert client.get(f"{ADMIN}/").status_code == 200
    response = client.get(MANAGE)
    assert response.status_code == 302 and response["Location"] == f"{ADMIN}/"


def test_webmasters_remove_a_lost_authenticator(staff, device, django_user_model, home):
    listing = f"{ADMIN}/authenticator_apps/"
    # An editor cannot see anyone's authenticators.
    editor = signed_in(staff)
    editor.post(VERIFY, {"otp_token": code(device)})
    assert editor.get(listing).status_code in (302, 403)

    root = django_user_model.objects.create_superuser("root", "root@moi.example", PASSWORD)
    webmaster = signed_in(root)
    page = webmaster.get(listing)
    assert page.status_code == 200 and b"Phone" in page.content
    assert webmaster.get(f"{listing}new/").status_code in (302, 403)
    assert webmaster.post(f"{listing}delete/{device.pk}/").status_code == 302
    assert not TOTPDevice.objects.filter(pk=device.pk).exists()
    assert signed_in(staff).get(f"{ADMIN}/").status_code == 200


def test_reset_command(staff, device, capsys):
    call_command("reset_2fa", staff.username)
    assert "Removed 1" in capsys.readouterr().out
    assert not TOTPDevice.objects.filter(user=staff).exists()


def test_webmasters_find_the_requirement_on_a_group(django_user_model, home):
    root = django_user_model.objects.create_superuser("root", "root@moi.example", PASSWORD)
    group = Group.objects.get(name="PR Editors")
    page = signed_in(root).get(f"{ADMIN}/groups/edit/{group.pk}/")
    assert page.status_code == 200
    assert "Must sign in with an authenticator app (two-factor)" in page.content.decode()
