"""Phone and mobile numbers that are unique within a generated archive and look random.

Each number is a fixed slot of its customer (the card's phone, its fax, the k-th key
person's desk phone or mobile) mapped through a keyed permutation of the local-number
range: distinct slots give distinct numbers by construction, whatever the seed, batch
size or how many runs fill the archive (customer ids keep growing). A small Feistel
network with cycle walking is the permutation; the seed is its key.
"""
from __future__ import annotations

import hashlib

MAX_PEOPLE = 6
LANDLINE_SLOTS = 2 + MAX_PEOPLE   # 0 phone, 1 fax, 2.. the key people's desk phones
MOBILE_SLOTS = MAX_PEOPLE        # the key people's mobiles
LANDLINE_BASE, LANDLINE_RANGE = 20_000_000, 70_000_000   # 8-digit local numbers 2xxxxxxx–8xxxxxxx
MOBILE_RANGE = 100_000_000                                # the 8 digits after a 3-digit prefix
MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151",
                   "152", "155", "156", "158", "159", "177", "180", "181", "182", "186", "187",
                   "188", "189", "199")
MAX_CUSTOMER_ID = min(LANDLINE_RANGE // LANDLINE_SLOTS, MOBILE_RANGE // MOBILE_SLOTS)


class Permutation:
    """A bijection of range(size), keyed by `seed`."""

    def __init__(self, size: int, seed: int, label: str):
        self.size = size
        bits = max(2, (size - 1).bit_length())
        self.half = (bits + 1) // 2
        self.mask = (1 << self.half) - 1
        self.keys = [int.from_bytes(hashlib.blake2b(f"{label}:{seed}:{r}".encode(), digest_size=8).digest(),
                                    "big") for r in range(4)]

    def _round(self, value: int, key: int) -> int:
        x = (value * 0x9E3779B97F4A7C15 + key) & 0xFFFFFFFFFFFFFFFF
        x ^= x >> 29
        x = (x * 0xBF58476D1CE4E5B9) & 0xFFFFFFFFFFFFFFFF
        return (x ^ (x >> 32)) & self.mask

    def _feistel(self, x: int) -> int:
        left, right = x >> self.half, x & self.mask
        for key in self.keys:
            left, right = right, left ^ self._round(right, key)
        return (left << self.half) | right

    def __call__(self, index: int) -> int:
        if not 0 <= index < self.size:
            raise ValueError("index outside the permutation")
        x = self._feistel(index)
        while x >= self.size:       # cycle walking keeps the map a bijection of range(size)
            x = self._feistel(x)
        return x


class NumberPlan:
    """landline(cid, slot, area_code) and mobile(cid, k, prefix): unique per (cid, slot)."""

    def __init__(self, seed: int):
        self._land = Permutation(LANDLINE_RANGE, seed, "landline")
        self._mobile = Permutation(MOBILE_RANGE, seed, "mobile")

    def landline(self, customer_id: int, slot: int, area_code: str) -> str:
        local = LANDLINE_BASE + self._land((customer_id - 1) * LANDLINE_SLOTS + slot)
        return f"{area_code}-{local}"

    def mobile(self, customer_id: int, person: int, prefix: str) -> str:
        return f"{prefix}{self._mobile((customer_id - 1) * MOBILE_SLOTS + person):08d}"
