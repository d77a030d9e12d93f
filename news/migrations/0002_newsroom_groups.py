"""The newsroom's groups (PR Editors, Moderators, Webmasters) and the news approval workflow.

The group names are shared with other apps' migrations (contact gives Moderators the form
submissions), so every step uses get_or_create and the order does not matter.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

from news import publishing


def forwards(apps, schema_editor):
    # Model permissions only exist after post_migrate; create those this migration needs.
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    publishing.set_up_groups(apps)


def backwards(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    Workflow.objects.filter(name=publishing.WORKFLOW_NAME).delete()
    GroupApprovalTask.objects.filter(name=publishing.TASK_NAME).delete()
    Group.objects.filter(name__in=[publishing.PR_EDITORS, publishing.WEBMASTERS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0001_initial"),
        ("media_library", "0002_gallerypage_galleryimage_mediacentrepage_and_more"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
