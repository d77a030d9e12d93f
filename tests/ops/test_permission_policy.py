"""ops.security.RemoveOnlyPolicy: records written by something else may be viewed and removed in
the admin, never added or edited; with a permission, only its holders (and superusers) may."""

from django.contrib.auth.models import Group, Permission

import pytest
from axes.models import AccessAttempt
from django_otp.plugins.otp_totp.models import TOTPDevice

from ops.security import RemoveOnlyPolicy

pytestmark = pytest.mark.django_db


@pytest.fixture
def people(django_user_model):
    def user(name, **extra):
        return django_user_model.objects.create_user(username=name, password="pw-12345678", **extra)

    webmasters = Group.objects.create(name="Test webmasters")
    webmasters.permissions.add(Permission.objects.get(codename="change_user", content_type__app_label="auth"))
    holder = user("holder")
    holder.groups.add(webmasters)
    direct = user("direct")
    direct.user_permissions.add(
        Permission.objects.get(codename="change_user", content_type__app_label="auth")
    )
    return {
        "holder": holder,
        "direct": direct,
        "editor": user("editor", is_staff=True),
        "root": user("root", is_superuser=True, is_staff=True),
        "gone": user("gone", is_superuser=True, is_active=False),
    }


def test_with_a_permission_only_its_holders_may_view_and_remove(people):
    policy = RemoveOnlyPolicy(TOTPDevice, permission="auth.change_user")
    for name in ("holder", "direct", "root"):
        assert policy.user_has_permission(people[name], "view"), name
        assert policy.user_has_permission(people[name], "delete"), name
        assert not policy.user_has_permission(people[name], "add"), name
        assert not policy.user_has_permission(people[name], "change"), name
    for name in ("editor", "gone"):
        assert not policy.user_has_any_permission(people[name], ["view", "delete"]), name
    names = {user.username for user in policy.users_with_any_permission(["delete"])}
    assert names == {"holder", "direct", "root"}
    assert not policy.users_with_any_permission(["add", "change"]).exists()


def test_without_one_the_models_own_permissions_apply_but_never_add_or_change(people):
    policy = RemoveOnlyPolicy(AccessAttempt)
    assert policy.user_has_permission(people["root"], "delete")
    assert not policy.user_has_permission(people["root"], "add")
    assert not policy.user_has_permission(people["root"], "change")
    assert not policy.user_has_permission(people["editor"], "delete")
