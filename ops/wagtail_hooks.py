"""Settings → Locked sign-ins: webmasters see the sign-ins django-axes has counted or locked,
and lift a lock by deleting its record (the same as ``manage.py axes_reset_username``)."""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from axes.models import AccessAttempt


class DeleteOnlyPolicy(ModelPermissionPolicy):
    """Records are written by django-axes only: staff may view and delete them, not add or edit."""

    def user_has_permission(self, user, action):
        if action in ("add", "change"):
            return False
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)


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


register_permission_policy(AccessAttempt, DeleteOnlyPolicy(AccessAttempt))
locked_sign_in_viewset = LockedSignInViewSet("locked_sign_ins")


@hooks.register("register_admin_viewset")
def register_locked_sign_ins():
    return locked_sign_in_viewset
