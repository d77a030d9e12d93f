"""Blocks of the administration and division pages: task lists and contact points.

They extend the site's BaseStreamBlock rather than start a new stream.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from core.blocks import BaseStreamBlock


class TaskListValue(blocks.StructValue):
    @property
    def tag(self):
        return "ol" if self.get("numbered") else "ul"

    @property
    def task_items(self):
        return [item for item in (self.get("items") or []) if item and str(item).strip()]


class TaskListBlock(blocks.StructBlock):
    """A list of tasks, numbered or not: the administration's 14 tasks, a division's duties."""

    heading = blocks.CharBlock(label=_("Heading"), required=False, max_length=200)
    items = blocks.ListBlock(blocks.TextBlock(label=_("Task"), rows=2), label=_("Tasks"), min_num=1)
    numbered = blocks.BooleanBlock(label=_("Numbered list"), required=False, default=True)

    class Meta:
        icon = "list-ol"
        label = _("Task list")
        template = "components/blocks/task_list_block.html"
        value_class = TaskListValue
        preview_value = {
            "heading": "المهام الرئيسية",
            "items": ["نشر خطط وسياسات الوزارة.", "إطلاع صناع القرار على توجهات الرأي العام بشكل مستمر."],
            "numbered": True,
        }
        description = _("A list of tasks or duties")


class DivisionStreamBlock(BaseStreamBlock):
    """A division page body: the site's blocks plus task lists."""

    task_list = TaskListBlock()
