"""Titles, roles, honorifics and name parts: the vocabulary of who a speaker is.

All entries are lower-case; matching lower-cases the token first.
"""

from __future__ import annotations

HONORIFICS: frozenset[str] = frozenset({
    "dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "miss", "mx", "mx.", "prof",
    "prof.", "professor", "sir", "dame", "lord", "lady", "hon", "hon.", "rev", "rev.",
    "h.e.", "herr", "frau", "m.", "mme", "mme.", "mlle", "sr.", "sra.", "srta.", "dott.",
    "dott.ssa", "ing.", "mag.", "dipl.-ing.", "prof.dr.", "dres.", "drs.", "ir.", "mevr.",
    "dhr.", "sig.", "sig.ra", "don", "doña", "docent", "г-н", "г-жа", "sen.", "rep.",
    "gov.", "gen.", "col.", "capt.", "lt.", "sgt.", "supt.", "insp.", "cllr", "cllr.",
})
"""Words before a name that are kept apart from it (Speaker.honorific)."""

TITLE_HONORIFICS: frozenset[str] = frozenset({"professor", "prof.", "prof"})
"""Honorifics that are also an academic title worth listing among the titles."""

ROLE_WORDS: frozenset[str] = frozenset({
    # English
    "past", "former", "outgoing", "incoming",  # time modifiers of a role ('Past director')
    "president", "vice", "vice-president", "ceo", "cfo", "coo", "cto", "cmo", "cio", "cso",
    "cpo", "cro", "chief", "officer", "executive", "director", "manager", "minister",
    "secretary", "general", "chair", "chairman", "chairwoman", "chairperson",
    "chair-in-office", "co-chair", "head", "founder", "co-founder", "cofounder", "owner",
    "partner", "principal", "coordinator", "co-ordinator", "representative",
    "spokesperson", "spokesman", "spokeswoman", "commissioner", "governor", "mayor",
    "senator", "ambassador", "attorney", "counsel", "lead", "leader", "professor", "dean",
    "chancellor", "rector", "provost", "researcher", "scientist", "analyst", "editor",
    "superintendent", "sheriff", "chief-of-staff", "administrator", "deputy", "assistant",
    "associate", "senior", "managing", "prime", "foreign", "gm", "svp", "evp", "vp", "md",
    "avp", "da", "ag", "judge", "justice", "supervisor", "commander", "captain", "chair.",
    "coach", "trustee", "treasurer", "controller", "architect", "engineer", "consultant",
    "advisor", "adviser", "specialist", "expert", "economist", "strategist", "physician",
    "surgeon", "curator", "producer", "author", "board", "member", "councillor",
    "councilmember", "councilman", "councilwoman", "congressman", "congresswoman",
    "delegate", "envoy", "rapporteur", "ombudsman", "auditor",
    "inspector", "chairholder", "volunteer", "organizer", "organiser", "investigator",
    "pastor", "bishop", "archbishop", "admiral",
    "colonel", "lieutenant", "sergeant", "agent", "chef", "emeritus", "interim", "acting",
    "evangelist", "host", "anchor", "lecturer", "fellow", "postdoc", "student",
    # German
    "geschäftsführer", "geschäftsführerin", "vorstand", "vorstandsvorsitzender",
    "vorstandsvorsitzende", "vorsitzender", "vorsitzende", "präsident", "präsidentin",
    "leiter", "leiterin", "sprecher", "sprecherin", "chefredakteur", "chefredakteurin",
    "direktor", "direktorin", "bundesminister", "bundesministerin", "ministerin",
    "staatssekretär", "staatssekretärin", "bürgermeister", "bürgermeisterin", "inhaber",
    "inhaberin", "gründer", "gründerin", "referent", "referentin", "abteilungsleiter",
    "abteilungsleiterin", "bundeskanzler", "bundeskanzlerin", "professorin",
    # French
    "président", "présidente", "directeur", "directrice", "ministre", "secrétaire",
    "porte-parole", "fondateur", "fondatrice", "délégué", "déléguée", "maire",
    "responsable", "chargé", "chargée", "conseiller", "conseillère", "commissaire",
    # Spanish / Italian / Portuguese
    "presidente", "presidenta", "directora", "ministro", "ministra",
    "secretario", "secretaria", "portavoz", "consejero", "consejera", "fundador",
    "fundadora", "gerente", "alcalde", "alcaldesa", "jefe", "jefa", "direttore", "direttrice", "amministratore", "delegato", "segretario", "sindaco",
    "assessore", "fondatore", "diretor", "diretora", "secretário", "prefeito",
    "coordenador", "coordinador", "coordinadora", "coordinatore", "portavoce",
    # Dutch / Swedish / Russian
    "directeur-generaal", "voorzitter", "woordvoerder", "woordvoerster", "beleidsadviseur",
    "bestuurder", "oprichter", "wethouder", "burgemeester", "staatssecretaris",
    "ordförande", "vd", "direktör", "generaldirektör", "statsminister", "talesperson",
    "pressekreterare", "grundare", "kommunalråd", "landshövding",
    "президент", "директор", "министр", "председатель", "руководитель", "глава",
    "заместитель", "губернатор", "мэр", "генеральный", "исполнительный", "председателя",
    "директора", "министра", "правления", "руководителя", "президента", "губернатора",
    "заместителя", "совета", "управляющий", "управляющая",
})
"""Words that make a phrase a role ('Secretary General', 'plant lead', 'VD')."""

ROLE_SUFFIXES: tuple[str, ...] = (
    "minister", "ministerin", "direktör", "direktor", "chef", "leiter", "leiterin",
    "sekreterare", "ansvarig", "råd", "präsident", "präsidentin", "führer", "führerin",
    "sprecher", "sprecherin", "vorsitzender", "vorsitzende", "officer", "director",
    "manager", "president", "adviseur", "voorzitter", "ordförande", "министр",
    "sekretär", "sekretärin", "beauftragter", "beauftragte", "meister", "meisterin",
    "kanzler", "kanzlerin", "chefin", "vorstand", "referentin", "direktorin",
)
"""Endings of compound role words ('finansminister', 'Pressesprecherin')."""

SPLIT_HEADS: frozenset[str] = frozenset({
    "minister", "president", "vice", "vice-president", "ceo", "cfo", "coo", "cto", "cmo",
    "cio", "chair", "chairman", "chairwoman", "chairperson", "chair-in-office", "founder",
    "co-founder", "co-ceo", "co-chair", "co-chairman", "manager", "consultant", "officer",
    "director", "managing", "gm", "svp", "evp", "vp", "secretary", "head",
    "owner", "partner", "governor", "mayor", "spokesperson", "editor", "general",
    "principal", "dean", "chancellor", "ambassador", "commissioner", "treasurer",
    "chief", "ministre", "président", "présidente", "directeur", "directrice",
    "presidente", "ministro", "ministra", "directora", "präsident",
    "präsidentin", "geschäftsführer", "geschäftsführerin", "vorstand", "leiter",
    "leiterin", "voorzitter", "directeur-generaal", "ordförande", "vd",
})
"""Role heads that start a second, separate role after 'and' ('… and Foreign Minister')."""

SPLIT_MODIFIERS: frozenset[str] = frozenset({
    "foreign", "prime", "deputy", "senior", "executive", "interim", "acting", "general",
    "federal", "first", "global", "regional", "national", "group", "finance", "former",
    "associate", "assistant", "co", "stellvertretender", "stellvertretende",
})
"""Words that may stand before a split head ('Foreign Minister', 'Senior Vice President')."""

ROLE_JOINERS: tuple[str, ...] = (
    " and ", " & ", " und ", " et ", " y ", " e ", " och ", " en ", " и ",
)
"""Conjunctions that may join two roles."""

CONNECTORS: frozenset[str] = frozenset({
    "of", "the", "for", "and", "&", "at", "in", "on", "to", "de", "del", "della", "des",
    "du", "la", "le", "les", "der", "die", "das", "für", "von", "vom", "im", "am",
    "beim", "van", "het", "voor", "för", "vid", "på", "av", "och", "und", "et", "y", "e",
    "di", "da", "do", "dos", "per", "al", "en", "a",
})
"""Small words that may sit inside a role or organisation name."""

NAME_PARTICLES: frozenset[str] = frozenset({
    "van", "von", "de", "der", "den", "da", "di", "del", "della", "du", "la", "le", "bin",
    "ibn", "al", "el", "ter", "ten", "dos", "das", "y", "zu", "af", "mac", "st.",
})
"""Lower-case parts of personal names ('Ursula von der Leyen')."""

NAME_SUFFIXES: frozenset[str] = frozenset({
    "jr", "jr.", "sr", "sr.", "ii", "iii", "iv", "phd", "ph.d.", "md", "m.d.", "esq.",
})
"""Parts after a surname that belong to the name ('Daniel G. Aldrich III')."""

GENERATION_SUFFIXES: tuple[str, ...] = ("Jr.", "Sr.", "Jr", "Sr", "III", "II", "IV")
"""Generational suffixes as printed after a surname ('Aldrich III'), longest first."""

POSTNOMINALS: frozenset[str] = frozenset({
    "cfa", "cpa", "cfp", "caia", "frm", "mba", "phd", "ph.d", "md", "m.d", "esq", "jd", "j.d",
    "pe", "p.e", "rn", "pmp", "cissp", "obe", "mbe", "cbe", "kbe", "frcs", "aia", "faia", "dds",
    "dvm", "np", "pa-c", "cpa/pfs", "chfc", "clu", "cima", "shrm-scp", "sphr", "leed ap",
})
"""Credentials printed after a name between commas ('Mary Major, CFA,'): not roles."""

ORG_WORDS: frozenset[str] = frozenset({
    "inc", "inc.", "ltd", "ltd.", "llc", "llp", "plc", "gmbh", "ag", "sa", "s.a.", "corp",
    "corp.", "corporation", "company", "co.", "group", "foundation", "institute",
    "university", "association", "society", "council", "commission", "committee",
    "ministry", "department", "agency", "office", "government", "administration", "bank",
    "board", "authority", "union", "federation", "network", "services", "systems",
    "technologies", "partners", "holdings", "organization", "organisation", "center",
    "centre", "police", "court", "parliament", "assembly", "club", "team", "fund",
    "trust", "alliance", "coalition", "campaign", "project", "programme", "program",
    "school", "college", "hospital", "museum", "library", "labs", "lab", "laboratory",
    "laboratories", "observatory", "station", "media", "devices",
    "initiatives", "programs", "programmes", "affairs", "operations", "partnerships",
    "regierung", "ministerium", "bundesregierung", "verband", "stiftung", "gruppe",
    "grupo", "gobierno", "comisión", "consejo", "ministerio", "fundación", "gouvernement",
    "conseil", "ministère", "regeringen", "departementet", "myndigheten",
    "stichting", "ministerie", "raad", "правительство", "министерство", "банк", "совет",
    "expertos", "experts", "ngo", "osce", "un", "eu", "who", "nato",
})
"""Words that mark a name as an organisation ('the Commission', 'Acme Inc.')."""

COMPANY_SUFFIXES: frozenset[str] = frozenset({
    "inc", "inc.", "ltd", "ltd.", "llc", "llc.", "l.l.c.", "llp", "plc", "gmbh", "ag",
    "s.a.", "sa", "s.p.a.", "spa", "s.r.l.", "corp", "corp.", "co.", "n.v.", "b.v.", "ab",
    "asa", "oy", "kg", "se", "lp", "l.p.",
})
"""Company-form suffixes that follow a comma but belong to the name ('Acme, Inc.')."""

DETERMINERS: frozenset[str] = frozenset({
    "the", "a", "an", "our", "its", "their", "his", "her", "der", "die", "das", "den",
    "dem", "ein", "eine", "unser", "unsere", "le", "la", "les", "l'", "l’", "un", "une",
    "el", "los", "las", "uno", "una", "il", "lo", "gli", "o", "os", "as", "de", "het",
    "een", "this", "that", "este", "esta", "ese", "esa", "ce", "cette", "dieser", "diese",
})
"""Words that may open a role mention ('the minister', 'die Ministerin')."""

RELATIVE_OPENERS: frozenset[str] = frozenset({
    "who", "whose", "der", "die", "welche", "welcher", "qui", "que", "quien", "che", "som", "который", "которая",
})
"""Words that open a relative clause after a name ('…, who leads the lab')."""

COPULAS: frozenset[str] = frozenset({
    "is", "was", "ist", "war", "est", "es", "è", "é", "är", "var", "serves as",
})
"""Copulas dropped from a relative-clause title ('who is the CEO' gives 'the CEO')."""

SENTENCE_WORDS: frozenset[str] = frozenset({
    "in", "at", "on", "for", "with", "after", "as", "but", "and", "during", "while",
    "when", "today", "yesterday", "however", "meanwhile", "also", "additionally",
    "furthermore", "moreover", "according", "here", "there", "we", "our", "it", "its",
    "they", "these", "those", "he", "she", "his", "her", "if", "since", "through",
    "im", "am", "bei", "mit", "nach", "für", "auch", "dabei", "dans", "pour", "avec",
    "con", "para", "por", "nel", "och", "med", "för", "inom", "under", "over",
    "i", "by", "from", "about", "to", "of", "so", "thus", "then", "now", "nu",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "september", "october", "november", "december",
    "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag",
    "januar", "februar", "oktober", "dezember", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes",
    "måndag", "tisdag", "onsdag", "torsdag", "fredag", "maandag", "dinsdag", "woensdag",
    "donderdag", "vrijdag",
    "laut", "zufolge", "selon", "según", "secondo", "segundo", "volgens",
    "enligt", "voor",
    "nearly", "almost", "approximately", "roughly", "around", "only", "another",
})
"""Capitalised at a sentence start, these words begin no name ('At Acme, …')."""

ROLE_VERBS: frozenset[str] = frozenset({
    "leads", "heads", "runs", "directs", "manages", "oversees", "chairs", "founded",
    "co-founded", "coordinates", "leitet", "führt", "verantwortet", "dirige", "coordina",
    "gère", "leder", "ansvarar", "leidt", "beheert", "guida", "руководит", "возглавляет",
    "verantwortlich", "responsible", "responsable", "responsabile", "ansvarig",
})
"""Words that make a relative clause a role ('…, who heads the lab', '…, der … leitet')."""

__all__ = [
    "COMPANY_SUFFIXES",
    "CONNECTORS",
    "COPULAS",
    "DETERMINERS",
    "GENERATION_SUFFIXES",
    "HONORIFICS",
    "NAME_PARTICLES",
    "NAME_SUFFIXES",
    "ORG_WORDS",
    "RELATIVE_OPENERS",
    "ROLE_JOINERS",
    "ROLE_SUFFIXES",
    "ROLE_VERBS",
    "ROLE_WORDS",
    "SENTENCE_WORDS",
    "SPLIT_HEADS",
    "SPLIT_MODIFIERS",
    "TITLE_HONORIFICS",
]
