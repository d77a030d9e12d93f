"""Staff sign-in: two-factor authentication with an authenticator app (django-otp's TOTP devices).

The devices themselves are django-otp's ``TOTPDevice``; this app only adds the policy, the
admin views and a permission webmasters can give a group to make two-factor sign-in mandatory.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class TwoFactorPolicy(models.Model):
    """No table: carries the "must use two-factor sign-in" permission (like wagtailadmin.Admin)."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [("require_2fa", _("Must sign in with an authenticator app (two-factor)"))]

    def __str__(self):
        return str(self._meta.verbose_name)
