"""Number words, scale words and fraction words per language (ISO 639-1 keys).

Data only. ``NUMBER_WORDS[lang]`` maps a lower-cased word to its value; words of
value 100 multiply what precedes them, words of 1000 and above are scales. The
value 1 is listed so that "one million" parses, but a lone "one" is never a figure.
"""

from __future__ import annotations


def _table(words: str, start: int) -> dict[str, float]:
    """Consecutive values from ``start`` for a space-separated list of words."""
    return {w: float(start + i) for i, w in enumerate(words.split()) if w != "-"}


def _tens(words: str) -> dict[str, float]:
    """Words for 20, 30 … 90."""
    return {w: float(20 + 10 * i) for i, w in enumerate(words.split()) if w != "-"}


def _compounds(units: dict[str, float], tens: dict[str, float], joiner: str,
               units_first: bool) -> dict[str, float]:
    """Closed compounds such as German "fünfundzwanzig" or Swedish "tjugofem"."""
    out: dict[str, float] = {}
    for u, uv in units.items():
        if not 1 <= uv <= 9:
            continue
        for t, tv in tens.items():
            word = f"{u}{joiner}{t}" if units_first else f"{t}{joiner}{u}"
            out[word] = tv + uv
    return out


_EN_UNITS = _table("zero one two three four five six seven eight nine ten eleven twelve "
                   "thirteen fourteen fifteen sixteen seventeen eighteen nineteen", 0)
_EN_TENS = _tens("twenty thirty forty fifty sixty seventy eighty ninety")

_DE_UNITS = _table("null eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf "
                   "dreizehn vierzehn fünfzehn sechzehn siebzehn achtzehn neunzehn", 0)
_DE_TENS = _tens("zwanzig dreißig vierzig fünfzig sechzig siebzig achtzig neunzig")
_DE_ONE = {"ein": 1.0, "eine": 1.0, "einen": 1.0, "einem": 1.0, "einer": 1.0, "zweier": 2.0,
           "dreier": 3.0, "dreissig": 30.0, "ein-": 1.0}

_FR_UNITS = _table("zéro un deux trois quatre cinq six sept huit neuf dix onze douze treize "
                   "quatorze quinze seize dix-sept dix-huit dix-neuf", 0)
_FR_TENS = _tens("vingt trente quarante cinquante soixante soixante-dix quatre-vingt "
                 "quatre-vingt-dix")
_FR_EXTRA = {"une": 1.0, "quatre-vingts": 80.0, "septante": 70.0, "huitante": 80.0,
             "octante": 80.0, "nonante": 90.0}

_ES_UNITS = _table("cero uno dos tres cuatro cinco seis siete ocho nueve diez once doce trece "
                   "catorce quince dieciséis diecisiete dieciocho diecinueve veinte veintiuno "
                   "veintidós veintitrés veinticuatro veinticinco veintiséis veintisiete "
                   "veintiocho veintinueve", 0)
_ES_TENS = _tens("- treinta cuarenta cincuenta sesenta setenta ochenta noventa")
_ES_EXTRA = {"un": 1.0, "una": 1.0, "doscientos": 200.0, "doscientas": 200.0,
             "trescientos": 300.0, "cuatrocientos": 400.0, "quinientos": 500.0,
             "seiscientos": 600.0, "setecientos": 700.0, "ochocientos": 800.0,
             "novecientos": 900.0}

_IT_UNITS = _table("zero uno due tre quattro cinque sei sette otto nove dieci undici dodici "
                   "tredici quattordici quindici sedici diciassette diciotto diciannove", 0)
_IT_TENS = _tens("venti trenta quaranta cinquanta sessanta settanta ottanta novanta")
_IT_EXTRA = {"una": 1.0, "un": 1.0}

_PT_UNITS = _table("zero um dois três quatro cinco seis sete oito nove dez onze doze treze "
                   "catorze quinze dezesseis dezessete dezoito dezenove", 0)
_PT_TENS = _tens("vinte trinta quarenta cinquenta sessenta setenta oitenta noventa")
_PT_EXTRA = {"uma": 1.0, "duas": 2.0, "dezasseis": 16.0, "dezassete": 17.0, "dezanove": 19.0,
             "catorze": 14.0, "quatorze": 14.0, "duzentos": 200.0, "trezentos": 300.0,
             "quinhentos": 500.0}

_NL_UNITS = _table("nul een twee drie vier vijf zes zeven acht negen tien elf twaalf dertien "
                   "veertien vijftien zestien zeventien achttien negentien", 0)
_NL_TENS = _tens("twintig dertig veertig vijftig zestig zeventig tachtig negentig")

_SV_UNITS = _table("noll ett två tre fyra fem sex sju åtta nio tio elva tolv tretton fjorton "
                   "femton sexton sjutton arton nitton", 0)
_SV_TENS = _tens("tjugo trettio fyrtio femtio sextio sjuttio åttio nittio")

_RU_UNITS = _table("ноль один два три четыре пять шесть семь восемь девять десять "
                   "одиннадцать двенадцать тринадцать четырнадцать пятнадцать шестнадцать "
                   "семнадцать восемнадцать девятнадцать", 0)
_RU_TENS = _tens("двадцать тридцать сорок пятьдесят шестьдесят семьдесят восемьдесят "
                 "девяносто")
_RU_EXTRA = {"одна": 1.0, "одно": 1.0, "две": 2.0, "двух": 2.0, "трех": 3.0, "трёх": 3.0,
             "четырех": 4.0, "четырёх": 4.0, "пяти": 5.0, "шести": 6.0, "семи": 7.0,
             "восьми": 8.0, "девяти": 9.0, "десяти": 10.0}

NUMBER_WORDS: dict[str, dict[str, float]] = {
    "en": {**_EN_UNITS, **_EN_TENS, "hundred": 100.0, "thousand": 1e3, "million": 1e6,
           "billion": 1e9, "trillion": 1e12},
    "de": {**_DE_UNITS, **_DE_TENS, **_DE_ONE, **_compounds(_DE_UNITS, _DE_TENS, "und", True),
           "hundert": 100.0, "tausend": 1e3, "million": 1e6, "millionen": 1e6,
           "milliarde": 1e9, "milliarden": 1e9},
    "fr": {**_FR_UNITS, **_FR_TENS, **_FR_EXTRA, "cent": 100.0, "cents": 100.0,
           "mille": 1e3, "million": 1e6, "millions": 1e6, "milliard": 1e9, "milliards": 1e9},
    "es": {**_ES_UNITS, **_ES_TENS, **_ES_EXTRA, "cien": 100.0, "ciento": 100.0,
           "mil": 1e3, "millón": 1e6, "millones": 1e6},
    "it": {**_IT_UNITS, **_IT_TENS, **_IT_EXTRA, **_compounds(_IT_UNITS, _IT_TENS, "", False),
           "cento": 100.0, "mille": 1e3, "mila": 1e3, "milione": 1e6, "milioni": 1e6,
           "miliardo": 1e9, "miliardi": 1e9},
    "pt": {**_PT_UNITS, **_PT_TENS, **_PT_EXTRA, "cem": 100.0, "cento": 100.0, "mil": 1e3,
           "milhão": 1e6, "milhões": 1e6, "milhao": 1e6, "bilhão": 1e9, "bilhões": 1e9},
    "nl": {**_NL_UNITS, **_NL_TENS, **_compounds(_NL_UNITS, _NL_TENS, "en", True),
           **_compounds(_NL_UNITS, _NL_TENS, "ën", True), "honderd": 100.0,
           "duizend": 1e3, "miljoen": 1e6, "miljard": 1e9},
    "sv": {**_SV_UNITS, **_SV_TENS, **_compounds(_SV_UNITS, _SV_TENS, "", False),
           "en": 1.0, "hundra": 100.0, "tusen": 1e3, "miljon": 1e6, "miljoner": 1e6,
           "miljard": 1e9, "miljarder": 1e9},
    "ru": {**_RU_UNITS, **_RU_TENS, **_RU_EXTRA, "сто": 100.0, "тысяча": 1e3, "тысячи": 1e3,
           "тысяч": 1e3, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6,
           "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9},
}
"""Cardinal number words; compounds are joined by space, hyphen or CONNECTORS."""

CONNECTORS: dict[str, frozenset[str]] = {
    "en": frozenset({"and"}), "de": frozenset({"und"}), "fr": frozenset({"et"}),
    "es": frozenset({"y"}), "it": frozenset({"e"}), "pt": frozenset({"e"}),
    "nl": frozenset({"en"}), "sv": frozenset({"och"}), "ru": frozenset({"и"}),
}
"""Words that may join parts of one number ("two hundred and five")."""

ROUND_NUMBERS: dict[str, dict[str, float]] = {
    "en": {"dozen": 12.0},
    "de": {"dutzend": 12.0},
    "fr": {"dizaine": 10.0, "douzaine": 12.0, "quinzaine": 15.0, "vingtaine": 20.0,
           "trentaine": 30.0, "quarantaine": 40.0, "cinquantaine": 50.0,
           "centaine": 100.0, "millier": 1e3},
    "es": {"docena": 12.0, "decena": 10.0, "veintena": 20.0, "centenar": 100.0,
           "millar": 1e3},
    "it": {"dozzina": 12.0, "decina": 10.0, "ventina": 20.0, "trentina": 30.0,
           "centinaio": 100.0, "migliaio": 1e3},
    "pt": {"dúzia": 12.0, "dezena": 10.0, "centena": 100.0, "milhar": 1e3},
    "nl": {"dozijn": 12.0},
    "sv": {"dussin": 12.0},
    "ru": {"дюжина": 12.0, "десяток": 10.0, "сотня": 100.0},
}
"""Counted nouns that name a round number: "a dozen" 12, "une centaine" 100."""

ARTICLES_ONE: dict[str, frozenset[str]] = {
    "en": frozenset({"a", "an", "one"}), "de": frozenset({"ein", "eine", "einem", "einer"}),
    "fr": frozenset({"un", "une"}), "es": frozenset({"un", "una"}),
    "it": frozenset({"un", "una", "uno"}), "pt": frozenset({"um", "uma"}),
    "nl": frozenset({"een"}), "sv": frozenset({"ett", "en"}), "ru": frozenset(),
}
"""Indefinite articles that stand for 1 before a round number or scale ("a dozen")."""

SCALES: dict[str, dict[str, float]] = {
    "en": {"thousand": 1e3, "k": 1e3, "million": 1e6, "millions": 1e6, "mln": 1e6,
           "mn": 1e6, "m": 1e6, "mm": 1e6, "billion": 1e9, "billions": 1e9, "bn": 1e9,
           "b": 1e9, "trillion": 1e12, "tn": 1e12, "lakh": 1e5, "lakhs": 1e5,
           "crore": 1e7, "crores": 1e7},
    "de": {"tausend": 1e3, "tsd.": 1e3, "tsd": 1e3, "mio.": 1e6, "mio": 1e6,
           "million": 1e6, "millionen": 1e6, "mrd.": 1e9, "mrd": 1e9, "milliarde": 1e9,
           "milliarden": 1e9, "billion": 1e12, "billionen": 1e12, "bio.": 1e12},
    "fr": {"mille": 1e3, "million": 1e6, "millions": 1e6, "m": 1e6, "md": 1e9, "mds": 1e9,
           "mrd": 1e9, "milliard": 1e9, "milliards": 1e9},
    "es": {"mil": 1e3, "millón": 1e6, "millones": 1e6, "mill.": 1e6, "mm": 1e6,
           "mil millones": 1e9, "millardo": 1e9, "millardos": 1e9, "billón": 1e12,
           "billones": 1e12},
    "it": {"mila": 1e3, "milione": 1e6, "milioni": 1e6, "mln": 1e6, "miliardo": 1e9,
           "miliardi": 1e9, "mld": 1e9, "mld.": 1e9, "mrd": 1e9},
    "pt": {"mil": 1e3, "milhão": 1e6, "milhões": 1e6, "mi": 1e6, "bilhão": 1e9,
           "bilhões": 1e9, "bi": 1e9, "mil milhões": 1e9},
    "nl": {"duizend": 1e3, "miljoen": 1e6, "mln": 1e6, "mln.": 1e6, "miljard": 1e9,
           "mld": 1e9, "mld.": 1e9, "mrd": 1e9, "mrd.": 1e9},
    "sv": {"tusen": 1e3, "miljon": 1e6, "miljoner": 1e6, "mn": 1e6, "milj.": 1e6,
           "miljard": 1e9, "miljarder": 1e9, "mdr": 1e9, "mdr.": 1e9},
    "ru": {"тыс.": 1e3, "тысяч": 1e3, "тысячи": 1e3, "тысяча": 1e3, "млн": 1e6,
           "млн.": 1e6, "миллион": 1e6, "миллиона": 1e6, "миллионов": 1e6, "млрд": 1e9,
           "млрд.": 1e9, "миллиард": 1e9, "миллиарда": 1e9, "миллиардов": 1e9,
           "трлн": 1e12, "трлн.": 1e12},
}
"""Scale words after a numeral ("3.5 Mrd.", "€3bn", "1,2 millions de"). One-letter
scales ("m", "k", "b") count only right after a currency figure."""

SHORT_SCALES = frozenset({"k", "m", "b", "mm"})
"""Scales so short they are only trusted after money ("$3m", "€50k")."""

FRACTIONS: dict[str, dict[str, float]] = {
    "en": {"half": 0.5, "third": 1 / 3, "thirds": 1 / 3, "quarter": 0.25,
           "quarters": 0.25, "fifth": 0.2, "fifths": 0.2},
    "de": {"hälfte": 0.5, "halb": 0.5, "halbe": 0.5, "halben": 0.5, "drittel": 1 / 3,
           "viertel": 0.25},
    "fr": {"moitié": 0.5, "demi": 0.5, "demie": 0.5, "tiers": 1 / 3, "quart": 0.25,
           "quarts": 0.25},
    "es": {"mitad": 0.5, "medio": 0.5, "media": 0.5, "tercio": 1 / 3, "tercios": 1 / 3,
           "cuarto": 0.25, "cuartos": 0.25},
    "it": {"metà": 0.5, "mezzo": 0.5, "mezza": 0.5, "terzo": 1 / 3, "terzi": 1 / 3,
           "quarto": 0.25},
    "pt": {"metade": 0.5, "meio": 0.5, "meia": 0.5, "terço": 1 / 3, "terços": 1 / 3},
    "nl": {"helft": 0.5, "half": 0.5, "halve": 0.5, "derde": 1 / 3, "kwart": 0.25},
    "sv": {"hälften": 0.5, "halva": 0.5, "halvt": 0.5, "tredjedel": 1 / 3,
           "tredjedelar": 1 / 3, "fjärdedel": 0.25},
    "ru": {"половина": 0.5, "половины": 0.5, "половину": 0.5, "треть": 1 / 3,
           "трети": 1 / 3, "четверть": 0.25},
}
"""Fraction words: "more than half" 0.5, "two thirds" 2/3, "half a mile" 0.5."""

HALF_AFTER: dict[str, str] = {
    "en": "and a half", "de": "einhalb", "fr": "et demi", "es": "y medio",
    "it": "e mezzo", "pt": "e meio", "nl": "en een half", "sv": "och en halv",
    "ru": "с половиной",
}
"""The words that add one half to a number ("two and a half years")."""

PROPORTION_JOINERS: dict[str, tuple[str, ...]] = {
    "en": ("in", "out of", "in every", "out of every"), "de": ("von",), "fr": ("sur",),
    "es": ("de cada", "de"), "it": ("su",), "pt": ("em cada", "em"),
    "nl": ("op", "van de"), "sv": ("av",), "ru": ("из",),
}
"""Words between the parts of "one in five", "un sur cinq", "uno de cada cinco"."""

TIMES_WORDS = frozenset({
    "times", "fold", "x", "mal", "fach", "fois", "veces", "volte", "vezes", "keer",
    "gånger", "раз", "раза",
})
"""Words after a number that make it a multiple ("four times higher", "tenfold")."""

FOLD_SUFFIXES = ("fold", "fach", "faldig", "dubbel", "kratno")
"""Closed compounds of a number word and a multiple suffix ("tenfold", "zehnfach")."""

AMBIGUOUS_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset({"neuf"}),
    "sv": frozenset({"sex"}),
    "de": frozenset({"acht", "elf"}),
}
"""Number words that are also common other words (French "neuf" is also "new"): they
count only when a word that is not a function word follows ("neuf mois")."""
