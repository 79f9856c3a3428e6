"""Words around a number that show it is not a statistic (dates, ids, addresses, ages).

Data only, used by ``extractors.statistics``. Entries are lower-case and matched
case-insensitively unless said otherwise.
"""

from __future__ import annotations

MONTHS = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "jan.", "feb", "feb.", "mar", "mar.", "apr", "apr.", "jun", "jun.", "jul", "jul.", "aug", "aug.", "sep", "sep.", "sept", "sept.", "oct", "oct.", "nov", "nov.", "dec", "dec.", "januar", "jänner", "februar", "märz", "mai", "juni", "juli", "oktober", "dezember", "janvier", "février", "mars", "avril", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre", "enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "gennaio", "febbraio", "aprile", "maggio", "giugno", "luglio", "settembre", "ottobre", "dicembre", "janeiro", "fevereiro", "março", "maio", "junho", "julho", "setembro", "outubro", "novembro", "dezembro", "januari", "februari", "maart", "mei", "augustus", "januari", "februari", "mars", "maj", "augusti", "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря", "январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"])
"""Month names and abbreviations: a small number next to one is a day of a date."""

WEEKDAYS = frozenset(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "montag", "dienstag", "mittwoch", "donnerstag", "freitag", "samstag", "sonntag", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"])
"""Weekday names (a number right after one is a day)."""

ID_LABELS = frozenset(["no", "no.", "nr", "nr.", "nº", "n°", "num.", "number", "#", "art", "art.", "article", "artikel", "artículo", "articolo", "artigo", "sec", "sec.", "section", "sections", "chapter", "kapitel", "chapitre", "capítulo", "capitolo", "paragraph", "paragraf", "para", "para.", "§", "§§", "abs", "abs.", "ziff", "ziff.", "rn", "rn.", "az", "az.", "page", "pages", "seite", "seiten", "p.", "pp.", "page", "room", "suite", "box", "postfach", "apartment", "apt", "apt.", "floor", "etage", "stock", "platform", "gate", "hall", "booth", "stand", "track", "channel", "flight", "route", "highway", "interstate", "exit", "level", "phase", "stage", "tier", "type", "class", "grade", "series", "model", "edition", "vol", "vol.", "volume", "issue", "episode", "season", "part", "annex", "appendix", "anhang", "anlage", "figure", "fig", "fig.", "table", "tabelle", "schedule", "form", "rule", "regulation", "directive", "resolution", "bill", "act", "law", "case", "docket", "item", "ticket", "reference", "ref", "ref.", "id", "version", "v.", "release", "build", "terminal", "pier", "hangar", "precinct", "sol", "sols"])
"""Labels before an identifier ("Nr. 34", "Section 27", "page 5", "Booth 1234")."""

EXCHANGES = frozenset(["nyse", "nasdaq", "amex", "tsx", "tsxv", "tsx-v", "asx", "lse", "aim", "hkex", "sgx", "sse", "szse", "bse", "nse", "fwb", "xetra", "euronext", "six", "otc", "otcqb", "otcqx", "otcmkts", "otc", "pink", "cse", "neo", "jse", "bmv", "moex", "tase", "omx"])
"""Stock exchanges: "NYSE: ABC", "(TSX: 1234)" name a ticker, not a figure."""

TICKER_SUFFIXES = frozenset(["HK", "SS", "SZ", "KS", "KQ", "TW", "TWO", "SI", "AX", "TO", "NS", "BO", "KL", "JK", "BK"])
"""Exchange suffixes after a numeric stock code ("863.HK", "600519.SS", "2330.TW")."""

STREET_WORDS = frozenset(["street", "st", "st.", "avenue", "ave", "ave.", "road", "rd", "rd.", "boulevard", "blvd", "blvd.", "drive", "dr.", "lane", "ln", "ln.", "way", "place", "pl", "pl.", "court", "ct", "ct.", "square", "sq", "sq.", "parkway", "pkwy", "highway", "hwy", "terrace", "plaza", "broadway", "circle", "cir", "crescent", "close", "mews", "row", "alley"])
"""English street types after a house number ("330 W. Broadway", "12 Main Street")."""

STREETS_BEFORE = frozenset(["straße", "strasse", "str.", "allee", "platz", "weg", "gasse", "ring", "damm", "ufer", "chaussee", "markt", "gatan", "vägen", "gata", "väg", "plan", "torget", "laan", "straat", "plein", "kade", "gracht", "dreef"])
"""Street types before a house number, and the endings of such street names
("Godesberger Allee 185", "Hauptstraße 5", "Drottninggatan 3")."""

STREET_WORDS_LATIN = frozenset(["rue", "avenue", "av.", "boulevard", "bd", "bd.", "place", "chemin", "allée", "quai", "impasse", "route", "cours", "calle", "avenida", "paseo", "plaza", "carrera", "via", "viale", "piazza", "corso", "largo", "rua", "travessa"])
"""Romance street types ("12 rue de la Paix", "Calle Mayor 5", "Via Roma 12")."""

CALL_WORDS = frozenset(["call", "called", "calling", "dial", "dialed", "dialled", "dialing", "phone", "text", "texted", "ring", "anrufen", "ruf", "wählen", "appelez", "appeler", "llame", "llamar", "chiamare", "chiama", "ligue"])
"""Words before a number that make it a phone number ("called 911")."""

AGE_BEFORE = (
    "aged", "age", "ages", "age of", "ages of", "aged between", "im alter von", "alter von",
    "âgé de", "âgée de", "âgés de", "âgées de", "edad de", "di età", "de idade",
)
"""Words before a person's age ("aged 34", "im Alter von 60 Jahren")."""

AGE_AFTER = (
    "year-old", "year old", "years old", "years-old", "year-olds", "jährige", "jährigen",
    "jähriger", "jähriges", "jahre alt", "ans,", "años de edad", "anni,", "år gammal",
    "åring", "jarige", "jaar oud", "летний", "летняя", "летнего", "years of age",
    "years or older", "years and older",
)
"""Words after a person's age ("47-year-old", "38 Jahre alt", "la 47-jährige")."""

ORDINAL_SUFFIXES = frozenset(["st", "nd", "rd", "th", "er", "re", "ère", "ème", "eme", "e", "es", "o", "a", "º", "ª", "te", "de", "ste", "sten", "ter", "tes", "°"])
"""Letters glued to a number that make it an ordinal ("24th", "2nd", "3e", "1er")."""

POSSESSIVES = frozenset(["our", "its", "their", "his", "her", "your", "my", "unsere", "unserer", "unseren", "unserem", "ihre", "ihrer", "ihren", "seine", "seiner", "seinen", "nos", "notre", "leurs", "leur", "ses", "sa", "son", "vos", "nuestros", "nuestras", "sus", "nostri", "nostre", "suoi", "sue", "loro", "nossos", "nossas", "seus", "suas", "onze", "hun", "zijn", "haar", "våra", "deras", "dess", "hans", "hennes", "наши", "их", "его", "её"])
"""Possessives before a number word mark a set or a back-reference ("its two reports",
"our four nations"): the things were already named, so the number is not a new fact."""

SET_PHRASES = frozenset("""
four nations|four freedoms|four corners|seven seas|big three|big four|big five|g7|g20|
cuatro libertades|quatre libertés|vier freiheiten|quattro libertà|quatro liberdades|
vier vrijheden|fyra friheterna|ten commandments|twelve apostles|three wise men|
one another|fifty-fifty|twenty-four seven|first things first
""".replace("\n", "").split("|"))
"""Fixed phrases with a number word that count nothing ("the four freedoms")."""

ORDINAL_WORDS_BEFORE_FRACTION = frozenset(["first", "second", "third", "fourth", "last", "latter", "final", "erste", "ersten", "zweite", "zweiten", "letzte", "letzten", "premier", "première", "second", "seconde", "dernière", "primera", "primer", "segunda", "segundo", "última", "último", "prima", "primo", "seconda", "secondo", "ultima", "ultimo", "eerste", "tweede", "laatste", "första", "andra", "sista"])
"""Ordinals before "half"/"quarter" that name a period ("the first half of 2024")."""

SENTENCE_STARTERS_DE = frozenset(["der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "im", "in", "es", "sie", "er", "wir", "ich", "mit", "auch", "zudem", "damit", "dies", "diese", "dieser", "dieses", "so", "seit", "bei", "nach", "für", "von", "zu", "am", "um", "auf", "aus", "als", "dabei", "dazu", "insgesamt", "allein", "außerdem", "darüber", "hierbei", "hier", "dort", "weitere", "weiterhin", "jedoch", "aber", "und"])
"""Words that start a German sentence: "… auf 474. Im September …" ends a sentence,
while "24. Konferenz" is an ordinal."""

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset(["the", "and", "of", "to", "is", "with", "for", "that", "this", "was", "are", "have", "from", "by", "will"]),
    "de": frozenset(["der", "die", "und", "das", "ist", "mit", "für", "nicht", "von", "den", "dem", "sich", "auch", "wird", "eine"]),
    "fr": frozenset(["le", "les", "et", "des", "est", "pour", "une", "dans", "du", "sur", "au", "qui", "pas", "avec", "aux"]),
    "es": frozenset(["el", "los", "las", "y", "que", "en", "por", "una", "del", "con", "para", "se", "es", "su", "al"]),
    "it": frozenset(["il", "di", "che", "è", "la", "per", "della", "del", "gli", "una", "sono", "nel", "alla", "con", "dei"]),
    "pt": frozenset(["o", "os", "que", "não", "do", "da", "em", "para", "uma", "com", "dos", "das", "ao", "no", "na", "é"]),
    "nl": frozenset(["de", "het", "een", "en", "van", "is", "dat", "op", "voor", "niet", "met", "zijn", "ook", "worden"]),
    "sv": frozenset(["och", "att", "det", "som", "på", "är", "för", "med", "av", "till", "den", "inte", "har", "om", "ett"]),
    "ru": frozenset(["и", "в", "на", "что", "не", "с", "по", "для", "как", "из", "о", "от", "к", "это"]),
}
"""Frequent function words, to guess the language of a text when none is given."""

_COUNT_STOP_WORDS = """
a an at as or than but so per each every over under into onto after before since during
in on by of for from to with within across throughout against via
including while when where which who whom whose about around between among
im am zum zur vom beim ins aus bei nach seit
"""
COUNT_STOP_WORDS = frozenset(_COUNT_STOP_WORDS.split())
"""Words that end the phrase naming what a figure counts (with STOPWORDS)."""


COMPOUND_COUNT_NOUNS = frozenset(["member", "person", "strong", "seat", "bed", "room", "acre", "story", "storey", "unit", "store", "site", "nation", "country", "player", "piece"])
"""Nouns a hyphenated number counts ("the 24-member board", "a 500-strong team"), unlike
type names ("4-cylinder engine", "10-K report")."""
