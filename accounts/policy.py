"""Who must give a second factor, and when.

``settings.ADMIN_2FA``: "off" (never asked), "optional" (asked of everyone who has set up an
authenticator, and required of members of a group with the ``accounts.require_2fa``
permission), "required" (every member of staff).
"""

from django.conf import settings

from django_otp import user_has_device


def enabled() -> bool:
    return settings.ADMIN_2FA != "off"


def has_admin_access(user) -> bool:
    return user.is_authenticated and (user.is_superuser or user.has_perm("wagtailadmin.access_admin"))


def must_use_two_factor(user) -> bool:
    """Required by the site's setting or by a group's permission (a superuser's implicit "all
    permissions" does not count: only a permission given on purpose does)."""
    if settings.ADMIN_2FA == "required":
        return True
    if settings.ADMIN_2FA == "off":
        return False
    filters = {"permissions__codename": "require_2fa", "permissions__content_type__app_label": "accounts"}
    return (
        user.groups.filter(**filters).exists()
        or user.user_permissions.filter(codename="require_2fa", content_type__app_label="accounts").exists()
    )


def has_authenticator(user) -> bool:
    return user_has_device(user, confirmed=True)
