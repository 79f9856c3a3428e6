"""Link words: hosts, URL pieces and anchor texts that tell what a link is for.

Plain data, lower-case. The logic is in ``extractors/links.py`` (and the trailing-chrome
cut in ``extractors/_zones.py``).
"""

from __future__ import annotations

SOCIAL_HOSTS: frozenset[str] = frozenset({
    "facebook.com", "fb.com", "fb.me", "twitter.com", "x.com", "t.co", "linkedin.com",
    "lnkd.in", "instagram.com", "youtube.com", "youtu.be", "tiktok.com", "pinterest.com",
    "reddit.com", "tumblr.com", "flickr.com", "vimeo.com", "snapchat.com", "t.me",
    "telegram.me", "whatsapp.com", "wa.me", "xing.com", "vk.com", "ok.ru", "weibo.com",
    "threads.net", "bsky.app", "mastodon.social", "plus.google.com", "medium.com",
    "addthis.com", "sharethis.com", "addtoany.com", "digg.com", "stumbleupon.com",
    "delicious.com", "line.me",
})
"""Hosts of social networks and share services (subdomains included)."""

SHARE_URL_PARTS: tuple[str, ...] = (
    "sharer", "/share?", "/share/", "sharearticle", "intent/tweet", "/intent/post",
    "addthis", "sharethis", "addtoany", "/pin/create", "mailto:?", "whatsapp://",
)
"""Pieces of share-button URLs."""

SUBSCRIPTION_WORDS: tuple[str, ...] = (
    "unsubscribe", "subscribe", "subscription", "preferences", "opt out", "opt-out",
    "forward to a friend", "forward this", "view in browser", "view this email",
    "view it in your browser", "view online", "web version", "newsletter", "mailing list",
    "update your profile", "manage your", "abbestellen", "abmelden", "abonnieren",
    "newsletter abbestellen", "im browser ansehen", "désabonner", "désinscrire",
    "se désinscrire", "voir la version en ligne", "darse de baja", "cancelar suscripción",
    "ver en el navegador", "cancella iscrizione", "disiscriviti", "afmelden",
    "uitschrijven", "avregistrera", "avsluta prenumeration", "отписаться", "abonneren",
    "s'abonner", "suscribirse", "suscríbete", "iscriviti", "prenumerera", "подписаться",
    "update your preferences", "email preferences", "signed up", "you are receiving",
    "you received this", "receiving this email", "sie erhalten diese", "vous recevez",
)
"""Anchor-text or URL words of subscription and e-mail-template links."""

SUBSCRIPTION_URL_PARTS: tuple[str, ...] = (
    "unsubscribe", "/subscribe", "subscription", "/preferences", "list-manage.com/profile",
    "list-manage.com/unsubscribe", "/optout", "opt-out", "/newsletter", "forward-to-friend",
    "/forward?", "view-in-browser", "/webversion",
)
"""URL pieces of subscription links."""

TRACKING_URL_PARTS: tuple[str, ...] = (
    "list-manage.com/track", "/track/click", "/ls/click", "/wf/click",
    "safelinks.protection.outlook.com", "urldefense.com", "urldefense.proofpoint.com",
    "/redirect?", "/redir?", "l.facebook.com/l.php", "google.com/url?",
    "email.mg.", "sendgrid.net", "mandrillapp.com/track", "ct.sendgrid", "hubspotlinks",
    "/e2t/",
)
"""URL pieces of tracking wrappers and redirectors (kept as printed, kind 'tracking')."""

NAVIGATION_TEXTS: frozenset[str] = frozenset({
    "home", "homepage", "back", "back to top", "top", "scroll to top", "next", "previous",
    "prev", "read more", "more", "read further", "continue reading", "see all", "view all",
    "all news", "news", "press releases", "press", "newsroom", "media", "contact",
    "contact us", "about", "about us", "imprint", "impressum", "privacy", "privacy policy",
    "privacy statement", "data protection", "datenschutz", "cookies", "cookie policy",
    "terms", "terms of use", "terms and conditions", "legal", "legal notice", "sitemap",
    "site map", "search", "login", "log in", "sign in", "sign up", "register", "careers",
    "jobs", "donate", "donate now", "faq", "help", "accessibility", "barrierefreiheit",
    "kontakt", "zurück", "weiter", "mehr", "weiterlesen", "startseite", "suche",
    "retour", "accueil", "suite", "lire la suite", "mentions légales", "inicio", "volver",
    "leer más", "más", "home page", "indietro", "leggi tutto", "terug", "lees meer",
    "tillbaka", "läs mer", "главная", "назад", "далее", "подробнее", "print", "drucken",
    "imprimer", "rss", "skip to content", "skip to main content", "zum inhalt springen",
    "menu", "menü", "share", "teilen", "partager", "compartir", "tweet", "like",
    "newsramp.com tldr", "tldr", "reddit post", "link to",
})
"""Anchor texts (whole, lower-case, punctuation trimmed) of site navigation."""

NAVIGATION_PREFIXES: tuple[str, ...] = (
    "pickup -", "pickup –", "link to:", "read more", "more news", "back to", "zurück zu",
    "go to", "view all", "see all", "more from", "mehr zu", "alle meldungen", "terug naar",
    "retour à", "retour aux", "volver a", "torna a", "tillbaka till", "назад к",
    "zur übersicht", "back to the", "return to",
)
"""Block or anchor openings of navigation and syndication-footer links."""

NAVIGATION_URL_PARTS: tuple[str, ...] = (
    "/tag/", "/tags/", "/category/", "/categories/", "newscategory", "/author/",
    "/authors/", "/schlagwort/", "/schlagworte/", "?tag=", "&tag=", "/label/",
    "/page/", "/search", "/login", "/signin", "/register", "/privacy", "/datenschutz",
    "/impressum", "/imprint", "/sitemap", "/cookie", "/terms", "/legal/", "/legal.", "/legal?",
    "/legal#", "/legal-notice", "/legal-info",
    "creativecommons.org/licenses", "/feed", "/rss", "donate.",
)
"""URL pieces of site navigation: tag, category and author pages, legal pages ('/legal'
as a whole path segment: '/legal-content/' is a document path). Searched with a '/'
appended, so a piece ending in '/' also matches at the end of the URL."""

SOURCE_TEXTS: tuple[str, ...] = (
    "original/source press release", "original press release", "source press release",
    "original release", "view source version", "view original content",
    "originalmeldung", "communiqué original", "comunicado original",
)
"""Anchor texts of an aggregator's link back to the original release (kept as source)."""

IMAGE_EXTENSIONS: tuple[str, ...] = (
    ".jpg", ".jpeg", ".png", ".gif", ".webp", ".svg", ".bmp", ".tif", ".tiff", ".ico",
    ".avif", ".heic",
)
"""File extensions of images."""

IMAGE_TEXTS: tuple[str, ...] = (
    "logo", "photo", "image", "picture", "bild", "foto", "grafik", "graphic", "imagen",
    "immagine", "afbeelding", "фото", "high-res", "hi-res", "high resolution", "thumbnail",
    "download image", "download photo", "pressefoto", "pressebild",
)
"""Anchor-text openings of links to images and logos."""

DOCUMENT_EXTENSIONS: tuple[str, ...] = (
    ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ppt", ".pptx", ".odt", ".ods", ".odp",
    ".rtf", ".csv", ".zip", ".txt", ".epub", ".xml", ".json",
)
"""File extensions of documents (reports, data, the full release)."""

DOCUMENT_TEXTS: tuple[str, ...] = (
    "(.pdf)", "(pdf)", "[pdf]", "(.docx)", "(.doc)", "(.xlsx)", "(.pptx)", "pdf,", "pdf)",
    "(pdf,", "[pdf,",
)
"""Anchor-text pieces of document links."""

CONTACT_URL_PARTS: tuple[str, ...] = (
    "/contact", "/kontakt", "/contacto", "/contatti", "/press-contact", "/media-contact",
    "/presse/kontakt", "/team/", "/people/", "/staff/",
)
"""URL pieces of contact pages (a contact section link or an 'inquiries' page)."""

TEMPLATE_MARKS: tuple[str, ...] = (
    "{{", "}}", "*|", "|*", "%%", "[[", "]]", "${", "<%", "%7b%7b", "%24%7b", "%%5b",
)
"""Pieces of unexpanded template variables in link targets."""

BARE_DOMAIN_CUES: tuple[str, ...] = (
    "visit", "visiting", "log onto", "log on to", "logon to", "go to", "see", "at",
    "via", "website", "site", "web", "internet", "online", "unter", "besuchen sie",
    "consultez", "visite", "visitez", "visita", "bezoek", "besök",
    "and", "or", "und", "et", "y", "e", "oder", "ou", "o", "&",
    "website:", "web:", "internet:", "url:", "www:", "homepage:", "site:",
    "press kit", "media kit",
)
"""Words right before a bare domain without "www." ("visit acme.io") that make it a link
(a conjunction counts only after another link: "log onto a.tv and b.news")."""

BARE_DOMAIN_TLDS: frozenset[str] = frozenset({
    "com", "org", "net", "edu", "gov", "int", "mil", "info", "biz", "io", "ai", "co", "tv",
    "news", "app", "dev", "eu", "asia", "tech", "online", "site", "store", "media",
    "press", "global", "health", "bank", "finance", "energy", "de", "at", "ch", "fr", "be",
    "nl", "lu", "it", "es", "pt", "uk", "ie", "se", "no", "dk", "fi", "pl", "cz", "sk",
    "hu", "ro", "bg", "gr", "ru", "ua", "tr", "ca", "us", "au", "nz", "in", "jp", "cn",
    "kr", "br", "mx", "ar", "cl", "za", "sg", "hk", "il", "ae", "me", "ly", "gl", "to",
})
"""Top-level domains accepted for a bare domain printed without "www." or a scheme."""

CHROME_HEADINGS: tuple[str, ...] = (
    "related", "related news", "related articles", "related posts", "related content",
    "related stories", "related press releases", "more stories", "other news",
    "read more", "read further", "more news", "more from", "recent news",
    "latest news", "recent posts", "popular", "most read", "trending", "you may also like",
    "see also", "tags", "tagged", "topics", "categories", "share", "share this",
    "share this article", "share this page", "follow us", "follow", "connect",
    "stay connected", "stay up-to-date", "newsletter", "newsletter sign-up",
    "subscribe", "sign up", "site navigation", "navigation", "footer", "photo credits",
    "release summary", "release versions", "$cashtags", "cashtags", "social media profiles",
    "image credits", "comments", "leave a comment", "leave a reply", "about this site",
    "cookie", "cookies", "this website uses cookies", "weitere meldungen",
    "das könnte sie auch interessieren", "verwandte themen", "teilen", "folgen sie uns",
    "schlagworte", "articles similaires", "à lire aussi", "partager", "suivez-nous",
    "noticias relacionadas", "compartir", "síguenos", "notizie correlate", "condividi",
    "gerelateerd", "delen", "relaterat", "dela", "похожие новости", "поделиться",
)
"""Headings (whole block, lower-case) that start a page's trailing chrome after a release."""

CHROME_OPENINGS: tuple[str, ...] = ("©", "(c) ", "copyright", "all rights reserved")
"""Block openings (lower-case) of a copyright line, which ends the release on a page."""

__all__ = [
    "BARE_DOMAIN_CUES",
    "BARE_DOMAIN_TLDS",
    "CHROME_HEADINGS",
    "CHROME_OPENINGS",
    "CONTACT_URL_PARTS",
    "DOCUMENT_EXTENSIONS",
    "DOCUMENT_TEXTS",
    "IMAGE_EXTENSIONS",
    "IMAGE_TEXTS",
    "NAVIGATION_PREFIXES",
    "NAVIGATION_TEXTS",
    "NAVIGATION_URL_PARTS",
    "SHARE_URL_PARTS",
    "SOCIAL_HOSTS",
    "SOURCE_TEXTS",
    "SUBSCRIPTION_URL_PARTS",
    "SUBSCRIPTION_WORDS",
    "TEMPLATE_MARKS",
    "TRACKING_URL_PARTS",
]
