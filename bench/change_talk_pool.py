"""Macro-F1 of the change-talk recogniser on every journal set pooled, and on each set.

Usage:
    python bench/change_talk_pool.py [--out PREDICTIONS.json]

Sums the confusions of ``classify`` on the whole answers of every ``tests/data/journal_set*``
(gold: the labels both labellers agree on, as ``change_talk_eval.journal_gold`` makes it) and
prints one JSON object: the recogniser's version, the pooled macro-F1, and each set's. With
``--out``, each answer's gold and predicted label is written too, keyed ``set/id``, so that two
versions' readings can be compared answer by answer (the figures in the README's version
paragraphs: "N answers read right that were not"; before version 43 the file was keyed by id
alone, which repeats across sets, so those counts left out about 290 of 16,600 answers).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "bench"))

from change_talk_eval import journal_gold  # noqa: E402

from change_journal import change_talk  # noqa: E402

LABELS = ("change", "sustain", "neutral")


def macro_f1(confusion: Counter) -> float:
    """Macro-F1 over the three labels of ``{(gold, predicted): count}``."""
    scores = []
    for label in LABELS:
        right = confusion[(label, label)]
        predicted = sum(confusion[(other, label)] for other in LABELS)
        gold = sum(confusion[(label, other)] for other in LABELS)
        precision = right / predicted if predicted else 0.0
        recall = right / gold if gold else 0.0
        scores.append(2 * precision * recall / (precision + recall) if precision + recall else 0.0)
    return sum(scores) / len(scores)


def read_sets(directories: list[Path]) -> tuple[Counter, dict[str, float], dict[str, dict]]:
    """The pooled confusion, each set's macro-F1 and each answer's gold and reading (keyed
    ``set/id``: ids repeat from one set to another) of the journal sets in ``directories``."""
    pooled, per_set, readings = Counter(), {}, {}
    for directory in directories:
        with (directory / "sentences.csv").open(newline="", encoding="utf-8") as rows_file:
            rows = list(csv.DictReader(rows_file))
        gold, _how = journal_gold(directory, [r["id"] for r in rows])
        confusion = Counter()
        for row in rows:
            if row["id"] not in gold:
                continue
            label = change_talk.classify(row["sentence"], row["prompt"], row["change"]).label
            confusion[(gold[row["id"]]["label"], label)] += 1
            readings[f"{directory.name}/{row['id']}"] = {"gold": gold[row["id"]]["label"],
                                                         "read": label}
        per_set[directory.name] = round(macro_f1(confusion), 4)
        pooled += confusion
    return pooled, per_set, readings


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, help="write each answer's gold and predicted label")
    args = parser.parse_args(argv)
    pooled, per_set, readings = read_sets(sorted((ROOT / "tests" / "data").glob("journal_set*")))
    if args.out:
        args.out.write_text(json.dumps(readings))
    print(json.dumps({"recogniser_version": change_talk.VERSION, "sets": len(per_set),
                      "pooled_macro_f1": round(macro_f1(pooled), 4), "by_set": per_set}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
