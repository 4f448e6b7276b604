"""Random values of a generated package's types, read from their annotations (for the exchange with serde, the
fuzz and the property tests). Stdlib only; seeded, so a run repeats."""

from __future__ import annotations

import dataclasses
import enum
import random
import sys
import typing
import uuid
from typing import Any, Dict, ForwardRef, Union

INT_RANGES = {
    "u8": (0, 255),
    "u16": (0, 65535),
    "u32": (0, 4294967295),
    "u64": (0, 18446744073709551615),
    "i8": (-128, 127),
    "i16": (-32768, 32767),
    "i32": (-2147483648, 2147483647),
    "i64": (-9223372036854775808, 9223372036854775807),
}

STRING_PIECES = ["a", "Z", "0", " ", "é", "日本", "😀", '"', "\\", "/", "\n", "\t", "\x00", "\x1f", "\x7f", "\u2028", "\ufeff", "~", "{}", "null"]


class Sampler:
    def __init__(self, package: Any, seed: int) -> None:
        self.pkg = package
        self.types = sys.modules[package.__name__ + ".types"]
        self.runtime = sys.modules[package.__name__ + "._runtime"]
        self.rng = random.Random(seed)
        self.hints: Dict[type, Dict[str, Any]] = {}

    def resolve(self, tp: Any) -> Any:
        if isinstance(tp, ForwardRef):
            return getattr(self.types, tp.__forward_arg__)
        if isinstance(tp, str):
            return getattr(self.types, tp)
        return tp

    def int_of(self, kind: str) -> int:
        lo, hi = INT_RANGES[kind]
        r = self.rng.random()
        if r < 0.2:
            return self.rng.choice([lo, hi, 0 if lo <= 0 else lo, min(hi, 1)])
        if r < 0.5:
            return self.rng.randint(lo, min(hi, lo + 1000))
        return self.rng.randint(lo, hi)

    def f64(self) -> float:
        r = self.rng.random()
        if r < 0.3:
            return self.rng.choice([0.0, -0.0, 1.0, -1.5, 0.1, 1e16, 1e-7, 5e-324, 1.7976931348623157e308, 123456.789, 1e15, 1e-5])
        if r < 0.6:
            return self.rng.uniform(-1e6, 1e6)
        return self.rng.choice([1, -1]) * self.rng.random() * 10.0 ** self.rng.randint(-320, 300)

    def f32(self) -> float:
        x: float = self.runtime.round_f32(self.f64())
        return x if x - x == 0.0 else 3.4028234663852886e38

    def string(self) -> str:
        n = self.rng.choice([0, 1, 2, 3, 5, 8])
        return "".join(self.rng.choice(STRING_PIECES) for _ in range(n))

    def timestamp(self) -> Any:
        ts = self.runtime.Timestamp
        r = self.rng.random()
        year = self.rng.randint(-262144, 262143) if r < 0.2 else self.rng.randint(1900, 2100)
        month = self.rng.randint(1, 12)
        day = self.rng.randint(1, self.runtime._days_in_month(year, month))
        nano = self.rng.choice([0, 0, 123_000_000, 123_456_000, 123_456_789, self.rng.randint(0, 999_999_999)])
        second = self.rng.randint(0, 59)
        if self.rng.random() < 0.05:
            second, nano = 59, 1_000_000_000 + nano
        return ts(year, month, day, self.rng.randint(0, 23), self.rng.randint(0, 59), second, nano)

    def value(self, tp: Any, depth: int = 0) -> Any:
        tp = self.resolve(tp)
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Annotated:
            kind = args[1]
            return self.f32() if kind == "f32" else self.f64() if kind == "f64" else self.int_of(kind)
        if tp is str:
            return self.string()
        if tp is bool:
            return self.rng.random() < 0.5
        if tp is int:
            return self.int_of("u32")
        if tp is float:
            return self.f64()
        if hasattr(tp, "__supertype__"):  # a NewType
            return tp(self.value(tp.__supertype__, depth))
        if tp is self.runtime.Timestamp:
            return self.timestamp()
        if isinstance(tp, type) and issubclass(tp, uuid.UUID):
            return tp(int=self.rng.getrandbits(128))
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return self.rng.choice(list(tp))
        if dataclasses.is_dataclass(tp):
            if tp not in self.hints:
                self.hints[tp] = typing.get_type_hints(tp, vars(self.types), include_extras=True)
            hints = self.hints[tp]
            return tp(*(self.value(hints[f.name], depth + 1) for f in dataclasses.fields(tp)))
        if origin is Union:
            members = [a for a in args if a is not type(None)]
            if len(members) < len(args) and self.rng.random() < 0.3:
                return None
            if depth > 4:
                # Deep in a recursive type: prefer members that hold no list or map of the type itself.
                members = sorted(members, key=lambda m: str(m))[:2] if len(members) > 2 else members
            return self.value(self.rng.choice(members), depth + 1)
        if origin is list:
            n = 0 if depth > 5 else self.rng.choice([0, 1, 2, 3])
            return [self.value(args[0], depth + 1) for _ in range(n)]
        if origin is dict:
            n = 0 if depth > 5 else self.rng.choice([0, 1, 2, 3])
            return {self.string(): self.value(args[1], depth + 1) for _ in range(n)}
        if origin is tuple:
            return tuple(self.value(a, depth + 1) for a in args)
        raise TypeError(f"no sampler for {tp!r}")
