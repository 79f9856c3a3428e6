"""Speech verbs and reporting phrases, per language.

Forms are listed as printed (inflected); matching is case-insensitive on whole words.
Multi-word entries are matched as written, with single spaces.
"""

from __future__ import annotations

SPEECH_VERBS: dict[str, tuple[str, ...]] = {
    "en": (
        "said", "says", "say", "saying", "added", "adds", "adding", "stated", "states", "stating",
        "explained", "explains", "explaining", "noted", "notes", "noting", "commented",
        "comments", "remarked", "remarks", "told", "tells", "declared", "declares",
        "announced", "announces", "emphasized", "emphasised", "emphasizes", "emphasises",
        "stressed", "stresses", "continued", "continues", "concluded", "concludes",
        "observed", "observes", "pointed out", "points out", "asserted", "asserts",
        "affirmed", "affirms", "acknowledged", "acknowledges", "argued", "argues",
        "insisted", "insists", "warned", "warns", "urged", "urges", "recalled", "recalls",
        "wrote", "writes", "replied", "replies", "responded", "responds", "confirmed",
        "confirms", "underlined", "underlines", "highlighted", "highlights", "shared",
        "shares", "expressed", "reiterated", "reiterates", "cautioned", "predicted",
        "believes", "explained", "exclaimed", "quipped", "mused", "recounted", "admitted",
        "admits", "agreed", "agrees", "contends", "contended", "maintains", "maintained",
        "offered", "reflected", "reflects", "summed up", "went on", "goes on",
        "called", "calls", "described", "describes", "dubbed", "promised", "vowed",
        "pledged", "suggested", "suggests", "claimed", "claims", "tweeted", "posted",
        "testified", "announced", "explained", "elaborated", "revealed", "estimated",
        "asked", "asks", "requested", "requests", "demanded", "demands", "called for",
        "calls for", "recommended", "recommends", "questioned", "answered",
    ),
    "de": (
        "sagt", "sagte", "sagten", "gesagt", "erklärt", "erklärte", "erklärten", "betont",
        "betonte", "ergänzt", "ergänzte", "fügt hinzu", "fügte hinzu", "so", "meint",
        "meinte", "unterstreicht", "unterstrich", "freut sich", "freute sich", "kommentiert",
        "kommentierte", "führt aus", "führte aus", "berichtet", "berichtete", "bekräftigt",
        "bekräftigte", "stellt fest", "stellte fest", "hebt hervor", "hob hervor", "warnt",
        "warnte", "fordert", "forderte", "resümiert", "resümierte", "weiß", "ist überzeugt",
        "zeigt sich", "zeigte sich", "sagt dazu", "erläutert", "erläuterte",
    ),
    "fr": (
        "dit", "a dit", "déclare", "a déclaré", "explique", "a expliqué", "ajoute",
        "a ajouté", "souligne", "a souligné", "affirme", "a affirmé", "indique", "a indiqué",
        "précise", "a précisé", "estime", "a estimé", "rappelle", "a rappelé", "commente",
        "a commenté", "poursuit", "conclut", "a conclu", "insiste", "se réjouit",
        "s'est réjoui", "s’est réjoui", "s'est réjouie", "s’est réjouie", "confie",
        "a confié", "annonce", "a annoncé", "note", "observe", "assure", "a assuré",
    ),
    "es": (
        "dijo", "dice", "ha dicho", "afirmó", "afirma", "ha afirmado", "declaró", "declara",
        "ha declarado", "explicó", "explica", "ha explicado", "añadió", "añade",
        "ha añadido", "señaló", "señala", "ha señalado", "aseguró", "asegura", "indicó",
        "indica", "destacó", "destaca", "subrayó", "subraya", "comentó", "comenta",
        "manifestó", "manifiesta", "apuntó", "apunta", "agregó", "agrega", "concluyó",
        "expresó", "expresa", "sostuvo", "sostiene", "exigieron", "exigió", "exige",
        "pidieron", "pidió", "pide", "advirtió", "advierte",
    ),
    "it": (
        "ha detto", "dice", "disse", "ha dichiarato", "dichiara", "dichiarato",
        "ha affermato", "afferma", "ha spiegato", "spiega", "ha aggiunto", "aggiunge",
        "ha sottolineato", "sottolinea", "commenta", "ha commentato", "osserva",
        "conclude", "ha concluso", "precisa", "ha precisato", "evidenzia", "afferma",
        "ricorda", "ha ricordato",
    ),
    "pt": (
        "disse", "diz", "afirmou", "afirma", "declarou", "declara", "explicou", "explica",
        "acrescentou", "acrescenta", "destacou", "destaca", "salientou", "salienta",
        "sublinhou", "sublinha", "comentou", "comenta", "ressaltou", "ressalta", "observou",
        "concluiu", "garantiu", "garante", "afirmaram", "disseram",
    ),
    "nl": (
        "zegt", "zei", "zeggen", "verklaart", "verklaarde", "stelt", "stelde", "benadrukt",
        "benadrukte", "voegt toe", "voegde toe", "legt uit", "legde uit", "licht toe",
        "lichtte toe", "aldus", "vertelt", "vertelde", "legt", "legde", "voegt", "voegde",
        "merkt op", "merkte op", "reageert", "reageerde", "geeft aan", "gaf aan",
    ),
    "sv": (
        "säger", "sa", "sade", "sagt", "berättar", "berättade", "förklarar", "förklarade",
        "konstaterar", "konstaterade", "menar", "menade", "understryker", "betonar",
        "betonade", "tillägger", "tillade", "skriver", "skrev", "uppger", "uppgav",
        "framhåller", "framhöll", "kommenterar", "kommenterade", "fortsätter", "fortsatte",
        "avslutar", "avslutade", "påpekar", "påpekade", "poängterar", "poängterade",
        "svarar", "svarade",
    ),
    "ru": (
        "сказал", "сказала", "сказали", "говорит", "говорят", "заявил", "заявила",
        "заявили", "отметил", "отметила", "отметили", "подчеркнул", "подчеркнула",
        "добавил", "добавила", "пояснил", "пояснила", "сообщил", "сообщила", "сообщили",
        "считает", "уверен", "уверена", "рассказал", "рассказала", "заметил", "заметила",
    ),
    "da": ("siger", "sagde", "udtaler", "udtalte", "fortæller", "fortalte", "tilføjer"),
    "no": ("sier", "uttaler", "uttalte", "forteller", "fortalte", "legger til"),
    "fi": ("sanoo", "sanoi", "kertoo", "kertoi", "toteaa", "totesi", "muistuttaa"),
    "pl": ("powiedział", "powiedziała", "mówi", "dodał", "dodała", "podkreślił",
           "podkreśliła", "stwierdził", "stwierdziła", "zaznaczył", "zaznaczyła"),
    "cs": ("řekl", "řekla", "uvedl", "uvedla", "dodal", "dodala", "zdůraznil",
           "zdůraznila"),
}

WEAK_SPEECH_VERBS: frozenset[str] = frozenset({
    "continues", "continued", "goes on", "went on", "called", "calls", "described",
    "describes", "dubbed", "announced", "announces", "shares", "shared", "offered",
    "expressed", "believes", "highlights", "highlighted", "reflects", "reflected",
    "promised", "pledged", "vowed", "posted", "estimated", "revealed", "suggests",
    "suggested", "fordert", "forderte", "weiß", "zeigt sich", "zeigte sich",
})
"""Verbs that report speech only loosely: they attribute a few quoted words inside a
sentence ('continues to be a "fine place"') only when the quotation is long."""

REPORTING_PHRASES: tuple[str, ...] = (
    "according to", "in the words of", "laut", "zufolge", "selon", "d'après", "d’après",
    "según", "de acuerdo con", "secondo", "segundo", "de acordo com", "volgens",
    "enligt", "по словам", "по мнению", "по его словам", "по её словам", "по ее словам",
    "по их словам", "по его мнению", "по её мнению", "по ее мнению",
)
"""Phrases that put the source before its name: '…,' according to Jane Doe."""

PRONOUN_FORMS: dict[str, str] = {
    "его": "он", "её": "она", "ее": "она", "их": "они", "ihm": "er", "ihr": "sie",
    "lui": "lui", "elle": "elle",
}
"""Pronoun forms inside a reporting phrase ('по его словам') and the pronoun they stand
for."""

SENTENCE_REPORTING: tuple[str, ...] = (
    "Pour", "Para", "Für", "Voor", "För", "Per",
    "Said", "Says", "Added", "Adds", "Explained", "Explains", "Noted", "Notes", "Continued",
    "Concluded", "Commented", "Stated", "Remarked",
)
"""Sentence-opening words that give the source ('Pour Jean Dupont, « … »', the inverted
'Said Jane Doe, CEO of Acme, "…"')."""

FOLLOWING_STATEMENT: tuple[str, ...] = (
    "the following statement", "the following statements", "the following comment",
    "the following comments", "the following remarks", "the following words",
    "folgende Erklärung", "la déclaration suivante", "la siguiente declaración",
)
"""A paragraph that announces the next one as someone's words ('Jane Doe issued the
following statement.')."""

NAMING_WORDS: tuple[str, ...] = (
    "titled", "entitled", "named", "called", "dubbed", "known as", "so-called", "theme",
    "themed", "headlined", "labelled", "labeled", "branded", "the term", "the word",
    "the phrase", "the slogan", "motto", "hashtag", "tagline", "betitelt", "mit dem titel",
    "namens", "genannt", "sogenannte", "sogenannten", "sogenannter", "unter dem motto",
    "intitulé", "intitulée", "appelé", "appelée", "baptisé", "baptisée", "titulado",
    "titulada", "llamado", "llamada", "denominado", "denominada", "intitolato", "intitolata",
    "chiamato", "chiamata", "denominato", "intitulado", "chamado", "chamada", "getiteld",
    "genaamd", "zogenaamde", "kallad", "kallade", "med titeln", "så kallade",
    "под названием", "так называемый", "так называемая",
)
"""Words right before a quotation mark that make it a name or title, not speech
('a report titled "…"', 'the so-called "…"')."""

WORK_NOUNS: tuple[str, ...] = (
    "report", "study", "survey", "book", "novel", "film", "movie", "documentary", "campaign",
    "programme", "program", "initiative", "project", "event", "conference", "festival",
    "exhibition", "exhibit", "album", "song", "series", "show", "podcast", "app", "brand",
    "award", "prize", "category", "title", "paper", "article", "column", "guide",
    "handbook", "toolkit", "course", "workshop", "webinar", "session", "panel", "track",
    "bericht", "studie", "umfrage", "kampagne", "projekt", "programm", "initiative",
    "ausstellung", "buch", "preis", "titel", "veranstaltung", "rapport", "étude",
    "enquête", "campagne", "projet", "exposition", "livre", "prix", "informe", "estudio",
    "encuesta", "campaña", "proyecto", "programa", "libro", "película", "premio",
    "rapporto", "studio", "campagna", "progetto", "programma", "mostra", "libro", "premio",
    "relatório", "estudo", "campanha", "projeto", "rapport", "onderzoek", "campagne",
    "rapporten", "studien", "kampanjen", "projektet", "boken", "filmen", "priset",
)
"""Nouns whose name or title may follow in quotation marks ('the report "…"'): what
follows such a noun is a name, not speech."""

PRONOUNS: dict[str, tuple[str, ...]] = {
    "en": ("he", "she", "they"),
    "de": ("er", "sie"),
    "fr": ("il", "elle", "ils", "elles"),
    "es": ("él", "ella", "ellos", "ellas"),
    "it": ("lui", "lei", "loro", "egli", "ella"),
    "pt": ("ele", "ela", "eles", "elas"),
    "nl": ("hij", "zij", "ze"),
    "sv": ("han", "hon", "hen"),
    "ru": ("он", "она", "они"),
    "da": ("han", "hun"),
    "no": ("han", "hun"),
    "fi": ("hän",),
    "pl": ("on", "ona"),
    "cs": ("on", "ona"),
}

SPEECH_AUXILIARIES: tuple[str, ...] = (
    "has", "had", "have", "will", "would", "also", "then", "later", "further",
    "hat", "hatte", "habe", "heeft", "had", "har", "hade", "ha", "han", "hanno",
)
"""Words that may stand between a subject and its speech verb ('she also said')."""

SPEECH_ADVERB_SUFFIXES: tuple[str, ...] = ("ly", "lich", "ment", "mente", "weise")
"""Endings of adverbs that may follow a speech verb ('said proudly', 'erklärt abschließend')."""

__all__ = [
    "FOLLOWING_STATEMENT",
    "NAMING_WORDS",
    "PRONOUNS",
    "PRONOUN_FORMS",
    "REPORTING_PHRASES",
    "SENTENCE_REPORTING",
    "SPEECH_ADVERB_SUFFIXES",
    "SPEECH_AUXILIARIES",
    "SPEECH_VERBS",
    "WEAK_SPEECH_VERBS",
    "WORK_NOUNS",
]
