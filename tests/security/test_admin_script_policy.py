"""The admin runs under a script policy without 'unsafe-inline'.

Wagtail's own inline widget initialisers get the request's nonce (ops.admin_scripts); any
other inline script does not, so the browser would refuse it. The crawl below opens the
admin's screens for every page type of the demo site and checks that no inline script is
left without a nonce, which would mean a widget silently broken by the policy.
"""

import io
import json
import re

from django.conf import settings
from django.core.management import call_command

from wagtail.models import Page, Site

import pytest

from ops.admin_scripts import add_nonces, add_nonces_to_json, is_known_initialiser

ADMIN = f"/{settings.ADMIN_URL_PATH}"
INLINE_SCRIPT = re.compile(r"<script(?P<attrs>[^>]*)>(?P<body>.*?)</script>", re.S)

PROMOTIONS_FORM = """/* global InlinePanel */

$(function () {
  var panel = new InlinePanel({
    formsetPrefix: 'id_editors_picks',
    emptyChildFormPrefix: 'editors_picks-__prefix__',
    canOrder: true,
  });
});

function createQueryChooser(id) {
  var chooserElement = $('#' + id + '-chooser');
  var input = $('#' + id);

  chooserElement.on('click', function () {
    var initialUrl = '/admin/searchpicks/queries/chooser/';

    ModalWorkflow({
      url: initialUrl,
      onload: QUERY_CHOOSER_MODAL_ONLOAD_HANDLERS,
      responses: {
        queryChosen: function (queryData) {
          input.val(queryData.querystring);
        },
      },
    });
  });
}

$(function() {
    createQueryChooser('id_query_string');
});"""

KNOWN = [
    'new ImageChooser("id_listing_image", {"modalUrl": "/admin/images/chooser/"});',
    'new PageChooser("id_link_page", {"modelNames": ["wagtailcore.page"], "canChooseRoot": false});',
    'initDateTimeChooser("id_go_live_at", {"dayOfWeekStart": 0, "format": "Y-m-d H:i"});',
    'initDateChooser("id_date_0", {"dayOfWeekStart": 6, "format": "Y-m-d"});',
    '(function() {\n  var panel = new InlinePanel(JSON.parse("{\\u0022formsetPrefix\\u0022: \\u0022id_items\\u0022}"));\n})();',
    "wagtailModelTranslations = {\n languages: ['ar', 'en'],\n defaultLanguage: 'ar',\n"
    " viewEditString: 'عرض / تعديل حقول',\n translate_slugs: true,\n locale_picker_default: ['ar'],\n"
    " locale_picker_restore: false\n };",
    PROMOTIONS_FORM,
]
HOSTILE = [
    "alert(1)",
    'new ImageChooser("id_x", {}); alert(1);',
    'new ImageChooser("id_x", {}) + alert(1);',
    'new ImageChooser("id_x", alert(1));',
    'initDateChooser("id_x", {"a": 1}));alert(1);//',
    'new Function("alert(1)");',
    'new imageChooser("id_x", {});',
    'new ImageChooser("id_x", {}, {}, {}, {});',
    '(function() { var panel = new InlinePanel(JSON.parse("x" + alert(1) + "")); })();',
    PROMOTIONS_FORM.replace("'id_query_string'", "'id_q'+alert(1)+''"),
    PROMOTIONS_FORM + "\nalert(1);",
    "wagtailModelTranslations = { languages: ['ar'], defaultLanguage: 'ar', viewEditString: '';"
    "alert(1);'', translate_slugs: true, locale_picker_default: ['ar'], locale_picker_restore: false };",
]


@pytest.mark.parametrize("body", KNOWN)
def test_wagtails_initialisers_are_recognised(body):
    assert is_known_initialiser(body)
    assert (
        add_nonces(f"<p>x</p><script>{body}</script>", "N0nce")
        == f'<p>x</p><script nonce="N0nce">{body}</script>'
    )


@pytest.mark.parametrize("body", HOSTILE)
def test_anything_else_gets_no_nonce(body):
    assert not is_known_initialiser(body)
    html = f"<script>{body}</script>"
    assert add_nonces(html, "N0nce") == html


def test_modal_html_inside_json_is_handled_too():
    data = {"step": "chooser", "html": f"<div><script>{KNOWN[0]}</script><script>alert(1)</script></div>"}
    marked = add_nonces_to_json(data, "N0nce")
    assert marked["html"].count('nonce="N0nce"') == 1
    assert "<script>alert(1)</script>" in marked["html"]


def _unmarked_inline_scripts(html: str) -> list[str]:
    left = []
    for match in INLINE_SCRIPT.finditer(html):
        attrs = match.group("attrs")
        if "src=" in attrs or "application/json" in attrs or "nonce=" in attrs:
            continue
        left.append(match.group("body").strip()[:200])
    return left


def _admin_urls(site):
    urls = [f"{ADMIN}/", f"{ADMIN}/pages/", f"{ADMIN}/account/", f"{ADMIN}/two-factor/"]
    for page in Page.objects.filter(depth__gt=1).specific().order_by("path"):
        urls.append(f"{ADMIN}/pages/{page.pk}/edit/")
        urls.append(f"{ADMIN}/pages/{page.pk}/")
    seen_types = set()
    for page in Page.objects.filter(depth__gt=1).order_by("path"):
        if page.content_type_id in seen_types:
            continue
        seen_types.add(page.content_type_id)
        model = page.specific_class
        for parent_type in model.allowed_parent_page_models():
            parent = parent_type.objects.first()
            if parent is not None and model.can_create_at(parent):
                urls.append(
                    f"{ADMIN}/pages/add/{model._meta.app_label}/{model._meta.model_name}/{parent.pk}/"
                )
                break
    urls += [
        f"{ADMIN}/settings/core/sitesettings/{site.pk}/",
        f"{ADMIN}/settings/core/navigationsettings/{site.pk}/",
        f"{ADMIN}/images/",
        f"{ADMIN}/images/multiple/add/",
        f"{ADMIN}/documents/",
        f"{ADMIN}/documents/multiple/add/",
        f"{ADMIN}/snippets/",
        f"{ADMIN}/users/",
        f"{ADMIN}/users/new/",
        f"{ADMIN}/groups/",
        f"{ADMIN}/groups/new/",
        f"{ADMIN}/forms/",
        f"{ADMIN}/redirects/",
        f"{ADMIN}/redirects/add/",
        f"{ADMIN}/searchpicks/",
        f"{ADMIN}/searchpicks/add/",
        f"{ADMIN}/reports/site-history/",
        f"{ADMIN}/reports/locked/",
        f"{ADMIN}/workflows/list/",
        f"{ADMIN}/images/chooser/",
        f"{ADMIN}/documents/chooser/",
        f"{ADMIN}/choose-page/",
    ]
    from wagtail.images import get_image_model

    image = get_image_model().objects.first()
    if image is not None:
        urls.append(f"{ADMIN}/images/{image.pk}/")
    from contact.models import FormPage

    for form_page in FormPage.objects.all():
        urls.append(f"{ADMIN}/forms/submissions/{form_page.pk}/")
    return urls


@pytest.mark.django_db
def test_every_admin_screen_keeps_its_scripts_under_the_policy(client, django_user_model, settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path / "media"
    call_command("load_demo_content", stdout=io.StringIO())
    site = Site.objects.get(is_default_site=True)
    root = django_user_model.objects.create_superuser("root", "root@moi.example", "pw")
    client.force_login(root)

    problems, nonced = [], 0
    urls = _admin_urls(site)
    assert len(urls) > 60
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, (url, response.status_code)
        policy = response["Content-Security-Policy"]
        assert "script-src " in policy, (url, policy)
        script_src = re.search(r"script-src ([^;]*)", policy).group(1)
        assert "'unsafe-inline'" not in script_src, url
        body = response.content.decode()
        if response["Content-Type"].startswith("application/json"):
            body = json.dumps(json.loads(body), ensure_ascii=False).replace('\\"', '"').replace("\\n", "\n")
        for script in _unmarked_inline_scripts(body):
            problems.append(f"{url}: {script}")
        marks = re.findall(r'nonce="([^"]+)"', body)
        if marks:
            nonced += len(marks)
            assert "'nonce-" in script_src, (url, script_src, marks[:2])
            assert set(marks) == {re.search(r"'nonce-([^']+)'", script_src).group(1)}, url
    assert not problems, "Inline scripts the policy would block:\n" + "\n".join(problems)
    assert nonced > 20  # the editors' choosers, date pickers and panels were seen and marked
