"""bench/change_talk_eval.py on tiny CSV files written here (no corpus text)."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "bench" / "change_talk_eval.py"
COLUMNS = ["topic", "previous_therapist_utterance", "client_utterance", "label"]
# (topic, prompt, utterance, gold label); the recogniser's answer is in the comment.
ROWS = [
    ("drinking less", "", "I want to drink less.", "change"),                    # change
    ("drinking less", "", "It helps me relax.", "sustain"),                      # sustain
    ("drinking less", "", "I had toast for breakfast.", "neutral"),              # neutral
    ("drinking less", "", "It rained all day.", "change"),                       # neutral
    ("drinking less", "Would you like to cut down?", "Yes.", "change"),          # change
    ("drinking less", "", "I can't stop.", "neutral"),                           # sustain
    ("drinking less", "", "My sister visited on Sunday.", "neutral"),            # neutral
]


def _write(path: Path, columns: list[str], rows: list[tuple[str, ...]]) -> Path:
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(columns)
        writer.writerows(rows)
    return path


def _run(data: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, str(SCRIPT), "--data", str(data)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)


def test_eval_reports_macro_f1_per_label_scores_and_confusion_for_a_tiny_file(tmp_path):
    done = _run(_write(tmp_path / "tiny.csv", COLUMNS, ROWS))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert set(report) == {"macro_f1", "change", "neutral", "sustain", "confusion", "rows",
                           "rows_per_second", "baseline_neutral_macro_f1"}
    assert report["confusion"] == {
        "change": {"change": 2, "neutral": 1, "sustain": 0},
        "neutral": {"change": 0, "neutral": 2, "sustain": 1},
        "sustain": {"change": 0, "neutral": 0, "sustain": 1},
    }
    # change: P 2/2, R 2/3 -> F1 0.8; neutral: P 2/3, R 2/3; sustain: P 1/2, R 1/1 -> F1 2/3.
    assert report["change"] == {"precision": 1.0, "recall": 0.6667, "f1": 0.8}
    assert report["neutral"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert report["sustain"] == {"precision": 0.5, "recall": 1.0, "f1": 0.6667}
    assert report["macro_f1"] == pytest.approx((0.8 + 2 / 3 + 2 / 3) / 3, abs=1e-4)
    # Always "neutral": neutral P 3/7, R 1 -> F1 0.6, the others 0.
    assert report["baseline_neutral_macro_f1"] == pytest.approx(0.2, abs=1e-4)
    assert report["rows"] == 7
    assert report["rows_per_second"] > 0


def test_eval_works_without_the_optional_prompt_and_topic_columns(tmp_path):
    rows = [(utterance, label) for _, _, utterance, label in ROWS]
    done = _run(_write(tmp_path / "plain.csv", ["client_utterance", "label"], rows))
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    # Without its question, the bare "Yes." is neutral.
    assert report["confusion"]["change"] == {"change": 1, "neutral": 2, "sustain": 0}


def test_eval_names_a_missing_column_and_fails_without_a_traceback(tmp_path):
    done = _run(_write(tmp_path / "bad.csv", ["text", "label"], [("I want to quit.", "change")]))
    assert done.returncode != 0
    assert "client_utterance" in done.stderr
    assert "Traceback" not in done.stderr
    assert done.stdout == ""


@pytest.mark.parametrize("name", ["missing.csv", "."])
def test_eval_reports_a_file_it_cannot_read_and_fails_without_a_traceback(tmp_path, name):
    done = _run(tmp_path / name)
    assert done.returncode != 0
    assert "cannot read" in done.stderr
    assert "Traceback" not in done.stderr


def test_eval_rejects_unknown_labels_clearly(tmp_path):
    done = _run(_write(tmp_path / "labels.csv", ["client_utterance", "label"],
                       [("I want to quit.", "maybe")]))
    assert done.returncode != 0
    assert "unknown label" in done.stderr and "Traceback" not in done.stderr
