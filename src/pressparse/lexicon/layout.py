"""Words that mark a release's parts: labels, end marks, boilerplate, section headings."""

from __future__ import annotations

# Kickers and labels printed above a headline (matched case-insensitively, whole block
# or block start). An embargo line is a label too.
LABELS: tuple[str, ...] = (
    "press release", "news release", "for immediate release", "for release",
    "immediate release", "media release", "media advisory", "news advisory", "statement",
    "joint statement", "press statement", "advisory", "embargoed", "embargo", "under embargo",
    "not for publication", "breaking news",
    "pressemitteilung", "presseinformation", "pressemeldung", "zur sofortigen veröffentlichung",
    "sperrfrist",
    "communiqué de presse", "communiqué", "communique de presse", "pour diffusion immédiate",
    "nota de prensa", "comunicado de prensa", "comunicado", "nota informativa",
    "comunicato stampa", "comunicato", "nota stampa",
    "comunicado à imprensa", "nota à imprensa", "release",
    "persbericht", "persmededeling",
    "pressmeddelande", "pressemelding", "pressemeddelelse", "tiedote",
    "пресс-релиз", "сообщение для печати", "информационное сообщение",
)

# A block that is only one of these ends the release text proper.
END_MARKS: tuple[str, ...] = ("###", "# # #", "-end-", "- end -", "end", "-30-", "- 30 -", "-ends-",
                              "ends", "***", "# # # #", "####")

# Phrases of navigation, share bars, subscription footers and page chrome. A short
# block containing one of these is boilerplate.
BOILERPLATE_PHRASES: tuple[str, ...] = (
    "unsubscribe", "update subscription preferences", "update your preferences",
    "manage your subscription", "manage preferences", "forward to a friend",
    "view this email in your browser", "view in browser", "view this email",
    "view it in your browser", "having trouble viewing", "email not displaying",
    "you are receiving this", "you received this", "you have received this",
    "subscribed to our", "add us to your address book", "opt out", "opt-out",
    "all rights reserved", "privacy policy", "privacy statement", "terms of use",
    "terms and conditions", "cookie policy", "accept cookies", "use of cookies",
    "we use cookies", "this website uses cookies", "i accept", "accept all",
    "skip to main content", "skip to content", "scroll to top", "back to top",
    "share this", "share on", "tweet this", "follow us", "print this page", "print page",
    "sign up for our newsletter", "newsletter sign-up", "subscribe to our newsletter",
    "stay connected", "you are here", "sie sind hier", "vous êtes ici", "usted está aquí",
    "log in", "sign up", "advanced news search", "related articles", "related news",
    "related stories", "recent news", "read more", "more news", "mehr erfahren",
    "nach oben", "seite drucken", "datenschutz", "impressum", "mentions légales",
    "aviso legal", "abmelden", "se désabonner", "désinscription", "darse de baja",
    "cancelar suscripción", "disiscriviti", "afmelden", "avregistrera", "отписаться",
    "link to:", "copyright", "(c) ", "©", "our mailing address is",
    "want to change how you receive", "why did i get this", "mailing list", "email preferences",
    "this email was sent to", "click here to unsubscribe",
)

# Headings over a section that is page chrome: the section below is boilerplate.
BOILERPLATE_HEADINGS: tuple[str, ...] = (
    "site navigation", "navigation", "search", "follow us", "share", "share this",
    "more from", "related", "related news", "related content", "recent news", "recent posts",
    "latest news", "most read", "popular", "newsletter", "stay connected", "social media",
    "connect with us", "business wire information", "footer", "menu", "main menu",
    "quick links", "useful links", "explore", "read further", "read more", "see also",
    "tags", "categories", "archives", "weitere meldungen", "das könnte sie auch interessieren",
    "nachrichten", "services", "service", "footer navigation", "cookies",
)

# Lines that only announce a date: "Published 3 March 2024", "For release: 03/05/2024".
DATE_LINE_PREFIXES: tuple[str, ...] = (
    "published", "published on", "posted", "posted on", "updated", "last updated", "date",
    "release date", "for release", "dated", "issued", "veröffentlicht", "veröffentlicht am",
    "datum", "stand", "publié le", "publié", "date de publication", "publicado", "fecha",
    "pubblicato", "data", "gepubliceerd", "publicerad", "datum:", "опубликовано", "дата",
)

# Words that end a photo caption with its credit: "… Photo Credit: (NASA/Bill Ingalls)".
CAPTION_CREDITS: tuple[str, ...] = (
    "photo credit", "image credit", "photo", "image", "credit", "credits", "photo courtesy",
    "courtesy", "foto", "bild", "bildquelle", "fotocredit", "crédit photo", "crédit",
    "fotografía", "fotó", "kuva",
)
