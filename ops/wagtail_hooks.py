"""Settings → Locked sign-ins: webmasters see the sign-ins django-axes has counted or locked,
and lift a lock by deleting its record (the same as ``manage.py axes_reset_username``)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from axes.models import AccessAttempt

from .security import RemoveOnlyPolicy


class LockedSignInViewSet(ModelViewSet):
    model = AccessAttempt
    icon = "lock"
    menu_label = _("Locked sign-ins")
    add_to_settings_menu = True
    list_display = ["username", "ip_address", "failures_since_start", "attempt_time"]
    list_filter = []
    search_fields = ["username", "ip_address"]
    form_fields = ["username"]
    inspect_view_enabled = True
    copy_view_enabled = False


# Records are written by django-axes only: staff may view and delete them, not add or edit.
register_permission_policy(AccessAttempt, RemoveOnlyPolicy(AccessAttempt))
locked_sign_in_viewset = LockedSignInViewSet("locked_sign_ins")


@hooks.register("register_admin_viewset")
def register_locked_sign_ins():
    return locked_sign_in_viewset
