"""Production hashes passwords with argon2id at its recommended cost, although every other test
swaps in a cheap hasher (tests/conftest.py, ``fast_password_hashing``). These tests look past
that swap: at the hasher the module made before any test ran, at one made by a fresh import of
the module, and at what ``sign_up`` stores when the production hasher is in place."""

from __future__ import annotations

import importlib.util

from argon2 import Parameters, PasswordHasher, Type, extract_parameters
from argon2.low_level import ARGON2_VERSION

from change_journal import accounts
from change_journal.store import users
from tests.conftest import FAST_HASHER, PRODUCTION_HASHER

PASSWORD = "a long enough password"
MIN_TIME_COST = 2
MIN_MEMORY_KIB = 19_456
"""OWASP's floor for argon2id: 19 MiB of memory and 2 passes (the library's defaults are above
it: 64 MiB and 3 passes, RFC 9106's low-memory profile)."""


def parameters_of(hasher: PasswordHasher) -> Parameters:
    return Parameters(type=hasher.type, version=ARGON2_VERSION, salt_len=hasher.salt_len,
                      hash_len=hasher.hash_len, time_cost=hasher.time_cost,
                      memory_cost=hasher.memory_cost, parallelism=hasher.parallelism)


def fresh_accounts_module():
    """``change_journal.accounts`` executed again from its file, as a new process imports it,
    without replacing the module every other test uses."""
    spec = importlib.util.find_spec("change_journal.accounts")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def is_production_strength(parameters: Parameters) -> bool:
    return (parameters.type is Type.ID and parameters.time_cost >= MIN_TIME_COST
            and parameters.memory_cost >= MIN_MEMORY_KIB and parameters.salt_len >= 16
            and parameters.hash_len >= 32)


def test_the_hasher_saved_before_the_tests_swapped_it_is_argon2id_at_the_recommended_cost():
    assert is_production_strength(parameters_of(PRODUCTION_HASHER))


def test_a_fresh_import_makes_a_production_strength_hasher_and_hashes_nothing(monkeypatch):
    hashed: list[str] = []
    monkeypatch.setattr(PasswordHasher, "hash", lambda self, password, **_: hashed.append(password))
    module = fresh_accounts_module()
    assert module.HASHER is not FAST_HASHER
    assert is_production_strength(parameters_of(module.HASHER))
    assert hashed == []  # importing stays cheap: no dummy hash made up front


def test_the_tests_hash_cheaply_and_production_does_not():
    assert accounts.HASHER is FAST_HASHER
    assert not is_production_strength(parameters_of(FAST_HASHER))
    assert PRODUCTION_HASHER is not FAST_HASHER


def test_sign_up_in_production_stores_an_argon2id_hash_with_those_parameters(db, monkeypatch):
    monkeypatch.setattr(accounts, "HASHER", PRODUCTION_HASHER)
    account = accounts.sign_up(db, "river", PASSWORD)
    stored = users.get_user(db, account.id).password_hash
    assert stored.startswith("$argon2id$")
    assert PASSWORD not in stored
    assert extract_parameters(stored) == parameters_of(PRODUCTION_HASHER)
    assert accounts.sign_in(db, "river", PASSWORD) == account


def test_a_cheaper_hash_is_replaced_by_a_production_one_on_the_next_sign_in(db, monkeypatch):
    """A hash made with other parameters (here the tests' cheap ones) is upgraded on the next
    successful sign-in, so raising the cost later reaches every account."""
    account = accounts.sign_up(db, "river", PASSWORD)
    assert extract_parameters(users.get_user(db, account.id).password_hash).time_cost == 1
    monkeypatch.setattr(accounts, "HASHER", PRODUCTION_HASHER)
    accounts.sign_in(db, "river", PASSWORD)
    assert extract_parameters(users.get_user(db, account.id).password_hash) == \
        parameters_of(PRODUCTION_HASHER)
