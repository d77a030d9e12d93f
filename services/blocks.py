"""The parts of a service page: required documents, steps, places to apply, questions."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks

from core.blocks import SafeRichTextBlock


class RequiredDocumentValue(blocks.StructValue):
    @property
    def has_note(self):
        return bool((self.get("note") or "").strip())


class RequiredDocumentBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Document"), max_length=250)
    note = blocks.CharBlock(
        label=_("Note"), required=False, max_length=250, help_text=_("E.g. original and one copy.")
    )

    class Meta:
        icon = "doc-full"
        label = _("Required document")
        template = "components/blocks/required_document_block.html"
        value_class = RequiredDocumentValue
        preview_value = {"name": "بطاقة الهوية الشخصية", "note": "الأصل وصورة عنها"}


class StepBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Step"), max_length=250)
    detail = blocks.TextBlock(label=_("Details"), required=False, rows=2)

    class Meta:
        icon = "list-ol"
        label = _("Step")
        template = "components/blocks/service_step_block.html"
        preview_value = {
            "title": "تعبئة نموذج الطلب",
            "detail": "يُعبّأ النموذج في مركز خدمات الجمهور أو إلكترونيًا.",
        }


class PlaceValue(blocks.StructValue):
    @property
    def phone_href(self):
        phone = self.get("phone") or ""
        digits = "".join(ch for ch in phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""


class ServicePlaceBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=200)
    address = blocks.CharBlock(label=_("Address"), max_length=300)
    opening_hours = blocks.CharBlock(label=_("Opening hours"), required=False, max_length=200)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=40)
    map_url = blocks.URLBlock(label=_("Map link"), required=False)

    class Meta:
        icon = "site"
        label = _("Place to apply")
        template = "components/blocks/service_place_block.html"
        value_class = PlaceValue
        preview_value = {
            "name": "مركز خدمات الجمهور — رام الله",
            "address": "شارع الإرسال، رام الله",
            "opening_hours": "الأحد – الخميس، 8:00 – 14:00",
            "phone": "+970 2 000 0000",
        }


class FAQBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=300)
    answer = SafeRichTextBlock(label=_("Answer"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "help"
        label = _("Question and answer")
        template = "components/blocks/faq_block.html"
        preview_value = {
            "question": "هل يمكن تقديم الطلب عن شخص آخر؟",
            "answer": "<p>نعم، بموجب وكالة رسمية سارية المفعول.</p>",
        }
