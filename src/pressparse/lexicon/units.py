"""Currencies, percent words, units of measure and qualifiers for statistics.

Data only. Keys are matched case-insensitively unless said otherwise; multi-word
entries are written with single spaces and match any run of spaces or a hyphen.
"""

from __future__ import annotations

CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "U.S.$": "USD", "$": "USD", "CA$": "CAD", "C$": "CAD", "A$": "AUD",
    "AU$": "AUD", "NZ$": "NZD", "HK$": "HKD", "S$": "SGD", "R$": "BRL", "MX$": "MXN",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW", "₺": "TRY",
    "₴": "UAH", "zł": "PLN", "₪": "ILS", "₦": "NGN", "CHF": "CHF", "Fr.": "CHF",
    "Rs.": "INR", "Rs": "INR",
}
"""Symbols written before (or after) an amount, with their ISO 4217 code."""

CURRENCY_CODES = frozenset({
    "USD", "EUR", "GBP", "JPY", "CHF", "CAD", "AUD", "NZD", "CNY", "RMB", "HKD", "SGD",
    "INR", "BRL", "MXN", "RUB", "SEK", "NOK", "DKK", "PLN", "CZK", "HUF", "TRY", "ZAR",
    "KRW", "ILS", "AED", "SAR", "NGN", "KES", "UAH",
})
"""ISO 4217 codes printed as words ("USD 5 million", "5 Mio. EUR")."""

CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "us dollars": "USD", "u.s. dollars": "USD",
    "us-dollar": "USD", "us-dollars": "USD", "dólares": "USD", "dólar": "USD",
    "dollari": "USD", "долларов": "USD", "доллара": "USD", "долл.": "USD",
    "euro": "EUR", "euros": "EUR", "евро": "EUR",
    "pounds sterling": "GBP", "sterling": "GBP",
    "yen": "JPY", "yuan": "CNY", "renminbi": "CNY", "rupees": "INR",
    "franken": "CHF", "swiss francs": "CHF", "francs suisses": "CHF",
    "kronor": "SEK", "kr": "SEK", "kr.": "SEK", "kronen": "SEK",
    "rubles": "RUB", "roubles": "RUB", "рублей": "RUB", "рубля": "RUB", "руб.": "RUB",
    "reais": "BRL", "real": "BRL", "pesos": "MXN",
}
"""Currency names printed after an amount ("5 Millionen Euro", "3 millions de dollars")."""

PERCENT_WORDS: dict[str, str] = {
    "%": "%", "percent": "%", "per cent": "%", "pct": "%", "pct.": "%", "pc": "%",
    "prozent": "%", "pour cent": "%", "pourcent": "%", "por ciento": "%",
    "por cento": "%", "per cento": "%", "procent": "%", "процентов": "%", "процента": "%",
    "процент": "%",
    "percentage points": "percentage points", "percentage point": "percentage points",
    "prozentpunkte": "percentage points", "prozentpunkten": "percentage points",
    "%-punkte": "percentage points", "points de pourcentage": "percentage points",
    "puntos porcentuales": "percentage points", "punti percentuali": "percentage points",
    "pontos percentuais": "percentage points", "procentpunt": "percentage points",
    "procentpunten": "percentage points", "procentenheter": "percentage points",
    "процентных пункта": "percentage points", "процентных пунктов": "percentage points",
    "п.п.": "percentage points", "basis points": "basis points", "bps": "basis points",
    "bp": "basis points", "basispunkte": "basis points", "points de base": "basis points",
}
"""Percent signs and words after a number, with the unit they give."""

TIME_UNITS: dict[str, str] = {
    **dict.fromkeys(("second", "seconds", "sekunden", "secondes", "segundos", "secondi",
                     "seconden", "sekunder", "секунд", "секунды"), "seconds"),
    **dict.fromkeys(("minute", "minutes", "minuten", "minutos", "minuti", "minuter",
                     "минут", "минуты"), "minutes"),
    **dict.fromkeys(("hour", "hours", "stunde", "stunden", "heures", "heure", "horas",
                     "hora", "ore", "uur", "timmar", "timme", "часов", "часа"), "hours"),
    **dict.fromkeys(("day", "days", "tag", "tage", "tagen", "jours", "jour", "días", "dias",
                     "día", "giorni", "dagen", "dag", "dagar", "дней", "дня"), "days"),
    **dict.fromkeys(("week", "weeks", "woche", "wochen", "semaines", "semaine", "semanas",
                     "settimane", "weken", "veckor", "недель", "недели"), "weeks"),
    **dict.fromkeys(("month", "months", "monat", "monate", "monaten", "mois", "meses",
                     "mesi", "maanden", "månader", "месяцев", "месяца"), "months"),
    **dict.fromkeys(("year", "years", "jahr", "jahre", "jahren", "ans", "années", "años",
                     "anni", "anos", "jaar", "jaren", "år", "лет", "года"), "years"),
    **dict.fromkeys(("decade", "decades", "jahrzehnt", "jahrzehnte", "jahrzehnten",
                     "décennies", "décennie", "décadas", "decenni", "decennia",
                     "decennier"), "decades"),
    **dict.fromkeys(("century", "centuries", "jahrhundert", "jahrhunderte", "siècles",
                     "siglos"), "centuries"),
}
"""Units of time: a duration is a measure ("a nine-day trial", "the past two decades")."""

MEASURE_UNITS: dict[str, str] = {
    **dict.fromkeys(("km", "kilometers", "kilometres", "kilometer", "kilometre",
                     "kilómetros", "chilometri", "kilometer", "километров"), "km"),
    **dict.fromkeys(("m", "meters", "metres", "meter", "metre", "metros", "metri",
                     "mètres", "метров"), "m"),
    **dict.fromkeys(("cm", "mm", "nm", "µm", "micron", "microns", "micrometers",
                     "micrometres", "micrometer", "micrometre", "nanometers", "nanometres",
                     "millimeters", "millimetres", "millimeter", "millimetre", "centimeters",
                     "centimetres", "centimeter", "centimetre"), ""),
    **dict.fromkeys(("mile", "miles", "meilen"), "miles"),
    **dict.fromkeys(("foot", "feet", "ft", "inch", "inches", "yards"), ""),
    **dict.fromkeys(("square feet", "square foot", "sq ft", "sq. ft.", "square-foot",
                     "square meters", "square metres", "sqm", "m²", "m2", "km²", "km2",
                     "quadratmeter", "mètres carrés", "metros cuadrados", "acres", "acre",
                     "hectares", "hectare", "ha", "hektar"), ""),
    **dict.fromkeys(("kg", "kilograms", "kilogrammes", "kilo", "kilos", "kilogramm",
                     "g", "grams", "mg", "lbs", "lb", "pounds", "ounces", "oz", "µg", "mcg",
                     "milligrams", "micrograms", "nanograms", "ng"), ""),
    **dict.fromkeys(("tonnes", "tons", "tonne", "ton", "t", "metric tons", "tonnen",
                     "toneladas", "tonnellate", "ton", "tonnes métriques", "megatonnes",
                     "mt", "gigatonnes", "kt"), "tonnes"),
    **dict.fromkeys(("liter", "liters", "litre", "litres", "l", "liter", "litros", "litri",
                     "gallons", "gallon", "barrels", "barrel", "bbl", "cubic feet",
                     "cubic meters", "cubic metres", "m³", "m3", "hektoliter"), ""),
    **dict.fromkeys(("w", "kw", "mw", "gw", "tw", "kwh", "mwh", "gwh", "twh", "watts",
                     "kilowatts", "megawatts", "gigawatts", "watt", "kilowatt", "megawatt",
                     "gigawatt", "terawatt", "terawatts", "kilowatt-hour", "kilowatt-hours",
                     "megawatt-hour", "gigawatt-hour", "gigawatt-hours", "terawatt-hour",
                     "terawatt-hours",
                     "megawatt-hours", "hp", "horsepower", "ps", "btu", "mmbtu",
                     "volts", "v", "kv", "mah"), ""),
    **dict.fromkeys(("°c", "°f", "° c", "° f", "degrees", "grad", "degrés", "grados"), ""),
    **dict.fromkeys(("mph", "km/h", "kmh", "knots", "rpm", "mbps", "gbps", "gb", "tb",
                     "mb", "kb", "petabytes", "terabytes", "gigabytes", "megabytes",
                     "pixels", "megapixels", "mp", "ghz", "mhz", "hz", "db", "decibels",
                     "calories", "kcal", "ppm", "scfm"), ""),
}
"""Units of measure after a number; an empty value means "the unit as printed"."""

RATE_WORDS = frozenset({
    "per", "a", "an", "each", "every", "pro", "par", "por", "al", "all'", "om", "в",
})
"""Words that, between a figure and a unit of time, make it a rate ("per year")."""

QUALIFIERS: dict[str, str] = {
    # en
    "more than": "more than", "over": "more than", "upwards of": "more than",
    "in excess of": "more than", "exceeding": "more than", "above": "more than",
    "well over": "more than", "just over": "more than", "nearly": "nearly",
    "almost": "nearly", "close to": "nearly", "just under": "nearly", "about": "about",
    "around": "about", "approximately": "about", "approx.": "about", "roughly": "about",
    "some": "about", "an estimated": "about", "estimated": "about", "circa": "about",
    "ca.": "about", "c.": "about", "~": "about", "up to": "up to", "as many as": "up to",
    "as much as": "up to", "at least": "at least", "no fewer than": "at least",
    "no less than": "at least", "a minimum of": "at least", "less than": "less than",
    "fewer than": "less than", "under": "less than", "below": "less than",
    "a maximum of": "up to", "at most": "up to", "more than half": "more than",
    # de
    "mehr als": "more than", "über": "more than", "gut": "more than", "knapp": "nearly",
    "fast": "nearly", "beinahe": "nearly", "nahezu": "nearly", "rund": "about",
    "etwa": "about", "ungefähr": "about", "zirka": "about", "bis zu": "up to",
    "mindestens": "at least", "weniger als": "less than", "unter": "less than",
    "fast die": "nearly", "mehr als die": "more than", "über die": "more than",
    # fr
    "plus de": "more than", "plus d'": "more than", "près de": "nearly",
    "presque": "nearly", "environ": "about", "quelque": "about", "quelques": "about",
    "jusqu'à": "up to", "au moins": "at least", "moins de": "less than",
    "plus de la": "more than", "près de la": "nearly",
    # es
    "más de": "more than", "casi": "nearly", "cerca de": "nearly",
    "alrededor de": "about", "aproximadamente": "about", "unos": "about", "unas": "about",
    "hasta": "up to", "al menos": "at least", "menos de": "less than",
    "más de la": "more than",
    # it
    "oltre": "more than", "più di": "more than", "quasi": "nearly",
    "fino a": "up to", "almeno": "at least", "meno di": "less than",
    # pt
    "mais de": "more than", "quase": "nearly", "até": "up to",
    "pelo menos": "at least", "mais da": "more than",
    # nl
    "meer dan": "more than", "ruim": "more than", "bijna": "nearly",
    "ongeveer": "about", "zo'n": "about", "tot": "up to", "tot wel": "up to",
    "minstens": "at least", "minder dan": "less than",
    # sv
    "mer än": "more than", "över": "more than", "drygt": "more than",
    "nästan": "nearly", "omkring": "about", "cirka": "about", "runt": "about",
    "upp till": "up to", "minst": "at least", "mindre än": "less than",
    # ru
    "более": "more than", "свыше": "more than", "больше": "more than",
    "почти": "nearly", "около": "about", "порядка": "about", "примерно": "about",
    "до": "up to", "не менее": "at least", "менее": "less than",
}
"""Words before a figure that hedge it, mapped to an English qualifier."""
