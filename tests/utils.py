"""Small helpers shared by the test modules."""

from django.urls import reverse

from wagtail.fields import StreamField
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import querydict_from_html

from bs4 import BeautifulSoup


def soup(response) -> BeautifulSoup:
    return BeautifulSoup(response.content.decode(), "html.parser")


def html_lang_dir(response) -> tuple[str, str]:
    html = soup(response).find("html")
    return html.get("lang"), html.get("dir")


def switcher_links(response) -> dict[str, str]:
    """{language code: href} of the language switcher."""
    return {a["hreflang"]: a["href"] for a in soup(response).select(".lang-switch a[hreflang]")}


class BilingualPageTestCase(WagtailPageTestCase):
    """WagtailPageTestCase whose preview check also works with translated StreamFields.

    Wagtail reads the preview's POST data off the edit form's HTML, where a StreamField
    (drawn by JavaScript) leaves nothing; each StreamField is then sent as an empty stream.
    """

    def assertPageIsPreviewable(self, page, mode="", post_data=None, user=None, msg=None):
        if post_data is None:
            self.client.force_login(user or self._preview_user())
            html = self.client.get(
                reverse("wagtailadmin_pages:edit", kwargs={"page_id": page.id})
            ).content.decode()
            post_data = querydict_from_html(html, form_id="page-edit-form")
            for field in page.specific_class._meta.get_fields():
                if isinstance(field, StreamField) and f"{field.name}-count" not in post_data:
                    post_data[f"{field.name}-count"] = "0"
        return super().assertPageIsPreviewable(page, mode=mode, post_data=post_data, user=user, msg=msg)

    def _preview_user(self):
        if not hasattr(self, "_pageispreviewable_superuser"):
            self._pageispreviewable_superuser = self.create_superuser("assertpageispreviewable")
        return self._pageispreviewable_superuser
