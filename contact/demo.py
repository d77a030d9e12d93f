"""Demo content: "Contact us" and "Complaints and suggestions", both built from form fields."""

from contact.models import FormField, FormPage


def field(
    label_ar, label_en, field_type, required=True, help_ar="", help_en="", choices_ar="", choices_en=""
):
    return FormField(
        label=label_ar,
        label_ar=label_ar,
        label_en=label_en,
        field_type=field_type,
        required=required,
        help_text_ar=help_ar,
        help_text_en=help_en,
        choices_ar=choices_ar,
        choices_en=choices_en,
    )


def contact_fields():
    return [
        field("الاسم الكامل", "Full name", "singleline"),
        field(
            "البريد الإلكتروني",
            "Email",
            "email",
            help_ar="نرسل الرد إلى هذا العنوان.",
            help_en="We reply to this address.",
        ),
        field("رقم الهاتف", "Phone number", "singleline", required=False),
        field("الموضوع", "Subject", "singleline"),
        field("نص الرسالة", "Message", "multiline"),
    ]


def complaints_fields():
    return [
        field(
            "نوع الرسالة",
            "Type of message",
            "radio",
            choices_ar="شكوى\nاقتراح\nشكر وتقدير",
            choices_en="Complaint\nSuggestion\nThanks",
        ),
        field("الاسم الكامل", "Full name", "singleline"),
        field(
            "رقم الهوية",
            "ID number",
            "singleline",
            required=False,
            help_ar="يساعدنا على متابعة شكواك لدى المديرية المعنية.",
            help_en="Helps us follow up your complaint with the directorate concerned.",
        ),
        field("البريد الإلكتروني", "Email", "email", required=False),
        field("رقم الهاتف", "Phone number", "singleline"),
        field(
            "المديرية أو الجهة المعنية",
            "Directorate or office concerned",
            "dropdown",
            required=False,
            choices_ar="مركز خدمات الجمهور\nالأحوال المدنية\nالجوازات\nالمديريات في المحافظات\nأخرى",
            choices_en="Public Service Center\nCivil affairs\nPassports\nDirectorates in the governorates\nOther",
        ),
        field(
            "تفاصيل الشكوى أو الاقتراح",
            "Details of the complaint or suggestion",
            "multiline",
            help_ar="اذكر التاريخ والمكان وما حدث، وما تقترحه.",
            help_en="Say when and where it happened, what happened, and what you suggest.",
        ),
    ]


CONTACT = {
    "title_ar": "اتصل بنا",
    "title_en": "Contact us",
    "intro_ar": (
        "يسعدنا تلقي أسئلتكم وملاحظاتكم. اكتبوا لنا عبر النموذج أدناه، "
        "وستصلكم رسالة بالرقم المرجعي فور الإرسال."
    ),
    "intro_en": (
        "We welcome your questions and comments. Write to us with the form below; "
        "you will be given a reference number as soon as you send it."
    ),
    "thank_you_text_ar": "شكراً لتواصلكم مع الإدارة العامة للعلاقات العامة والإعلام. سنرد عليكم في أقرب وقت.",
    "thank_you_text_en": (
        "Thank you for contacting the General Administration of Public Relations and Media. "
        "We will reply as soon as we can."
    ),
    "listing_summary_ar": "راسلوا الإدارة العامة للعلاقات العامة والإعلام أو اتصلوا بالخط الساخن 138.",
    "listing_summary_en": "Write to the General Administration of Public Relations and Media or call hotline 138.",
    "show_contact_details": True,
    "reference_prefix": "CNT",
    "to_address": "media@moi.example",
    "subject": "رسالة جديدة من نموذج اتصل بنا",
    "show_in_menus": True,
}

COMPLAINTS = {
    "title_ar": "الشكاوى والاقتراحات",
    "title_en": "Complaints and suggestions",
    "intro_ar": (
        "نستقبل شكاواكم واقتراحاتكم حول خدمات وزارة الداخلية ونتابعها مع الجهة المعنية. "
        "احتفظوا بالرقم المرجعي لمتابعة الشكوى."
    ),
    "intro_en": (
        "We receive your complaints and suggestions about the Ministry of Interior's services and "
        "follow them up with the office concerned. Keep the reference number to follow up."
    ),
    "thank_you_text_ar": "تم تسجيل رسالتكم وإحالتها إلى الجهة المعنية. يمكنكم المتابعة بالرقم المرجعي عبر الخط الساخن 138.",
    "thank_you_text_en": (
        "Your message has been recorded and passed to the office concerned. "
        "You can follow it up with the reference number on hotline 138."
    ),
    "listing_summary_ar": "قدّم شكوى أو اقتراحاً حول خدمات الوزارة واحصل على رقم مرجعي للمتابعة.",
    "listing_summary_en": "Send a complaint or suggestion about the Ministry's services and get a reference number.",
    "show_contact_details": False,
    "reference_prefix": "CMP",
    "to_address": "complaints@moi.example",
    "subject": "شكوى أو اقتراح جديد",
    "show_in_menus": True,
}


def load(demo):
    demo.step("contact us (form)")
    demo.page(demo.home, FormPage, "contact", form_fields=contact_fields(), **CONTACT)
    demo.step("complaints and suggestions (form)")
    demo.page(
        demo.home, FormPage, "complaints-and-suggestions", form_fields=complaints_fields(), **COMPLAINTS
    )
