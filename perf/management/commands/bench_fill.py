"""Fill the database with generated bilingual content for `make bench` (never run in production).

The demo content must be loaded first: each generated page is a copy of a demo page of the
same type (its body, blocks and fields, both languages) under a new bilingual title, slug
and date, so the bench renders what real pages contain. Pages are written in bulk: the
``wagtailcore_page`` rows with their tree paths computed here (treebeard's materialised
path), then each page type's own rows, then the site search documents, in batches.

    manage.py bench_fill --news 10000

Services are 2 % of the news, events 10 %, images 5 % (at least 20 of each, at most 300
images: they are shared by the news as lead images).
"""

import copy
import datetime as dt
import io
import random
import time
import uuid

from django.core.files.images import ImageFile
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.utils import timezone

from wagtail.models import Page

BATCH = 1000

WORDS_AR = [
    "الإدارة العامة",
    "العلاقات العامة",
    "الإعلام",
    "وزارة الداخلية",
    "الاتصال والتواصل",
    "البروتوكول",
    "المواطنين",
    "الخط الساخن",
    "الشرطة",
    "الدفاع المدني",
    "الأحوال المدنية",
    "جوازات السفر",
    "حملة توعية",
    "ورشة عمل",
    "وفد",
    "مؤتمر صحفي",
    "الشراكة المجتمعية",
    "السلامة المرورية",
    "المحافظات",
    "الشباب",
    "المدارس",
    "تقرير شهري",
    "زيارة ميدانية",
]
WORDS_EN = [
    "General Administration",
    "Public Relations",
    "Media",
    "Ministry of Interior",
    "Communication and Outreach",
    "Protocol",
    "citizens",
    "hotline",
    "police",
    "civil defence",
    "civil status",
    "passports",
    "awareness campaign",
    "workshop",
    "delegation",
    "press conference",
    "community partnership",
    "road safety",
    "governorates",
    "youth",
    "schools",
    "monthly report",
    "field visit",
]


def phrase(rng, words, n=5):
    return " ".join(rng.sample(words, n))


class Command(BaseCommand):
    help = "Generate bilingual news, services, events and images in bulk for the benchmark."

    def add_arguments(self, parser):
        parser.add_argument("--news", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=6)

    def handle(self, *args, news, seed, **options):
        from events.models import EventPage
        from news.models import NewsCategory, NewsPage, NewsType
        from services.models import ServicePage

        self.rng = random.Random(seed)
        self.started = time.monotonic()
        templates = {
            model: model.objects.live().order_by("path").first()
            for model in (NewsPage, ServicePage, EventPage)
        }
        missing = [model.__name__ for model, page in templates.items() if page is None]
        if missing:
            raise CommandError(f"Load the demo content first (no {', '.join(missing)}).")
        services = max(20, news // 50)
        events = max(20, news // 10)
        images = self.make_images(min(300, max(20, news // 20)))
        categories = list(NewsCategory.objects.values_list("pk", flat=True)) or [None]
        types = [value for value, _label in NewsType.choices]
        now = timezone.now()

        def vary_news(i, page):
            page.news_type = types[i % len(types)]
            page.category_id = categories[i % len(categories)]
            page.date = now - dt.timedelta(hours=3 * i + 1)
            page.lead_image_id = images[i % len(images)]
            page.summary_ar = phrase(self.rng, WORDS_AR, 8)
            page.summary_en = phrase(self.rng, WORDS_EN, 8)
            page.summary = page.summary_ar
            return page.date

        def vary_service(i, page):
            return now - dt.timedelta(days=i)

        def vary_event(i, page):
            page.start = now + dt.timedelta(days=(i % 400) - 200, hours=i % 9)
            page.end = page.start + dt.timedelta(hours=3)
            return now - dt.timedelta(days=i)

        self.clone(templates[NewsPage], news, "news", vary_news)
        self.clone(templates[ServicePage], services, "service", vary_service)
        self.clone(templates[EventPage], events, "event", vary_event)
        self.log(f"done: {news} news, {services} services, {events} events, {len(images)} images")

    def log(self, message):
        self.stdout.write(f"[{time.monotonic() - self.started:7.1f} s] {message}")
        self.stdout.flush()

    def make_images(self, count):
        from wagtail.images import get_image_model

        from PIL import Image as PILImage

        Image = get_image_model()
        ids = []
        for i in range(count):
            out = io.BytesIO()
            colour = (self.rng.randrange(256), self.rng.randrange(256), self.rng.randrange(256))
            PILImage.new("RGB", (960, 640), colour).save(out, "JPEG", quality=60)
            image = Image(
                title=f"bench-{i}",
                file=ImageFile(io.BytesIO(out.getvalue()), name=f"bench-{i}.jpg"),
                **{
                    field: value
                    for field, value in {
                        "alt_text_ar": f"صورة رقم {i}",
                        "alt_text_en": f"Photograph {i}",
                    }.items()
                    if hasattr(Image, field)
                },
            )
            image.save()
            ids.append(image.pk)
            if (i + 1) % 100 == 0 or i + 1 == count:
                self.log(f"images {i + 1}/{count}")
        return ids

    def clone(self, template, count, slug_prefix, vary):
        from core.arabic import index_text
        from core.models import SearchDocument
        from core.search import fill_vectors

        model = type(template)
        parent = template.get_parent()
        last = parent.get_children().order_by("-path").values_list("path", flat=True).first()
        step = Page._str2int(last[-Page.steplen :]) if last else 0
        page_fields = [f for f in Page._meta.concrete_fields if not f.primary_key]
        own_fields = list(model._meta.local_concrete_fields)
        kind = model._meta.label_lower
        done = 0
        while done < count:
            size = min(BATCH, count - done)
            pages, specifics, dates = [], [], []
            for n in range(done, done + size):
                step += 1
                page = copy.copy(template)
                page.pk = page.id = None
                slug = f"{slug_prefix}-{n + 1}"
                page.title_ar = f"{phrase(self.rng, WORDS_AR, 4)} ({n + 1})"
                page.title_en = f"{phrase(self.rng, WORDS_EN, 4)} ({n + 1})"
                page.title = page.draft_title = page.title_ar
                page.slug = page.slug_ar = page.slug_en = slug
                page.url_path_ar = f"{parent.url_path_ar}{slug}/"
                page.url_path_en = f"{parent.url_path_en or parent.url_path_ar}{slug}/"
                page.url_path = page.url_path_ar
                page.seo_title = page.seo_title_ar = page.seo_title_en = ""
                page.path = Page._get_path(parent.path, parent.depth + 1, step)
                page.depth = parent.depth + 1
                page.numchild = 0
                page.translation_key = uuid.uuid4()
                page.latest_revision_id = page.live_revision_id = None
                page.live, page.has_unpublished_changes, page.locked = True, False, False
                published = vary(n, page)
                page.first_published_at = page.last_published_at = published
                page.latest_revision_created_at = published
                pages.append(Page(**{f.attname: getattr(page, f.attname) for f in page_fields}))
                specifics.append(page)
                dates.append(published)
            with transaction.atomic():
                created = Page.objects.bulk_create(pages)
                for base, page in zip(created, specifics, strict=True):
                    page.pk = page.page_ptr_id = base.pk
                model._base_manager._insert(specifics, fields=own_fields, using="default")
                documents = []
                for page, published in zip(specifics, dates, strict=True):
                    for language in ("ar", "en"):
                        title = getattr(page, f"title_{language}")
                        summary = getattr(page, f"summary_{language}", "") or ""
                        documents.append(
                            SearchDocument(
                                page_id=page.pk,
                                language=language,
                                kind=kind,
                                title=title,
                                summary=summary,
                                url=f"/{language}{getattr(page, f'url_path_{language}')[len('/home') :]}",
                                date=published,
                                text=index_text(f"{title} {summary}"),
                            )
                        )
                SearchDocument.objects.bulk_create(documents)
                # The batch's stored search vectors, in one UPDATE (PostgreSQL only).
                fill_vectors(SearchDocument.objects.filter(page_id__in=[page.pk for page in specifics]))
                Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + size)
            done += size
            self.log(f"{model.__name__} {done}/{count}")
