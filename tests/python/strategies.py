"""Hypothesis strategies for a generated package's types, read from their annotations."""

from __future__ import annotations

import dataclasses
import enum
import sys
import typing
import uuid
from typing import Any, Dict, ForwardRef, Union

from hypothesis import strategies as st

from sample import INT_RANGES


class Strategies:
    def __init__(self, package: Any) -> None:
        self.types = sys.modules[package.__name__ + ".types"]
        self.runtime = sys.modules[package.__name__ + "._runtime"]
        self.cache: Dict[Any, Any] = {}

    def resolve(self, tp: Any) -> Any:
        if isinstance(tp, ForwardRef):
            return getattr(self.types, tp.__forward_arg__)
        if isinstance(tp, str):
            return getattr(self.types, tp)
        return tp

    def timestamps(self) -> Any:
        rt = self.runtime

        @st.composite
        def build(draw: Any) -> Any:
            year = draw(st.one_of(st.integers(1900, 2100), st.integers(-262144, 262143)))
            month = draw(st.integers(1, 12))
            day = draw(st.integers(1, rt._days_in_month(year, month)))
            second = draw(st.integers(0, 59))
            nano = draw(st.one_of(st.just(0), st.integers(0, 999_999_999), st.integers(0, 999).map(lambda n: n * 1_000_000)))
            if second == 59 and draw(st.booleans()):
                nano += 1_000_000_000
            return rt.Timestamp(year, month, day, draw(st.integers(0, 23)), draw(st.integers(0, 59)), second, nano)

        return build()

    def of(self, tp: Any) -> Any:
        tp = self.resolve(tp)
        try:
            if tp in self.cache:
                return self.cache[tp]
        except TypeError:
            pass
        # Recursive types: a deferred strategy breaks the cycle.
        strategy = st.deferred(lambda: self._of(tp))
        try:
            self.cache[tp] = strategy
        except TypeError:
            pass
        return strategy

    def _of(self, tp: Any) -> Any:
        origin = typing.get_origin(tp)
        args = typing.get_args(tp)
        if origin is typing.Annotated:
            kind = args[1]
            if kind == "f32":
                return st.floats(width=32, allow_nan=False, allow_infinity=False)
            if kind == "f64":
                return st.floats(allow_nan=False, allow_infinity=False)
            lo, hi = INT_RANGES[kind]
            return st.integers(lo, hi)
        if tp is str:
            return st.text(max_size=12)
        if tp is bool:
            return st.booleans()
        if tp is int:
            return st.integers(0, 2**32 - 1)
        if tp is float:
            return st.floats(allow_nan=False, allow_infinity=False)
        if hasattr(tp, "__supertype__"):
            return self.of(tp.__supertype__).map(tp)
        if tp is self.runtime.Timestamp:
            return self.timestamps()
        if isinstance(tp, type) and issubclass(tp, uuid.UUID):
            return st.uuids(version=None).map(lambda u: tp(int=u.int))
        if isinstance(tp, type) and issubclass(tp, enum.Enum):
            return st.sampled_from(list(tp))
        if dataclasses.is_dataclass(tp):
            hints = typing.get_type_hints(tp, vars(self.types), include_extras=True)
            return st.builds(tp, *(self.of(hints[f.name]) for f in dataclasses.fields(tp)))
        if origin is Union:
            return st.one_of(*(st.none() if a is type(None) else self.of(a) for a in args))
        if origin is list:
            return st.lists(self.of(args[0]), max_size=3)
        if origin is dict:
            return st.dictionaries(st.text(max_size=6), self.of(args[1]), max_size=3)
        if origin is tuple:
            return st.tuples(*(self.of(a) for a in args))
        raise TypeError(f"no strategy for {tp!r}")
