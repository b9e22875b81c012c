"""Evaluate the change-talk recogniser on a labelled CSV and print one JSON object.

Usage: python bench/change_talk_eval.py --data FILE.csv

Columns: client_utterance, label (change / neutral / sustain); optional
previous_therapist_utterance (used as the prompt) and topic (used as the change).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from pathlib import Path

try:
    from change_journal.change_talk import classify
except ImportError:  # not installed: run from a checkout
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    from change_journal.change_talk import classify

LABELS = ("change", "neutral", "sustain")
REQUIRED = ("client_utterance", "label")


def macro_scores(gold: list[str], pred: list[str]) -> dict:
    """Per-label precision/recall/F1, their macro-F1 and the confusion matrix."""
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
    return {"macro_f1": round(sum(f1s) / len(LABELS), 4), "per_label": per_label, "confusion": confusion}


def read_rows(path: Path) -> list[dict[str, str]]:
    """Rows of the CSV; exits with a clear message if it cannot be used."""
    try:
        with path.open(newline="", encoding="utf-8-sig") as fh:
            reader = csv.DictReader(fh)
            missing = [c for c in REQUIRED if c not in (reader.fieldnames or [])]
            if missing:
                sys.exit(f"error: {path} lacks column(s): {', '.join(missing)}")
            rows = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        sys.exit(f"error: cannot read {path}: {exc}")
    for row in rows:
        row["label"] = (row["label"] or "").strip().lower()
    bad = sorted({r["label"] for r in rows} - set(LABELS))
    if bad:
        sys.exit(f"error: {path} has unknown label(s): {', '.join(map(repr, bad))}; "
                 f"expected {', '.join(LABELS)}")
    if not rows:
        sys.exit(f"error: {path} has no rows")
    return rows


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", required=True, type=Path, help="labelled CSV file")
    args = parser.parse_args(argv)
    rows = read_rows(args.data)
    gold = [r["label"] for r in rows]
    began = time.perf_counter()
    pred = [classify(r["client_utterance"] or "", r.get("previous_therapist_utterance") or None,
                     r.get("topic") or None).label for r in rows]
    elapsed = time.perf_counter() - began
    scores = macro_scores(gold, pred)
    report = {
        "macro_f1": scores["macro_f1"],
        **scores["per_label"],
        "confusion": scores["confusion"],
        "rows": len(rows),
        "rows_per_second": round(len(rows) / elapsed) if elapsed else None,
        "baseline_neutral_macro_f1": macro_scores(gold, ["neutral"] * len(gold))["macro_f1"],
    }
    print(json.dumps(report))


if __name__ == "__main__":
    main()
