import logging
import re
import time
from smtplib import SMTPException
from unittest import mock

from django.core import mail
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

import pytest

from contact.models import FormPage, MailStatus, Submission
from tests.contact.conftest import VALID_CONTACT

pytestmark = pytest.mark.django_db

REFERENCE = re.compile(r"CNT-\d{8}-[A-HJ-NP-Z2-9]{6}")


def post(page, data, language="ar", client=None, **extra):
    client = client or Client()
    return client.post(f"/{language}/{page.slug}/", data, **extra)


def send(page, data, language="ar", client=None, **extra):
    """POST a message that must be accepted; the 303's thank-you page, fetched as a browser would."""
    client = client or Client()
    response = post(page, data, language=language, client=client, **extra)
    assert response.status_code == 303, response.status_code
    assert response["Location"].startswith(f"/{language}/{page.slug}/?sent=")
    assert "no-cache" in response["Cache-Control"]
    return client.get(response["Location"])


# --- Rendering -------------------------------------------------------------------------------


def test_arabic_form_has_arabic_labels_and_contact_details(contact_page):
    response = Client().get("/ar/contact/")
    assert response.status_code == 200
    html = response.content.decode()
    assert re.search(r'<html lang="ar"\s+dir="rtl">', html)
    assert '<label class="field__label" for="id_full_name">' in html
    assert "الاسم الكامل" in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert 'href="tel:138"' in html  # contact details beside the form
    assert "no-cache" in response["Cache-Control"]  # the page carries a CSRF token
    # The optional phone number is marked as such; required inputs carry `required`.
    assert re.search(r'<input type="email" name="email"[^>]*required', html)
    assert 'aria-describedby="id_email-help"' in html
    assert 'id="id_email-help"' in html


def test_english_form_has_english_labels(contact_page):
    response = Client().get("/en/contact/")
    html = response.content.decode()
    assert re.search(r'<html lang="en"\s+dir="ltr">', html)
    assert "Full name" in html
    assert "(optional)" in html
    assert "الاسم الكامل" not in html


def test_choices_show_the_visitors_language_but_store_arabic(complaints_page):
    html = Client().get("/en/complaints/").content.decode()
    assert '<legend class="field__label">' in html
    assert re.search(r'value="شكوى"[^>]*>\s*Complaint', html)
    assert re.search(
        r'<select name="directorate_or_office_concerned"[^>]*>\s*<option value="" selected>Choose…', html
    )
    data = {
        "type_of_message": "شكوى",
        "full_name": "Sami",
        "phone_number": "0599",
        "details_of_the_complaint_or_suggestion": "Long queue",
    }
    response = send(complaints_page, data, language="en")
    assert response.status_code == 200
    submission = Submission.objects.get()
    assert submission.form_data["type_of_message"] == "شكوى"
    assert submission.form_data["directorate_or_office_concerned"] == ""  # nothing chosen for them
    assert submission.language == "en"
    assert submission.reference.startswith("CMP-")


def test_honeypot_is_hidden_from_people(contact_page):
    html = Client().get("/ar/contact/").content.decode()
    match = re.search(r'<div class="hp-field" aria-hidden="true">.*?</div>', html, re.S)
    assert match and 'tabindex="-1"' in match.group(0) and 'autocomplete="off"' in match.group(0)


# --- A good submission -----------------------------------------------------------------------


def test_valid_post_is_stored_with_a_reference_shown_to_the_sender(contact_page):
    response = send(contact_page, VALID_CONTACT)
    assert response.status_code == 200
    submission = Submission.objects.get()
    assert REFERENCE.fullmatch(submission.reference)
    assert submission.language == "ar"
    assert submission.page_id == contact_page.pk
    assert submission.form_data == VALID_CONTACT  # no honeypot, nothing else
    assert submission.mail_status == MailStatus.SENT
    html = response.content.decode()
    assert submission.reference in html
    assert "الرقم المرجعي" in html
    assert "no-cache" in response["Cache-Control"]
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert submission.reference in message.subject
    assert submission.reference in message.body
    assert "متى يفتح مركز خدمات الجمهور؟" in message.body
    assert message.to == ["media@moi.example"]
    assert message.reply_to == ["suad@example.org"]


def test_two_submissions_get_different_references(contact_page):
    post(contact_page, VALID_CONTACT)
    post(contact_page, VALID_CONTACT)
    references = set(Submission.objects.values_list("reference", flat=True))
    assert len(references) == 2


# --- POST/redirect/GET: the thank-you page ---------------------------------------------------


@pytest.mark.parametrize(
    "language,heading,label",
    [
        ("ar", "تم استلام رسالتك", "الرقم المرجعي"),
        ("en", "Your message has been received", "Reference number"),
    ],
)
def test_refreshing_the_thank_you_page_does_not_send_again(contact_page, language, heading, label):
    client = Client()
    response = post(contact_page, VALID_CONTACT, language=language, client=client)
    assert response.status_code == 303  # See Other: the browser follows with a GET
    thanks_url = response["Location"]
    submission = Submission.objects.get()
    assert submission.language == language
    for _refresh in range(3):
        page = client.get(thanks_url)
        assert page.status_code == 200
        html = page.content.decode()
        assert re.search(rf'<html lang="{language}"', html)
        assert heading in html and label in html
        assert f'<bdi dir="ltr">{submission.reference}</bdi>' in html
        assert "no-cache" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert Submission.objects.count() == 1
    assert len(mail.outbox) == 1


def test_the_thank_you_address_carries_no_readable_reference(contact_page):
    response = post(contact_page, VALID_CONTACT)
    reference = Submission.objects.get().reference
    # The token is signed, so it cannot be edited to show someone else's number; the address
    # has nothing of the message in it.
    assert "suad" not in response["Location"]
    assert reference.encode() not in response["Location"].encode()


def test_a_forged_or_edited_thank_you_address_shows_no_reference(contact_page):
    from django.core import signing

    send(contact_page, VALID_CONTACT)
    someone_elses = Submission.objects.get().reference
    unsigned = signing.dumps([contact_page.pk, someone_elses], salt="another.purpose")
    for token in (unsigned, someone_elses, "x", ""):
        response = Client().get(f"/ar/contact/?sent={token}")
        assert response.status_code == 302
        assert response["Location"] == "/ar/contact/"
        assert someone_elses not in Client().get(response["Location"]).content.decode()


def test_a_thank_you_token_belongs_to_its_page_and_expires(contact_page, complaints_page):
    from django.core import signing

    from contact.models import THANKS_MAX_AGE, thanks_token

    for_contact = thanks_token(contact_page.pk, "CNT-20261127-ABCDEF")
    assert Client().get(f"/ar/complaints/?sent={for_contact}").status_code == 302  # another page
    assert "CNT-20261127-ABCDEF" in Client().get(f"/ar/contact/?sent={for_contact}").content.decode()
    with mock.patch("django.core.signing.time.time", return_value=time.time() - THANKS_MAX_AGE - 60):
        old = thanks_token(contact_page.pk, "CNT-20261127-ABCDEF")
    assert signing.loads(old, salt="contact.thanks") == [contact_page.pk, "CNT-20261127-ABCDEF"]
    assert Client().get(f"/ar/contact/?sent={old}").status_code == 302  # more than a day old


def test_the_page_cache_never_keeps_a_thank_you_page(contact_page, settings):
    settings.PERF_PAGE_CACHE = True
    client = Client()
    thanks_url = post(contact_page, VALID_CONTACT, client=client)["Location"]
    reference = Submission.objects.get().reference
    for _ in range(2):
        response = Client().get(thanks_url)  # a visitor without cookies: the cache would answer
        assert response.status_code == 200
        assert "X-Page-Cache" not in response
        assert "private" in response["Cache-Control"]
        assert reference in response.content.decode()


@override_settings(CONTACT_RATE_LIMIT="2/h")
def test_the_rate_limit_comes_from_the_settings(contact_page):
    assert [post(contact_page, VALID_CONTACT).status_code for _ in range(3)] == [303, 303, 429]
    assert Submission.objects.count() == 2


def test_reference_collision_draws_again(contact_page):
    post(contact_page, VALID_CONTACT)
    taken = Submission.objects.get().reference
    fresh = "CNT-20261127-ZZZZZZ"
    with mock.patch("contact.models.new_reference", side_effect=[taken, fresh]):
        response = send(contact_page, VALID_CONTACT)
    assert response.status_code == 200
    assert fresh in response.content.decode()
    assert Submission.objects.count() == 2


def test_failing_mail_server_loses_nothing(contact_page, caplog):
    with (
        mock.patch("contact.models.send_mail", side_effect=SMTPException("connection refused")),
        caplog.at_level(logging.ERROR, logger="contact.models"),
    ):
        response = send(contact_page, VALID_CONTACT)
    assert response.status_code == 200
    submission = Submission.objects.get()
    assert submission.mail_status == MailStatus.FAILED
    assert submission.reference in response.content.decode()
    assert any(submission.reference in record.getMessage() for record in caplog.records)


@override_settings(EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend", EMAIL_PORT=9, EMAIL_TIMEOUT=1)
def test_unreachable_smtp_server_loses_nothing(contact_page):
    """A real SMTP backend pointed at a closed port: the submission is stored regardless."""
    response = send(contact_page, VALID_CONTACT)
    assert response.status_code == 200
    assert Submission.objects.get().mail_status == MailStatus.FAILED


def test_submission_is_committed_before_the_mail_is_attempted(contact_page):
    seen = {}

    def check_stored(*args, **kwargs):
        seen["stored"] = list(Submission.objects.values_list("reference", flat=True))
        raise OSError("mail down")

    with mock.patch("contact.models.send_mail", side_effect=check_stored):
        post(contact_page, VALID_CONTACT)
    assert seen["stored"] == [Submission.objects.get().reference]


def test_no_mail_without_a_to_address(home):
    from tests.contact.conftest import make_form_page

    page = make_form_page(home, slug="quiet")
    FormPage.objects.filter(pk=page.pk).update(to_address="")
    post(page, VALID_CONTACT)
    assert mail.outbox == []
    assert Submission.objects.get().mail_status == MailStatus.NOT_REQUIRED


# --- Bad input -------------------------------------------------------------------------------


def test_missing_fields_give_an_accessible_error_summary(contact_page):
    response = post(contact_page, {"full_name": "", "email": ""})
    assert response.status_code == 200
    assert not Submission.objects.exists()
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'role="alert"' in html
    assert "<title>" in html and re.search(r"<title>\s*خطأ:", html)
    # Each error links to its field, and each field points back to its error.
    for name in ("full_name", "email", "subject", "message"):
        assert f'href="#id_{name}"' in html
        assert f'id="id_{name}-error"' in html
        tag = re.search(rf"<(input|textarea)[^>]*name=\"{name}\"[^>]*>", html).group(0)
        assert 'aria-invalid="true"' in tag
        assert f"id_{name}-error" in tag
    email_tag = re.search(r'<input[^>]*name="email"[^>]*>', html).group(0)
    assert 'aria-describedby="id_email-error id_email-help"' in email_tag
    # The optional phone number has no error.
    assert 'href="#id_phone_number"' not in html


def test_entered_values_are_kept_after_an_error(contact_page):
    response = post(contact_page, {**VALID_CONTACT, "email": "not-an-address"})
    html = response.content.decode()
    assert 'value="سعاد خليل"' in html
    assert "متى يفتح مركز خدمات الجمهور؟" in html
    assert 'href="#id_email"' in html


def test_oversized_fields_are_refused(contact_page):
    response = post(contact_page, {**VALID_CONTACT, "full_name": "x" * 256, "message": "م" * 5001})
    assert response.status_code == 200
    assert not Submission.objects.exists()
    html = response.content.decode()
    assert 'href="#id_full_name"' in html
    assert 'href="#id_message"' in html


@override_settings(DATA_UPLOAD_MAX_MEMORY_SIZE=10_000)
def test_oversized_request_body_is_a_400(contact_page):
    response = post(contact_page, {**VALID_CONTACT, "message": "x" * 20_000})
    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_too_many_fields_is_a_400(contact_page):
    data = {**VALID_CONTACT, **{f"extra{i}": "x" for i in range(1100)}}
    response = post(contact_page, data)
    assert response.status_code == 400
    assert not Submission.objects.exists()


def test_wrong_types_are_refused(typed_page):
    response = post(
        typed_page,
        {"age": "eleven", "date": "31/02/2026", "website": "javascript:alert(1)", "options": ["ج"]},
    )
    assert response.status_code == 200
    assert not Submission.objects.exists()
    html = response.content.decode()
    for name in ("age", "date", "website"):
        assert f'href="#id_{name}"' in html
    assert 'href="#id_options_0"' in html


def test_null_bytes_are_refused(contact_page):
    response = post(contact_page, {**VALID_CONTACT, "subject": "a\x00b"})
    assert response.status_code == 200
    assert not Submission.objects.exists()
    assert 'href="#id_subject"' in response.content.decode()


def test_injected_markup_is_escaped(contact_page):
    attack = '"><script>alert(1)</script>'
    response = post(contact_page, {**VALID_CONTACT, "full_name": attack, "email": attack})
    html = response.content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_injected_markup_is_escaped_on_the_thank_you_page(contact_page):
    attack = "<img src=x onerror=alert(1)>"
    response = send(contact_page, {**VALID_CONTACT, "full_name": attack})
    assert response.status_code == 200
    assert attack not in response.content.decode()
    assert Submission.objects.get().form_data["full_name"] == attack  # stored as sent


def test_post_without_csrf_token_is_refused(contact_page):
    client = Client(enforce_csrf_checks=True)
    response = post(contact_page, VALID_CONTACT, client=client)
    assert response.status_code == 403
    assert not Submission.objects.exists()


def test_post_with_csrf_token_passes_the_check(contact_page):
    client = Client(enforce_csrf_checks=True)
    html = client.get("/ar/contact/").content.decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    response = post(contact_page, {**VALID_CONTACT, "csrfmiddlewaretoken": token}, client=client)
    assert response.status_code == 303
    assert Submission.objects.count() == 1


def test_filled_honeypot_is_refused_with_a_message(contact_page):
    response = post(contact_page, {**VALID_CONTACT, "website_address": "http://spam.example"})
    assert response.status_code == 400
    assert not Submission.objects.exists()
    assert mail.outbox == []
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert 'value="سعاد خليل"' in html  # a person can send again without retyping
    assert "spam.example" not in html  # the trap is emptied


def test_rate_limit_per_address_with_a_clear_message(contact_page):
    for _ in range(5):
        assert post(contact_page, VALID_CONTACT).status_code == 303
    response = post(contact_page, VALID_CONTACT)
    assert response.status_code == 429
    assert Submission.objects.count() == 5
    html = response.content.decode()
    assert "الخط الساخن" in html or "138" in html
    assert "متى يفتح مركز خدمات الجمهور؟" in html  # what they wrote is kept
    # Another address is not affected.
    other = post(contact_page, VALID_CONTACT, REMOTE_ADDR="10.0.0.9")
    assert other.status_code == 303
    assert Submission.objects.count() == 6


def test_validation_errors_do_not_use_up_the_rate_limit(contact_page):
    for _ in range(8):
        post(contact_page, {"full_name": ""})
    assert post(contact_page, VALID_CONTACT).status_code == 303


def test_form_page_queries_do_not_grow_with_the_number_of_fields(home, django_assert_num_queries):
    from contact.models import FormField
    from tests.contact.conftest import make_form_page

    make_form_page(home, slug="small", fields=[FormField(label="أ", label_en="A", field_type="singleline")])
    make_form_page(
        home,
        slug="large",
        fields=[
            FormField(label=f"حقل {i}", label_en=f"Field {i}", field_type="singleline") for i in range(12)
        ],
    )
    client = Client()
    client.get("/ar/small/")  # warm the process-wide caches
    client.get("/ar/large/")
    # The page's own queries are fixed (the header and menus belong to base.html, measured
    # by the core tests); what must hold here is that 12 fields cost what 1 field costs.
    with CaptureQueriesContext(connection) as small_queries:
        assert client.get("/ar/small/").status_code == 200
    with django_assert_num_queries(len(small_queries.captured_queries)):
        assert client.get("/ar/large/").status_code == 200


@override_settings(CSRF_FAILURE_VIEW="contact.views.csrf_failure")
def test_csrf_failure_gives_the_form_back_with_what_was_typed(contact_page):
    client = Client(enforce_csrf_checks=True)
    response = post(contact_page, VALID_CONTACT, client=client)
    assert response.status_code == 403
    assert not Submission.objects.exists()
    html = response.content.decode()
    assert 'class="error-summary"' in html
    assert "رسالتك محفوظة أدناه" in html
    assert 'value="سعاد خليل"' in html
    assert "متى يفتح مركز خدمات الجمهور؟" in html
    # With the fresh token in that page, sending again works.
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    again = post(contact_page, {**VALID_CONTACT, "csrfmiddlewaretoken": token}, client=client)
    assert again.status_code == 303
    assert Submission.objects.count() == 1


@override_settings(CSRF_FAILURE_VIEW="contact.views.csrf_failure")
def test_csrf_failure_elsewhere_is_a_clear_403(contact_page):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/en/no-such-page/", {"x": "<script>alert(1)</script>"})
    assert response.status_code == 403
    html = response.content.decode()
    assert "Your form could not be sent" in html
    assert "<script>alert(1)</script>" not in html


def test_published_fields_come_from_the_cache_until_the_next_publish(contact_page, django_assert_num_queries):
    client = Client()
    client.get("/ar/contact/")
    with CaptureQueriesContext(connection) as warm:
        client.get("/ar/contact/")
    assert not [q for q in warm.captured_queries if "contact_formfield" in q["sql"]]
    # An editor renames a field and publishes: the next visitor sees the new label.
    field = contact_page.form_fields.get(clean_name="subject")
    field.label_ar = "عنوان الرسالة"
    contact_page.form_fields = [*contact_page.form_fields.exclude(pk=field.pk), field]
    contact_page.save_revision().publish()
    assert "عنوان الرسالة" in client.get("/ar/contact/").content.decode()
