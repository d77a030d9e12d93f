"""Two-factor sign-in in the admin: the pages, the account menu entry, the group permission,
and Settings → Authenticator apps, where a webmaster removes a lost phone's authenticator."""

from django.contrib.auth.models import Permission
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from django_otp.plugins.otp_totp.models import TOTPDevice

from ops.security import RemoveOnlyPolicy

from . import policy, views


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", views.manage, name="accounts_two_factor"),
        path("two-factor/verify/", views.verify, name="accounts_two_factor_verify"),
    ]


@hooks.register("register_account_menu_item")
def two_factor_account_item(request):
    if not policy.enabled():
        return None
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-factor sign-in"),
        "help_text": _("Ask for a code from an authenticator app on your phone at every sign-in."),
    }


@hooks.register("register_permissions")
def two_factor_permission():
    return Permission.objects.filter(content_type__app_label="accounts", codename="require_2fa")


class AuthenticatorViewSet(ModelViewSet):
    model = TOTPDevice
    icon = "key"
    menu_label = _("Authenticator apps")
    add_to_settings_menu = True
    list_display = ["user", "name", "confirmed", "created_at", "last_used_at"]
    list_filter = []
    search_fields = ["user__username", "user__email", "name"]
    form_fields = ["name"]
    inspect_view_enabled = True
    copy_view_enabled = False


# Authenticators are added by their owners only; those who manage users may view and remove
# them (a lost phone), never add or edit one.
register_permission_policy(TOTPDevice, RemoveOnlyPolicy(TOTPDevice, permission="auth.change_user"))
authenticator_viewset = AuthenticatorViewSet("authenticator_apps")


@hooks.register("register_admin_viewset")
def register_authenticators():
    return authenticator_viewset
