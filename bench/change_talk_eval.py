"""Evaluate the change-talk recogniser and print one JSON object.

Usage:
    python bench/change_talk_eval.py --data FILE.csv [--folds 5] [--held-out 3,4]
    python bench/change_talk_eval.py --journal [DIR]
    python bench/change_talk_eval.py --journal-dir DIR
    python bench/change_talk_eval.py --build-gold [DIR]
    python bench/change_talk_eval.py --choose-threshold DIR [DIR ...]

``--data``: a labelled CSV with columns client_utterance and label (change / neutral / sustain),
optional previous_therapist_utterance (read as the prompt), topic (read as the change) and
transcript_id. Reports the fitted figure (every row) and, with transcript_id, transcript-grouped
folds: each transcript falls in one fold (by a hash of its id), so no fold shares a transcript
with another. The rules are written by hand, so there is nothing to fit per fold; what keeps
the figure honest is that rules are written only against the development folds, never against
the held-out ones (``--held-out``, by default folds 3 and 4 of 5). The report gives both pools,
every rule's firings on each (a modal cue is counted per kind of object it was read with), and
lists the rules that fire on fewer than three development utterances.

``--journal`` / ``--journal-dir DIR``: a labelled journal set (default tests/data/journal_set):
sentences.csv (id, change, prompt_id, prompt, sentence), two independent labellings
labels_a.csv and labels_b.csv (id, label, kind) and, if present, the adjudicated gold.csv (id,
label, kind, adjudicated); without gold.csv the gold is the sentences both labellers gave the same
label, and the report says how many were excluded. Reports precision,
recall and F1 per class, macro-F1, sustain recall, the labellers' agreement (Cohen's kappa), the
figures on each half of the set (rules were written against the development half only), rule
firings, the precision of the labels in each band of confidence, and a sweep of confidence
thresholds with the lowest one at which every shown label (change, sustain) has a precision of
at least 0.8, on the development half (where SHOW_THRESHOLD is chosen) and on the whole set;
and, under ``as_the_app_shows_it``, the answers' labels as the app shows them, sentence by
sentence (the side most of an answer's shown sentences take; neutral when none is shown), with
``whole_answers_shown_macro_f1``, ``classify`` on whole answers gated the same way.

``--choose-threshold``: the threshold :func:`choose_threshold` picks on several journal sets
pooled (how SHOW_THRESHOLD is chosen, on the development sets), with each set's precision of the
labels shown at it.

``--rule-precision DIR...``: on journal sets pooled, for each sort of hit (side, and rule with
what its object is about) that decides a label shown on its own sureness (each hit as sure as its
sort, before ``_SHOWN_RARELY_RIGHT`` caps it), how many such labels, how many were right and the
one-sided 95% upper bound of that share; the sorts with five or more shown whose upper bound is
below 0.8 (right less than 80% of the time, beyond chance) are listed under ``rarely_right``.

``--build-gold``: writes gold.csv from the two labellings: where they agree (label, and kind for
change or sustain talk), their label; where they disagree, the decision in adjudication.csv (id,
label, kind, note), made by mi-guide.md. Stops, listing them, if a disagreement has no decision.

Times are CPU time per sentence (the process's own, so other programs on the machine do not
inflate them), with the wall-clock mean beside it.
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

try:
    from change_journal import change_talk
except ImportError:  # not installed: run from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from change_journal import change_talk

LABELS = ("change", "neutral", "sustain")
SHOWN = ("change", "sustain")
"""Labels the app shows to the person; neutral is never shown."""
REQUIRED = ("client_utterance", "label")
JOURNAL_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "journal_set"
FOLDS = 5
HELD_OUT = (3, 4)
RARE = 3
"""A rule firing on fewer development utterances than this is listed as rare."""
PRECISION_TARGET = 0.8
SWEEP = tuple(round(i * 0.05, 2) for i in range(21))
HALVES = ("development", "held_out")
"""Journal set halves by a hash of the sentence id: rules were written against the first."""


# ------------------------------------------------------------------------------ metrics

def macro_scores(gold: Sequence[str], pred: Sequence[str]) -> dict:
    """Per-label precision/recall/F1, their macro-F1 and the confusion matrix (gold -> pred)."""
    confusion = {t: {p: 0 for p in LABELS} for t in LABELS}
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
    per_label, f1s = {}, []
    for lab in LABELS:
        tp = confusion[lab][lab]
        predicted = sum(confusion[t][lab] for t in LABELS)
        actual = sum(confusion[lab].values())
        precision = tp / predicted if predicted else 0.0
        recall = tp / actual if actual else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        f1s.append(f1)
        per_label[lab] = {"precision": round(precision, 4), "recall": round(recall, 4),
                          "f1": round(f1, 4)}
    return {"macro_f1": round(sum(f1s) / len(LABELS), 4), "per_label": per_label,
            "confusion": confusion}


def cohen_kappa(a: Sequence[str], b: Sequence[str]) -> float:
    """Cohen's kappa of two labellings of the same items (1 = perfect, 0 = chance level)."""
    if len(a) != len(b) or not a:
        raise ValueError("kappa needs two labellings of the same, non-empty list of items")
    n = len(a)
    observed = sum(x == y for x, y in zip(a, b, strict=True)) / n
    ca, cb = Counter(a), Counter(b)
    expected = sum(ca[k] * cb[k] for k in set(ca) | set(cb)) / (n * n)
    return 1.0 if expected == 1 else round((observed - expected) / (1 - expected), 4)


def fold_of(group: str, k: int = FOLDS) -> int:
    """The fold of a group (a transcript, a sentence id), stable across runs and machines."""
    return zlib.crc32(group.strip().encode("utf-8")) % k


def grouped_folds(groups: Sequence[str], k: int = FOLDS) -> list[list[int]]:
    """Row indices of each of ``k`` folds; all rows of one group fall in the same fold."""
    folds: list[list[int]] = [[] for _ in range(k)]
    for i, g in enumerate(groups):
        folds[fold_of(g, k)].append(i)
    return folds


def _pool(gold: Sequence[str], pred: Sequence[str], idx: list[int]) -> dict | None:
    if not idx:
        return None
    s = macro_scores([gold[i] for i in idx], [pred[i] for i in idx])
    return {"rows": len(idx), "macro_f1": s["macro_f1"], "per_label": s["per_label"],
            "confusion": s["confusion"]}


def fold_report(gold: Sequence[str], pred: Sequence[str], groups: Sequence[str],
                k: int = FOLDS, held_out: Iterable[int] = HELD_OUT) -> dict:
    """Per-fold scores with their mean and spread, and the development and held-out pools."""
    held = set(held_out)
    folds, scores = [], []
    for f, idx in enumerate(grouped_folds(groups, k)):
        if not idx:
            continue
        s = macro_scores([gold[i] for i in idx], [pred[i] for i in idx])
        scores.append(s)
        folds.append({"fold": f, "role": "held_out" if f in held else "development",
                      "transcripts": len({groups[i] for i in idx}), "rows": len(idx),
                      "macro_f1": s["macro_f1"], "per_label": s["per_label"]})
    f1s = [s["macro_f1"] for s in scores]

    def spread(values: list[float]) -> float:
        return round(statistics.stdev(values), 4) if len(values) > 1 else 0.0

    roles = [fold_of(g, k) in held for g in groups]
    return {
        "k": k, "by": "transcript_id", "held_out_folds": sorted(held),
        "macro_f1_mean": round(statistics.fmean(f1s), 4), "macro_f1_sd": spread(f1s),
        "macro_f1_min": min(f1s), "macro_f1_max": max(f1s),
        "per_label_mean": {lab: {m: round(statistics.fmean(s["per_label"][lab][m]
                                                           for s in scores), 4)
                                 for m in ("precision", "recall", "f1")} for lab in LABELS},
        "per_label_f1_sd": {lab: spread([s["per_label"][lab]["f1"] for s in scores])
                            for lab in LABELS},
        "confusion": macro_scores(gold, pred)["confusion"],
        "folds": folds,
        "development": _pool(gold, pred, [i for i, h in enumerate(roles) if not h]),
        "held_out": _pool(gold, pred, [i for i, h in enumerate(roles) if h]),
    }


def rule_report(fired: Sequence[Iterable[tuple[str, str]]], gold: Sequence[str],
                roles: Sequence[str]) -> dict:
    """How many rows each rule fired on, per role, and on how many its side was the gold label;
    the rules firing on fewer than :data:`RARE` development rows are listed as rare."""
    table: dict[str, Counter] = defaultdict(Counter)
    for hits, g, role in zip(fired, gold, roles, strict=True):
        for rule, side in set(hits):
            table[rule][role] += 1
            table[rule][f"{role}_agree"] += side == g
    keys = [f"{role}{suffix}" for role in dict.fromkeys(roles) for suffix in ("", "_agree")]
    rules = {r: {key: c[key] for key in keys} for r, c in sorted(table.items())}
    return {"by_rule": rules,
            "rare": sorted(r for r, c in rules.items() if c.get("development", 0) < RARE)}


def threshold_sweep(gold: Sequence[str], pred: Sequence[str], confidence: Sequence[float],
                    thresholds: Iterable[float] = SWEEP, shown: Sequence[str] = SHOWN,
                    target: float = PRECISION_TARGET) -> dict:
    """Precision and recall of each shown label at each threshold, and the lowest threshold at
    which every label in ``shown`` is shown for at least one sentence with ``target`` precision."""
    rows, chosen = [], None
    for t in thresholds:
        row: dict = {"threshold": t}
        ok = True
        for lab in shown:
            picked = [g for g, p, c in zip(gold, pred, confidence, strict=True)
                      if p == lab and c >= t]
            actual = sum(g == lab for g in gold)
            right = sum(g == lab for g in picked)
            precision = right / len(picked) if picked else None
            row[lab] = {"shown": len(picked),
                        "precision": None if precision is None else round(precision, 4),
                        "recall": round(right / actual, 4) if actual else None}
            ok &= precision is not None and precision >= target
        rows.append(row)
        if ok and chosen is None:
            chosen = t
    return {"target_precision": target, "chosen": chosen, "rows": rows}


BANDS = (0.0, 0.45, 0.6, 0.75, 0.9)
"""Confidence bands, one per kind of evidence (see change_talk): an object that says nothing,
an answer read from its question, a reading that leans on the question or a fixed cue, a cue
whose object names the change, the person's own "I" with such a cue."""
MIN_BAND = 5
"""A band with fewer labels than this is too small to judge and is not held against a threshold."""
Z_ONE_SIDED_95 = 1.645


def wilson_lower(right: int, n: int, z: float = Z_ONE_SIDED_95) -> float:
    """One-sided lower bound of a proportion (Wilson score interval)."""
    if not n:
        return 0.0
    p = right / n
    centre = p + z * z / (2 * n)
    margin = z * (p * (1 - p) / n + z * z / (4 * n * n)) ** 0.5
    return round((centre - margin) / (1 + z * z / n), 4)


def wilson_upper(right: int, n: int, z: float = Z_ONE_SIDED_95) -> float:
    """One-sided upper bound of a proportion (Wilson score interval)."""
    return round(1.0 - wilson_lower(n - right, n, z), 4) if n else 1.0


def choose_threshold(gold: Sequence[str], pred: Sequence[str], confidence: Sequence[float],
                     bands: Sequence[float] = BANDS, target: float = PRECISION_TARGET,
                     shown: Sequence[str] = SHOWN) -> dict:
    """The lowest band edge at which the weakest evidence still shown is precise enough.

    At an edge, the labels in the lowest band shown (widened upward to at least
    :data:`MIN_BAND` labels) must have a one-sided 95% lower bound of precision of at least
    ``target``, and every shown label a precision of at least ``target``. Confidence rises with
    the strength of the evidence, so the weakest band shown is the one that binds; it is shown
    only if there is good reason to think it right, not only luck on a small sample.
    """
    rows, chosen = [], None
    for n_edge, edge in enumerate(bands):
        ok, band = True, None
        for hi in [*bands[n_edge + 1:], 1.01]:
            idx = [i for i, c in enumerate(confidence) if pred[i] != "neutral" and edge <= c < hi]
            if len(idx) >= MIN_BAND or hi > 1:
                band = {"to": min(hi, 1.0), "labels": len(idx),
                        "lower_bound": wilson_lower(sum(gold[i] == pred[i] for i in idx),
                                                    len(idx))}
                ok &= len(idx) < MIN_BAND or band["lower_bound"] >= target
                break
        for lab in shown:
            idx = [i for i, c in enumerate(confidence) if pred[i] == lab and c >= edge]
            ok &= bool(idx) and sum(gold[i] == lab for i in idx) / len(idx) >= target
        rows.append({"threshold": edge, "weakest_band": band, "ok": ok})
        if ok and chosen is None:
            chosen = edge
    return {"target_precision": target, "min_band": MIN_BAND, "chosen": chosen, "rows": rows}


def timed(fn: Callable[[dict], change_talk.TalkResult],
          rows: Sequence[dict]) -> tuple[list[change_talk.TalkResult], dict]:
    """Results of ``fn`` on every row, and the CPU and wall-clock time each took."""
    results, cpu = [], []
    began = time.perf_counter()
    for r in rows:
        start = time.process_time()
        results.append(fn(r))
        cpu.append(time.process_time() - start)
    wall = time.perf_counter() - began
    ordered = sorted(cpu)
    return results, {
        "ms_per_sentence": round(1000 * sum(cpu) / len(rows), 4),
        "ms_per_sentence_p99": round(1000 * ordered[min(len(ordered) - 1,
                                                         int(0.99 * len(ordered)))], 4),
        "wall_ms_per_sentence": round(1000 * wall / len(rows), 4),
        "rows_per_second": round(len(rows) / wall) if wall else None,
    }


LONG_ANSWER_SHAPES = ("i am tired ", "not much ", "i will ", "three days ",
                      "I skipped the gym again because work ran late, but I want to go. ",
                      "i can ", "i skipped ", "if i could ", "Every day bar Sunday ",
                      "Had Monday and Wednesday off the grog Wednesday was hard ",
                      "idk it's not ruining my life but it's not NOT doing something either ",
                      "i can stop whenever, i dont want to, ", "week 3 ill just go yet i ",
                      "\u0662", "9 ")  # a run of Arabic-Indic digits, of digits and spaces
"""Clauses that, repeated to the longest answer the app takes, once made a reading slow."""


def longest_answers(prompt: str = "How are things with this change right now, in your own words?",
                    change: str = "Walk to work",
                    samples: int = 5) -> dict[str, dict[str, float | None]]:
    """CPU ms (median of ``samples``) to read an answer of the longest length the app takes,
    made of one clause repeated, per clause: the cost of the worst answers, not the usual.
    ``growth`` is that time over the time at half the length: about 2 when reading is linear,
    4 when quadratic."""
    from change_journal.config import MAX_TEXT_CHARS

    def cpu_ms(text: str) -> float:
        cpu = []
        for _ in range(samples):
            start = time.process_time()
            change_talk.analyse(text, prompt, change)
            cpu.append(time.process_time() - start)
        return 1000 * statistics.median(cpu)

    out = {}
    for shape in LONG_ANSWER_SHAPES:
        text = (shape * (MAX_TEXT_CHARS // len(shape) + 1))[:MAX_TEXT_CHARS]
        full, half = cpu_ms(text), cpu_ms(text[: MAX_TEXT_CHARS // 2])
        out[shape.strip()[:24]] = {"ms": round(full, 1), "ms_at_half": round(half, 1),
                                   "growth": round(full / half, 2) if half else None}
    return out


# ------------------------------------------------------------------------------ files

def _read_csv(path: Path, required: Sequence[str]) -> list[dict[str, str]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in required if c not in (reader.fieldnames or [])]
            if missing:
                sys.exit(f"error: {path} lacks column(s): {', '.join(missing)}")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        sys.exit(f"error: cannot read {path}: {exc}")
    if not rows:
        sys.exit(f"error: {path} has no rows")
    return rows


def _check_labels(path: Path, rows: list[dict[str, str]]) -> None:
    for row in rows:
        row["label"] = (row["label"] or "").strip().lower()
    bad = sorted({r["label"] for r in rows} - set(LABELS))
    if bad:
        sys.exit(f"error: {path} has unknown label(s): {', '.join(map(repr, bad))}; "
                 f"expected {', '.join(LABELS)}")


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of a labelled corpus CSV; exits with a clear message if it cannot be used."""
    rows = _read_csv(path, REQUIRED)
    _check_labels(path, rows)
    return rows


def read_labels(path: Path) -> dict[str, dict[str, str]]:
    """One labelling of the journal set (or gold.csv): id -> {label, kind[, adjudicated]}."""
    rows = _read_csv(path, ("id", "label", "kind"))
    _check_labels(path, rows)
    by_id: dict[str, dict[str, str]] = {}
    for r in rows:
        key = r["id"].strip()
        if key in by_id:
            sys.exit(f"error: {path} labels {key!r} twice")
        by_id[key] = {"label": r["label"], "kind": (r["kind"] or "").strip().lower(),
                      "adjudicated": (r.get("adjudicated") or "0").strip()}
    return by_id


def build_gold(directory: Path) -> list[dict[str, str]]:
    """gold.csv rows from labels_a.csv, labels_b.csv and adjudication.csv (see the module doc)."""
    ids = [r["id"].strip() for r in _read_csv(directory / "sentences.csv", ("id", "sentence"))]
    a = read_labels(directory / "labels_a.csv")
    b = read_labels(directory / "labels_b.csv")
    missing = [i for i in ids if i not in a or i not in b]
    if missing:
        sys.exit(f"error: not labelled by both labellers: {', '.join(missing[:20])}")
    decisions_path = directory / "adjudication.csv"
    decisions = read_labels(decisions_path) if decisions_path.exists() else {}
    gold, undecided = [], []
    for i in ids:
        x, y = a[i], b[i]
        agreed = x["label"] == y["label"] and (x["label"] == "neutral" or x["kind"] == y["kind"])
        chosen = x if agreed else decisions.get(i)
        if chosen is None:
            undecided.append(i)
            continue
        gold.append({"id": i, "label": chosen["label"],
                     "kind": "" if chosen["label"] == "neutral" else chosen["kind"],
                     "adjudicated": "0" if agreed else "1"})
    if undecided:
        sys.exit("error: the labellers disagree and adjudication.csv has no decision for: "
                 + ", ".join(undecided))
    return gold


# ------------------------------------------------------------------------------ reports

def data_report(rows: list[dict[str, str]], k: int = FOLDS,
                held_out: Sequence[int] = HELD_OUT) -> dict:
    """Fitted figures, transcript-grouped folds and rule firings for a labelled corpus."""
    gold = [r["label"] for r in rows]

    def args(r: dict) -> tuple[str, str | None, str | None]:
        return (r["client_utterance"] or "", r.get("previous_therapist_utterance") or None,
                r.get("topic") or None)

    results, timing = timed(lambda r: change_talk.classify(*args(r)), rows)
    pred = [x.label for x in results]
    scores = macro_scores(gold, pred)
    report: dict = {
        "recogniser_version": change_talk.VERSION,
        "macro_f1": scores["macro_f1"],
        **scores["per_label"],
        "confusion": scores["confusion"],
        "rows": len(rows),
        **timing,
        "baseline_neutral_macro_f1": macro_scores(gold, ["neutral"] * len(gold))["macro_f1"],
        "at_show_threshold": threshold_sweep(gold, pred, [x.confidence for x in results],
                                             [change_talk.SHOW_THRESHOLD])["rows"][0],
        "confidence_bands": evidence_report(gold, pred, [x.confidence for x in results]),
    }
    if "transcript_id" in rows[0]:
        groups = [r["transcript_id"] for r in rows]
        folds = fold_report(gold, pred, groups, k, held_out)
        report["grouped_folds"] = folds
        report["fitted_minus_grouped_mean"] = round(scores["macro_f1"] - folds["macro_f1_mean"], 4)
        roles = ["held_out" if fold_of(g, k) in set(held_out) else "development" for g in groups]
        report["rules"] = rule_report([change_talk.rule_hits(*args(r)) for r in rows], gold,
                                      roles)
    return report


def journal_gold(directory: Path, ids: Sequence[str]) -> tuple[dict[str, dict[str, str]], dict]:
    """Gold labels of a journal set and how they were made.

    From DIR/gold.csv when it exists (every sentence must be in it); otherwise the sentences both
    labellers (labels_a.csv, labels_b.csv) gave the same label, the others excluded and counted.
    """
    gold_path = directory / "gold.csv"
    if gold_path.exists():
        gold_by_id = read_labels(gold_path)
        missing = [i for i in ids if i not in gold_by_id]
        if missing:
            sys.exit(f"error: {gold_path} has no label for: {', '.join(missing[:20])}")
        return gold_by_id, {"source": "gold.csv", "excluded": 0,
                            "adjudicated": sum(gold_by_id[i]["adjudicated"] == "1" for i in ids)}
    a, b = read_labels(directory / "labels_a.csv"), read_labels(directory / "labels_b.csv")
    gold_by_id, unlabelled, disagreed = {}, [], []
    for i in ids:
        if i not in a or i not in b:
            unlabelled.append(i)
        elif a[i]["label"] != b[i]["label"]:
            disagreed.append(i)
        else:
            kind = a[i]["kind"] if a[i]["kind"] == b[i]["kind"] else ""
            gold_by_id[i] = {"label": a[i]["label"], "kind": kind, "adjudicated": "0"}
    if not gold_by_id:
        sys.exit(f"error: the labellers in {directory} agree on no sentence")
    return gold_by_id, {"source": "labellers' agreement (no gold.csv)",
                        "excluded": len(unlabelled) + len(disagreed),
                        "excluded_disagreed": len(disagreed),
                        "excluded_not_labelled_by_both": len(unlabelled), "adjudicated": 0}


def evidence_report(gold: Sequence[str], pred: Sequence[str], confidence: Sequence[float],
                    bands: Sequence[float] = (0.0, 0.45, 0.6, 0.75, 0.9)) -> list[dict]:
    """Precision of the labels given (change, sustain) in each band of confidence: the check that
    confidence means something (higher bands should be right more often)."""
    out = []
    edges = [*bands, 1.01]
    for lo, hi in zip(edges[:-1], edges[1:], strict=True):
        idx = [i for i, c in enumerate(confidence) if pred[i] != "neutral" and lo <= c < hi]
        right = sum(gold[i] == pred[i] for i in idx)
        out.append({"from": lo, "to": min(hi, 1.0), "labels": len(idx),
                    "precision": round(right / len(idx), 4) if idx else None})
    return out


def journal_report(directory: Path) -> dict:
    """Scores on a labelled journal set, labeller agreement and the threshold sweep.

    The set is split in halves by a hash of the sentence id; the threshold is chosen on the
    development half and checked on the held-out half.
    """
    sentences = _read_csv(directory / "sentences.csv", ("id", "change", "prompt", "sentence"))
    all_ids = [r["id"].strip() for r in sentences]
    gold_by_id, gold_info = journal_gold(directory, all_ids)
    sentences = [r for r in sentences if r["id"].strip() in gold_by_id]
    ids = [r["id"].strip() for r in sentences]

    def args(r: dict) -> tuple[str, str | None, str | None]:
        return r["sentence"], r["prompt"] or None, r["change"] or None

    results, timing = timed(lambda r: change_talk.classify(*args(r)), sentences)
    gold = [gold_by_id[i]["label"] for i in ids]
    pred = [x.label for x in results]
    conf = [x.confidence for x in results]
    scores = macro_scores(gold, pred)
    kinds = [(gold_by_id[i]["kind"], x.kind) for i, x in zip(ids, results, strict=True)
             if x.label == gold_by_id[i]["label"] != "neutral" and gold_by_id[i]["kind"]]
    halves = [HALVES[fold_of(i, 2)] for i in ids]
    half_idx = {h: [i for i, x in enumerate(halves) if x == h] for h in HALVES}

    def pick(values: Sequence, h: str) -> list:
        return [values[i] for i in half_idx[h]]

    sweep = threshold_sweep(gold, pred, conf)
    dev = [pick(x, "development") for x in (gold, pred, conf)]
    dev_sweep = threshold_sweep(*dev) if half_idx["development"] else None
    dev_choice = choose_threshold(*dev) if half_idx["development"] else None
    at = [change_talk.SHOW_THRESHOLD]
    report: dict = {
        "recogniser_version": change_talk.VERSION,
        "directory": str(directory),
        "sentences": len(ids),
        "sentences_in_file": len(all_ids),
        "gold_source": gold_info,
        "gold": dict(Counter(gold)),
        "macro_f1": scores["macro_f1"],
        **scores["per_label"],
        "sustain_recall": scores["per_label"]["sustain"]["recall"],
        "confusion": scores["confusion"],
        "kind_agreement_where_label_right": round(sum(g == p for g, p in kinds) / len(kinds), 4)
        if kinds else None,
        "halves": {h: ({**_pool(gold, pred, idx),
                        "at_show_threshold": threshold_sweep(pick(gold, h), pick(pred, h),
                                                             pick(conf, h), at)["rows"][0]}
                       if idx else None) for h, idx in half_idx.items()},
        "by_change": {c: macro_scores([gold[i] for i in idx], [pred[i] for i in idx])["macro_f1"]
                      for c, idx in _index_by([r["change"] for r in sentences]).items()},
        **timing,
        "confidence_bands": evidence_report(gold, pred, conf),
        "confidence_bands_by_half": {h: evidence_report(pick(gold, h), pick(pred, h),
                                                        pick(conf, h)) for h in HALVES},
        "threshold_sweep": sweep,
        "threshold_sweep_development_half": dev_sweep,
        "threshold_choice_development_half": dev_choice,
        "show_threshold_is_development_choice": bool(dev_choice)
        and dev_choice["chosen"] == change_talk.SHOW_THRESHOLD,
        "show_threshold": change_talk.SHOW_THRESHOLD,
        "at_show_threshold": threshold_sweep(gold, pred, conf, at)["rows"][0],
        "rules": rule_report([change_talk.rule_hits(*args(r)) for r in sentences], gold, halves),
        "as_the_app_shows_it": {
            **app_view(gold, [change_talk.analyse(*args(r)) for r in sentences]),
            # The same gate on the whole answer: a label below the threshold counts as neutral.
            "whole_answers_shown_macro_f1": macro_scores(
                gold, [x.label if x.shown else "neutral" for x in results])["macro_f1"]},
        "adjudicated": gold_info["adjudicated"],
    }
    a_path, b_path = directory / "labels_a.csv", directory / "labels_b.csv"
    if a_path.exists() and b_path.exists():
        a, b = read_labels(a_path), read_labels(b_path)
        both = [i for i in all_ids if i in a and i in b]
        la, lb = [a[i]["label"] for i in both], [b[i]["label"] for i in both]
        agreed = [i for i in both if a[i]["label"] == b[i]["label"] != "neutral"]
        report["labellers"] = {
            "items": len(both),
            "label_agreement": round(sum(x == y for x, y in zip(la, lb, strict=True))
                                     / len(both), 4) if both else None,
            "cohen_kappa": cohen_kappa(la, lb) if both else None,
            "kind_kappa_where_label_agreed": cohen_kappa([a[i]["kind"] for i in agreed],
                                                         [b[i]["kind"] for i in agreed])
            if agreed else None,
            "labels_a": dict(Counter(la)), "labels_b": dict(Counter(lb)),
        }
    return report


def app_label(segments: Sequence[change_talk.Segment]) -> str:
    """An answer's label as the app shows it, sentence by sentence (``analyse``): the side most
    of its shown sentences take (change talk on a tie), or neutral when none is shown."""
    sides = Counter(s.result.label for s in segments if s.result.shown)
    if not sides:
        return "neutral"
    return "sustain" if sides["sustain"] > sides["change"] else "change"


def app_view(gold: Sequence[str], segmented: Sequence[Sequence[change_talk.Segment]]) -> dict:
    """Scores of the answers' labels as the app shows them (see :func:`app_label`): what a
    person sees, where the other figures score ``classify`` on the whole answer."""
    pred = [app_label(segments) for segments in segmented]
    scores = macro_scores(gold, pred)
    return {"macro_f1": scores["macro_f1"], **scores["per_label"],
            "answers_labelled": sum(p != "neutral" for p in pred),
            "sentences_shown": sum(s.result.shown for segments in segmented for s in segments),
            "sentences": sum(len(segments) for segments in segmented)}


def journal_predictions(directory: Path) -> tuple[list[str], list[str], list[float]]:
    """Gold labels, predicted labels and confidences of a journal set's gold sentences."""
    sentences = _read_csv(directory / "sentences.csv", ("id", "change", "prompt", "sentence"))
    gold_by_id, _ = journal_gold(directory, [r["id"].strip() for r in sentences])
    gold, pred, conf = [], [], []
    for r in sentences:
        if r["id"].strip() in gold_by_id:
            x = change_talk.classify(r["sentence"], r["prompt"] or None, r["change"] or None)
            gold.append(gold_by_id[r["id"].strip()]["label"])
            pred.append(x.label)
            conf.append(x.confidence)
    return gold, pred, conf


def threshold_report(directories: Sequence[Path]) -> dict:
    """The threshold chosen on the journal sets pooled, and each set's shown precision at it."""
    per_set = {str(d): journal_predictions(d) for d in directories}
    pooled = [sum((list(p[n]) for p in per_set.values()), []) for n in range(3)]
    choice = choose_threshold(*pooled)
    at = [choice["chosen"]] if choice["chosen"] is not None else []
    return {"recogniser_version": change_talk.VERSION, "show_threshold": change_talk.SHOW_THRESHOLD,
            "sentences": len(pooled[0]), "choice": choice,
            "at_chosen": {d: threshold_sweep(*p, at)["rows"][0] if at else None
                          for d, p in per_set.items()}}


def rule_precision_report(directories: Sequence[Path], least: int = 5) -> dict:
    """Per sort of hit (side, rule before any comma) that decides a label: the labels shown on
    the hits' own sureness, and the share right (see ``--rule-precision``)."""
    from change_journal.change_talk import _label_confidence
    from change_journal.change_talk.reading import _read

    shown: Counter[str] = Counter()
    right: Counter[str] = Counter()
    for directory in directories:
        sentences = _read_csv(directory / "sentences.csv", ("id", "change", "prompt", "sentence"))
        gold_by_id, _ = journal_gold(directory, [r["id"].strip() for r in sentences])
        for r in sentences:
            gold = gold_by_id.get(r["id"].strip())
            args = (r["sentence"], r["prompt"] or None, r["change"] or None)
            x = change_talk.classify(*args)
            if gold is None or x.label == "neutral":
                continue
            pol = 1 if x.label == "change" else -1
            hits, lean = _read(*args)
            side = [h for h in hits if h.polarity == pol]
            if not side or _label_confidence(pol, hits, lean, shown=False) < \
                    change_talk.SHOW_THRESHOLD:
                continue
            top = max(side, key=lambda h: h.sure * h.score)
            key = f"{x.label}|{top.rule.split(',', 1)[0]}"
            shown[key] += 1
            right[key] += x.label == gold["label"]
    rows = {k: {"shown": n, "right": right[k], "precision": round(right[k] / n, 3),
                "upper_bound": wilson_upper(right[k], n)} for k, n in shown.most_common()}
    return {"recogniser_version": change_talk.VERSION, "sets": [str(d) for d in directories],
            "rules": rows,
            "rarely_right": sorted(k for k, v in rows.items() if v["shown"] >= least
                                   and v["upper_bound"] < PRECISION_TARGET)}


def _index_by(values: Sequence[str]) -> dict[str, list[int]]:
    out: dict[str, list[int]] = defaultdict(list)
    for i, v in enumerate(values):
        out[v].append(i)
    return dict(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    mode = parser.add_mutually_exclusive_group(required=True)
    mode.add_argument("--data", type=Path, help="labelled CSV file (AnnoMI-style columns)")
    mode.add_argument("--journal", type=Path, nargs="?", const=JOURNAL_DIR,
                      help=f"labelled journal set directory (default {JOURNAL_DIR})")
    mode.add_argument("--journal-dir", type=Path, dest="journal_dir", nargs="?", const=JOURNAL_DIR,
                      help="labelled journal set directory: sentences.csv, labels_a.csv, "
                           "labels_b.csv and, if present, gold.csv (else gold is where the two "
                           "labellers agree)")
    mode.add_argument("--choose-threshold", type=Path, nargs="+", dest="choose_on",
                      help="journal set directories to choose the show threshold on, pooled")
    mode.add_argument("--rule-precision", type=Path, nargs="+", dest="rule_precision_on",
                      help="journal set directories: each sort of hit's shown precision, pooled")
    mode.add_argument("--build-gold", type=Path, nargs="?", const=JOURNAL_DIR,
                      help="write gold.csv from the two labellings and adjudication.csv")
    parser.add_argument("--longest", action="store_true",
                        help="add the CPU ms to read the longest answers the app takes, and "
                             "at half their length (longest_answer_ms; a few seconds)")
    parser.add_argument("--folds", type=int, default=FOLDS, help="number of grouped folds")
    parser.add_argument("--held-out", default=",".join(map(str, HELD_OUT)),
                        help="folds never read while writing rules, e.g. 3,4")
    args = parser.parse_args(argv)
    if args.data is not None:
        try:
            held = tuple(int(x) for x in args.held_out.split(",") if x.strip())
        except ValueError:
            sys.exit(f"error: --held-out takes fold numbers like 3,4, not {args.held_out!r}")
        if args.folds < 2 or any(not 0 <= f < args.folds for f in held):
            sys.exit(f"error: need at least 2 folds, and held-out folds in 0..{args.folds - 1}")
        print(json.dumps(data_report(read_rows(args.data), args.folds, held)))
    elif args.choose_on:
        print(json.dumps(threshold_report(args.choose_on)))
    elif args.rule_precision_on:
        print(json.dumps(rule_precision_report(args.rule_precision_on)))
    elif args.journal is not None or args.journal_dir is not None:
        report = journal_report(args.journal_dir or args.journal)
        if args.longest:
            report["longest_answer_ms"] = longest_answers()
        print(json.dumps(report))
    else:
        gold = build_gold(args.build_gold)
        out = args.build_gold / "gold.csv"
        try:
            with out.open("w", newline="", encoding="utf-8") as fh:
                writer = csv.DictWriter(fh, fieldnames=["id", "label", "kind", "adjudicated"],
                                        lineterminator="\n")
                writer.writeheader()
                writer.writerows(gold)
        except OSError as exc:
            sys.exit(f"error: cannot write {out}: {exc}")
        print(json.dumps({"written": str(out), "rows": len(gold),
                          "adjudicated": sum(r["adjudicated"] == "1" for r in gold)}))


if __name__ == "__main__":
    main()
