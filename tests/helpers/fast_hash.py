"""Tests only: cheap argon2 parameters, so the suite does not spend ~0.6 s on every hash.

Production always hashes with argon2-cffi's defaults (models/rules/auth.py); only test code
calls `install()`: tests/conftest.py for the test process and `tests/helpers/fast_main.py`
for command-line subprocesses that create accounts. (A subprocess that only logs in needs
neither: verifying reads the parameters from the stored hash.)
"""
from __future__ import annotations

from argon2 import PasswordHasher


def cheap_hasher() -> PasswordHasher:
    return PasswordHasher(time_cost=1, memory_cost=8192, parallelism=1)


def install() -> PasswordHasher:
    """Switch the running process to the cheap hasher; returns the hasher it replaced."""
    from models.rules import auth

    return auth.configure_hasher(cheap_hasher())
