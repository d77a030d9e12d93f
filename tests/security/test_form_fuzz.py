"""The public forms fuzzed (issue 7, point 4): whatever is posted, no 5xx, and what is stored is well-formed.

Hypothesis posts generated input to the contact and complaints pages (and a page with number,
date, address and checkbox fields) and to the "Was this page useful?" endpoint, in Arabic and
English: random Unicode with NUL, control, bidirectional-override and zero-width characters,
long strings, several values for one field, missing fields, unknown fields, markup and SQL,
raw bytes that are not UTF-8. For every request:

- the answer is never a server error;
- a message is stored exactly when the form accepts it (a 303, or a 200 thank-you, for an
  accepted one; the form again, a 400 or a 403 for a refused one, which stores nothing);
- what is stored is well-formed: JSON with only the form's own fields, every one of them,
  required ones filled, no control or bidirectional-override characters, lengths within the
  fields' limits, e-mail addresses valid, choices among the offered ones.
"""

import json
import os
from decimal import Decimal
from urllib.parse import quote

from django.core import mail
from django.core.cache import cache
from django.core.validators import validate_email
from django.db import connection
from django.test import Client
from django.utils import translation

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from contact.demo import complaints_fields, contact_fields
from contact.forms import HONEYPOT_FIELD, MULTI_LINE_MAX, SINGLE_LINE_MAX
from contact.models import FormField, Submission
from core.factories import StandardPageFactory
from core.models import StandardPage
from feedback.models import COMMENT_MAX, PageFeedback
from tests.contact.conftest import VALID_CONTACT, make_form_page

FUZZ = settings(
    max_examples=int(os.environ.get("FUZZ_EXAMPLES", "30")),  # FUZZ_EXAMPLES=500 for a longer hunt
    deadline=None,
    database=None,  # no .hypothesis folder in the checkout; failures print their example
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
LANGUAGES = ["ar", "en"]
CHOICE_FIELDS = ("dropdown", "radio", "checkboxes", "multiselect", "checkbox")

# Characters nobody types on purpose: C0/C1 controls, bidirectional embeddings, overrides and
# isolates, zero-width and byte-order marks, line and paragraph separators.
CONTROL = [chr(code) for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]]
BIDI = [chr(code) for code in [*range(0x202A, 0x202F), *range(0x2066, 0x206A)]]
INVISIBLE = ["\u200b", "\u200c", "\u200d", "\u200e", "\u200f", "\u2060", "\ufeff", "\u2028", "\u2029"]
FRAGMENTS = [
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "' OR '1'='1' --",
    "'; DROP TABLE contact_submission; --",
    "{{ 7*7 }}{% debug %}",
    "${7*7}",
    "%s%s%s%n",
    "../../../../etc/passwd",
    "javascript:alert(1)",
    "\r\nBcc: victim@example.org",
    "سعاد خليل",
    "مركز خدمات الجمهور",
    "0599000000",
    "suad@example.org",
    "١٢٣٤٥",
    "NaN",
    "1e999999",
    "-0",
    "2026-02-30",
    "https://example.org/?q=\u202e",
]

# Surrogates cannot be sent as UTF-8 at all; everything else can.
any_character = st.characters(exclude_categories=("Cs",))
odd_character = st.sampled_from(CONTROL + BIDI + INVISIBLE)
text = st.lists(
    st.one_of(
        st.text(any_character, max_size=12),
        st.text(odd_character, min_size=1, max_size=3),
        st.sampled_from(FRAGMENTS),
    ),
    max_size=8,
).map("".join)
long_text = st.builds(
    lambda piece, times: piece * times, st.text(any_character, min_size=1, max_size=5), st.integers(200, 3000)
)
value = st.one_of(
    text,
    text,
    long_text,
    st.emails().map(str),
    st.integers().map(str),
    st.lists(text, min_size=2, max_size=3),  # several values for one name
)


def form_data(rules, valid):
    """Either every field filled nearly right (a good value, perhaps with odd characters around
    it; choices untouched), so many posts are accepted; or a wild mix: fields missing, generated
    values, wrong choices, unknown fields, the honeypot filled."""
    noise = text.map(lambda piece: piece.replace("\x00", ""))  # NUL alone is always refused
    nearly = {}
    for name, rule in rules.items():
        good = st.just(valid[name])
        if rule.field_type in CHOICE_FIELDS:
            nearly[name] = good
        else:
            nearly[name] = st.one_of(
                good,
                st.tuples(good, noise).map("".join),
                st.tuples(noise, good).map("".join),
                st.tuples(noise, good, noise).map("".join),
            )
    nearly_right = st.fixed_dictionaries(nearly, optional={"unknown_field": value})
    wild = st.fixed_dictionaries(
        {},
        optional={
            **{name: st.one_of(value, nearly[name]) for name in rules},
            HONEYPOT_FIELD: st.one_of(st.just(""), text),
            "csrfmiddlewaretoken": text,
            "unknown_field": value,
        },
    )
    return st.one_of(nearly_right, wild)


def post_form(client, url, data):
    return client.post(url, data)


def post_raw(client, url, body: bytes):
    return client.post(url, body, content_type="application/x-www-form-urlencoded")


# --- Checking what was stored ---------------------------------------------------------------------

FORBIDDEN_IN_SINGLE_LINE = set(CONTROL) | set(BIDI) | {"\u200b", "\u2060", "\ufeff", "\u2028", "\u2029"}
FORBIDDEN_IN_MULTI_LINE = FORBIDDEN_IN_SINGLE_LINE - {"\n", "\t"}


def field_rules(page, language):
    """{clean name: FormField} of the page's form, as the visitor's form sees it."""
    with translation.override(language):
        return {field.clean_name: field for field in page.get_form_fields()}


def choices_of(field):
    return [choice.strip() for choice in (field.choices_ar or field.choices).splitlines() if choice.strip()]


def assert_well_formed(submission, page, language):
    raw = _raw_form_data(submission)
    data = json.loads(raw)  # valid JSON as stored
    assert data == submission.form_data
    rules = field_rules(page, language)
    assert set(data) == set(rules), (set(data), set(rules))  # the form's own fields, all of them
    assert submission.language == language
    assert submission.reference.startswith(page.reference_prefix + "-")
    for name, rule in rules.items():
        stored = data[name]
        kind = rule.field_type
        if rule.required:
            assert stored not in ("", None, []), name
        if kind in ("singleline", "multiline", "email", "url", "hidden"):
            assert isinstance(stored, str)
            limit = MULTI_LINE_MAX if kind == "multiline" else SINGLE_LINE_MAX
            assert len(stored) <= limit
            forbidden = FORBIDDEN_IN_MULTI_LINE if kind == "multiline" else FORBIDDEN_IN_SINGLE_LINE
            assert not set(stored) & forbidden, (name, stored)
            assert stored == stored.strip()
        if kind == "email" and stored:
            validate_email(stored)
        if kind in ("dropdown", "radio") and stored:
            assert stored in choices_of(rule)
        if kind == "checkboxes":
            assert isinstance(stored, list) and set(stored) <= set(choices_of(rule))
        if kind == "number" and stored not in ("", None):
            assert Decimal(stored).is_finite()


def _raw_form_data(submission):
    with connection.cursor() as cursor:
        cursor.execute(
            f'SELECT "form_data" FROM "{Submission._meta.db_table}" WHERE "id" = %s', [submission.pk]
        )
        raw = cursor.fetchone()[0]
    return raw if isinstance(raw, str) else json.dumps(raw)


def check_form_post(page, language, send):
    """Send one generated request; check the answer and what was (or was not) stored."""
    before = set(Submission.objects.values_list("pk", flat=True))
    mails = len(mail.outbox)
    response = send(Client(), f"/{language}/{page.slug}/")
    assert response.status_code < 500, response.status_code
    new = list(Submission.objects.exclude(pk__in=before))
    assert len(new) <= 1
    if new:
        assert response.status_code in (200, 303), response.status_code
        assert_well_formed(new[0], page, language)
    else:
        assert response.status_code in (200, 400, 403, 413), response.status_code
        assert len(mail.outbox) == mails  # nothing stored, nothing sent
        if response.status_code == 200:
            assert b"error-summary" in response.content  # the form again, saying what is wrong
    return bool(new)


# --- The form pages -------------------------------------------------------------------------------


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Form fields are cached by page and revision id, which repeat between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def no_rate_limit(settings):
    settings.RATELIMIT_ENABLE = False  # every generated post is judged on its content


def typed_fields():
    return [
        FormField(label="الاسم", label_ar="الاسم", label_en="Name", field_type="singleline"),
        FormField(label="العمر", label_ar="العمر", label_en="Age", field_type="number", required=False),
        FormField(label="التاريخ", label_ar="التاريخ", label_en="Date", field_type="date", required=False),
        FormField(label="الموقع", label_ar="الموقع", label_en="Website", field_type="url", required=False),
        FormField(
            label="الخيارات",
            label_ar="الخيارات",
            label_en="Options",
            field_type="checkboxes",
            required=False,
            choices_ar="أ\nب",
            choices_en="A\nB",
        ),
        FormField(label="مخفي", label_ar="مخفي", label_en="Hidden", field_type="hidden", required=False),
    ]


FORMS = {
    "contact": (contact_fields, "CNT", VALID_CONTACT),
    "complaints": (
        complaints_fields,
        "CMP",
        {
            "type_of_message": "شكوى",
            "full_name": "سامي",
            "id_number": "123456789",
            "email": "sami@example.org",
            "phone_number": "0599000000",
            "directorate_or_office_concerned": "الجوازات",
            "details_of_the_complaint_or_suggestion": "طابور طويل",
        },
    ),
    "typed": (
        typed_fields,
        "TYP",
        {
            "name": "سامي",
            "age": "42",
            "date": "2026-11-27",
            "website": "https://example.org/",
            "options": "أ",
            "hidden": "x",
        },
    ),
}


@pytest.fixture(params=list(FORMS))
def form_page(request, home, no_rate_limit):
    fields, prefix, valid = FORMS[request.param]
    page = make_form_page(home, slug=request.param, fields=fields(), reference_prefix=prefix)
    return page, valid


@pytest.mark.parametrize("language", LANGUAGES)
def test_generated_posts_to_the_public_forms(form_page, language):
    page, valid = form_page
    accepted = []

    @FUZZ
    @given(data=form_data(field_rules(page, language), valid))
    def fuzz(data):
        accepted.append(check_form_post(page, language, lambda client, url: post_form(client, url, data)))

    fuzz()
    # The generator reaches both sides: some posts are stored, some refused.
    assert any(accepted) and not all(accepted)


@pytest.mark.parametrize("language", LANGUAGES)
def test_raw_bodies_that_are_not_utf8_or_not_a_form(home, no_rate_limit, language):
    page = make_form_page(home, slug="contact", fields=contact_fields())

    @FUZZ
    @given(body=st.one_of(st.binary(max_size=300), text.map(lambda s: s.encode("utf-8", "surrogatepass"))))
    def fuzz(body):
        check_form_post(page, language, lambda client, url: post_raw(client, url, body))

    fuzz()


@pytest.mark.parametrize("language", LANGUAGES)
def test_odd_characters_around_good_values_are_stored_clean(home, no_rate_limit, language):
    """A good message with control, bidi and zero-width characters added is accepted, cleaned."""
    page = make_form_page(home, slug="contact", fields=contact_fields())
    odd = "".join(CONTROL[1:] + BIDI + ["\u200b", "\u2060", "\ufeff", "\u2028"])
    data = {name: f"{odd}{good}{odd}" for name, good in VALID_CONTACT.items()}
    data["email"] = VALID_CONTACT["email"]
    assert check_form_post(page, language, lambda client, url: post_form(client, url, data))
    stored = Submission.objects.get().form_data
    assert stored["full_name"] == VALID_CONTACT["full_name"]
    assert stored["message"] == VALID_CONTACT["message"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_a_required_field_of_only_invisible_characters_is_refused(home, no_rate_limit, language):
    page = make_form_page(home, slug="contact", fields=contact_fields())
    data = {**VALID_CONTACT, "full_name": "\u202e\u200b\x01\ufeff"}
    assert not check_form_post(page, language, lambda client, url: post_form(client, url, data))


# --- "Was this page useful?" ------------------------------------------------------------------


@pytest.fixture
def article(home, monkeypatch, no_rate_limit):
    monkeypatch.setattr(StandardPage, "show_feedback", True, raising=False)
    return StandardPageFactory(parent=home, slug="article", slug_ar="article", slug_en="article")


feedback_data = st.fixed_dictionaries(
    {},
    optional={
        "useful": st.one_of(st.sampled_from(["yes", "no", "YES", "", "maybe", "1"]), value),
        "comment": st.one_of(value, text),
        "website_address": st.one_of(st.just(""), text),
        "page": value,
    },
)
origins = st.sampled_from(
    [
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_ORIGIN": "http://testserver"},
        {"HTTP_REFERER": "http://testserver/ar/article/"},
        {},
        {"HTTP_ORIGIN": "null"},
        {"HTTP_ORIGIN": "https://evil.example"},
        {"HTTP_ORIGIN": "http://testserver\u202e"},
    ]
)

FORBIDDEN_IN_COMMENT = FORBIDDEN_IN_MULTI_LINE


def check_feedback_post(page, language, send):
    before = set(PageFeedback.objects.values_list("pk", flat=True))
    response = send(Client(), f"/{language}/feedback/{page.pk}/")
    assert response.status_code < 500, response.status_code
    new = list(PageFeedback.objects.exclude(pk__in=before))
    assert len(new) <= 1
    if new:
        assert response.status_code == 303
        entry = new[0]
        assert entry.page_id == page.pk and entry.language == language
        assert isinstance(entry.useful, bool)
        assert len(entry.comment) <= COMMENT_MAX
        assert not set(entry.comment) & FORBIDDEN_IN_COMMENT, repr(entry.comment)
        assert entry.comment == entry.comment.strip()
    else:
        assert response.status_code in (400, 403, 413), response.status_code
    return bool(new)


@pytest.mark.parametrize("language", LANGUAGES)
def test_generated_posts_to_the_feedback_endpoint(article, language):
    accepted = []

    @FUZZ
    @given(data=feedback_data, headers=origins)
    def fuzz(data, headers):
        accepted.append(
            check_feedback_post(article, language, lambda client, url: client.post(url, data, **headers))
        )

    fuzz()
    assert any(accepted) and not all(accepted)


@pytest.mark.parametrize("language", LANGUAGES)
def test_raw_bodies_to_the_feedback_endpoint(article, language):
    @FUZZ
    @given(
        body=st.one_of(
            st.binary(max_size=300), text.map(lambda s: ("useful=yes&comment=" + quote(s)).encode())
        )
    )
    def fuzz(body):
        check_feedback_post(
            article,
            language,
            lambda client, url: client.post(
                url, body, content_type="application/x-www-form-urlencoded", HTTP_ORIGIN="http://testserver"
            ),
        )

    fuzz()


@pytest.mark.parametrize("language", LANGUAGES)
def test_feedback_comment_with_odd_characters_is_stored_clean(article, language):
    odd = "".join(CONTROL[1:9] + BIDI + ["\u200b", "\ufeff"])
    data = {"useful": "yes", "comment": f"{odd} مفيدة جداً\nشكراً {odd}"}
    assert check_feedback_post(
        article, language, lambda client, url: client.post(url, data, HTTP_ORIGIN="http://testserver")
    )
    assert PageFeedback.objects.get().comment == "مفيدة جداً\nشكراً"
