"""Make sure an administrator account exists, and say how to log in.

The password comes from DJANGO_SUPERUSER_PASSWORD, or is generated at random and kept in
``.admin-password`` (git-ignored) on this machine only. Production never gets a fixed one.
"""

import os
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand

from wagtail.users.models import UserProfile


class Command(BaseCommand):
    help = "Create the administrator account if none exists and print how to log in."

    def add_arguments(self, parser):
        parser.add_argument("--username", default=os.environ.get("DJANGO_SUPERUSER_USERNAME", "admin"))
        parser.add_argument("--email", default=os.environ.get("DJANGO_SUPERUSER_EMAIL", "admin@moi.example"))

    def handle(self, *args, username, email, **options):
        User = get_user_model()
        password_file = Path(settings.BASE_DIR) / ".admin-password"
        admin_url = f"{settings.WAGTAILADMIN_BASE_URL.rstrip('/')}/{settings.ADMIN_URL_PATH}/"
        if User.objects.filter(is_superuser=True).exists():
            self.stdout.write(f"Admin: {admin_url}  (an administrator account already exists)")
            if password_file.exists():
                self.stdout.write(f"  The generated password for '{username}' is in {password_file.name}.")
            return
        password = os.environ.get("DJANGO_SUPERUSER_PASSWORD") or secrets.token_urlsafe(12)
        user = User.objects.create_superuser(username=username, email=email, password=password)
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "ar"  # editors work in Arabic, the default language
        profile.save()
        if "DJANGO_SUPERUSER_PASSWORD" not in os.environ:
            password_file.write_text(password + "\n")
            password_file.chmod(0o600)
        self.stdout.write(self.style.SUCCESS(f"Admin: {admin_url}"))
        self.stdout.write(f"  username: {username}")
        self.stdout.write(f"  password: {password}")
