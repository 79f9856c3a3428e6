"""Contact words: headings of press-contact blocks, channel labels, role and organisation words.

Plain data, lower-case, per language where it matters. The logic is in
``extractors/contacts.py``; patterns there are built from these tuples once at import.
"""

from __future__ import annotations

CONTACT_HEADINGS: tuple[str, ...] = (
    # en
    "media contacts", "media contact", "press contacts", "press contact", "contacts",
    "contact", "media inquiries", "media enquiries", "press inquiries", "press enquiries",
    "media relations", "press office", "news media contact", "investor relations",
    "investor contacts", "investor contact", "investors", "for media", "for media inquiries",
    "for more information contact", "for more information, contact",
    "for more information, please contact", "for more information please contact",
    "for further information contact", "for further information, contact",
    "for further information, please contact", "for further information",
    "for more information", "further information", "media", "press",
    "contact information", "contact details", "spokesperson",
    "press and communication team", "communications contact",
    # de
    "pressekontakt", "pressekontakte", "kontakt", "kontakte", "ansprechpartner",
    "ansprechpartnerin", "pressestelle", "medienkontakt", "rückfragen", "für rückfragen",
    "weitere informationen", "kontakt für medien", "medienanfragen",
    # fr
    "contact presse", "contacts presse", "contact médias", "contacts médias",
    "relations presse", "relations médias", "service de presse", "contact",
    # es
    "contacto de prensa", "contactos de prensa", "contacto", "contactos",
    "contacto para medios", "prensa", "gabinete de prensa", "oficina de prensa",
    "para más información", "más información",
    # it
    "ufficio stampa", "contatti stampa", "contatto stampa", "contatti", "per informazioni",
    # pt
    "contato de imprensa", "contatos de imprensa", "assessoria de imprensa",
    "contacto de imprensa",
    # nl
    "perscontact", "persinformatie", "contactpersoon", "voor meer informatie", "noot voor de redactie",
    # sv / no / da
    "presskontakt", "presskontakter", "kontaktpersoner", "för mer information",
    "för ytterligare information", "kontaktperson", "pressekontakt", "for mer informasjon",
    "pressekontakter", "yderligere oplysninger",
    # fi / pl / ru / uk
    "lisätietoja", "kontakt dla mediów", "kontakt dla prasy", "biuro prasowe",
    "пресс-служба", "контакты для сми", "контакты", "контакт для сми", "прес-служба",
)
"""Block openings that start a press-contact section (matched case-insensitively at the
start of a block, followed by the end of the block, a colon or a dash)."""

WEAK_HEADINGS: frozenset[str] = frozenset({
    "media", "press", "investors", "for more information", "further information",
    "for further information", "weitere informationen", "más información", "contact",
    "kontakt", "contacto", "contatti", "contacts", "контакты", "prensa",
})
"""Headings that open a contact section only when a channel (e-mail, phone) follows."""

INQUIRY_CUES: tuple[str, ...] = (
    "contact", "inquir", "enquir", "information", "rsvp", "e-mail", "email", "emailing",
    "call ", "questions", "reach ", "write to", "request", "media", "press", "journalist",
    "kontakt", "anfrage", "rückfrage", "informationen", "renseignements", "joindre",
    "información", "contacto", "contattare", "informazioni", "contato", "informatie",
    "kontakta", "information", "связ", "обращ", "информац",
)
"""Words that mark a body sentence naming an e-mail or phone for inquiries."""

CONTACT_VERBS: tuple[str, ...] = (
    "contact", "contacting", "please contact", "contact opnemen met", "kontaktieren sie",
    "kontakt", "wenden sie sich an", "wenden sie sich bitte an", "contactez", "contacter",
    "s'adresser à", "adressez-vous à", "contactar con", "contacte con", "contactar a",
    "contattare", "contattate", "rivolgersi a", "kontakta", "kontakt med",
    "обращайтесь к", "связаться с", "call", "email", "e-mail", "reach", "reach out to",
    "directed to", "get in touch with", "write to", "speak to", "speak with",
)
"""Verbs that put a contact person's name right after them ("please contact Jane Doe")."""

END_MARKERS: frozenset[str] = frozenset({
    "-end-", "- end -", "end", "###", "# # #", "-30-", "- 30 -", "-###-", "ends", "-ends-",
})
"""Lines that close a release; short channel lines after them are its contacts."""

PHONE_LABELS: tuple[str, ...] = (
    "tel", "tel.", "tél", "tél.", "phone", "telephone", "téléphone", "telefon", "telefono",
    "teléfono", "telefone", "office", "mobile", "mob", "mobil", "cell", "direct", "fax",
    "m", "t", "o", "p", "ph", "handy", "portable", "móvil", "cellulare", "тел", "телефон",
)
"""Labels printed before a phone number ("Tel.:", "Office:", "M:")."""

FAX_LABELS: frozenset[str] = frozenset({"fax", "telefax", "f"})
"""A number labelled as a fax is not a phone to call."""

ROLE_WORDS: frozenset[str] = frozenset({
    "ceo", "cfo", "coo", "cto", "cmo", "svp", "evp", "vp", "president", "vice", "chief",
    "officer", "director", "manager", "head", "lead", "coordinator", "specialist",
    "spokesperson", "spokesman", "spokeswoman", "press", "media", "relations",
    "communications", "communication", "marketing", "public", "affairs", "senior",
    "executive", "associate", "assistant", "secretary", "chair", "chairman", "founder",
    "partner", "account", "consultant", "advisor", "adviser", "editor",
    "sprecher", "sprecherin", "pressesprecher", "pressesprecherin", "leiter", "leiterin",
    "referent", "referentin", "responsable", "chargée", "chargé", "attachée", "attaché",
    "directeur", "directrice", "portavoz", "jefe", "jefa", "directora",
    "responsabile", "addetto", "addetta", "persvoorlichter", "woordvoerder",
    "presschef", "pressansvarig", "kommunikationschef", "investor", "investors",
    "analyst", "representative", "agent", "team", "desk", "strategist", "owner",
})
"""Words of job titles; a fragment holding one is a role, not a person's name."""

ORG_WORDS: frozenset[str] = frozenset({
    "inc", "inc.", "llc", "ltd", "ltd.", "limited", "corp", "corp.", "corporation", "co.",
    "company", "gmbh", "ag", "sa", "s.a.", "plc", "nv", "bv", "ab", "oy", "group",
    "associates", "agency", "partners", "holdings", "foundation", "institute",
    "university", "universität", "college", "school", "department", "dept", "ministry",
    "office", "section", "division", "unit", "bureau", "service", "services", "center",
    "centre", "council", "commission", "committee", "authority", "association",
    "society", "headquarters", "hq", "news", "newsroom", "wire", "pr", "communications",
    "relations", "media", "press", "investor", "navigation", "site", "home", "about",
    "us", "our", "the", "and", "of", "for", "information", "contact", "contacts",
    "inquiries", "enquiries", "team", "bundesamt", "pressestelle", "ministerium",
    "amt", "büro", "abteilung", "presse", "stampa", "prensa", "ufficio", "gabinete",
    "direction", "réseau", "zentrum", "stiftung", "verband", "hospital",
    "clinic", "bank", "fund", "capital", "technologies", "technology", "solutions",
    "systems", "global", "international", "national", "federal", "state", "county",
    "city", "police", "court", "embassy", "mission", "program", "programme", "project",
    "network", "lab", "laboratory", "research", "science", "sciences",
    "marketing", "sales", "support", "editor", "editorial", "redaktion", "online",
    "radio", "television", "tv", "studio", "studios", "labs", "departamento", "trust",
    "board", "chamber", "port", "airport", "museum", "library", "theatre", "theater",
    "festival", "club", "church", "charity", "alliance", "federation", "union", "cooperative",
    "comunicación", "dirección", "oficina", "servicio", "dipartimento", "comunicazione",
    "direzione", "afdeling", "communicatie", "avdelning", "kommunikation",
    "unternehmenskommunikation", "kommunikationsabteilung", "отдел", "управление",
    "служба", "департамент", "website", "hotline", "helpline", "line", "desk", "follow", "share", "email", "e-mail",
    "phone", "tel", "fax", "mobile", "twitter", "facebook", "linkedin", "instagram",
    "youtube", "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december", "monday", "tuesday", "wednesday",
    "thursday", "friday", "saturday", "sunday",
})
"""Words that make a capitalised phrase an organisation, desk or label, not a person."""

LEGAL_FORMS: tuple[str, ...] = (
    "inc", "llc", "ltd", "limited", "corp", "corporation", "co", "gmbh", "ag", "sa", "s.a",
    "plc", "nv", "bv", "ab", "oy", "asa", "as", "spa", "s.p.a", "srl", "sarl", "sas", "kg",
    "ohg", "se", "lp", "llp", "pty", "oao", "ооо", "пао", "ао",
)
"""Legal-form words that end a company name ("Nordhafen Logistik GmbH")."""

NAME_PARTICLES: frozenset[str] = frozenset({
    "van", "von", "der", "den", "de", "del", "della", "di", "da", "dos", "das", "du", "le",
    "la", "bin", "ibn", "al", "ter", "ten", "zu", "y", "e",
})
"""Lower-case parts of a person's name ("Ursula von der Leyen")."""

HONORIFICS: tuple[str, ...] = (
    "dr.", "dr", "prof.", "prof", "professor", "mr.", "mr", "mrs.", "mrs", "ms.", "ms",
    "miss", "sir", "dame", "herr", "frau", "m.", "mme", "mme.", "sr.", "sra.", "dott.",
    "dott.ssa", "ing.", "mag.", "dipl.-ing.", "hon.", "rev.",
)
"""Titles before a name, dropped from the contact's name."""

REGION_BY_TLD: dict[str, str] = {
    "de": "DE", "at": "AT", "ch": "CH", "fr": "FR", "be": "BE", "nl": "NL", "lu": "LU",
    "it": "IT", "es": "ES", "pt": "PT", "uk": "GB", "ie": "IE", "se": "SE", "no": "NO",
    "dk": "DK", "fi": "FI", "pl": "PL", "cz": "CZ", "sk": "SK", "hu": "HU", "ro": "RO",
    "bg": "BG", "gr": "GR", "ru": "RU", "ua": "UA", "tr": "TR", "ca": "CA", "au": "AU",
    "nz": "NZ", "in": "IN", "jp": "JP", "cn": "CN", "kr": "KR", "br": "BR", "mx": "MX",
    "ar": "AR", "cl": "CL", "co": "CO", "za": "ZA", "sg": "SG", "hk": "HK", "il": "IL",
    "gov": "US", "mil": "US", "edu": "US", "us": "US", "bs": "BS",
}
"""Country-code (and US-only) top-level domains to the phone region they suggest."""

REGION_BY_LANGUAGE: dict[str, str] = {
    "de": "DE", "fr": "FR", "es": "ES", "it": "IT", "pt": "PT", "nl": "NL", "sv": "SE",
    "no": "NO", "nb": "NO", "da": "DK", "fi": "FI", "pl": "PL", "ru": "RU", "uk": "UA",
    "cs": "CZ", "hu": "HU", "tr": "TR", "ja": "JP", "ko": "KR", "zh": "CN", "en": "US",
    "el": "GR", "ro": "RO",
}
"""Language of the release to a likely phone region (the last resort before "US")."""


DATELINE_REGIONS: dict[str, str] = {
    "london": "GB", "manchester": "GB", "edinburgh": "GB", "dublin": "IE", "paris": "FR",
    "lyon": "FR", "berlin": "DE", "munich": "DE", "münchen": "DE", "frankfurt": "DE",
    "hamburg": "DE", "köln": "DE", "cologne": "DE", "bonn": "DE", "wiesbaden": "DE",
    "vienna": "AT", "wien": "AT", "zurich": "CH", "zürich": "CH", "geneva": "CH",
    "genève": "CH", "bern": "CH", "brussels": "BE", "bruxelles": "BE", "amsterdam": "NL",
    "the hague": "NL", "den haag": "NL", "rome": "IT", "roma": "IT", "milan": "IT",
    "milano": "IT", "madrid": "ES", "barcelona": "ES", "lisbon": "PT", "lisboa": "PT",
    "stockholm": "SE", "oslo": "NO", "copenhagen": "DK", "københavn": "DK",
    "helsinki": "FI", "warsaw": "PL", "warszawa": "PL", "prague": "CZ", "praha": "CZ",
    "budapest": "HU", "athens": "GR", "moscow": "RU", "москва": "RU", "kyiv": "UA",
    "kiev": "UA", "istanbul": "TR", "ankara": "TR", "toronto": "CA", "ottawa": "CA",
    "montreal": "CA", "vancouver": "CA", "sydney": "AU", "melbourne": "AU",
    "canberra": "AU", "auckland": "NZ", "wellington": "NZ", "tokyo": "JP", "seoul": "KR",
    "beijing": "CN", "shanghai": "CN", "hong kong": "HK", "singapore": "SG",
    "mumbai": "IN", "new delhi": "IN", "bangalore": "IN", "bengaluru": "IN",
    "sao paulo": "BR", "são paulo": "BR", "mexico city": "MX", "buenos aires": "AR",
    "johannesburg": "ZA", "cape town": "ZA", "tel aviv": "IL", "dubai": "AE",
    "nassau": "BS",
}
"""Dateline cities (lower-case) to the country whose phone numbers a release likely prints."""

__all__ = [
    "CONTACT_HEADINGS",
    "CONTACT_VERBS",
    "DATELINE_REGIONS",
    "END_MARKERS",
    "FAX_LABELS",
    "HONORIFICS",
    "INQUIRY_CUES",
    "LEGAL_FORMS",
    "NAME_PARTICLES",
    "ORG_WORDS",
    "PHONE_LABELS",
    "REGION_BY_LANGUAGE",
    "REGION_BY_TLD",
    "ROLE_WORDS",
    "WEAK_HEADINGS",
]
