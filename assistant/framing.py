"""The words around a question: a request for it ("Can you tell me who ...?", "I'd like to know when ..."), an
opener ("And who ...?"), a greeting before it and thanks after it.

`strip_request` takes them off and leaves the question as if asked on its own. It does not move a question
word or spell dates (`phrasing.py` does, after it) and does not read what is asked.
"""

from __future__ import annotations

import re

# A request around the question ("Can you tell me who ...", "I'd like to know when ..."): the question is what
# follows it, read as if asked on its own.
_REQUEST = re.compile(
    r"^\s*(?:(?:hi|hello|hey)\b[\s,!.]*)?(?:please\s+)?(?:"
    r"(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:tell|show|let)\s+me(?:\s+know)?"
    r"|(?:can|could|would|will)\s+(?:you|u)\s+(?:please\s+)?(?:find\s+out|check|say)"
    r"|(?:please\s+)?(?:can\s+you\s+|could\s+you\s+)?(?:explain|describe|summari[sz]e|outline|sum\s+up|brief\s+me\s+on"
    r"|give\s+(?:me\s+)?(?:a\s+|an\s+)?(?:short\s+|brief\s+|quick\s+)?(?:summary|overview|rundown|outline)\s+of)"
    r"|(?:please\s+)?(?:tell|show|give|send)\s+me|let\s+me\s+know|(?:please\s+)?(?:name|list|state|find)(?=\s+the\b)"
    r"|i\s*(?:'d|’d|\s+would)\s+like\s+to\s+know|i\s+(?:want|need)\s+to\s+know|i\s+(?:wonder|was\s+wondering)"
    r"|do\s+you\s+know|does\s+any(?:one|body)\s+know"
    r")\b[\s,:]*(?:please\s+)?(?=\S)"
    r"|^\s*(?:[請请][問问]|我想[問问]|(?:我)?想知道|(?:你|您)知道|(?:可(?:以|否)|能(?:否)?)?[請请]?(?:你|您)?告[訴诉]我)[\s,，:：]*(?=\S)",
    re.I,
)


# A question opened by a conjunction, as the next in a conversation: "And who chairs it?"
_OPENER = re.compile(r"^\s*(?:and|but|so|also|then|ok(?:ay)?|well|now)\b[\s,]*(?=\S)", re.I)
# An embedded question keeps the order of a statement: "(tell me) what the phone number is".
_EMBEDDED = re.compile(
    r"^((?:what|who|whom|whose|where|when|which|how(?:\s+(?:many|much|long|old|far|big|large))?)(?:\s+\w+)??)"
    r"\s+(?!is\b|was\b|are\b|were\b|did\b|does\b|do\b|will\b|would\b|can\b|could\b|has\b|have\b|had\b)"
    r"(.+?)\s+(is|was|are|were)\b(.*?)\s*[?.]?$",
    re.I,
)


_SUBJECT_OPENERS = frozenset("the a an this that these those his her its their our my your".split())  # noqa: SIM905


def _is_subject(phrase: str) -> bool:
    """Whether a phrase opens as a noun phrase does ("the fee", "Hong Kong's share"), not as a verb."""
    first = phrase.split()[0]
    return first.lower() in _SUBJECT_OPENERS or first[0].isupper()


# Courtesy after the question: "...? Thanks!", "..., thank you." / "谢谢".
_COURTESY = re.compile(
    r"(?:(?<=[?.!,])|(?<=[?.!,]\s))\s*(?:(?:many\s+)?thanks?(?:\s+(?:you|a\s+lot|in\s+advance))?"
    r"|thank\s+you(?:\s+(?:very\s+much|in\s+advance))?|thx|cheers|please|pls|[謝谢][謝谢]|唔該|唔该)[\s.!?。！？]*$",
    re.I,
)


# A greeting or preamble before the question ("Hi there.", "Quick question:"), words that ask nothing.
_PREAMBLE = re.compile(r"^\s*([A-Za-z' ]+?)\s*[.!:,;—–-]+\s+(?=\S)")
_GREETING = """hi hello hey there dear all good morning afternoon evening day i i've ive have had got a an one
another quick simple small short more question questions query enquiry thanks thank you please help me need want
to ask sir madam team folks everyone ok okay so um well sorry excuse"""
_PREAMBLE_WORDS = frozenset(_GREETING.split())


def strip_request(text: str) -> str:
    """The question inside a request for it: "Can you tell me who chairs it?" -> "Who chairs it?",
    "Do you know what the fee is?" -> "What is the fee?", "And when is it?" -> "When is it?", "Hi there. Who
    chairs it? Thanks!" -> "Who chairs it?"."""
    if (thanked := _COURTESY.search(text)) and any(c.isalnum() for c in text[: thanked.start()]):
        text = text[: thanked.start()].rstrip(" ,")
    while (preamble := _PREAMBLE.match(text)) and set(preamble.group(1).lower().split()) <= _PREAMBLE_WORDS:
        text = text[preamble.end() :]
        text = text[0].upper() + text[1:]
    framed = _REQUEST.match(text) or _OPENER.match(text)
    if not framed:
        return text
    rest = text[framed.end() :].rstrip()
    if not any(c.isalnum() for c in rest):
        return text
    if (embedded := _EMBEDDED.match(rest)) and _is_subject(embedded.group(2)):
        rest = f"{embedded.group(1)} {embedded.group(3)} {embedded.group(2)}{embedded.group(4)}?"
    elif rest.split()[0].lower() in _SUBJECT_OPENERS:  # "Give me the phone number of ...": what it is
        rest = f"What is {rest[0].lower()}{rest[1:]}"
    return rest[0].upper() + (rest[1:-1] + "?" if rest.endswith(".") else rest[1:])
