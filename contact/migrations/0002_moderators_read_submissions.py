"""Give the Moderators group the right to read and export form submissions.

(Access is enforced by group membership in contact.wagtail_hooks; this makes the role visible
in the admin's group editor and makes sure the group exists.)

The group is looked up by name and created if it does not exist yet (Wagtail's initial data
and the newsroom's roles migration both use the same name), so the order does not matter.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "Moderators"


def grant(apps, schema_editor):
    app_config = apps.get_app_config("contact")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _created = Group.objects.get_or_create(name=GROUP)
    permission = Permission.objects.get(content_type__app_label="contact", codename="view_submission")
    group.permissions.add(permission)


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group = Group.objects.filter(name=GROUP).first()
    if group is not None:
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="contact", codename="view_submission")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("contact", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
