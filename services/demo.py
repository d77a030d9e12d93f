"""Demo content: a services catalogue of eight common services in three categories.

Fees, documents and places are plausible examples, marked as such on every page.
"""

import datetime as dt

from django.utils import translation

from services.models import ServiceCategory, ServiceIndexPage, ServicePage

EXAMPLE_NOTE = {
    "fee_note_ar": "الرسوم والوثائق الواردة هنا أمثلة توضيحية",
    "fee_note_en": "The fees and documents shown here are examples",
}

CATEGORIES = [
    (
        "civil-status",
        "الأحوال المدنية",
        "Civil status",
        "بطاقات الهوية وتسجيل المواليد وعقود الزواج.",
        "Identity cards, birth and marriage registration.",
    ),
    (
        "travel-documents",
        "وثائق السفر",
        "Travel documents",
        "إصدار جوازات السفر وتجديدها.",
        "Issuing and renewing passports.",
    ),
    (
        "certificates",
        "الشهادات",
        "Certificates",
        "الشهادات الرسمية التي تصدرها الوزارة.",
        "Official certificates issued by the Ministry.",
    ),
]

PLACES = {
    "ramallah": {
        "ar": {
            "name": "مركز خدمات الجمهور — رام الله والبيرة",
            "address": "مديرية الداخلية، البيرة",
            "opening_hours": "من الأحد إلى الخميس، 8:00 – 14:00",
            "phone": "+970 2 240 0000",
            "map_url": "https://www.openstreetmap.org/?mlat=31.9100&mlon=35.2150#map=16/31.9100/35.2150",
        },
        "en": {
            "name": "Public Service Center — Ramallah and al-Bireh",
            "address": "Directorate of Interior, al-Bireh",
            "opening_hours": "Sunday to Thursday, 8:00–14:00",
            "phone": "+970 2 240 0000",
            "map_url": "https://www.openstreetmap.org/?mlat=31.9100&mlon=35.2150#map=16/31.9100/35.2150",
        },
    },
    "nablus": {
        "ar": {
            "name": "مديرية الداخلية — نابلس",
            "address": "شارع فيصل، نابلس",
            "opening_hours": "من الأحد إلى الخميس، 8:00 – 14:00",
            "phone": "+970 9 238 0000",
            "map_url": "https://www.openstreetmap.org/?mlat=32.2211&mlon=35.2544#map=16/32.2211/35.2544",
        },
        "en": {
            "name": "Directorate of Interior — Nablus",
            "address": "Faisal Street, Nablus",
            "opening_hours": "Sunday to Thursday, 8:00–14:00",
            "phone": "+970 9 238 0000",
            "map_url": "https://www.openstreetmap.org/?mlat=32.2211&mlon=35.2544#map=16/32.2211/35.2544",
        },
    },
    "hebron": {
        "ar": {
            "name": "مديرية الداخلية — الخليل",
            "address": "شارع عين سارة، الخليل",
            "opening_hours": "من الأحد إلى الخميس، 8:00 – 14:00",
            "phone": "+970 2 222 0000",
            "map_url": "",
        },
        "en": {
            "name": "Directorate of Interior — Hebron",
            "address": "Ein Sarah Street, Hebron",
            "opening_hours": "Sunday to Thursday, 8:00–14:00",
            "phone": "+970 2 222 0000",
            "map_url": "",
        },
    },
}

# (slug, category, ar, en, fee or None for free, related slugs)
SERVICES = [
    {
        "slug": "identity-card",
        "category": "civil-status",
        "fee": 50,
        "days_ar": "يوم عمل واحد",
        "days_en": "One working day",
        "places": ["ramallah", "nablus", "hebron"],
        "related": ["lost-identity-card", "birth-registration"],
        "ar": {
            "title": "إصدار بطاقة الهوية",
            "summary": "إصدار بطاقة الهوية الشخصية للمواطنين عند بلوغ السادسة عشرة من العمر.",
            "eligibility": "كل مواطن بلغ السادسة عشرة من عمره ومسجل في سجل السكان.",
            "documents": [
                ("شهادة الميلاد", "الأصل"),
                ("صورتان شخصيتان حديثتان", "بخلفية بيضاء"),
                ("بطاقة هوية أحد الوالدين", "الأصل وصورة عنها"),
            ],
            "steps": [
                ("تعبئة نموذج طلب بطاقة الهوية", "يتوفر النموذج في مركز خدمات الجمهور."),
                ("تقديم الطلب والوثائق", "يحضر مقدم الطلب بنفسه لأخذ البصمة والتوقيع."),
                ("دفع الرسوم", ""),
                ("استلام البطاقة", "في الموعد المحدد على إيصال الاستلام."),
            ],
            "faq": [
                ("هل يمكن لشخص آخر استلام البطاقة؟", "لا، تُسلَّم البطاقة لصاحبها شخصيًا."),
                (
                    "ماذا أفعل إذا كانت بياناتي غير صحيحة؟",
                    "راجع مركز خدمات الجمهور مع الوثائق التي تثبت البيانات الصحيحة.",
                ),
            ],
        },
        "en": {
            "title": "Issuing an identity card",
            "summary": "Issuing a personal identity card to citizens when they reach the age of sixteen.",
            "eligibility": "Every citizen aged sixteen or over who is entered in the population register.",
            "documents": [
                ("Birth certificate", "original"),
                ("Two recent passport photos", "white background"),
                ("A parent's identity card", "original and one copy"),
            ],
            "steps": [
                (
                    "Fill in the identity card application form",
                    "The form is available at the Public Service Center.",
                ),
                (
                    "Submit the application and documents",
                    "The applicant comes in person for fingerprints and signature.",
                ),
                ("Pay the fee", ""),
                ("Collect the card", "On the date given on the receipt."),
            ],
            "faq": [
                ("Can someone else collect the card?", "No, the card is handed to its holder in person."),
                (
                    "What if my details are wrong?",
                    "Visit the Public Service Center with documents that prove the correct details.",
                ),
            ],
        },
    },
    {
        "slug": "lost-identity-card",
        "category": "civil-status",
        "fee": 100,
        "days_ar": "يوما عمل",
        "days_en": "Two working days",
        "places": ["ramallah", "nablus"],
        "related": ["identity-card"],
        "ar": {
            "title": "بدل فاقد لبطاقة الهوية",
            "summary": "إصدار بطاقة هوية جديدة بدلًا من بطاقة مفقودة أو تالفة.",
            "eligibility": "حامل بطاقة الهوية المفقودة أو التالفة.",
            "documents": [
                ("بلاغ فقدان من الشرطة", "الأصل"),
                ("صورتان شخصيتان حديثتان", ""),
                ("البطاقة التالفة", "في حال التلف"),
            ],
            "steps": [
                ("تقديم بلاغ فقدان لدى الشرطة", ""),
                ("تقديم الطلب في مركز خدمات الجمهور", ""),
                ("دفع الرسوم واستلام البطاقة", ""),
            ],
            "faq": [("كم مرة يمكن طلب بدل فاقد؟", "لا يوجد حد، لكن الرسوم تتضاعف عند التكرار.")],
        },
        "en": {
            "title": "Replacing a lost identity card",
            "summary": "Issuing a new identity card in place of a lost or damaged one.",
            "eligibility": "The holder of the lost or damaged identity card.",
            "documents": [
                ("Police report of the loss", "original"),
                ("Two recent passport photos", ""),
                ("The damaged card", "if it was damaged"),
            ],
            "steps": [
                ("Report the loss to the police", ""),
                ("Apply at the Public Service Center", ""),
                ("Pay the fee and collect the card", ""),
            ],
            "faq": [
                (
                    "How often can I ask for a replacement?",
                    "There is no limit, but the fee doubles for repeated losses.",
                )
            ],
        },
    },
    {
        "slug": "birth-registration",
        "category": "civil-status",
        "fee": None,
        "days_ar": "في اليوم نفسه",
        "days_en": "The same day",
        "places": ["ramallah", "nablus", "hebron"],
        "related": ["identity-card", "civil-registry-extract"],
        "ar": {
            "title": "تسجيل مولود",
            "summary": "تسجيل المواليد الجدد في سجل السكان وإصدار شهادة الميلاد.",
            "eligibility": "أحد الوالدين أو الولي الشرعي للمولود.",
            "documents": [
                ("تبليغ الولادة من المستشفى", "الأصل"),
                ("بطاقتا هوية الوالدين", "الأصل"),
                ("عقد الزواج", "صورة مصدقة"),
            ],
            "steps": [
                ("الحصول على تبليغ الولادة من المستشفى", ""),
                ("تقديم الطلب خلال ثلاثين يومًا من الولادة", ""),
                ("استلام شهادة الميلاد", ""),
            ],
            "faq": [
                (
                    "ماذا لو تأخر التسجيل عن ثلاثين يومًا؟",
                    "يُسجَّل المولود بإجراءات تسجيل متأخر تتطلب وثائق إضافية.",
                )
            ],
        },
        "en": {
            "title": "Registering a birth",
            "summary": "Entering a newborn in the population register and issuing a birth certificate.",
            "eligibility": "Either parent or the child's legal guardian.",
            "documents": [
                ("Hospital notice of birth", "original"),
                ("Both parents' identity cards", "originals"),
                ("Marriage contract", "certified copy"),
            ],
            "steps": [
                ("Obtain the notice of birth from the hospital", ""),
                ("Apply within thirty days of the birth", ""),
                ("Collect the birth certificate", ""),
            ],
            "faq": [
                (
                    "What if registration is later than thirty days?",
                    "The birth is registered through the late-registration procedure, which needs additional documents.",
                )
            ],
        },
    },
    {
        "slug": "marriage-registration",
        "category": "civil-status",
        "fee": 30,
        "days_ar": "يوم عمل واحد",
        "days_en": "One working day",
        "places": ["ramallah", "hebron"],
        "related": ["civil-registry-extract"],
        "ar": {
            "title": "تسجيل واقعة زواج",
            "summary": "تسجيل عقد الزواج في سجل السكان وتعديل الحالة الاجتماعية للزوجين.",
            "eligibility": "أحد الزوجين.",
            "documents": [("عقد الزواج", "الأصل"), ("بطاقتا هوية الزوجين", "الأصل")],
            "steps": [("تقديم عقد الزواج في مركز خدمات الجمهور", ""), ("تحديث البيانات واستلام الإيصال", "")],
            "faq": [("هل يجب حضور الزوجين معًا؟", "يكفي حضور أحدهما مع الوثائق المطلوبة.")],
        },
        "en": {
            "title": "Registering a marriage",
            "summary": "Entering a marriage contract in the population register and updating both spouses' marital status.",
            "eligibility": "Either spouse.",
            "documents": [("Marriage contract", "original"), ("Both spouses' identity cards", "originals")],
            "steps": [
                ("Submit the marriage contract at the Public Service Center", ""),
                ("The records are updated and a receipt issued", ""),
            ],
            "faq": [("Must both spouses attend?", "One of them is enough, with the required documents.")],
        },
    },
    {
        "slug": "first-passport",
        "category": "travel-documents",
        "fee": 200,
        "days_ar": "ثلاثة أيام عمل",
        "days_en": "Three working days",
        "places": ["ramallah", "nablus", "hebron"],
        "related": ["passport-renewal", "identity-card"],
        "online": "https://services.moi.example/passport",
        "ar": {
            "title": "إصدار جواز سفر لأول مرة",
            "summary": "إصدار جواز سفر للمواطنين الذين لم يحملوا جواز سفر من قبل.",
            "eligibility": "كل مواطن يحمل بطاقة هوية أو مسجل في سجل السكان، ويقدّم ولي الأمر الطلب عن القاصر.",
            "documents": [
                ("بطاقة الهوية", "الأصل"),
                ("صورتان شخصيتان حديثتان", "بخلفية بيضاء"),
                ("شهادة الميلاد", "للقاصرين"),
                ("موافقة ولي الأمر", "للقاصرين"),
            ],
            "steps": [
                ("تعبئة طلب جواز السفر", "في مركز خدمات الجمهور أو إلكترونيًا."),
                ("تقديم الوثائق وأخذ البصمة", ""),
                ("دفع الرسوم", ""),
                ("استلام الجواز", "يُبلَّغ مقدم الطلب برسالة نصية عند جاهزيته."),
            ],
            "faq": [
                ("ما مدة صلاحية جواز السفر؟", "خمس سنوات للبالغين."),
                (
                    "هل يمكن تقديم الطلب إلكترونيًا؟",
                    "نعم، عبر بوابة الخدمات الإلكترونية، ثم الحضور لأخذ البصمة.",
                ),
            ],
        },
        "en": {
            "title": "Issuing a first passport",
            "summary": "Issuing a passport to citizens who have never held one.",
            "eligibility": "Every citizen who holds an identity card or is entered in the population register; a guardian applies for a minor.",
            "documents": [
                ("Identity card", "original"),
                ("Two recent passport photos", "white background"),
                ("Birth certificate", "for minors"),
                ("Guardian's consent", "for minors"),
            ],
            "steps": [
                ("Fill in the passport application", "At the Public Service Center or online."),
                ("Submit the documents and give fingerprints", ""),
                ("Pay the fee", ""),
                ("Collect the passport", "The applicant receives a text message when it is ready."),
            ],
            "faq": [
                ("How long is a passport valid?", "Five years for adults."),
                (
                    "Can I apply online?",
                    "Yes, through the online services portal; you then come in to give fingerprints.",
                ),
            ],
        },
    },
    {
        "slug": "passport-renewal",
        "category": "travel-documents",
        "fee": 200,
        "days_ar": "ثلاثة أيام عمل",
        "days_en": "Three working days",
        "places": ["ramallah", "nablus", "hebron"],
        "related": ["first-passport"],
        "online": "https://services.moi.example/passport-renewal",
        "ar": {
            "title": "تجديد جواز السفر",
            "summary": "تجديد جواز سفر منتهي الصلاحية أو قارب على الانتهاء.",
            "eligibility": "حامل جواز السفر.",
            "documents": [
                ("جواز السفر القديم", "الأصل"),
                ("بطاقة الهوية", "الأصل"),
                ("صورتان شخصيتان حديثتان", ""),
            ],
            "steps": [("تقديم طلب التجديد", ""), ("دفع الرسوم", ""), ("استلام الجواز الجديد", "")],
            "faq": [("متى يمكن تجديد الجواز؟", "قبل انتهاء صلاحيته بستة أشهر أو بعد انتهائها.")],
        },
        "en": {
            "title": "Renewing a passport",
            "summary": "Renewing a passport that has expired or is about to expire.",
            "eligibility": "The passport holder.",
            "documents": [
                ("The old passport", "original"),
                ("Identity card", "original"),
                ("Two recent passport photos", ""),
            ],
            "steps": [
                ("Submit the renewal application", ""),
                ("Pay the fee", ""),
                ("Collect the new passport", ""),
            ],
            "faq": [
                ("When can I renew?", "From six months before the passport expires, or after it has expired.")
            ],
        },
    },
    {
        "slug": "good-conduct-certificate",
        "category": "certificates",
        "fee": 20,
        "days_ar": "خمسة أيام عمل",
        "days_en": "Five working days",
        "places": ["ramallah", "nablus"],
        "related": ["civil-registry-extract"],
        "online": "https://services.moi.example/good-conduct",
        "ar": {
            "title": "شهادة حسن سير وسلوك",
            "summary": "شهادة تثبت خلو السجل من الأحكام، تُطلب للعمل والدراسة والسفر.",
            "eligibility": "كل مواطن بلغ الثامنة عشرة من عمره.",
            "documents": [("بطاقة الهوية", "الأصل وصورة عنها"), ("صورة شخصية حديثة", "")],
            "steps": [
                ("تقديم الطلب", "في المديرية أو إلكترونيًا."),
                ("التدقيق الأمني", ""),
                ("استلام الشهادة", ""),
            ],
            "faq": [("ما مدة صلاحية الشهادة؟", "ثلاثة أشهر من تاريخ إصدارها.")],
        },
        "en": {
            "title": "Certificate of good conduct",
            "summary": "A certificate showing a clean record, asked for by employers, universities and embassies.",
            "eligibility": "Every citizen aged eighteen or over.",
            "documents": [("Identity card", "original and one copy"), ("A recent passport photo", "")],
            "steps": [
                ("Apply", "At a directorate or online."),
                ("Security check", ""),
                ("Collect the certificate", ""),
            ],
            "faq": [("How long is the certificate valid?", "Three months from the date of issue.")],
        },
    },
    {
        "slug": "civil-registry-extract",
        "category": "certificates",
        "fee": 10,
        "days_ar": "في اليوم نفسه",
        "days_en": "The same day",
        "places": ["ramallah", "nablus", "hebron"],
        "related": ["birth-registration", "good-conduct-certificate"],
        "ar": {
            "title": "شهادة قيد فردي",
            "summary": "مستخرج رسمي من سجل السكان بالبيانات الشخصية للمواطن.",
            "eligibility": "صاحب القيد أو أحد أقاربه من الدرجة الأولى.",
            "documents": [("بطاقة الهوية", "الأصل")],
            "steps": [("تقديم الطلب", ""), ("دفع الرسوم واستلام الشهادة", "")],
            "faq": [("هل تُقبل الشهادة في الخارج؟", "تحتاج إلى تصديق من وزارة الخارجية.")],
        },
        "en": {
            "title": "Civil registry extract",
            "summary": "An official extract of a citizen's personal details from the population register.",
            "eligibility": "The person registered or a first-degree relative.",
            "documents": [("Identity card", "original")],
            "steps": [("Apply", ""), ("Pay the fee and collect the extract", "")],
            "faq": [
                (
                    "Is the extract accepted abroad?",
                    "It must first be certified by the Ministry of Foreign Affairs.",
                )
            ],
        },
    },
]

INDEX = {
    "title_ar": "الخدمات",
    "title_en": "Services",
    "intro_ar": (
        "دليل خدمات وزارة الداخلية للجمهور: الوثائق المطلوبة والخطوات والرسوم وأماكن تقديم كل خدمة. "
        "الرسوم والوثائق الواردة في هذا الموقع التجريبي أمثلة توضيحية."
    ),
    "intro_en": (
        "A guide to the Ministry of Interior's public services: the documents, steps, fees and places for each. "
        "The fees and documents on this demonstration site are examples."
    ),
    "listing_summary_ar": "الوثائق المطلوبة والخطوات والرسوم وأماكن تقديم خدمات الوزارة.",
    "listing_summary_en": "Documents, steps, fees and places for the Ministry's services.",
    "show_in_menus": True,
}


def _stream(kind, rows, keys):
    return [{"type": kind, "value": dict(zip(keys, row, strict=True))} for row in rows]


def _faq(rows):
    return [{"type": "question", "value": {"question": q, "answer": f"<p>{a}</p>"}} for q, a in rows]


def load(demo):
    demo.step("service categories")
    categories = {}
    with translation.override("ar"):
        for order, (slug, name_ar, name_en, desc_ar, desc_en) in enumerate(CATEGORIES):
            category, created = ServiceCategory.objects.get_or_create(
                slug=slug,
                defaults={
                    "name_ar": name_ar,
                    "name_en": name_en,
                    "description_ar": desc_ar,
                    "description_en": desc_en,
                    "sort_order": order,
                },
            )
            categories[slug] = category

    demo.step("services index and eight services")
    index = demo.page(demo.home, ServiceIndexPage, "services", **INDEX)
    pages = {}
    reviewed = dt.date(2026, 10, 1)
    for service in SERVICES:
        fields = {"category": categories[service["category"]], "last_reviewed": reviewed, **EXAMPLE_NOTE}
        for language in ("ar", "en"):
            text = service[language]
            fields[f"title_{language}"] = text["title"]
            fields[f"summary_{language}"] = text["summary"]
            fields[f"listing_summary_{language}"] = text["summary"]
            fields[f"eligibility_{language}"] = text["eligibility"]
            fields[f"documents_{language}"] = _stream("document", text["documents"], ("name", "note"))
            fields[f"steps_{language}"] = _stream("step", text["steps"], ("title", "detail"))
            fields[f"faq_{language}"] = _faq(text["faq"])
            fields[f"places_{language}"] = [
                {"type": "place", "value": PLACES[key][language]} for key in service["places"]
            ]
        fields["processing_time_ar"] = service["days_ar"]
        fields["processing_time_en"] = service["days_en"]
        if service["fee"] is None:
            fields["is_free"] = True
        else:
            fields["fee_amount"] = service["fee"]
            fields["fee_currency"] = "ILS"
        fields["online_url"] = service.get("online", "")
        pages[service["slug"]] = demo.page(index, ServicePage, service["slug"], **fields)

    with translation.override("ar"):
        for service in SERVICES:
            page = pages[service["slug"]]
            if page.related_services.exists() and not demo.refresh:
                continue
            page.related_services.set([pages[slug] for slug in service["related"]])
            page.save_revision().publish()
