"""The extractive answerer: quotes the sentences or list items that answer the question.

It never writes words of its own into an answer: each unit is a verbatim piece of a retrieved
passage followed by its citation marker. It refuses when the best release lacks the question's
key words, or holds no sentence of the kind asked for (a number for "how many", a time for
"what time"), instead of guessing. Before refusing for want of a few words it takes a second look
for words of the release that the model puts close in meaning ("flu" / "influenza").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from assistant import sentences
from assistant.candidate import (
    W_DENSE,
    Candidate,
    by_alias,
    holds,
    merge_aliases,
    pick,
    prescore,
    set_focus,
)
from assistant.counts import PEOPLE
from assistant.embeddings import VectorCache
from assistant.names import acronyms, capitals, given_names, spelled_out
from assistant.paraphrase import Paraphrases, paraphrases
from assistant.question import Question, date_terms, parse_question
from assistant.records import Answer, Chunk, Citation
from assistant.respell import respell
from assistant.retrieve import Filters, Hit, Retriever
from assistant.second_look import SURFACE, THESAURUS_SENSES, SecondLook
from assistant.thesaurus import WordNet, wordnet
from assistant.words import covered, tokens, with_aliases

MAX_SECTION_UNITS = 12
MIN_COVERAGE = 0.5  # idf-weighted share of the key words the chosen release must hold
MIN_SENTENCE = 0.2  # ... and the chosen sentence (with its heading)
NEAREST_MARGIN = 0.15  # a refusal quotes the nearest sentence of the right release when this close to the bar
NEAREST_CHARS = 300
MIN_SCORE = 0.74  # the chosen sentence's whole score (words, release, meaning, kind of answer)
TOP_RELEASES = 3  # every passage of the best releases is a candidate, not only the retrieved ones
DENSE_POOL = 4  # the candidates that may answer, scored by meaning too (the rest by words alone)
# ... and the next ones by words, also scored by meaning, which may only join an answer as runners-up, so they
# never change a refusal. Chosen on dev, reworded and fresh: pools of 6, 8 and 12 gained 5, 7 and 6 answers
# (the detail in a sentence just outside the four: "Xiamen" after "Fuzhou") and lost none.
RUNNER_POOL = 8
NO_ANSWER = "The releases do not say."
W_PERSON = 0.05
LATEST_MARGIN = 0.05
CONTEXT_SHARE = 0.7  # weight of "the sentence with the one before it" in its word score (chosen on dev)
KIND_DEPTH = 2  # how far down WordNet's kinds and instances a head noun is followed (1-3: same dev answers)
SECOND_LOOK_MARGIN = 0.1  # how far below the bar the second look starts
# A question word the release says another way (the list, WordNet, the model) counts for less than the word
# itself: chosen on dev (1.0: one more near-miss answered, "Who coaches the team?" by "the delegation"; 0.75:
# no dev answer lost, one fresh answer lost; 0.5: a reworded answer lost too).
ALIAS_CREDIT = 0.75


_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_AGE = re.compile(r"\d+-year-old")
_SHORT_FORM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")  # CEO, CHP, ImmD, FSDC
_CJK = re.compile(r"[\u4e00-\u9fff]")
_FOOTER = re.compile(r"^(Ends?\s*/|Issued at HKT|DISPATCHED BY|完$|\d{4}年\d{1,2}月\d{1,2}日|香港時間|香港时间)", re.I)


@dataclass(frozen=True)
class _Reading:
    """What scoring every candidate sentence reads of the question, worked out once per question."""

    question: Question
    weights: dict[str, float]  # key word -> its weight (idf)
    aliases: dict[str, set[str]] | None  # key word -> the words the second look found for it
    runs: dict[str, frozenset[str]]  # initials -> the run of the question's words they stand for
    short_forms: set[str]  # the question's abbreviations ("CEO")
    head_kinds: set[str]  # single-word kinds and instances of the head noun (WordNet)
    given: dict[str, str]  # surname -> given name, for the full names the question gives


class Answerer:
    def __init__(
        self, retriever: Retriever, embeddings, thesaurus: WordNet | None = None, lexicon: Paraphrases | None = None
    ):
        self.retriever = retriever
        self.embeddings = embeddings
        self.thesaurus = thesaurus if thesaurus is not None else wordnet()
        self.lexicon = lexicon if lexicon is not None else paraphrases()
        self._kinds: dict[str, list[list[str]]] = {}
        self.vectors = VectorCache(embeddings)
        self.second_look = SecondLook(retriever, self.thesaurus, self.vectors)

    def ask(self, text: str, filters: Filters | None = None) -> Answer:
        question, query_vector, hits = self._search(parse_question(text.strip()), filters or Filters())
        if not hits or not question.terms:
            return Answer(question.asked, NO_ANSWER + " No release in the index matches this question.", False)
        cands, contenders, aliases = self._contenders(question, hits, query_vector)
        if not contenders:
            return self._refuse(question, hits[0].chunk)
        # The best-ranked sentence that clears every check answers: a runner-up when the first falls short.
        best = next((c for c in contenders if not self._falls_short(question, c, aliases)), None)
        if best is None:
            # The right release without the detail asked, or a detail said in words this answerer cannot
            # match: either way the reader may judge the nearest sentence, marked as not an answer.
            first = contenders[0]
            nearest = (
                first.unit.text if first.release >= MIN_COVERAGE and first.score >= MIN_SCORE - NEAREST_MARGIN else None
            )
            return self._refuse(question, first.chunk, nearest)
        # Runners-up: the other contenders first, then the wider pool's sentences (a sentence holding a key word
        # the best one lacks still comes first, from either).
        cands = [best, *(c for c in contenders if c is not best), *(c for c in cands if not c.contender)]
        if question.kind == "other":
            for rid in self._topical_releases(question, best, hits):
                if (section := self._topic_section(question, rid)) is not None:
                    return self._compose(question.asked, self._section_units(rid, section))
        return self._compose(question.asked, pick(cands, question.key))

    # -- retrieval ------------------------------------------------------------------------

    def _search(self, question: Question, filters: Filters) -> tuple[Question, np.ndarray, list[Hit]]:
        """The question's vector (computed once, for search and scoring) and its hits; a misspelt name
        ("Zheijang") is spelled as the passages found by the rest of the question spell it, then the question is
        read and searched again."""
        query_vector = np.asarray(self.embeddings.embed_query(question.text))
        hits = self._hits(question, filters, query_vector)
        passages = [h.chunk.text for h in hits]
        if (
            hits
            and (respelled := respell(question.text, passages, self.retriever.keyword, self.thesaurus)) != question.text
        ):
            question = replace(parse_question(respelled), asked=question.asked)
            query_vector = np.asarray(self.embeddings.embed_query(question.text))
            hits = self._hits(question, filters, query_vector)
        return question, query_vector, hits

    def _contenders(
        self, question: Question, hits: list[Hit], query_vector: np.ndarray
    ) -> tuple[list[Candidate], list[Candidate], dict[str, set[str]]]:
        """The candidates that give the kind of answer asked, those of them that may answer, and the words the
        second look found for missing question words (none when it was not due or found nothing)."""
        cands = [c for c in self._candidates(question, hits, query_vector) if c.fits]
        contenders = [c for c in cands if c.contender]
        aliases: dict[str, set[str]] = {}
        if contenders and self._second_look_due(question, contenders[0]):
            # A second look before refusing: the release may say the missing words another way
            # ("trip" / "visit" from the hand-written list, "flu" / "influenza", "bought" / "purchased").
            listed = self.lexicon.aliases(question.text, question.key)
            if aliases := merge_aliases(
                listed, self.second_look.synonyms(question, contenders[0].chunk.release_id, listed)
            ):
                again = [c for c in self._candidates(question, hits, query_vector, aliases) if c.fits]
                if again_contenders := [c for c in again if c.contender]:
                    cands, contenders = again, again_contenders
        return cands, contenders, aliases

    def _hits(self, question: Question, filters: Filters, query_vector: np.ndarray) -> list[Hit]:
        hits = self.retriever.search(question.text, k=8, filters=filters, vector=query_vector)
        if question.year and filters.is_empty():
            # A year usually means the release's date, but may name a thing ("the 2016 Policy Address"):
            # search both ways and let the scoring decide.
            dated = Filters(date_from=f"{question.year}-01-01", date_to=f"{question.year}-12-31")
            seen = {h.chunk.chunk_id for h in hits}
            hits += [
                h
                for h in self.retriever.search(question.text, k=8, filters=dated, vector=query_vector)
                if h.chunk.chunk_id not in seen
            ]
        return hits

    # -- scoring --------------------------------------------------------------------------

    def _weights(self, question: Question) -> dict[str, float]:
        terms = question.key or question.terms
        keyword = self.retriever.keyword
        # A Chinese character pair found nowhere in the archive is as often two words' edges ("慧率" in
        # "傅小慧率領") as a missing word ("工資"): it weighs half.
        return {t: keyword.idf(t) * (0.5 if _CJK.match(t) and not keyword.df(t) else 1.0) for t in terms}

    def _coverage(
        self, weights: dict[str, float], words: set[str], aliases: dict[str, set[str]] | None = None
    ) -> float:
        total = sum(weights.values()) or 1.0
        people = bool(words & PEOPLE)  # "people" is said as persons, individuals, men and women...
        credit = 0.0
        for t, w in weights.items():
            if covered(t, words) or (people and t in PEOPLE):
                credit += w
            elif by_alias(t, words, aliases):
                credit += ALIAS_CREDIT * w
        return credit / total

    def _falls_short(self, question: Question, best: Candidate, aliases: dict[str, set[str]] | None = None) -> bool:
        """Whether the best candidate is refused: too few of the question's words, in its release or its
        sentence, too low a score, or a release without the head noun (the right release, but not the
        thing asked about)."""
        if best.release < MIN_COVERAGE or best.lexical < MIN_SENTENCE or best.score < MIN_SCORE:
            return True
        vocabulary = question.joined(self.retriever.vocabulary(best.chunk.release_id))
        if any((_ORDINAL.fullmatch(t) or _AGE.fullmatch(t)) and t not in vocabulary for t in question.key):
            # "the 5th plenary" is not the 4th one the release is about; "the 84-year-old patient" is not its
            # 59-year-old one.
            return True
        if question.pairs_otherwise(best.unit.text):
            return True  # "Hong Kong and ASEAN" answer nothing about the Hong Kong-Australia agreement
        if not question.head or question.lists(best.unit.text) or question.names_place(best.unit.text):
            return False
        return not holds(question.head, vocabulary, aliases) and not self._names_a_kind(question, vocabulary)

    def _names_a_kind(self, question: Question, vocabulary: set[str]) -> bool:
        """Whether the release names a kind or an instance of the head noun, by WordNet ("Which city?" and
        Vienna, "Which body?" and a council)."""
        return any(all(covered(t, vocabulary) for t in stems) for stems in self._head_kinds(question))

    def _head_kinds(self, question: Question) -> list[list[str]]:
        """The stems of each kind and instance of the head noun (WordNet, as the question writes it)."""
        if not question.head:
            return []
        for word in dict.fromkeys(SURFACE.findall(question.text.lower())):
            if question.head in tokens(word):
                if word not in self._kinds:
                    kinds = self.thesaurus.kinds_of(word, THESAURUS_SENSES, KIND_DEPTH)
                    self._kinds[word] = [stems for k in sorted(kinds) if (stems := tokens(k))]
                return self._kinds[word]
        return []

    # -- a second look: words the release says another way --------------------------------

    def _second_look_due(self, question: Question, best: Candidate) -> bool:
        """Whether the best candidate would be refused for want of a few of the question's words (one far
        below the bar is not worth a second look)."""
        return best.score >= MIN_SCORE - SECOND_LOOK_MARGIN and self._falls_short(question, best)

    def key_coverage(self, text: str, chunks: list[Chunk]) -> float:
        """Share (idf-weighted) of the question's key words held by the releases of these chunks."""
        question = parse_question(text)
        words: set[str] = set()
        for chunk in chunks:
            words |= self.retriever.vocabulary(chunk.release_id) | date_terms(question, chunk.date)
        return self._coverage(self._weights(question), words)

    def _passages(self, hits: list[Hit]) -> list[tuple[int, Chunk]]:
        """(rank, chunk): the retrieved chunks, then every other chunk of the best releases."""
        out = [(rank, h.chunk) for rank, h in enumerate(hits, 1)]
        seen = {h.chunk.chunk_id for h in hits}
        releases = list(dict.fromkeys(h.chunk.release_id for h in hits))[:TOP_RELEASES]
        for rid in releases:
            for chunk in self.retriever.release_chunks(rid):
                if chunk.chunk_id not in seen:
                    seen.add(chunk.chunk_id)
                    out.append((len(hits) + 1, chunk))
        return out

    def _candidates(
        self, question: Question, hits: list[Hit], query_vector: np.ndarray, aliases: dict[str, set[str]] | None = None
    ) -> list[Candidate]:
        """Every sentence of the retrieved passages and of the best releases, scored and ranked: the pool
        of the best by words, scored by meaning too, first."""
        reading = self._reading(question, aliases)
        cands: list[Candidate] = []
        seen: set[tuple[str, str]] = set()
        named: dict[str, set[str]] = {}  # release -> the given names its titled surnames stand for
        release_cov: dict[str, float] = {}
        release_rank: dict[str, int] = {}
        for rank, chunk in self._passages(hits):
            rid = chunk.release_id
            release_rank.setdefault(rid, rank)
            if rid not in release_cov:
                release_cov[rid], named[rid] = self._release_coverage(reading, rid, chunk.date)
            previous = ""
            for unit in sentences.units(chunk.text):
                before, previous = previous, unit.text
                if (rid, unit.text) in seen or len(unit.text) < 12 or unit.text in (chunk.title, chunk.section):
                    continue
                seen.add((rid, unit.text))
                footer = bool(_FOOTER.match(unit.text))
                if footer and not question.issuing:
                    continue  # "Ends/Friday, May 8" or "Issued at HKT 15:06" answers only when it was issued
                rank_of = release_rank[rid] if footer else rank
                cands.append(
                    self._candidate(reading, unit, before, chunk, rank_of, release_cov[rid], named[rid], footer)
                )
        return self._ranked(reading, cands, query_vector) if cands else []

    def _reading(self, question: Question, aliases: dict[str, set[str]] | None) -> _Reading:
        short_forms = {w.lower() for w in _SHORT_FORM.findall(question.text)}
        if not any(c.isupper() for c in question.text):  # typed in lower case: "ceo" may be an abbreviation
            short_forms = {t for t in question.key if t.isascii() and t.isalpha() and 2 <= len(t) <= 5}
        return _Reading(
            question=question,
            weights=self._weights(question),
            aliases=aliases,
            runs=spelled_out(question.text),
            short_forms=short_forms,
            head_kinds={stems[0] for stems in self._head_kinds(question) if len(stems) == 1},
            given=given_names(question.text),  # "John Lee": a release that says "Mr Lee" means him
        )

    def _release_coverage(self, reading: _Reading, rid: str, date: str | None) -> tuple[float, set[str]]:
        """The release's share of the question's key words, and the given names its titled surnames stand for."""
        question, given, short_forms, runs = reading.question, reading.given, reading.short_forms, reading.runs
        named = {given[s] for s in self.retriever.surnames(rid) if s in given}
        words = self.retriever.vocabulary(rid) | date_terms(question, date) | named
        if short_forms:  # "CEO" is held by "Chief Executive Officer"
            words = words | (self.retriever.abbreviations(rid) & short_forms)
        for short in self.retriever.capitals(rid) & runs.keys():  # "Mass Transit Railway" by "MTR"
            words = words | runs[short]
        return self._coverage(reading.weights, question.joined(words), reading.aliases), named

    def _candidate(
        self,
        reading: _Reading,
        unit: sentences.Unit,
        before: str,
        chunk: Chunk,
        rank: int,
        release_cov: float,
        named: set[str],
        footer: bool,
    ) -> Candidate:
        """One sentence scored by its words (with its section heading and, at part weight, the sentence before
        it), its release's words and the kind of answer it gives; meaning comes later, for the best only."""
        question, weights, aliases, given = reading.question, reading.weights, reading.aliases, reading.given
        words = with_aliases(set(tokens(f"{chunk.section or ''} {unit.text}"))) | date_terms(question, chunk.date)
        if named and words & given.keys():
            words |= {given[s] for s in words & given.keys()} & named
        words = question.joined(words)
        if reading.short_forms:
            words |= acronyms(unit.text) & reading.short_forms
        for short in capitals(unit.text) & reading.runs.keys():  # "the FTA" holds "free trade agreement"
            words |= reading.runs[short]
        lexical = self._coverage(weights, words, aliases)
        if before and not footer:
            # A sentence leans on the one before it ("During his absence, ..."): that one's words count for it
            # too, at part weight.
            window = self._coverage(weights, words | set(tokens(before)), aliases)
            lexical = (1 - CONTEXT_SHARE) * lexical + CONTEXT_SHARE * window
        if footer:  # a footer line speaks for its whole release
            lexical = max(lexical, release_cov)
        cand = Candidate(unit, chunk, rank, lexical, release_cov, footer=footer, words=frozenset(words))
        cand.fits = question.fits(unit.text)
        head = question.head or ""
        cand.names_head = bool(head) and (holds(head, words, aliases) or bool(reading.head_kinds & words))
        cand.score = prescore(cand)
        if question.kind == "who" and question.names_person(unit.text):
            cand.score += W_PERSON  # "who" is most often answered by a person's name
        return cand

    def _ranked(self, reading: _Reading, cands: list[Candidate], query_vector: np.ndarray) -> list[Candidate]:
        """The pool of the best candidates by words, scored by meaning too, best first; for "latest", the newest
        of the equally good first."""
        set_focus(reading.weights, cands, reading.aliases or {})
        cands.sort(key=lambda c: -c.order)
        pool = cands[:RUNNER_POOL]
        for extra in pool[DENSE_POOL:]:
            extra.contender = False
        vectors = self.vectors([c.unit.text for c in pool])
        for cand, sim in zip(pool, vectors @ query_vector, strict=True):
            cand.score += W_DENSE * float(sim)
        ranked = sorted(pool, key=lambda c: -c.order)
        if reading.question.latest:
            # "Latest": among the equally good matches (template releases repeat), the newest release wins.
            lead = next(c for c in ranked if c.contender)
            close = [c for c in ranked if c.contender and c.fits and c.score >= lead.score - LATEST_MARGIN]
            if close:
                newest = max(close, key=lambda c: c.chunk.date or "")
                newest.score = max(newest.score, lead.score + 1e-6)
                newest.focus = max(newest.focus, lead.focus)
                ranked = sorted(ranked, key=lambda c: -c.order)
        return ranked

    # -- sections -------------------------------------------------------------------------

    def _topical_releases(self, question: Question, best: Candidate, hits: list[Hit]) -> list[str]:
        """Where to look for a section that answers the question: the best sentence's release; for a
        topic question ("agree on culture?"), also the other retrieved releases that hold its key words."""
        releases = [best.chunk.release_id]
        if question.topical:
            weights = self._weights(question)
            for rid in dict.fromkeys(h.chunk.release_id for h in hits):
                if rid not in releases and self._coverage(weights, self.retriever.vocabulary(rid)) >= best.release:
                    releases.append(rid)
        return releases[:TOP_RELEASES]

    def _topic_section(self, question: Question, release_id: str) -> str | None:
        """A section of the release whose heading the question names ("... on aviation?"); for a topic
        question one shared word will do ("agree on culture?" -> "Cultural Co-operation and Creative Industries")."""
        chunks = self.retriever.release_chunks(release_id)
        title_words = set(tokens(chunks[0].title or "")) if chunks else set()
        asked = [t for t in question.terms if len(t) > 2]
        best, best_overlap = None, 0
        for heading in dict.fromkeys(c.section for c in chunks if c.section):
            words = {w for w in tokens(heading) if w not in title_words and len(w) > 2}
            overlap = sum(1 for w in words if any(covered(t, {w}) for t in asked))
            # One shared word names the section for a topic question; otherwise it takes two, or the
            # thing asked about ("Which secretary replied to the question?" is not after a "Question" section).
            named = question.topical or overlap >= 2 or bool(question.head and covered(question.head, words))
            if (
                overlap > best_overlap
                and overlap >= len(words) / 2
                and named
                or overlap > best_overlap
                and question.topical
            ):
                best, best_overlap = heading, overlap
        return best

    def _section_units(self, release_id: str, section: str) -> list[Candidate]:
        out: list[Candidate] = []
        for chunk in self.retriever.release_chunks(release_id):
            if chunk.section == section:
                out.extend(Candidate(u, chunk, 1) for u in sentences.units(chunk.text, list_like=True))
        return out[:MAX_SECTION_UNITS]

    # -- the answer ---------------------------------------------------------------------

    def _refuse(self, question: Question, closest: Chunk, nearest: str | None = None) -> Answer:
        label = self.retriever.label(closest.release_id)
        text = (
            f'{NO_ANSWER} The closest release, "{label}" ({closest.date or "undated"}), does not answer this question.'
        )
        if nearest:
            if len(nearest) > NEAREST_CHARS:
                nearest = nearest[: NEAREST_CHARS - 1].rsplit(" ", 1)[0] + "…"
            text += f' Its nearest passage, which is not an answer: "{nearest}"'
        return Answer(question.asked, text, False)

    def _compose(self, question: str, chosen: list[Candidate]) -> Answer:
        if not chosen:
            return Answer(question, NO_ANSWER, False)
        numbers: dict[str, int] = {}
        citations: list[Citation] = []
        parts: list[str] = []
        for cand in chosen:
            c = cand.chunk
            if c.chunk_id not in numbers:
                numbers[c.chunk_id] = len(numbers) + 1
                name = self.retriever.label(c.release_id)
                citations.append(
                    Citation(numbers[c.chunk_id], c.release_id, c.title, c.date, c.url, c.section, c.text, name)
                )
            parts.append(f"{cand.unit.text} [{numbers[c.chunk_id]}]")
        sep = "\n" if any(cand.unit.is_item for cand in chosen) else " "
        return Answer(question, sep.join(parts), True, tuple(citations))
