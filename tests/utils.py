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


SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap_sections(client) -> list[bytes]:
    """Every section the sitemap index at /sitemap.xml points to, as fetched."""
    import xml.etree.ElementTree as ET
    from urllib.parse import urlsplit

    index = client.get("/sitemap.xml")
    assert index.status_code == 200
    root = ET.fromstring(index.content)
    assert root.tag == "{http://www.sitemaps.org/schemas/sitemap/0.9}sitemapindex"
    sections = []
    for location in root.findall("s:sitemap/s:loc", SITEMAP_NS):
        url = urlsplit(location.text)
        response = client.get(url.path + (f"?{url.query}" if url.query else ""))
        assert response.status_code == 200, location.text
        sections.append(response.content)
    return sections
