"""The extractive answerer: quotes the sentences or list items that answer the question.

It never writes words of its own into an answer: each unit is a verbatim piece of a retrieved
passage followed by its citation marker. It refuses when the best release lacks the question's
key words, or holds no sentence of the kind asked for (a number for "how many", a time for
"what time"), instead of guessing. Before refusing for want of a few words it takes a second look
for words of the release that the model puts close in meaning ("flu" / "influenza"). The candidate sentences
are scored and ranked in `scoring.py`; the answer or refusal is laid out in `compose.py`.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from assistant import compose
from assistant.candidate import Candidate, coverage, holds, merge_aliases, pick
from assistant.embeddings import VectorCache
from assistant.mismatch import (
    another_aged,
    another_amount,
    another_deed,
    another_destination,
    another_event,
    another_kind_of_measure,
    another_month,
    another_occasion,
    another_ordinal,
    another_part,
    another_party,
    another_place,
    another_rate,
    another_sex,
    another_year,
    cause_unsaid,
    deed_asked,
    deed_unsaid,
    excepted,
    figure_of_another_year,
    figure_unsaid,
    months_said_before,
    nobody_did,
    opposite_kind,
    opposite_said,
    range_for_one,
    sibling_name,
    tells_of_year_before,
    unnamed_country,
    word_pairs,
)
from assistant.names import name_terms
from assistant.paraphrase import Paraphrases, paraphrases
from assistant.parts import another_field, field_labels, off_label, outside_part, parts
from assistant.question import Question, date_terms, parse_question
from assistant.records import Answer, Chunk
from assistant.respell import respell
from assistant.retrieve import Filters, Hit, Retriever
from assistant.scoring import TOP_RELEASES, Scorer
from assistant.second_look import SecondLook
from assistant.sections import section_units, topic_section
from assistant.supplies import asks_why, names_chinese_place, names_organisation, names_which, release_text
from assistant.thesaurus import WordNet, wordnet
from assistant.words import held_as_is, tokens

MIN_COVERAGE = 0.5  # idf-weighted share of the key words the chosen release must hold
MIN_SENTENCE = 0.2  # ... and the chosen sentence (with its heading)
NEAREST_MARGIN = 0.15  # a refusal quotes the nearest sentence of the right release when this close to the bar
MIN_SCORE = 0.74  # the chosen sentence's whole score (words, release, meaning, kind of answer)
SECOND_LOOK_MARGIN = 0.1  # how far below the bar the second look starts
PARAPHRASE_MARGIN = 0.15  # ... and, for a question said wholly in other words, how far below it it still counts


class Answerer:
    def __init__(
        self, retriever: Retriever, embeddings, thesaurus: WordNet | None = None, lexicon: Paraphrases | None = None
    ):
        self.retriever = retriever
        self.embeddings = embeddings
        self.thesaurus = thesaurus if thesaurus is not None else wordnet()
        self.lexicon = lexicon if lexicon is not None else paraphrases()
        self.vectors = VectorCache(embeddings)
        self.second_look = SecondLook(retriever, self.thesaurus, self.vectors)
        self.scorer = Scorer(retriever, self.vectors, self.thesaurus)

    def ask(self, text: str, filters: Filters | None = None) -> Answer:
        question, query_vector, hits = self._search(parse_question(text.strip()), filters or Filters())
        if not hits or not question.terms:
            return Answer(question.asked, compose.NO_ANSWER + " No release in the index matches this question.", False)
        cands, contenders, aliases = self._contenders(question, hits, query_vector)
        if not contenders:
            return self._refuse(question, hits[0].chunk, None)
        # The best-ranked sentence that clears every check answers: a runner-up when the first falls short.
        best = next((c for c in contenders if not self._falls_short(question, c, aliases)), None)
        if best is None and not aliases and (found := self._said_in_listed_words(question, hits, query_vector)):
            best, cands, contenders, aliases = found
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
        # ... of the part the question names, when it names one ("... in the Powerplayer operation?": not the
        # raids of the operation told of before it)
        cands = [c for c in cands if c is best or not self._outside(question, c)]
        if question.kind == "other" and not asks_why(question):  # a cause is a sentence, not a section's list
            for rid in self._topical_releases(question, best, hits):
                if (section := topic_section(self.retriever, question, rid)) is not None:
                    return compose.answer(
                        question.asked, section_units(self.retriever, rid, section), self.retriever.label
                    )
        return compose.answer(question.asked, pick(cands, question.key), self.retriever.label)

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
        cands = [c for c in self.scorer.candidates(question, hits, query_vector) if c.fits]
        contenders = self._part_first(question, self._year_first(question, [c for c in cands if c.contender]))
        aliases: dict[str, set[str]] = {}
        if contenders and self._second_look_due(question, contenders[0]):
            # A second look before refusing: the release may say the missing words another way
            # ("trip" / "visit" from the hand-written list, "flu" / "influenza", "bought" / "purchased").
            # Further below the bar, only for a question said wholly in other words ("told about the coast").
            first = contenders[0]
            listed = self.lexicon.aliases(question.text, question.key)
            aliases = merge_aliases(listed, self.second_look.synonyms(question, first.chunk.release_id, listed))
            if first.score < MIN_SCORE - SECOND_LOOK_MARGIN and not self._said_otherwise(question, first, aliases):
                aliases = {}
            if aliases:
                again = [c for c in self.scorer.candidates(question, hits, query_vector, aliases) if c.fits]
                if again_contenders := self._part_first(
                    question, self._year_first(question, [c for c in again if c.contender])
                ):
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

    # -- refusing -------------------------------------------------------------------------

    def _falls_short(self, question: Question, best: Candidate, aliases: dict[str, set[str]] | None = None) -> bool:
        """Whether the best candidate is refused: too few of the question's words, in its release or its
        sentence, too low a score, another occasion, year, place or event (`mismatch.py`), a thing asked by name
        that the release names only as a kind, or a release without the head noun (the right release, but not
        the thing asked about)."""
        if best.release < MIN_COVERAGE or best.lexical < MIN_SENTENCE or best.score < MIN_SCORE:
            return True
        vocabulary = question.joined(self.retriever.vocabulary(best.chunk.release_id))
        dated = self._dated_words(question, best)
        if another_occasion(question, vocabulary, dated, self.thesaurus.knows):
            return True
        text = self.retriever.per_release("text", best.chunk.release_id, release_text)
        if another_year(question, vocabulary, best.chunk.date, text) or unnamed_country(question, text):
            return True
        if another_ordinal(question, text):
            return True  # "the first Silver Bond": a release of the second
        if figure_unsaid(question, text):
            return True  # "the magnitude 3.2 quake": a release of a magnitude 5.0 one
        if sibling_name(question, text):
            return True  # "the Water Pollution Control Ordinance": a release of the Air Pollution Control Ordinance
        if cause_unsaid(question, text):
            return True  # "What caused the accident?": "... an investigation to look into its cause"
        if another_event(question, best, vocabulary, aliases):
            return True
        if another_destination(question, vocabulary, aliases) or another_kind_of_measure(question, vocabulary, aliases):
            return True
        if another_part(question, best, aliases) or another_party(question, best, aliases):
            return True
        if another_amount(question, best, aliases) or another_aged(question, best, aliases):
            return True
        if another_sex(question, best.unit.text):
            return True  # "How old was the woman surnamed Yip?": "a 46-year-old local man, ... surname Yip"
        if range_for_one(question, best):
            return True  # "How old was the patient from Shanghai?": "21 patients ..., aged 10 to 77"
        if another_rate(question, best):
            return True  # "How many passengers a day?": the holiday's 8.62 million
        if excepted(question, best):
            return True  # "parking spaces ..., except disabled parking spaces"
        if self._outside(question, best):
            return True  # "... in the Windsand operation?": another operation's raids
        labels = self.retriever.per_release("field labels", best.chunk.release_id, field_labels)
        if another_field(question, best.unit.text, best.before, labels, self._archive_labels()):
            return True  # "How much was applied for?": not "Amount on offer : HK$11,000 MN"
        lead = self.scorer.lead(best.chunk.release_id)
        listed = merge_aliases(aliases or {}, self.lexicon.aliases(question.text, question.key))
        if off_label(question, best.unit.text, best.before, lead, listed):
            return True  # "What is the alcohol content of the sake?": not "Manufacturer: Hakutsuru Sake Brewing"
        if figure_of_another_year(question, best.unit.text, best.chunk.date):
            return True  # "How many cases in 2014?": "28 cases filed in both 2012 and 2013", or "last year" in 2014
        if another_month(question, best, lead) or another_place(question, best, lead, vocabulary, text):
            return True
        if another_deed(question, vocabulary, name_terms(question.asked), aliases, self._opposite_deeds(question)):
            return True
        if deed_unsaid(question, vocabulary, listed):
            return True  # "潘松龍最後在哪裏被找到?": the release says where he was last seen
        if nobody_did(question, best.unit.text, vocabulary, listed):
            return True  # "Who designed the display?": "A lantern display entitled ... is underway
        pairs = self.retriever.per_release("word pairs", best.chunk.release_id, word_pairs)
        if opposite_kind(question, vocabulary, pairs, self.thesaurus.antonyms, aliases):
            return True
        if opposite_said(question, best, self.thesaurus.antonyms, aliases):
            return True  # "What was the lowest temperature?": "..., the highest of the month"
        if (
            question.asked_which
            and not question.lists(best.unit.text)
            and not names_organisation(question, best.unit.text)
            and names_which(question, question.asked_which, text) is False
        ):
            return True  # "Which private hospital?": the release says only "a private hospital"
        if (
            not question.head
            or question.lists(best.unit.text)
            or question.names_place(best.unit.text)
            or question.named_facility is not None  # it names one ("Which street?": "on Tong Mi Road"), as `fits` asked
        ):
            return False
        return (
            not holds(question.head, vocabulary, aliases)
            and not self._names_a_kind(question, vocabulary)
            and not names_chinese_place(question.head, vocabulary)
        )

    def _opposite_deeds(self, question: Question) -> frozenset[str]:
        """The stems of the opposites of the deed a question ends on, and of the words a release may say them in
        ("lowered": raise, hoist)."""
        if not (deed := deed_asked(question)):
            return frozenset()
        out: set[str] = set()
        for opposite in self.thesaurus.antonyms(deed):
            stems = tuple(tokens(opposite))
            out.update(stems)
            for said in self.lexicon.aliases(opposite, stems).values():
                out.update(said)
        return frozenset(out)

    def _archive_labels(self) -> frozenset[str]:
        """The words of the labels of every release's records ("distributor", "importer", "lot")."""
        retriever = self.retriever
        return retriever.per_release(
            "field labels",
            "",  # the whole archive
            lambda _: frozenset().union(
                *(retriever.per_release("field labels", r, field_labels) for r in retriever.by_release)
            ),
        )

    def _year_first(self, question: Question, contenders: list[Candidate]) -> list[Candidate]:
        """The contenders, those of the question's year first (another year's release may hold more of the other
        words); the second look, too, reads the year's release."""
        if not (year := question.year):
            return contenders
        # A sentence whose figures are of another year after all ("... fire calls last year, ... over 2021") last;
        # then a release dated in the year first, then one that names the year ("the term ends on June 30, 2019" is
        # not the 2019 appointment), but a release dated in the year that tells only of the year before (a year-end
        # review of January) after one that names it.
        return sorted(
            contenders,
            key=lambda c: (
                figure_of_another_year(question, c.unit.text, c.chunk.date),
                year not in self._dated_words(question, c),
                tells_of_year_before(year, c.chunk.date, self.retriever.vocabulary(c.chunk.release_id)),
                not (c.chunk.date or "").startswith(year),
            ),
        )

    def _outside(self, question: Question, cand: Candidate) -> bool:
        """Whether the question names a part of the candidate's release (`parts.py`: its cases or operations, told
        one after another) and the candidate is neither in it nor names it."""
        release_parts = self.retriever.per_release("parts", cand.chunk.release_id, parts)
        return outside_part(question, cand.unit.text, cand.words, release_parts)

    def _part_first(self, question: Question, contenders: list[Candidate]) -> list[Candidate]:
        """The contenders, those of the part the question names first ("... caught in Blockade": the paragraphs
        of operation "Blockade", not the overview's total)."""
        return sorted(contenders, key=lambda c: self._outside(question, c))

    def _dated_words(self, question: Question, cand: Candidate) -> set[str]:
        """The candidate's release's words, and those of the question's date words that its date gives, or its
        "previous month" ("... lower than the previous month of 1.9%" of a September report: August)."""
        vocabulary = self.retriever.vocabulary(cand.chunk.release_id)
        before = months_said_before(
            question, vocabulary, self.retriever.per_release("text", cand.chunk.release_id, release_text)
        )
        return vocabulary | date_terms(question, cand.chunk.date) | before

    def _names_a_kind(self, question: Question, vocabulary: set[str]) -> bool:
        """Whether the release names a kind or an instance of the head noun, by WordNet ("Which city?" and
        Vienna, "Which body?" and a council)."""
        # A kind's own word, not a shorter one: "ship" names no "shipment", a kind of cargo.
        return any(all(held_as_is(t, vocabulary) for t in stems) for stems in self.scorer.head_kinds(question))

    # -- a second look: words the release says another way --------------------------------

    def _said_in_listed_words(
        self, question: Question, hits: list[Hit], query_vector: np.ndarray
    ) -> tuple[Candidate, list[Candidate], list[Candidate], dict[str, set[str]]] | None:
        """Before refusing, the hand-written list's words for the question's, at any score, for a release that holds
        every key word or the list's word for it: "When did the woman die?" of a release that says "passed away" of
        "a 70-year-old female" scores too low for a second look, every one of its sentences lacking the words. The
        answer, the candidates and contenders it comes from, and the words read; None when none clears the checks."""
        if not (listed := self.lexicon.aliases(question.text, question.key)):
            return None
        again = [c for c in self.scorer.candidates(question, hits, query_vector, listed) if c.fits]
        contenders = self._part_first(question, self._year_first(question, [c for c in again if c.contender]))
        for cand in contenders:
            if self._said_otherwise(question, cand, listed) and not self._falls_short(question, cand, listed):
                return cand, again, contenders, listed
        return None

    def _second_look_due(self, question: Question, best: Candidate) -> bool:
        """Whether the best candidate would be refused for want of a few of the question's words (one far
        below the bar is not worth a second look)."""
        return best.score >= MIN_SCORE - PARAPHRASE_MARGIN and self._falls_short(question, best)

    def _said_otherwise(self, question: Question, best: Candidate, aliases: dict[str, set[str]]) -> bool:
        """Whether the best candidate's release holds every key word of the question, or another word for it."""
        return all(holds(t, question.joined(self._dated_words(question, best)), aliases) for t in question.key)

    def key_coverage(self, text: str, chunks: list[Chunk]) -> float:
        """Share (idf-weighted) of the question's key words held by the releases of these chunks."""
        question = parse_question(text)
        words: set[str] = set()
        for chunk in chunks:
            words |= self.retriever.vocabulary(chunk.release_id) | date_terms(question, chunk.date)
        return coverage(self.scorer.weights(question), words)

    # -- sections -------------------------------------------------------------------------

    def _topical_releases(self, question: Question, best: Candidate, hits: list[Hit]) -> list[str]:
        """Where to look for a section that answers the question: the best sentence's release; for a
        topic question ("agree on culture?"), also the other retrieved releases that hold its key words."""
        releases = [best.chunk.release_id]
        if question.topical:
            weights = self.scorer.weights(question)
            for rid in dict.fromkeys(h.chunk.release_id for h in hits):
                if rid not in releases and coverage(weights, self.retriever.vocabulary(rid)) >= best.release:
                    releases.append(rid)
        return releases[:TOP_RELEASES]

    def _refuse(self, question: Question, closest: Chunk, nearest: str | None) -> Answer:
        return compose.refusal(question.asked, closest, self.retriever.label(closest.release_id), nearest)
