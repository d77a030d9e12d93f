"""Contact and complaints-and-suggestions pages on Wagtail's form builder.

Every accepted message is stored, with a reference number the sender is shown, before any
e-mail is attempted: a failing mail server is logged and recorded on the submission, and
the sender still sees their reference.

A successful POST is answered with a redirect (303 See Other) to the page's thank-you address,
``?sent=<token>``, so refreshing the thank-you page does not send the message again. The token
is the page and the reference number signed with the site's secret key (django.core.signing),
valid for a day: only the sender is given it, it shows nothing but their own reference, and
no other reference can be shown by editing the address.
"""

import logging
import secrets

import django.forms
from django.conf import settings
from django.core import signing
from django.core.cache import cache
from django.core.validators import RegexValidator
from django.db import IntegrityError, models, transaction
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.mail import send_mail
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.contrib.forms.models import AbstractFormField, AbstractFormSubmission, EmailFormMixin, FormMixin
from wagtail.contrib.forms.utils import get_field_clean_name
from wagtail.search import index

from django_ratelimit.core import get_usage

from contact.forms import SiteFormBuilder
from core.models import BasePage

logger = logging.getLogger(__name__)

RATE_LIMIT_GROUP = "contact.form"  # the rate itself: settings.CONTACT_RATE_LIMIT
# The thank-you address: ?sent=<signed page id and reference>, valid for a day.
THANKS_PARAMETER = "sent"
THANKS_SALT = "contact.thanks"
THANKS_MAX_AGE = 60 * 60 * 24
# Unambiguous characters only: a reference is read out over the phone.
REFERENCE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def new_reference(prefix: str) -> str:
    """PREFIX-YYYYMMDD-XXXXXX: the date for staff, six random characters so none can be guessed."""
    code = "".join(secrets.choice(REFERENCE_ALPHABET) for _ in range(6))
    return f"{prefix}-{timezone.localdate():%Y%m%d}-{code}"


def thanks_token(page_id: int, reference: str) -> str:
    return signing.dumps([page_id, reference], salt=THANKS_SALT)


def reference_from_token(page_id: int, token: str) -> str | None:
    """The reference a thank-you token carries, if this site signed it for this page within a day."""
    try:
        signed_page_id, reference = signing.loads(token, salt=THANKS_SALT, max_age=THANKS_MAX_AGE)
    except (signing.BadSignature, TypeError, ValueError):  # tampered, expired or malformed
        return None
    return reference if signed_page_id == page_id and isinstance(reference, str) else None


class HttpResponseSeeOther(HttpResponseRedirect):
    """After a POST: the browser fetches the new address with a GET."""

    status_code = 303


class FormField(AbstractFormField):
    """A field of a form page; label, help text and choices are translated."""

    page = ParentalKey("contact.FormPage", on_delete=models.CASCADE, related_name="form_fields")

    def get_field_clean_name(self):
        # The English label gives a readable ASCII name; Arabic alone would be escaped codes.
        return get_field_clean_name(getattr(self, "label_en", "") or self.label)


class MailStatus(models.TextChoices):
    NOT_REQUIRED = "none", _("No e-mail configured")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed (stored only)")


class Submission(AbstractFormSubmission):
    """A message from a visitor, with its reference number and the language it was sent in."""

    reference = models.CharField(_("reference number"), max_length=40, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=5, editable=False)
    mail_status = models.CharField(
        _("e-mail notification"),
        max_length=10,
        choices=MailStatus.choices,
        default=MailStatus.NOT_REQUIRED,
        editable=False,
    )

    class Meta:
        verbose_name = _("form submission")
        verbose_name_plural = _("form submissions")
        ordering = ["-submit_time"]

    def get_data(self):
        return {
            **super().get_data(),
            "reference": self.reference,
            "language": self.language,
            "mail_status": self.get_mail_status_display(),
        }

    def __str__(self):
        return self.reference


class FormPage(EmailFormMixin, FormMixin, BasePage):
    """A public form: "Contact us" or "Complaints and suggestions" (fields chosen by editors)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)
    thank_you_text = models.TextField(
        _("thank-you text"),
        blank=True,
        max_length=1000,
        help_text=_("Shown with the reference number after a message is sent."),
    )
    show_contact_details = models.BooleanField(
        _("show contact details"),
        default=False,
        help_text=_("Show the hotline, phone, e-mail and address from the site settings beside the form."),
    )
    reference_prefix = models.CharField(
        _("reference number prefix"),
        max_length=5,
        default="MOI",
        validators=[RegexValidator(r"^[A-Z]{2,5}$", _("Two to five capital Latin letters."))],
        help_text=_("Starts every reference number of this form, e.g. CNT or CMP."),
    )

    form_builder = SiteFormBuilder

    content_panels = [
        *BasePage.content_panels,
        FieldPanel("intro"),
        InlinePanel("form_fields", label=_("Form fields")),
        FieldPanel("thank_you_text"),
        FieldPanel("show_contact_details"),
        MultiFieldPanel(
            [
                FieldPanel("reference_prefix"),
                FieldRowPanel([FieldPanel("from_address"), FieldPanel("to_address")]),
                FieldPanel("subject"),
            ],
            heading=_("Reference numbers and e-mail"),
        ),
    ]
    search_fields = [*BasePage.search_fields, index.SearchField("intro")]

    parent_page_types = ["core.HomePage"]
    subpage_types = []
    template = "contact/form_page.html"
    landing_page_template = "contact/form_page_landing.html"

    class Meta:
        verbose_name = _("form page")
        verbose_name_plural = _("form pages")

    # --- Submissions -------------------------------------------------------------------------

    def get_form_fields(self):
        cached = getattr(self, "_served_form_fields", None)
        return cached if cached is not None else super().get_form_fields()

    def _cache_form_fields(self):
        """The published fields, from the cache: they change only when the page is published."""
        key = f"contact:form-fields:{self.pk}:{self.live_revision_id}"
        fields = cache.get(key)
        if fields is None:
            fields = list(super().get_form_fields())
            cache.set(key, fields, 60 * 60 * 24)
        self._served_form_fields = fields

    def get_submission_class(self):
        return Submission

    def get_data_fields(self):
        fields = super().get_data_fields()
        return [
            fields[0],
            ("reference", _("Reference number")),
            ("language", _("Language")),
            *fields[1:],
            ("mail_status", _("E-mail notification")),
        ]

    def process_form_submission(self, form):
        """Store first (committed), then try the e-mail; a mail failure is logged, never raised."""
        submission = self._store(form)
        if self.to_address:
            try:
                self.send_mail(form, submission)
            except Exception:  # any transport error: the message is safe in the database
                logger.exception(
                    "Notification e-mail for submission %s (page %s) failed; the submission is stored.",
                    submission.reference,
                    self.pk,
                )
                submission.mail_status = MailStatus.FAILED
            else:
                submission.mail_status = MailStatus.SENT
            Submission.objects.filter(pk=submission.pk).update(mail_status=submission.mail_status)
        return submission

    def _store(self, form):
        language = (translation.get_language() or "ar")[:2]
        for _attempt in range(5):
            try:
                with transaction.atomic():
                    return Submission.objects.create(
                        page=self,
                        form_data=form.submitted_data(),
                        reference=new_reference(self.reference_prefix or "MOI"),
                        language=language,
                    )
            except IntegrityError:  # a reference collision: draw again
                continue
        raise RuntimeError("Could not allocate a unique reference number")

    def send_mail(self, form, submission=None):
        addresses = [address.strip() for address in self.to_address.split(",") if address.strip()]
        reference = submission.reference if submission else ""
        subject = f"{self.subject or self.title} [{reference}]" if reference else (self.subject or self.title)
        language = submission.language if submission else ""
        body = (
            f"{_('Reference number')}: {reference}\n{_('Language')}: {language}\n\n{self.render_email(form)}"
        )
        # Replies go to the sender when they gave an e-mail address (validated by an EmailField).
        reply_to = [
            value
            for name, value in form.submitted_data().items()
            if value and isinstance(form.fields.get(name), django.forms.EmailField)
        ][:1] or None
        send_mail(subject, body, addresses, self.from_address or None, reply_to=reply_to)

    def render_email(self, form):
        lines = []
        for field in form.visible_form_fields:
            value = form.cleaned_data.get(field.name)
            if isinstance(value, list):
                value = ", ".join(value)
            lines.append(f"{field.label}: {'' if value is None else value}")
        return "\n".join(lines)

    # --- Serving -----------------------------------------------------------------------------

    def is_rate_limited(self, request, increment=False) -> bool:
        """Has this address used up its messages? (``increment`` counts one more.)

        Only accepted messages (and honeypot hits) count, so correcting a mistake is free.
        """
        usage = get_usage(
            request,
            group=RATE_LIMIT_GROUP,
            key="ip",
            rate=settings.CONTACT_RATE_LIMIT,
            method="POST",
            increment=increment,
        )
        # None: rate limiting switched off (RATELIMIT_ENABLE = False). With the cache down the
        # count reads as 0 (django-redis gives the default), so messages are let through.
        if usage is None:
            return False
        return usage["should_limit"] if increment else usage["count"] >= usage["limit"]

    def serve(self, request, *args, **kwargs):
        if not getattr(request, "is_preview", False) and self.live_revision_id:
            self._cache_form_fields()  # previews build the form from the edited, unsaved fields
        if request.method != "POST":
            if THANKS_PARAMETER in request.GET:
                return self._serve_thanks(request, request.GET[THANKS_PARAMETER], *args, **kwargs)
            form = self.get_form(page=self, user=request.user)
            return self._render_form(request, form)

        form = self.get_form(request.POST, page=self, user=request.user)
        if self.is_rate_limited(request):
            logger.warning("Form page %s: rate limit reached for a sender", self.pk)
            return self._render_form(request, form, problem="rate_limited", status=429)
        if form.honeypot_filled:
            logger.warning("Form page %s: honeypot filled, message refused", self.pk)
            self.is_rate_limited(request, increment=True)
            form.data = form.data.copy()
            form.data[form.honeypot_name] = ""
            return self._render_form(request, form, problem="honeypot", status=400)
        if form.is_valid():
            self.is_rate_limited(request, increment=True)
            submission = self.process_form_submission(form)
            # POST/redirect/GET: a refresh of the thank-you page does not send the message again.
            query = urlencode({THANKS_PARAMETER: thanks_token(self.pk, submission.reference)})
            response = HttpResponseSeeOther(f"{self.get_url(request)}?{query}")
            add_never_cache_headers(response)
            return response
        return self._render_form(request, form)

    def _serve_thanks(self, request, token, *args, **kwargs):
        reference = reference_from_token(self.pk, token)
        if reference is None:  # not a token this site gave for this page (or a day old): the form
            response = HttpResponseRedirect(self.get_url(request))
            add_never_cache_headers(response)
            return response
        return self.render_landing_page(request, None, *args, reference=reference, **kwargs)

    def render_landing_page(self, request, form_submission=None, *args, reference="", **kwargs):
        """The thank-you page with the reference number; it belongs to one sender, so it is
        never stored by the page cache or a shared cache."""
        context = self.get_context(request)
        context["form_submission"] = form_submission
        context["reference"] = reference or getattr(form_submission, "reference", "")
        response = TemplateResponse(request, self.get_landing_page_template(request), context)
        add_never_cache_headers(response)
        return response

    def _render_form(self, request, form, problem=None, status=200):
        context = self.get_context(request)
        context["form"] = form
        context["problem"] = problem
        response = TemplateResponse(request, self.get_template(request), context, status=status)
        add_never_cache_headers(response)  # the page carries a CSRF token
        return response
