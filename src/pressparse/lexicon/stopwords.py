"""Frequent function words per language (ISO 639-1), for telling a release's language.

Short, distinctive lists: a word that is frequent in two languages of the same script
is left out of both where it would blur them.
"""

from __future__ import annotations

STOPWORDS: dict[str, frozenset[str]] = {
    "en": frozenset("the and of to in is that for with was on are by this from which have has "
                    "will be at as an its their said would been were they it our more also".split()),
    "de": frozenset("der die das und ist nicht mit von den dem des ein eine einer für auf sich "
                    "auch im zu wird werden sind bei nach wie aus zum zur hat über sagte".split()),
    "fr": frozenset("le la les et des du un une est pour dans que qui sur au aux par pas avec "
                    "ce cette sont ont été plus nous leur selon déclaré".split()),
    "es": frozenset("el la los las y de del que en un una es por con para se al como más su "
                    "sus ha han este esta fue según dijo también".split()),
    "it": frozenset("il la le gli di del della che e è per un una con non sono nel nella dei "
                    "delle ha alla al anche più come ha dichiarato".split()),
    "pt": frozenset("o a os as e de do da dos das que em um uma é para com não por no na mais "
                    "ao foi são pelo pela também disse".split()),
    "nl": frozenset("de het een en van is dat op te in met voor niet zijn die aan er ook bij "
                    "door wordt worden heeft naar om deze zei".split()),
    "sv": frozenset("och att det som en på är av för med till den har inte om ett de var "
                    "säger sade också kommer eller från vid".split()),
    "da": frozenset("og at det som en på er af for med til den har ikke om et de var siger "
                    "også vil fra ved være".split()),
    "no": frozenset("og at det som en på er av for med til den har ikke om et de var sier "
                    "også vil fra ved være".split()),
    "fi": frozenset("ja on että ei se oli ovat myös kuin hän joka mutta tai sekä ole mukaan "
                    "vuonna jo".split()),
    "pl": frozenset("i w na z że się nie do to jest o jak po od za przez oraz dla jego powiedział "
                    "są".split()),
    "cs": frozenset("a v na se že je do to s z o jako by pro jsou také ve ze které řekl".split()),
    "tr": frozenset("ve bir bu da de için ile olarak çok daha en gibi olan ancak ise dedi".split()),
    "ro": frozenset("și în de la cu a pe din că este pentru care sunt mai un o au fost".split()),
    "hu": frozenset("a az és hogy nem is egy meg van volt de ezt már mint csak".split()),
    "id": frozenset("dan yang di dengan untuk dari ini itu dalam tidak akan pada juga ke "
                    "adalah".split()),
}

# Languages told apart by script, for text whose letters are mostly of one script.
SCRIPT_LANGUAGES: dict[str, str] = {
    "cyrillic": "ru", "greek": "el", "arabic": "ar", "hebrew": "he", "hangul": "ko",
    "hiragana": "ja", "katakana": "ja", "han": "zh", "thai": "th", "devanagari": "hi",
    "armenian": "hy", "georgian": "ka",
}

# Cyrillic languages other than Russian, by their own letters and words.
CYRILLIC: dict[str, frozenset[str]] = {
    "ru": frozenset("и в не на что с по это как для из от к о его но года также был было".split()),
    "uk": frozenset("і в не на що з по це як для із від до та його але року також був було "
                    "є".split()),
    "bg": frozenset("и в не на че с по това как за от до е да се са беше".split()),
    "sr": frozenset("и у не на да је са по то као за од до се су".split()),
}
