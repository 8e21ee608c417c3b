"""How common a word is in English at large, so that a small archive's word weights stay sensible.

A question word's weight is its idf in the archive. In an archive of a few releases on one topic that alone is
misleading: a word no release holds ("close", "took", "large") weighs as much as a name never seen, and one every
release holds ("flower" in five flower-show releases) weighs nothing, so one everyday word said another way decides
a refusal. The scorer blends the archive's counts with a prior of PRIOR_CHUNKS chunks drawn from English at large
(wordfreq's frequencies): in an archive of hundreds of releases the prior hardly moves a weight; in one of five it
keeps an everyday word from outweighing the year and the names asked about.

Figures and Chinese are left to the archive: a year or a count is as particular as the archive says.
"""

from __future__ import annotations

import math
from functools import lru_cache

from wordfreq import word_frequency

from assistant.keyword import bm25_idf

# The prior's size, in chunks. Chosen on unseen batches of releases indexed alone (5 to 8 releases each): 30 gained
# 12 answers and lost 2 near-misses over 902 questions; 60 and up lost 5-7 near-misses ("opening hours", "rent").
PRIOR_CHUNKS = 30
CHUNK_WORDS = 170  # about a chunk's length in words (1,000 characters)


@lru_cache(maxsize=65536)
def chunk_share(word: str) -> float:
    """The share of English chunks of CHUNK_WORDS words that hold the word (as written, lower case); 0 for a
    word with a figure or a Chinese character."""
    if not word or any(c.isdigit() or "\u4e00" <= c <= "\u9fff" for c in word):
        return 0.0
    return 1.0 - math.exp(-word_frequency(word, "en") * CHUNK_WORDS)


def idf(df: int, chunks: int, share: float) -> float:
    """The idf of a word held by `df` of the archive's `chunks` chunks, with the prior's chunks added: the word
    in `share` of them."""
    return bm25_idf(df + PRIOR_CHUNKS * share, chunks + PRIOR_CHUNKS)
