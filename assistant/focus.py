"""What a question asks about: the head noun ("Which <vice governor> did ...", "What was Yagi's central
<pressure>?", "What did they agree on <aviation>?"), and the question without the clause that names its occasion
("Which influenza type dominated [when Hong Kong entered the winter flu season]?").

A release that lacks the head noun (or a kind of it) cannot answer; the answerer makes that check. None when the
question names no thing, or names it too loosely to decide a refusal. The occasion finds the release; the rest
of the question is what a sentence of it must say, and the scorer reads both.
"""

from __future__ import annotations

import re

from assistant.kinds import WHAT_IS
from assistant.phrasing import AUX, IRREGULAR_PAST, MONTH
from assistant.words import ALIASES, STOPWORDS, token_set, tokens

# What a question asks about: "Which <vice governor> did ...", "How many <medals> did ...",
# "What did they agree on <aviation>?"; "Who <chairs> ..." names a verb, not a thing.
_FOCUS_WHAT = re.compile(
    rf"^\s*(?:(?:in|on|at|for|from|to|by|with|under|of)\s+)?(?:what|which)\s+(?!{AUX}\b)"
    rf"((?:[\w'’.-]+\s+){{0,4}}?[\w'’.-]+)\s+{AUX}\b",
    re.I,
)
# "Which arts troupe performed ...?", "Which official spoke ...?": with no auxiliary, the past tense after the noun
# is the question's verb.
_INNER = r"(?:the|a|an|its|their|his|her|this|that|these|those|to|of|in|on|at|for|by|with|from)"
_FOCUS_WHICH_DID = re.compile(
    # ... a noun phrase with no determiner or preposition inside it: "Which company makes the recalled shakes?"
    # has crossed its verb by "the"
    rf"^\s*which\s+(?!{AUX}\b)((?:(?!{_INNER}\b)[\w'’.-]+\s+){{0,3}}?(?!{_INNER}\b)[\w'’.-]+?)\s+"
    rf"(?:[a-z]{{2,}}ed|{IRREGULAR_PAST})\b"
    rf"(?!.*\b{AUX}\b)",
    re.I,
)
_FOCUS_HOW_MANY = re.compile(rf"\bhow many\s+((?:[\w-]+\s+){{0,3}}?[\w-]+)\s+{AUX}\b", re.I)
FOCUS_TOPIC = re.compile(
    r"\b(?:agree|agreed|co-operate|cooperate|collaborate|work together|do together|plan|plans|say|said)\s+"
    r"(?:(?:at|during)\s+[\w'’ -]+?\s+(?=on|about|over|regarding)|)"
    r"(?:on|in|about|over|regarding)\s+((?:[\w&'-]+\s+){0,5}?[\w&'-]+)\s*(?:\b(?:at|in|on|during|for|with|by)\b.*)?\?*$",
    re.I,
)
# "What was Yagi's central pressure?", "What is the name of the organisation that ...?"
_FOCUS_IS = re.compile(
    WHAT_IS + r"((?:[\w'’.-]+\s+){0,6}?[\w'’.-]+)\s*"
    r"(?:(?<![\w'’.-])(?:that|which|who|whom|when|where|for|in|at|on|during|by|from|to|with|under|after|before|about|"
    r"since)\b.*)?\?*$",
    re.I,
)
FOCUS_WHO = re.compile(rf"^\s*who\s+(?!{AUX}\b)([a-z][a-z-]*)\b", re.I)
# "Who is the director of the unit?", "Who was its coach?": the role asked about.
_FOCUS_WHO_IS = re.compile(
    r"^\s*who\s+(?:is|was|are|were|will be)\s+(?:the|its|their|his|her|[\w'’. -]+?['’]s?)\s+"
    r"((?:[\w'’.-]+\s+){0,3}?[\w'’.-]+)"
    r"\s*(?:\b(?:of|at|for|in|on|who|that|when|named|during|under|with)\b.*)?\?*$",
    re.I,
)
_DOING = re.compile(r"(?<=\w)\s+\w{3,}ing(?:\s+(?:the|a|an|its|their|his|her|this|that|these|those)\b.*)?$")
# Past participles that do not end in "-ed" ("the courier caught", "the man found").
_IRREGULAR_DONE = re.compile(
    r"\b(?:caught|found|seen|held|taken|given|sent|brought|shot|stolen|known|kept|left|sold|told|paid|bought|hurt|"
    r"struck|bitten|hit|chosen)\b"
)
# "What is the commission going to set up?": a verb follows, not a thing.
_VERB_TO = re.compile(r"\b(?:going|planning|expected|scheduled|due|set|about|likely|supposed|hoping|trying) to\b")
# A phrase that places or times the thing asked about: "roads *in Causeway Bay*", "flights *from Tokyo*".
_PLACED = re.compile(r"(?<=\S)\s+(?:in|at|on|from|near|inside|outside|during|across|around|within)\s.*$")
_PRONOUNS = frozenset("he she they we you it i".split())  # noqa: SIM905
_QUANTIFIER = re.compile(r"\s(?:a|an|per|each|every)\s.*$")  # "flights a week": the week is not the topic
# Words that narrow a question without naming its topic ("what *else*", "which *one* of the airports").
_GENERIC = token_set(
    """else exactly precisely specific specifically particular main major key new other others
    following one ones two three four five more further additional different various certain actual"""
)
# Nouns that name the kind of value asked for, not the topic ("what *strength* of handrub", "which *type*").
_ATTRIBUTES = token_set(
    """date time day days month year years hour number numbers amount amounts total share shares
    percentage percentages proportion rate rates level levels size kind kinds type types sort sorts subtype
    subtypes strength make brand model name names event events figure figures value sum price cost way ways style
    styles
    people persons age ages concentration basis foundation foundations word words part parts portion portions
    section sections stretch stretches segment segments item items thing things"""
)


# ... but "What brands were seized?" asks for brands, which a release that never says "brand" does not name
# ("What brand of handrub ...?" asks for a handrub).
_NAMED_ATTRIBUTES = token_set("brand brands make makes model models")


# "會見了哪位省長?", "看了什麼比賽?": in Chinese, the thing asked about closes the question after "which" or "what"
# (and a measure word). Kinds of thing that a name answers are no head: "哪個省份?" is answered by "貴州". "哪裏"
# is "where": "在哪裏出現?" asks for a place, not for an appearance.
_CJK_WHICH = re.compile(
    r"(?:哪(?![裏里兒儿處处])|什麼|什么|甚麼|甚么)(?:一)?(?:位|個|个|些|間|间|家|所|種|种|項|项|條|条|名|場|场|類|类)?"
    r"([\u4e00-\u9fff]{2,4})\s*[?？]?\s*$"
)
_CJK_KINDS = frozenset(
    t
    for w in ("省份", "城市", "國家", "地區", "地方", "時候", "時間", "日期", "原因", "目的")
    + ("方面", "部門", "機構", "人士", "東西", "事情", "內容", "情況", "工作", "活動")
    for t in tokens(w)
)


# A superlative adjective standing alone ("the hottest", "the busiest"); not a word that only ends so ("interest",
# "arrest", "honest"), nor "latest", which asks for the newest release.
_SUPERLATIVE = re.compile(
    r"(?!(?:inter|for|requ|cont|prot|gu|n|t|ch|w|qu|harv|arr|conqu|manif|bequ|pri|cr|p|v|z|dig|sugg|inqu|"
    r"r|l|mol|hon|mod|earn|lat)est$)[a-z]{2,}est"
)


def head(text: str) -> str | None:
    """The head noun of what the question asks about (None when unsure, or for "who <verb>")."""
    if m := _CJK_WHICH.search(text):
        noun = tokens(m.group(1))
        return noun[-1] if noun and noun[-1] not in _CJK_KINDS else None
    if FOCUS_WHO.search(text) and not _FOCUS_WHO_IS.search(text):
        return None  # a verb ("who chairs"), too often paraphrased to decide a refusal
    for pattern in (_FOCUS_WHO_IS, _FOCUS_WHAT, _FOCUS_WHICH_DID, _FOCUS_HOW_MANY, FOCUS_TOPIC, _FOCUS_IS):
        if m := pattern.search(text):
            phrase = _QUANTIFIER.sub("", f" {m.group(1).lower()}").strip()
            if pattern in (_FOCUS_WHAT, _FOCUS_WHICH_DID, _FOCUS_HOW_MANY):
                phrase = _PLACED.sub("", phrase)  # "Which roads in Causeway Bay are ...": the roads
            if pattern is _FOCUS_WHO_IS:
                # "Who were the people arrested?", "Who was the courier caught ...?": not the participle
                phrase = re.sub(r"\b\w+ed\b", " ", phrase)
                phrase = _IRREGULAR_DONE.sub(" ", phrase)
                # "Who was the labour secretary commenting on ...?", "the officer leading the operation": the
                # participle after the role, and what follows it, say what the role did.
                phrase = _DOING.sub("", phrase)
            if pattern is _FOCUS_IS:
                phrase = _without_relative(m.group(1)).lower()
                if (
                    not re.match(r"the |\S+['’]s? |.* \S+['’]s? ", phrase)
                    or re.search(r"(?:ed|called)$", phrase)
                    or re.search(rf"\b{AUX}\b", phrase)
                    or _VERB_TO.search(f"{phrase}{text[m.end(1) : m.end(1) + 4]}")
                ):
                    return None  # only "the X (of Y)" or "Z's X"; "What is it called?" names a verb
                phrase = re.sub(r"\b\w+ed\b", " ", phrase)  # "the banks involved": not the participle
            # "share of influenza detections": an attribute's "of" names the topic; otherwise the head is before "of".
            before, _, after = phrase.partition(" of ")
            words = [w for w in tokens(before) if w not in STOPWORDS and w not in _GENERIC]
            if after and (not words or all(w in _ATTRIBUTES for w in words)):
                words = [w for w in tokens(after) if w not in STOPWORDS and w not in _GENERIC]
            topic = [w for w in words if (w not in _ATTRIBUTES or w in _NAMED_ATTRIBUTES) and not w.isdigit()]
            if not topic or not topic[-1].isalpha() or _SUPERLATIVE.fullmatch(topic[-1]):
                return None  # "What was the hottest it got?": an adjective, no noun
            return tokens(ALIASES[topic[-1]])[-1] if topic[-1] in ALIASES else topic[-1]  # "CEO": the officer
    return None


def _without_relative(phrase: str) -> str:
    """The noun phrase without a relative clause that follows it unmarked: "the joint operation ImmD ran" -> "the
    joint operation", "the organisation they searched" -> "the organisation"."""
    words = phrase.split()
    for i in range(2, len(words)):
        before, word = words[i - 1], words[i]
        if before.islower() and before not in STOPWORDS and (word[0].isupper() or word in _PRONOUNS):
            return " ".join(words[:i])
    return phrase


# The occasion, at the end of a question (a phrase set before it is moved there when the question is read):
# "..., according to the CHP in 2026", "... when the No. 8 signal was in force", "... during cold weather",
# "... apart from having less fat", "... in January 2026", "... at their 2019 meeting".
_OCCASION = re.compile(
    r",?\s+(?:according to|when|while|after|before|during|as of|once|since|amid|apart from|besides|other than|except)"
    rf"\s.*|,?\s+(?:in|on)\s+(?:(?:early|late|mid)[- ])?(?:\d{{1,2}}\s+)?(?:(?:{MONTH})\s+)?(?:\d{{1,2}},?\s+)?"
    r"(?:19|20)\d\d\b.*|"
    r",?\s+at (?:the|their|its|his|her) [^,?]*?(?:meeting|plenary|conference|summit|forum|briefing|session|ceremony)\b.*",
    re.I,
)


def without_occasion(text: str) -> str | None:
    """The question without the clause or phrase at its end that sets its scene: when, at which event, on whose
    word, apart from what ("Which influenza type dominated when Hong Kong entered the flu season?" -> "Which
    influenza type dominated?"); None when it has none, or too little would be left."""
    if not (m := _OCCASION.search(text.rstrip("?"))):
        return None
    rest = text[: m.start()].strip().rstrip(",")
    return f"{rest}?" if len(rest.split()) >= 3 else None
