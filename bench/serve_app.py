"""``streamlit run app.py`` in this process, after optional benchmark-only settings.

    python bench/serve_app.py [--coach-page-size N] -- [streamlit run options]

``--coach-page-size`` sets the rows on a page of the coach's dashboard, so that coaches with
10 and with 200 clients can be measured drawing the same number of rows (bench/run.py).
Everything after ``--`` goes to ``streamlit run``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> int:
    argv = sys.argv[1:]
    rest = argv[argv.index("--") + 1:] if "--" in argv else []
    own = argv[:argv.index("--")] if "--" in argv else argv
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--coach-page-size", type=int)
    args = parser.parse_args(own)
    if args.coach_page_size:
        from change_journal import coach_dashboard

        coach_dashboard.page.__defaults__ = (args.coach_page_size,)
    from streamlit.web import cli

    sys.argv = ["streamlit", "run", str(ROOT / "app.py"), *rest]
    return cli.main()


if __name__ == "__main__":
    sys.exit(main())
