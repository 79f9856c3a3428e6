"""Gender cues for resolving 'he' and 'she': common first names, honorifics, titles.

A cue is only a hint: a name missing from these lists leaves the gender unknown, and an
unknown gender never blocks a resolution.
"""

from __future__ import annotations

FEMALE_NAMES: frozenset[str] = frozenset(["mary", "patricia", "jennifer", "linda", "elizabeth", "barbara", "susan", "jessica", "sarah", "karen", "lisa", "nancy", "betty", "margaret", "sandra", "ashley", "kimberly", "emily", "donna", "michelle", "carol", "amanda", "melissa", "deborah", "stephanie", "rebecca", "sharon", "laura", "cynthia", "kathleen", "amy", "angela", "shirley", "anna", "brenda", "pamela", "emma", "nicole", "helen", "samantha", "katherine", "christine", "debra", "rachel", "carolyn", "janet", "catherine", "maria", "heather", "diane", "ruth", "julie", "olivia", "joyce", "virginia", "victoria", "kelly", "lauren", "christina", "joan", "evelyn", "judith", "megan", "andrea", "cheryl", "hannah", "jacqueline", "martha", "gloria", "teresa", "ann", "sara", "madison", "frances", "kathryn", "janice", "jean", "abigail", "alice", "judy", "sophia", "grace", "denise", "amber", "doris", "marilyn", "danielle", "beverly", "isabella", "theresa", "diana", "natalie", "brittany", "charlotte", "marie", "kayla", "alexis", "lori", "jane", "anne", "claire", "sophie", "chloe", "lucy", "ella", "mia", "ava", "zoe", "nina", "eva", "julia", "clara", "ines", "lena", "hanna", "greta", "petra", "ursula", "sabine", "monika", "claudia", "katrin", "silke", "birgit", "heike", "andrea", "kerstin", "susanne", "angelika", "annika", "ingrid", "astrid", "karin", "kristina", "elisabeth", "helga", "ulrike", "anja", "tanja", "nadine", "franziska", "marta", "lucia", "carmen", "rosa", "elena", "isabel", "pilar", "beatriz", "raquel", "paula", "adriana", "valentina", "francesca", "giulia", "chiara", "alessandra", "federica", "silvia", "laura", "manon", "camille", "chloé", "léa", "juliette", "céline", "nathalie", "isabelle", "sylvie", "valérie", "brigitte", "aurélie", "ingeborg", "sigrid", "solveig", "malin", "frida", "ebba", "karolina", "agnieszka", "katarzyna", "magdalena", "olga", "tatiana", "natalia", "svetlana", "irina", "ekaterina", "anastasia", "priya", "aisha", "fatima", "mariam", "leila", "yasmin", "mei", "ling", "yuki", "hana", "kari", "helga", "bonnie", "christina", "theresa", "summer", "karine", "silke", "ugochi", "lilia", "katherine"])
"""Common female first names (lower-case), many languages."""

MALE_NAMES: frozenset[str] = frozenset(["james", "john", "robert", "michael", "william", "david", "richard", "joseph", "thomas", "charles", "christopher", "daniel", "matthew", "anthony", "mark", "donald", "steven", "paul", "andrew", "joshua", "kenneth", "kevin", "brian", "george", "timothy", "ronald", "edward", "jason", "jeffrey", "ryan", "jacob", "gary", "nicholas", "eric", "jonathan", "stephen", "larry", "justin", "scott", "brandon", "benjamin", "samuel", "gregory", "alexander", "frank", "patrick", "raymond", "jack", "dennis", "jerry", "tyler", "aaron", "jose", "adam", "nathan", "henry", "douglas", "zachary", "peter", "kyle", "ethan", "walter", "noah", "jeremy", "christian", "keith", "roger", "terry", "gerald", "harold", "sean", "austin", "carl", "arthur", "lawrence", "dylan", "jesse", "jordan", "bryan", "billy", "joe", "bruce", "gabriel", "logan", "albert", "willie", "alan", "juan", "wayne", "elijah", "randy", "roy", "vincent", "ralph", "eugene", "russell", "bobby", "mason", "philip", "louis", "tom", "tim", "bob", "bill", "jim", "mike", "steve", "dave", "chris", "ben", "sam", "max", "luke", "oliver", "harry", "leo", "hans", "klaus", "jürgen", "peter", "stefan", "michael", "thomas", "andreas", "wolfgang", "uwe", "frank", "bernd", "markus", "matthias", "christian", "martin", "georg", "pascal", "lars", "sven", "jan", "jens", "olaf", "dirk", "holger", "ralf", "torsten", "carlos", "pedro", "manuel", "antonio", "francisco", "javier", "miguel", "luis", "jorge", "alejandro", "pablo", "sergio", "marco", "giuseppe", "giovanni", "luca", "matteo", "alessandro", "lorenzo", "andrea", "francesco", "roberto", "paolo", "pierre", "jean", "jacques", "philippe", "nicolas", "françois", "olivier", "laurent", "emmanuel", "mathieu", "henrik", "anders", "erik", "johan", "magnus", "nils", "karl", "gustav", "ivan", "sergei", "dmitri", "alexei", "vladimir", "mikhail", "nikolai", "andrei", "piotr", "tomasz", "krzysztof", "pawel", "ahmed", "mohammed", "ali", "omar", "hassan", "raj", "arjun", "wei", "hiroshi", "kenji", "ian", "terry", "ray", "bryan", "tim", "daniel", "nico", "hartmut", "mike", "kijoon", "jeffrey", "brandon", "matteo"]) - {"andrea"}
"""Common male first names (lower-case), many languages ('Andrea' is both)."""

FEMALE_CUES: frozenset[str] = frozenset({
    "mrs", "mrs.", "ms", "ms.", "miss", "frau", "mme", "mme.", "mlle", "sra.", "srta.",
    "dame", "lady", "mevr.", "г-жа", "chairwoman", "spokeswoman", "congresswoman",
    "councilwoman", "businesswoman", "sprecherin", "leiterin", "präsidentin",
    "geschäftsführerin", "direktorin", "ministerin", "directrice", "présidente",
    "presidenta", "directora", "ministra", "woordvoerster",
})
"""Honorifics and titles that mark a woman."""

MALE_CUES: frozenset[str] = frozenset({
    "mr", "mr.", "herr", "m.", "sr.", "sir", "lord", "dhr.", "г-н", "chairman",
    "spokesman", "congressman", "councilman", "businessman",
})
"""Honorifics and titles that mark a man."""

PRONOUN_GENDER: dict[str, str] = {
    "he": "m", "she": "f", "er": "m", "il": "m", "elle": "f", "él": "m", "ella": "f",
    "lui": "m", "lei": "f", "egli": "m", "ele": "m", "ela": "f", "hij": "m", "zij": "f",
    "han": "m", "hon": "f", "hun": "f", "он": "m", "она": "f", "ona": "f", "on": "m",
}
"""Pronouns that name a gender ('sie', 'ze', 'they' do not)."""

__all__ = ["FEMALE_CUES", "FEMALE_NAMES", "MALE_CUES", "MALE_NAMES", "PRONOUN_GENDER"]
