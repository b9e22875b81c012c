"""Change Journal: a self-guided motivational-interviewing journal.

The core (everything outside ``change_journal.ui``) is plain Python: it can be used by the
command line, the benchmarks and the tests without Streamlit running.
"""

__version__ = "0.1.0"
