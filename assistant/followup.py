"""Follow-up questions: "And on finance?" after "What did HK and Zhejiang agree on aviation?".

Without an LLM, a follow-up keeps the previous question's subject and swaps in the new topic.
A question that reads as complete on its own is left as it is.
"""

from __future__ import annotations

import re

from assistant.words import key_terms

_LEAD = re.compile(r"^\s*(?:and|also|then|so|what about|how about|and what about|and how about)\b[\s,]*", re.I)
_TOPIC_TAIL = re.compile(r"\b(on|about|regarding|concerning|for|in|of)\s+[^?.!]+[?.!]*\s*$", re.I)
_PREPOSITION = re.compile(r"^(on|about|regarding|concerning|for|in|of)\b", re.I)


def is_follow_up(question: str) -> bool:
    """Elliptical questions: they open with "and"/"what about", or say almost nothing on their own."""
    return bool(_LEAD.match(question)) or len(key_terms(question)) <= 1


def rewrite(question: str, previous: str | None) -> str:
    """The question with the previous question's subject carried over, when it is a follow-up."""
    if not previous or not is_follow_up(question):
        return question
    topic = _LEAD.sub("", question).strip().rstrip("?.! ")
    if not topic:
        return previous
    if not _PREPOSITION.match(topic):
        topic = f"about {topic}"
    base = previous.strip().rstrip("?.! ")
    if _TOPIC_TAIL.search(base):
        return _TOPIC_TAIL.sub(topic, base) + "?"
    return f"{base} {topic}?"
