"""The hits of a clause and of a sentence: every cue tried in order, overlaps skipped, spans
mapped back to the original text.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from change_journal.change_talk.behaviours import _Context
from change_journal.change_talk.cues import _CUES
from change_journal.change_talk.evidence import _CONTRAST_BONUS, _QUESTION, _QUESTION_SURE, _Hit
from change_journal.change_talk.fixed_hits import _OVERCOME_AFTER, _fixed_hit
from change_journal.change_talk.modal_hits import _modal_hit
from change_journal.change_talk.scope import _SCOPE_WORDS, _reported
from change_journal.change_talk.tokens import _Clause

_MOST_READ = 40
"""Most cue matches read in one clause: none of the 25,443 clauses of every journal set and of
AnnoMI's transcripts has more than 5, and an answer written to be slow to read (one clause of
the same cue, 5,000 characters long) costs no more than a few of them."""


def _clause_hits(clause: _Clause, ctx: _Context, in_prompt: bool = False,
                 reported: bool = False) -> list[_Hit]:
    """Cue hits in one clause, trigger spans mapped back to the original text."""
    hits: list[_Hit] = []
    read = 0
    # Spans already taken, kept sorted (they never overlap): a long answer stays linear.
    taken_starts: list[int] = []
    taken_ends: list[int] = []
    with_i = clause.text.startswith("i ") or " i " in clause.text
    for cue in _CUES:
        # Without "I" in the clause, a modal cue can only match at its start (a past action
        # also after "and": "had a row with my ex and smoked the whole pack").
        found = (cue.pattern.finditer(clause.text) if cue.polarity or with_i or cue.and_too
                 else filter(None, [cue.pattern.match(clause.text)]))
        for m in found:
            cs, ce = m.span("cue")
            at = bisect_left(taken_starts, ce)
            if at and taken_ends[at - 1] > cs:
                continue
            read += 1
            if read > _MOST_READ:
                return hits
            hit = (_fixed_hit(cue, m, clause.text, ctx) if cue.polarity
                   else _modal_hit(cue, m, clause.text, ctx))
            if hit is None:
                continue
            taken_starts.insert(at, cs)
            taken_ends.insert(at, ce)
            if reported and not cue.anyone:
                continue  # after "he told me,": someone else's words
            score = hit.score
            if clause.question and not in_prompt:
                score *= _QUESTION
            if clause.contrast:
                score *= _CONTRAST_BONUS
            sure = hit.sure * (_QUESTION_SURE if clause.question and not in_prompt else 1.0)
            hits.append(replace(hit, score=score, span=clause.original_span(*hit.span),
                                sure=sure))
    return hits


def _sentence_hits(clauses: list[_Clause], ctx: _Context, in_prompt: bool = False) -> list[_Hit]:
    """Hits of every clause; a clause after "he told me," is reported speech."""
    hits: list[_Hit] = []
    reported = False
    words_so_far: list[str] = []
    for n, c in enumerate(clauses):
        earlier = " ".join(words_so_far[-_SCOPE_WORDS:])
        nxt = clauses[n + 1] if n + 1 < len(clauses) else None
        overcome = bool(ctx.barriers and nxt and nxt.contrast
                        and _OVERCOME_AFTER.match(nxt.text))
        hits += _clause_hits(c, replace(ctx, earlier=earlier, overcome=overcome,
                                        contrast=c.contrast)
                             if earlier or overcome or c.contrast else ctx, in_prompt, reported)
        reported = _reported(c.text)
        words_so_far += c.text.split()
    return hits
