"""Demo media centre: a photo gallery, a video and a publication (a PDF made with Pillow)."""

import io

from django.core.files.base import ContentFile
from django.utils import timezone, translation

from wagtail.documents import get_document_model

from core.demo_utils import generated_jpeg
from media_library.models import (
    GalleryImage,
    GalleryPage,
    MediaCentrePage,
    PublicationIndexPage,
    PublicationPage,
    PublicationType,
    VideoPage,
)

CREDIT = {
    "credit_ar": "الإدارة العامة للعلاقات العامة والإعلام",
    "credit_en": "General Administration of Public Relations and Media",
}

GALLERY_PHOTOS = [
    (
        "gallery-delegation-1",
        "استقبال الوفد الزائر في مقر الوزارة",
        "Welcoming the visiting delegation at the Ministry",
        "رسم توضيحي لاستقبال وفد زائر في مقر وزارة الداخلية",
        "Illustration of a visiting delegation being welcomed at the Ministry of Interior",
    ),
    (
        "gallery-delegation-2",
        "جلسة التعريف بخدمات الوزارة",
        "A briefing on the Ministry's services",
        "رسم توضيحي لجلسة تعريفية بخدمات الوزارة",
        "Illustration of a briefing session on the Ministry's services",
    ),
    (
        "gallery-delegation-3",
        "جولة في مركز خدمات الجمهور",
        "A tour of the Public Service Center",
        "رسم توضيحي لجولة في مركز خدمات الجمهور",
        "Illustration of a tour of the Public Service Center",
    ),
    (
        "gallery-delegation-4",
        "ختام برنامج الزيارة",
        "The close of the visit programme",
        "رسم توضيحي لختام برنامج زيارة الوفد",
        "Illustration of the close of the delegation's visit programme",
    ),
]


def generated_pdf(key: str, label: str) -> bytes:
    """A one-page PDF (the cover), drawn with Pillow: no downloads, no PDF library."""
    from PIL import Image as PILImage

    cover = PILImage.open(io.BytesIO(generated_jpeg(key, label, size=(1240, 1754))))
    out = io.BytesIO()
    cover.convert("RGB").save(out, "PDF", resolution=150.0)
    return out.getvalue()


def demo_document(key: str, title_ar: str, title_en: str):
    """A generated PDF, made once per key (found again by its file name)."""
    Document = get_document_model()
    existing = Document.objects.filter(file__startswith=f"documents/{key}").first()
    if existing:
        return existing
    with translation.override("ar"):
        document = Document(title=title_ar, title_ar=title_ar, title_en=title_en)
        document.file.save(f"{key}.pdf", ContentFile(generated_pdf(key, title_en)), save=False)
        document.save()
    return document


def photos(demo):
    return [
        demo.image(key, t_ar, t_en, a_ar, a_en, caption_ar=t_ar, caption_en=t_en, **CREDIT)
        for key, t_ar, t_en, a_ar, a_en in GALLERY_PHOTOS
    ]


def load(demo):
    home = demo.home
    demo.step("media centre")
    centre = demo.page(
        home,
        MediaCentrePage,
        "media-centre",
        title_ar="المركز الإعلامي",
        title_en="Media Centre",
        intro_ar="صور ومقاطع فيديو وإصدارات الإدارة العامة للعلاقات العامة والإعلام.",
        intro_en="Photographs, videos and publications of the General Administration of Public Relations and Media.",
        listing_summary_ar="معارض الصور والفيديو والإصدارات.",
        listing_summary_en="Photo galleries, videos and publications.",
        show_in_menus=True,
    )

    demo.step("photo gallery")
    images = photos(demo)
    gallery = demo.page(
        centre,
        GalleryPage,
        "international-delegation-visit",
        title_ar="زيارة وفد المؤسسات الدولية الشريكة",
        title_en="Visit of the delegation of partner international institutions",
        intro_ar="صور من برنامج زيارة وفد المؤسسات الدولية الشريكة الذي نظمته دائرة البروتوكول.",
        intro_en="Photographs from the visit programme of the delegation of partner international institutions, organised by the Protocol Division.",
        listing_summary_ar="صور من زيارة وفد المؤسسات الدولية الشريكة.",
        listing_summary_en="Photographs from the visit of the partner international institutions' delegation.",
        date=timezone.localdate() - timezone.timedelta(days=3),
        cover_image=images[0],
    )
    if not gallery.gallery_images.exists():
        for order, image in enumerate(images):
            GalleryImage.objects.create(page=gallery, image=image, sort_order=order)

    demo.step("video")
    poster = demo.image(
        "video-hotline",
        "الخط الساخن 138",
        "Hotline 138",
        "رسم توضيحي للخط الساخن 138 لمركز خدمات الجمهور",
        "Illustration of Hotline 138 of the Public Service Center",
        **CREDIT,
    )
    demo.page(
        centre,
        VideoPage,
        "hotline-138-explained",
        title_ar="كيف تتواصل مع مركز خدمات الجمهور",
        title_en="How to contact the Public Service Center",
        video_url="https://www.youtube.com/@moi.example",
        poster_image=poster,
        date=timezone.localdate() - timezone.timedelta(days=5),
        description_ar="مقطع تعريفي بقنوات التواصل مع مركز خدمات الجمهور، ومنها الخط الساخن 138.",
        description_en="An introduction to the ways of contacting the Public Service Center, including Hotline 138.",
        transcript_ar=(
            "<p>يستقبل مركز خدمات الجمهور اتصالاتكم على الخط الساخن 138.</p>"
            "<p>يمكنكم الاستفسار عن خدمات الوزارة ومتطلباتها، وتقديم الشكاوى والاقتراحات، "
            "والحصول على رقم مرجعي لمتابعة طلباتكم.</p>"
        ),
        transcript_en=(
            "<p>The Public Service Center answers your calls on Hotline 138.</p>"
            "<p>You can ask about the Ministry's services and what they require, send complaints and "
            "suggestions, and receive a reference number to follow your request.</p>"
        ),
        listing_summary_ar="قنوات التواصل مع مركز خدمات الجمهور.",
        listing_summary_en="The ways of contacting the Public Service Center.",
    )

    demo.step("publications")
    publications = demo.page(
        centre,
        PublicationIndexPage,
        "publications",
        title_ar="الإصدارات",
        title_en="Publications",
        intro_ar="تقارير الإدارة ونشراتها التعريفية وملفاتها الصحفية.",
        intro_en="The Administration's reports, brochures and press kits.",
    )
    document = demo_document(
        "media-monitoring-report",
        "التقرير الشهري لرصد التغطية الإعلامية",
        "Monthly media monitoring report",
    )
    cover = demo.image(
        "publication-monitoring",
        "غلاف التقرير الشهري",
        "Monthly report cover",
        "غلاف التقرير الشهري لرصد التغطية الإعلامية",
        "Cover of the monthly media monitoring report",
    )
    demo.page(
        publications,
        PublicationPage,
        "monthly-media-monitoring-report",
        title_ar="التقرير الشهري لرصد التغطية الإعلامية",
        title_en="Monthly media monitoring report",
        publication_type=PublicationType.REPORT,
        document=document,
        cover_image=cover,
        date=timezone.localdate() - timezone.timedelta(days=9),
        summary_ar="يرصد التقرير ما تنشره وسائل الإعلام المختلفة عن الوزارة ويحلل توجهاته لإطلاع صناع القرار عليها.",
        summary_en="The report follows what the media publish about the Ministry and analyses its trends for the Ministry's decision-makers.",
    )
