"""ADMIN_URL_PATH moves the whole admin, sign-in included; the old address leads nowhere."""

import importlib

from django.test import override_settings
from django.urls import clear_url_caches

import pytest

NEW = "office-7f3a"


@pytest.fixture
def moved_admin():
    import ministry_site.urls

    with override_settings(ADMIN_URL_PATH=NEW):
        importlib.reload(ministry_site.urls)
        clear_url_caches()
        try:
            yield
        finally:
            pass
    importlib.reload(ministry_site.urls)
    clear_url_caches()


def test_the_admin_answers_at_the_configured_path_only(client, home, moved_admin, django_user_model):
    response = client.get(f"/{NEW}/")
    assert response.status_code == 302
    assert response["Location"].startswith(f"/{NEW}/login/")
    login = client.get(f"/{NEW}/login/")
    assert login.status_code == 200
    assert f'action="/{NEW}/login/' in login.content.decode()

    django_user_model.objects.create_superuser("root", "r@moi.example", "pw")
    response = client.post(f"/{NEW}/login/", {"username": "root", "password": "pw", "next": f"/{NEW}/"})
    assert response.status_code == 302 and response["Location"] == f"/{NEW}/"
    assert client.get(f"/{NEW}/").status_code == 200

    # The default address is just another unknown page.
    old = client.get("/admin/", follow=True)
    assert old.status_code == 404
    assert b"wagtail" not in old.content.lower() or b"login" not in old.content.lower()


def test_the_setting_comes_from_the_environment():
    import os
    import subprocess
    import sys

    from django.conf import settings

    code = "from django.conf import settings; from django.urls import reverse; print(reverse('wagtailadmin_login'))"
    env = {
        **os.environ,
        "ADMIN_URL_PATH": "/staff-cms/",
        "DJANGO_SETTINGS_MODULE": "ministry_site.settings.test",
    }
    out = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {code}"],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert out.stdout.strip() == "/staff-cms/login/", out.stderr
