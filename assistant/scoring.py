"""Scoring candidate sentences: every sentence of the retrieved passages and of the best releases, by its words,
its release's words and the kind of answer it gives, and the best of them by meaning too.

It ranks; it does not decide whether the best sentence answers (`answer.py` answers or refuses) and does not
put the answer together (`candidate.pick`, `compose.py`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from assistant import background, sentences
from assistant.candidate import W_DENSE, Candidate, Weights, coverage, holds, merge_aliases, prescore, set_focus
from assistant.counts import elliptical_count, gives_age
from assistant.embeddings import VectorCache
from assistant.names import HYPHEN_NAME, acronyms, capitals, given_names, spelled_out
from assistant.parts import release_records
from assistant.phrasing import NOT_NAMES, SHORT_MONTHS
from assistant.question import Question, date_terms
from assistant.records import Chunk
from assistant.retrieve import Hit, Retriever
from assistant.second_look import THESAURUS_SENSES
from assistant.spelling import simplified
from assistant.thesaurus import WordNet
from assistant.words import STOPWORDS, text_words, tokens

TOP_RELEASES = 3  # every passage of the best releases is a candidate, not only the retrieved ones
DENSE_POOL = 4  # the candidates that may answer, scored by meaning too (the rest by words alone)
# ... and the next ones by words, also scored by meaning, which may only join an answer as runners-up, so they
# never change a refusal. Chosen on dev, reworded and fresh: pools of 6, 8 and 12 gained 5, 7 and 6 answers
# (the detail in a sentence just outside the four: "Xiamen" after "Fuzhou") and lost none.
RUNNER_POOL = 8
W_PERSON = 0.05
LATEST_MARGIN = 0.05
CONTEXT_SHARE = 0.7  # weight of "the sentence with the one before it" in its word score (chosen on dev)
KIND_DEPTH = 2  # how far down WordNet's kinds and instances a head noun is followed (1-3: same dev answers)

_SHORT_FORM = re.compile(r"\b[A-Z][A-Za-z]*[A-Z][A-Za-z]*\b")  # CEO, CHP, ImmD, FSDC
_CJK = re.compile(r"[\u4e00-\u9fff]")
_AGE = re.compile(r"\d{1,3}-year-old")
# A sentence that speaks of the people or the body a release is about: "The duo were released on bail", "the
# defendant accepted bribes", "Five of them sought medical advice", "may have seen the missing man". Not "he" or
# "she": one person is most often the one the sentence before named ("Dr Harilela is ... He is also the Chairman of
# ...").
_REFERS_BACK = re.compile(
    r"\b(?:they|them|their|its)\b|\bthe\s+(?:same\s+|arrested\s+|missing\s+|injured\s+|two\s+|three\s+)?"
    r"(?:duo|trio|pair|couple|defendants?|accused|suspects?|man|woman|men|women|boy|girl|child|baby|patients?|"
    r"company|firm|employer|consignee|passengers?|victims?|drivers?|deceased|director)\b(?!\s+(?:of|for)\b)"
    # "The total amount of wages involved was $5,640": involved in the case the release tells of
    r"|\b(?:involved|concerned)\b(?!\s+(?:in|with|about|that|over)\b)"
    # "It said it had received more than 100 reports": the body the release tells of speaking
    r"|^It\s+(?:also\s+)?(?:said|says|added|adds|noted|notes|stated|states|explained|reminded|urged|advised)\b"
    # ... and in Chinese: "他" (not "其他", other), "事主", "老翁", "該男子", "傷者"
    r"|(?<!其)[他她]|事主|老翁|老婦|[該该](?:名)?[男女]|被捕[男女人]|傷者|伤者|死者|患者|涉案",
    re.I,
)
# "The above-mentioned product is being recalled due to ...", "the affected batch of the product": the thing the
# release's headline, first sentence and record ("Product name: ...", "Brand: ...") tell of.
_REFERS_ABOVE = re.compile(
    r"\b(?:above[- ]mentioned|aforementioned|aforesaid)\b|\b(?:products?|batch(?:es)?|items?|consignments?)\s+concerned\b|"
    r"\bthe\s+affected\s+(?:batch(?:es)?|products?|items?|consignments?)\b",
    re.I,
)
_HE_OR_SHE = re.compile(r"(?:He|She|His|Her)\b")
_FOOTER = re.compile(r"^(Ends?\s*/|Issued at HKT|DISPATCHED BY|完$|\d{4}年\d{1,2}月\d{1,2}日|香港時間|香港时间)", re.I)


# "Grade 4", "Phase 2", "Terminal 1": a figure the question names a thing by, held only where it follows that word
# ("Four beaches were rated as Good" holds no Grade 4). Not a month's day or year, nor "in 2019".
_LABELLED = re.compile(r"\b([A-Z][a-z]+)\s+(\d{1,3})\b(?![,.:]?\d)")
_NO_LABELS = STOPWORDS | NOT_NAMES | SHORT_MONTHS.keys() | {"no", "nos"}


def labelled_figures(text: str) -> tuple[tuple[str, str], ...]:
    """The figures the question names things by, with their word: (("grade", "4"),) of "What is Grade 4 called?"."""
    return tuple((word.lower(), figure) for word, figure in _LABELLED.findall(text) if word.lower() not in _NO_LABELS)


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
    labelled: tuple[tuple[str, str], ...]  # the figures the question names things by ("grade", "4")


class Scorer:
    """Scores and ranks the candidate sentences for a question; one per answerer, with its caches."""

    def __init__(self, retriever: Retriever, vectors: VectorCache, thesaurus: WordNet):
        self.retriever = retriever
        self.vectors = vectors
        self.thesaurus = thesaurus
        self._kinds: dict[str, list[list[str]]] = {}
        self._instances: dict[str, set[str]] = {}

    def weights(self, question: Question) -> Weights:
        """Each key word of the question (or each word, when it has no key word) with its weight: its idf in the
        archive, blended with its share of English at large (`background.py`)."""
        terms = question.key or question.terms
        keyword = self.retriever.keyword
        chunks = len(keyword)
        out = Weights()
        out.optional = question.given if question.given != frozenset(terms) else frozenset()
        for t in terms:
            df = keyword.df(t)
            out[t] = background.idf(df, chunks, background.chunk_share(question.written.get(t, "")))
            # A Chinese character pair found nowhere in the archive is as often two words' edges ("慧率" in
            # "傅小慧率領") as a missing word ("工資"): it weighs half; nothing where the pairs on both its sides are
            # found ("星最" in "羅海星最後": "海星" and "最後" are words, "星最" only where they meet).
            if _CJK.match(t) and not df:
                out[t] *= 0.0 if self._between_words(question, t) else 0.5
        return out

    def _between_words(self, question: Question, pair: str) -> bool:
        """Whether a Chinese character pair of the question sits between two pairs the archive holds."""
        text, keyword = simplified(question.text), self.retriever.keyword
        for i in (m.start() for m in re.finditer(re.escape(pair), text)):
            left, right = text[i - 1 : i + 1] if i else "", text[i + 1 : i + 3]
            if all(len(p) == 2 and _CJK.fullmatch(p[1]) and _CJK.match(p) and keyword.df(p) for p in (left, right)):
                return True
        return False

    def head_kinds(self, question: Question) -> list[list[str]]:
        """The stems of each kind and instance of the head noun (WordNet, as the question writes it)."""
        if not question.head:
            return []
        if not (word := question.written.get(question.head)):
            return []
        if word not in self._kinds:
            kinds = self.thesaurus.kinds_of(word, THESAURUS_SENSES, KIND_DEPTH)
            # A kind of two letters is an abbreviation ("Ld", a limited company) that a release's short form
            # ("the Labour Department (LD)") would be taken for.
            self._kinds[word] = [stems for k in sorted(kinds) if len(k.strip(".")) > 2 and (stems := tokens(k))]
        return self._kinds[word]

    def head_instances(self, question: Question) -> set[str]:
        """The stems of the named instances of the head noun (WordNet: "country" -> Ghana), one word each."""
        word = question.written.get(question.head or "")
        if not word:
            return set()
        if word not in self._instances:
            names = self.thesaurus.instances_of(word, THESAURUS_SENSES, KIND_DEPTH)
            self._instances[word] = {t[0] for n in names if len(n) >= 4 and len(t := tokens(n)) == 1}
        return self._instances[word]

    def candidates(
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
            units = sentences.units(chunk.text)
            records = sentences.record_context(units)
            leads = sentences.list_leads(units)
            items = sentences.item_leads(units)
            for unit in units:
                # A list's item is one of what its lead-in says ("Grade 1 beaches are:"), a record's field is of
                # the record's thing.
                before, previous = records.get(unit.text, items.get(unit.text, previous)), unit.text
                if unit.text in leads:
                    # A list's lead-in speaks of its items, not of the last item of the list before it.
                    kept = "" if sentences.is_list_item(before) else before
                    before = f"{kept} {leads[unit.text]}".strip()
                if (rid, unit.text) in seen or len(unit.text) < 12 or unit.text in (chunk.title, chunk.section):
                    continue
                seen.add((rid, unit.text))
                footer = bool(_FOOTER.match(unit.text))
                if footer and not question.issuing:
                    continue  # "Ends/Friday, May 8" or "Issued at HKT 15:06" answers only when it was issued
                rank_of = release_rank[rid] if footer else rank
                field = unit.text in records
                cands.append(
                    self._candidate(reading, unit, before, chunk, rank_of, release_cov[rid], named[rid], footer, field)
                )
        return self._ranked(reading, cands, query_vector) if cands else []

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

    def _reading(self, question: Question, aliases: dict[str, set[str]] | None) -> _Reading:
        if question.head and (named := self.head_instances(question)):
            # "Which country did the shipment come from?": "arriving from Ghana" names a country, another way of
            # saying the word. Only named instances: "agreement" is a kind of commitment, not a commitment asked.
            aliases = merge_aliases(aliases or {}, {question.head: named})
        short_forms = {w.lower() for w in _SHORT_FORM.findall(question.text)}
        if not any(c.isupper() for c in question.text):  # typed in lower case: "ceo" may be an abbreviation
            short_forms = {t for t in question.key if t.isascii() and t.isalpha() and 2 <= len(t) <= 5}
        return _Reading(
            question=question,
            weights=self.weights(question),
            aliases=aliases,
            runs=spelled_out(question.text),
            short_forms=short_forms,
            head_kinds={stems[0] for stems in self.head_kinds(question) if len(stems) == 1},
            given=given_names(question.text),  # "John Lee": a release that says "Mr Lee" means him
            labelled=labelled_figures(question.text),
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
        return coverage(reading.weights, question.joined(words), reading.aliases), named

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
        field: bool = False,
    ) -> Candidate:
        """One sentence scored by its words (with its section heading and, at part weight, the sentence before
        it), its release's words and the kind of answer it gives; meaning comes later, for the best only."""
        question, weights, aliases, given = reading.question, reading.weights, reading.aliases, reading.given
        words = text_words(f"{chunk.section or ''} {unit.text}") | date_terms(question, chunk.date)
        if named and words & given.keys():
            words |= {given[s] for s in words & given.keys()} & named
        words = question.joined(words)
        for word, figure in reading.labelled:
            if figure in words and not re.search(rf"\b{word}\w*\s+{figure}\b", unit.text, re.I):
                words = words - {figure}  # "Four beaches were rated as Good (Grade 1)" holds no Grade 4
        if reading.short_forms:
            words |= acronyms(unit.text) & reading.short_forms
        written = capitals(unit.text)
        for short in written & reading.runs.keys():  # "the FTA" holds "free trade agreement"
            words |= reading.runs[short]
        defined = self.retriever.definitions(chunk.release_id)
        for short in written & defined.keys():  # "revoked the CNP": the construction noise permit
            words |= defined[short]
        lexical = coverage(weights, words, aliases)
        rid = chunk.release_id
        # A sentence leans on the one before it ("During his absence, ..."): that one's words count for it too, at
        # part weight; so does the age of a release's one patient or suspect ("the patient lives in ..." is about
        # the 22-year-old woman the release introduced).
        context = set(tokens(before)) | self._subject(rid)
        if field or _REFERS_BACK.search(unit.text):
            # "The duo were released on bail": whom it speaks of, the release's headline and first sentence say
            # ("Two former formwork team leaders ... charged"); so they do for a record's field ("Importer: PNS
            # FRESH INTERNATIONAL" imported the goat cheese of the headline), and the one person it names does for
            # "the missing man".
            context |= self.lead(rid) | self._person(rid)
        if _HE_OR_SHE.match(unit.text):
            # "He was last seen wearing ..., and his right arm was wrapped in a plaster cast": the one person a
            # release names ("Wong Wai-kit, aged 94, went missing ...") is whom "he" stands for, however far back.
            context |= self._person(rid)
        if _REFERS_ABOVE.search(unit.text):
            context |= self.lead(rid) | self._record_words(rid)
        if question.unit == "age" and self._ages(rid) == (unit.text,):
            # The one sentence that gives the ages of the release's one person or group ("A 76-year-old male
            # passenger arrived ...") is the answer to how old the person the release tells of is.
            context |= self.retriever.vocabulary(rid)
        if context and not footer:
            window = coverage(weights, words | context, aliases)
            lexical = (1 - CONTEXT_SHARE) * lexical + CONTEXT_SHARE * window
        if footer:  # a footer line speaks for its whole release
            lexical = max(lexical, release_cov)
        cand = Candidate(unit, chunk, rank, lexical, release_cov, footer=footer, words=frozenset(words), before=before)
        cand.fits = question.fits(unit.text) or (
            question.kind == "number" and elliptical_count(question, unit.text, before)
        )
        if field and not cand.fits and question.kind in ("number", "money") and any(c.isdigit() for c in unit.text):
            # "Detected level: 2.82 parts per million" is how much of what the record's other fields name
            # ("Pesticide: Thiamethoxam") was found: a figure of the record's thing.
            cand.fits = question.fits(f"{before}; {unit.text}")
        head = question.head or ""
        cand.names_head = bool(head) and (holds(head, words, aliases) or bool(reading.head_kinds & words))
        if field and not cand.names_head:
            # A record's field labelled with what is asked: "Importer: City Super Limited" for "Who imported the
            # cheese platter?", as "Brand: ..." and the product's other fields are not.
            label = set(tokens(sentences.field_label(unit.text) or ""))
            cand.names_head = any(holds(t, label, aliases) for t in question.key)
        cand.score = prescore(cand)
        if question.kind == "who" and question.names_person(unit.text):
            cand.score += W_PERSON  # "who" is most often answered by a person's name
        return cand

    def _subject(self, release_id: str) -> set[str]:
        """The age of the one person a release tells of ("22-year-old"), as its words; none when it tells of
        several ages or none."""
        return self.retriever.per_release(
            "subject", release_id, lambda _: _one_age(self.retriever.vocabulary(release_id))
        )

    def _person(self, release_id: str) -> frozenset[str]:
        """The words of the one person a release names ("Wong Wai-kit"); none when it names several or none."""

        def build(chunks: list[Chunk]) -> frozenset[str]:
            names = {n for c in chunks for n in HYPHEN_NAME.findall(c.text)}
            return frozenset(tokens(names.pop())) if len(names) == 1 else frozenset()

        return self.retriever.per_release("person", release_id, build)

    def lead(self, release_id: str) -> frozenset[str]:
        """The words of a release's headline and first sentence: whom and what it tells of."""

        def build(chunks: list[Chunk]) -> frozenset[str]:
            if not chunks:
                return frozenset()
            first = chunks[0]
            units = [u.text for u in sentences.units(first.text) if u.text not in (first.title, first.section)]
            return frozenset(text_words(" ".join([first.title or "", *units[:1]])))

        return self.retriever.per_release("lead", release_id, build)

    def _record_words(self, release_id: str) -> frozenset[str]:
        """The words of a release's records ("Product name: ...", "Brand: JEAN D'AUDIGNAC"): what "the
        above-mentioned product" is."""

        def build(chunks: list[Chunk]) -> frozenset[str]:
            return frozenset(text_words(" ".join(u.text for run in release_records(chunks) for u in run)))

        return self.retriever.per_release("record words", release_id, build)

    def _ages(self, release_id: str) -> tuple[str, ...]:
        """The sentences of a release that give someone's age, once each."""

        def build(chunks: list[Chunk]) -> tuple[str, ...]:
            found = (u.text for c in chunks for u in sentences.units(c.text) if u.text != c.title)
            return tuple(dict.fromkeys(t for t in found if gives_age(t)))

        return self.retriever.per_release("ages", release_id, build)

    def _ranked(self, reading: _Reading, cands: list[Candidate], query_vector: np.ndarray) -> list[Candidate]:
        """The pool of the best candidates by words, scored by meaning too, best first; for "latest", the newest
        of the equally good first."""
        set_focus(reading.weights, cands, reading.aliases or {})
        cands.sort(key=lambda c: -c.order)
        pool = cands[:RUNNER_POOL]
        for extra in pool[DENSE_POOL:]:
            extra.contender = False
        vectors = self.vectors([c.unit.text for c in pool])
        sims = vectors @ query_vector
        if reading.question.core:
            # The occasion found the release; a sentence of it may say what is asked without it ("predominantly
            # influenza B" for "Which influenza type dominated when Hong Kong entered the flu season?"). Never
            # less than the whole question's: dev, reworded and fresh +2 answers, no refusal changed.
            sims = np.maximum(sims, vectors @ self.vectors([reading.question.core])[0])
        for cand, sim in zip(pool, sims, strict=True):
            cand.score += W_DENSE * float(sim)
        ranked = sorted(pool, key=lambda c: -c.order)
        if reading.question.latest:
            # "Latest": among the equally good matches (template releases repeat), the newest release wins.
            lead = next(c for c in ranked if c.contender)
            # Equally good: as close by the whole score, or holding every word the lead holds, in its sentence and
            # its release (a template's wording, "lowered the base rate to 2.25%", scores apart only by meaning).
            close = [
                c
                for c in ranked
                if c.contender
                and c.fits
                and (c.score >= lead.score - LATEST_MARGIN or (c.lexical >= lead.lexical and c.release >= lead.release))
            ]
            if close:
                newest = max(close, key=lambda c: c.chunk.date or "")
                newest.score = max(newest.score, lead.score + 1e-6)
                newest.focus = max(newest.focus, lead.focus)
                ranked = sorted(ranked, key=lambda c: -c.order)
        return ranked


def _one_age(vocabulary: set[str]) -> set[str]:
    ages = {t for t in vocabulary if _AGE.fullmatch(t)}
    return ages if len(ages) == 1 else set()
