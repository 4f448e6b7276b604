"""The serde_json-exact reader and writer helpers every generated codec uses.

Hand-written once (not per type). Parsing runs the C-accelerated ``json`` module underneath:
objects arrive as tuples of (key, value) pairs (duplicate keys stay visible), and every rule
``json.loads`` does not apply as serde_json 1.0.87 does (lone surrogates, ``-0`` and fractions
for integers, numbers out of range, nesting depth, invalid UTF-8) is applied here, by the
type-directed decoders, only where serde applies it.
"""

from __future__ import annotations

import datetime
import json
import math
import re
import struct
import threading
import uuid
from fractions import Fraction
from typing import Annotated, Any, Callable, Dict, List, NoReturn, Optional, Tuple, Type, TypeVar, Union

T = TypeVar("T")

# The Rust number types, as annotations: an int (float) that also says which Rust type it is (its range).
U8 = Annotated[int, "u8"]
U16 = Annotated[int, "u16"]
U32 = Annotated[int, "u32"]
U64 = Annotated[int, "u64"]
I8 = Annotated[int, "i8"]
I16 = Annotated[int, "i16"]
I32 = Annotated[int, "i32"]
I64 = Annotated[int, "i64"]
F32 = Annotated[float, "f32"]
F64 = Annotated[float, "f64"]

# Their ranges, for the generated checks.
U8_MAX = 255
U16_MAX = 65535
U32_MAX = 4294967295
U64_MAX = 18446744073709551615
I8_MIN, I8_MAX = -128, 127
I16_MIN, I16_MAX = -32768, 32767
I32_MIN, I32_MAX = -2147483648, 2147483647
I64_MIN, I64_MAX = -9223372036854775808, 9223372036854775807

_QUOTE_MAX = 64


class ProtoError(Exception):
    """Raised by every parse, serialize and validate function.

    ``kind`` is one of InvalidMessage, ValidationError, SerializationError, UnknownMessageType;
    ``pointer`` the JSON pointer of the offending value ("" is the whole message);
    ``detail`` the one-line message without kind and pointer.
    """

    def __init__(self, kind: str, detail: str, pointer: str = "") -> None:
        where = "" if pointer == "" else f" at {_clip(pointer)}"
        super().__init__(f"{kind}: {detail}{where}")
        self.kind = kind
        self.detail = detail
        self.pointer = pointer


class FrozenData:
    """The base of every generated dataclass: frozen dataclasses with ``__slots__`` pickle and copy through their
    constructor (the default would set the slots one by one, which a frozen dataclass refuses)."""

    __slots__ = ()

    def __reduce__(self) -> Tuple[Any, Tuple[Any, ...]]:
        names: Tuple[str, ...] = type(self).__slots__
        return (type(self), tuple(getattr(self, name) for name in names))


def assert_never(value: NoReturn) -> NoReturn:
    """For exhaustive ``match`` / ``isinstance`` chains: a type checker proves this is never reached."""
    raise AssertionError(f"unhandled value: {value!r}")


class _Fail(Exception):
    """A decoding or encoding failure; the path grows (innermost first) as it propagates."""

    def __init__(self, message: str, unknown_variant: bool = False, in_tag: bool = False) -> None:
        super().__init__(message)
        self.message = message
        self.path: List[Union[str, int]] = []
        self.unknown_variant = unknown_variant
        # Raised reading a tagged enum's tag value (one path segment below the enum itself).
        self.in_tag = in_tag


_INVISIBLE = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff\ud800-\udfff]")


def _clip(s: str) -> str:
    """A pointer as a message shows it: cut short, and every control, invisible or unpaired character spelled
    ``\\uXXXX`` (a key may hold a line break: the message stays one printable line)."""
    short = s if len(s) <= 4 * _QUOTE_MAX else s[: 4 * _QUOTE_MAX] + "…"
    return _INVISIBLE.sub(lambda m: f"\\u{ord(m.group()):04x}", short)


def quoted(s: str) -> str:
    """A string quoted for an error message, cut short and escaped so the message stays one line."""
    text = s if len(s) <= _QUOTE_MAX else s[:_QUOTE_MAX]
    out = json.dumps(text, ensure_ascii=True)
    return out if len(s) <= _QUOTE_MAX else f"{out}… ({len(s)} characters)"


def pointer_of(path: List[Union[str, int]]) -> str:
    """The JSON pointer of a failure's path (stored innermost first)."""
    return "".join("/" + str(seg).replace("~", "~0").replace("/", "~1") for seg in reversed(path))


def describe(v: object) -> str:
    """A value as an error message shows it: a short kind, never its whole text."""
    if v is None:
        return "null"
    if v is True or v is False:
        return "boolean"
    if isinstance(v, str):
        return f"string {quoted(v)}"
    if isinstance(v, (int, float, _Number)):
        return f"number {quoted(str(v))}"
    if isinstance(v, list):
        return "sequence"
    if isinstance(v, tuple):
        return "map"
    return f"a value of type {type(v).__name__}"


def invalid_type(v: object, expected: str) -> NoReturn:
    raise _Fail(f"invalid type: {describe(v)}, expected {expected}")


# ---- reading -------------------------------------------------------------------------------


class _Number:
    """A number token json.loads cannot give as serde reads it: ``-0`` or an integer too long for int()."""

    __slots__ = ("token",)

    def __init__(self, token: str) -> None:
        self.token = token

    def __str__(self) -> str:
        return self.token


_SURROGATE = re.compile("[\ud800-\udfff]")
# The integer token -0 (serde reads it as a float): after a structural character or whitespace, not part of -0.5,
# -0e1 or a UUID's "-0…" (which would switch on the slower exact reading for nothing).
_MAYBE_NEG_ZERO = re.compile(r"(?<![^\[:,\s])-0(?![0-9.eE])")
_DEFAULT_MAX_BYTES = 16 * 1024 * 1024
_MAX_DEPTH = 128


def _reject_constant(name: str) -> NoReturn:
    raise ValueError(f"expected value ({name} is not JSON)")


def _int_token(token: str) -> object:
    if token == "-0" or len(token) > 40:
        return _Number(token)
    return int(token)


def _float_token(token: str) -> float:
    return _Float(token)


class _Float(float):
    """A float that keeps its token: an f32 is rounded from the decimal, not from the double."""

    token: str

    def __new__(cls, token: str) -> "_Float":
        self = super().__new__(cls, token)
        self.token = token
        return self


_decoder_fast = json.JSONDecoder(object_pairs_hook=tuple, parse_constant=_reject_constant)
_decoder_exact = json.JSONDecoder(
    object_pairs_hook=tuple,
    parse_constant=_reject_constant,
    parse_int=_int_token,
    parse_float=_float_token,
)


def load(
    data: Union[str, bytes, bytearray, memoryview], max_bytes: int = _DEFAULT_MAX_BYTES, keep_tokens: bool = False
) -> Any:
    """One JSON text as a tree: objects as tuples of pairs, arrays as lists; syntax as serde_json's.

    A str must be valid Unicode (no lone surrogate); bytes are UTF-8, and invalid bytes are kept
    as U+DC80–U+DCFF (surrogateescape) so that, as with ``serde_json::from_slice``, they are refused
    where a string is decoded and skimmed under an unknown key.
    """
    if type(data) is str:
        text = data
        if len(text) > max_bytes:
            raise ProtoError(
                "InvalidMessage", f"message is {len(text)} characters, over the limit of {max_bytes} (max_bytes)"
            )
        if not text.isascii() and _SURROGATE.search(text) is not None:
            raise ProtoError("InvalidMessage", "message is not valid Unicode (lone surrogate)")
    elif isinstance(data, (bytes, bytearray, memoryview)):
        if len(data) > max_bytes:
            raise ProtoError(
                "InvalidMessage", f"message is {len(data)} bytes, over the limit of {max_bytes} (max_bytes)"
            )
        try:
            text = str(data, "utf-8")
        except UnicodeDecodeError:
            text = str(data, "utf-8", "surrogateescape")
    elif isinstance(data, str):
        return load(str(data), max_bytes, keep_tokens)
    else:
        raise ProtoError("InvalidMessage", f"expected the message as str or UTF-8 bytes, got {type(data).__name__}")
    # -0 must stay visible (serde reads it as a float): only then are number tokens kept (json's int() is faster).
    return _scan(text, keep_tokens or ("-0" in text and _MAYBE_NEG_ZERO.search(text) is not None))


_scan_fast: Callable[[str, int], Tuple[Any, int]] = _decoder_fast.scan_once  # type: ignore[attr-defined]
_scan_exact: Callable[[str, int], Tuple[Any, int]] = _decoder_exact.scan_once  # type: ignore[attr-defined]
_WS = re.compile(r"[ \t\n\r]*")


def _scan(text: str, exact: bool) -> Any:
    """json's C scanner over the whole text: whitespace, one value, whitespace (serde_json's framing)."""
    start = _WS.match(text).end()  # type: ignore[union-attr]
    try:
        value, end = (_scan_exact if exact else _scan_fast)(text, start)
    except StopIteration as e:
        raise ProtoError(
            "InvalidMessage",
            f"expected value at character {e.value}" if e.value < len(text) else "EOF while parsing a value",
        ) from None
    except json.JSONDecodeError as e:
        raise ProtoError("InvalidMessage", f"{e.msg} at line {e.lineno} column {e.colno}") from None
    except ValueError as e:
        if not exact:
            # int() refused a very long integer token: read again keeping number tokens.
            return _scan(text, True)
        raise ProtoError("InvalidMessage", str(e).splitlines()[0]) from None
    except RecursionError:
        # Deeper than the C scanner's stack allows: only an unknown field's value can be (serde skims it without a
        # limit); read iteratively.
        return _load_iterative(text)
    if end != len(text) and _WS.match(text, end).end() != len(text):  # type: ignore[union-attr]
        raise ProtoError("InvalidMessage", f"trailing characters at character {end}")
    return value


_TOKEN = re.compile(
    r"[ \t\n\r]*(?:(?P<open>[\[{])|(?P<close>[\]}])|(?P<comma>,)|(?P<colon>:)"
    r'|(?P<str>"(?:[^"\\\x00-\x1f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*")'
    r"|(?P<num>-?(?:0|[1-9][0-9]*)(?:\.[0-9]+)?(?:[eE][+-]?[0-9]+)?)|(?P<lit>true|false|null))"
)


def _load_iterative(text: str) -> Any:
    """The pure-Python reader for nesting json's C scanner cannot take; same tree, same grammar."""
    stack: List[Tuple[Any, Optional[str]]] = []
    pos = 0
    n = len(text)
    value: Any = None
    have_value = False
    expect_key = False
    after_comma = False
    while True:
        m = _TOKEN.match(text, pos)
        if m is None:
            rest = text[pos:].lstrip(" \t\n\r")
            if rest == "" and have_value and not stack:
                return value
            raise ProtoError("InvalidMessage", "invalid JSON" if rest else "EOF while parsing a value")
        pos = m.end()
        kind = m.lastgroup
        tok = m.group(kind or 0)
        if not stack and have_value:
            raise ProtoError("InvalidMessage", "trailing characters")
        if kind == "open":
            if have_value or expect_key:
                raise ProtoError("InvalidMessage", "expected `,` or a key")
            stack.append(([] if tok == "[" else [], None if tok == "[" else "{"))
            expect_key = tok == "{"
            after_comma = False
            continue
        if kind == "close":
            if not stack:
                raise ProtoError("InvalidMessage", "expected value")
            items, brace = stack[-1]
            if (brace == "{") != (tok == "}") or after_comma:
                raise ProtoError("InvalidMessage", "trailing comma" if after_comma else "mismatched bracket")
            if have_value:
                _push(stack, value)
            elif expect_key and items:
                raise ProtoError("InvalidMessage", "expected a key")
            stack.pop()
            value = tuple(_pairs(items)) if brace == "{" else items
            have_value = True
            expect_key = False
            continue
        if kind == "comma":
            if not stack or not have_value:
                raise ProtoError("InvalidMessage", "expected value")
            _push(stack, value)
            have_value = False
            after_comma = True
            expect_key = stack[-1][1] == "{"
            continue
        if kind == "colon":
            if not stack or stack[-1][1] != "{" or not have_value or not isinstance(value, _Key):
                raise ProtoError("InvalidMessage", "expected `:`")
            stack[-1][0].append(value)
            have_value = False
            expect_key = False
            continue
        if have_value:
            raise ProtoError("InvalidMessage", "expected `,`")
        after_comma = False
        if kind == "str":
            s = json.loads(tok)
            value = _Key(s) if expect_key else s
        elif kind == "num":
            value = _int_token(tok) if re.fullmatch(r"-?[0-9]+", tok) else _Float(tok)
        else:
            value = True if tok == "true" else False if tok == "false" else None
        if expect_key and not isinstance(value, _Key):
            raise ProtoError("InvalidMessage", "key must be a string")
        have_value = True
    raise AssertionError(n)  # pragma: no cover


class _Key(str):
    pass


def _push(stack: List[Tuple[Any, Optional[str]]], value: Any) -> None:
    items, brace = stack[-1]
    if brace == "{" and (not items or not isinstance(items[-1], _Key) or len(items) % 2 == 0):
        raise ProtoError("InvalidMessage", "expected `:`")
    items.append(value)


def _pairs(items: List[Any]) -> List[Tuple[str, Any]]:
    return [(str(items[i]), items[i + 1]) for i in range(0, len(items), 2)]


def check_string(v: object) -> str:
    if type(v) is str:
        if not v.isascii() and _SURROGATE.search(v) is not None:
            raise _Fail("lone surrogate in hex escape or invalid UTF-8 in a string")
        return v
    invalid_type(v, "a string")


def check_key(k: str) -> None:
    """A key serde decodes (every key of a struct or map): no lone surrogate, no invalid UTF-8."""
    if not k.isascii() and _SURROGATE.search(k) is not None:
        raise _Fail("lone surrogate in hex escape or invalid UTF-8 in a key")


def read_bool(v: object) -> bool:
    if v is True or v is False:
        return v
    invalid_type(v, "a boolean")


def read_null(v: object, expected: str = "unit") -> None:
    if v is not None:
        invalid_type(v, expected)


# The `buffered` flag of a decoder: False (read from the text), True (from content serde buffered and owns: an
# internally tagged variant, adjacently tagged content before its tag; its ContentDeserializer), or BY_REF (an
# untagged enum's variant, read through its ContentRefDeserializer).
BY_REF = 2


def read_unit(v: object, buffered: int = False) -> None:
    """An externally tagged unit variant's value in its object form: null; and where serde owns the buffered content,
    also an empty map (serde 1.0.152's ContentDeserializer reads ``{}`` as unit; its ContentRefDeserializer does not)."""
    if v is None or (buffered is True and type(v) is tuple and not v):
        return
    invalid_type(v, "unit variant")


def read_int(v: object, lo: int, hi: int, rust: str) -> int:
    if type(v) is int:
        if lo <= v <= hi:
            return v
        raise _Fail(f"invalid value: integer `{_short_repr(v)}`, expected {rust}")
    if isinstance(v, _Number) and v.token != "-0":
        raise _Fail(f"invalid value: integer `{_short_repr(v.token)}`, expected {rust}")
    invalid_type(v, rust)


def read_f64(v: object) -> float:
    if isinstance(v, float):
        f = float(v)
    elif type(v) is int:
        try:
            return float(v)
        except OverflowError:
            raise _Fail("number out of range") from None
    elif isinstance(v, _Number):
        f = float(v.token)
    else:
        invalid_type(v, "f64")
    if f - f != 0.0:
        raise _Fail("number out of range")
    return f


_F32_MAX = 3.4028234663852886e38


def _f32_bits(x: float) -> int:
    return int(struct.unpack("<I", struct.pack("<f", x))[0])


def _from_f32_bits(b: int) -> float:
    return float(struct.unpack("<f", struct.pack("<I", b))[0])


def round_f32(d: float, exact: Optional[Fraction] = None) -> float:
    """The double ``d`` (the nearest double to the decimal ``exact``, when given) correctly rounded to f32; ±inf past its range."""
    a = abs(d)
    if a > _F32_MAX:
        top = _F32_MAX + 2.0**103  # halfway between f32::MAX and 2^128
        if a < top or (a == top and exact is not None and abs(exact) < Fraction(top)):
            return _F32_MAX if d > 0 else -_F32_MAX
        return float("inf") if d > 0 else float("-inf")
    f = float(struct.unpack("<f", struct.pack("<f", a))[0])
    if f == a or exact is None:
        return math.copysign(f, d)
    bits = _f32_bits(f)
    lo, hi = (
        (_from_f32_bits(bits - 1), f) if f > a else (f, _from_f32_bits(bits + 1) if bits < 0x7F7FFFFF else 2.0**128)
    )
    mid = (lo + hi) / 2
    if a == mid:
        e = abs(exact)
        m = Fraction(mid)
        r = lo if e < m else hi if e > m else (lo if _f32_bits(lo) % 2 == 0 else hi)
        if r == 2.0**128:
            return float("inf") if d > 0 else float("-inf")
        return math.copysign(r, d)
    return math.copysign(f, d)


def read_f32(v: object, buffered: int = False) -> float:
    """An f32 as serde_json reads it: the decimal correctly rounded; from buffered content, an integer cast once and
    any other number read as an f64 first, then cast (double rounding; ±inf past f32's range)."""
    d = read_f64(v)
    if type(v) is int:
        return _int_to_f32(v)
    if buffered:
        return round_f32(d)
    exact: Optional[Fraction] = None
    if isinstance(v, (_Float, _Number)):
        exact = Fraction(v.token)
    r = round_f32(d, exact)
    if r - r != 0.0:
        raise _Fail("number out of range")
    return r


def _int_to_f32(i: int) -> float:
    d = float(i)
    return round_f32(d, Fraction(i) if Fraction(d) != i else None)


def read_list(v: Any, item: Callable[[Any], T]) -> List[T]:
    if type(v) is not list:
        invalid_type(v, "a sequence")
    out: List[T] = []
    try:
        for x in v:
            out.append(item(x))
    except _Fail as e:
        e.path.append(len(out))
        raise
    return out


def read_map(v: Any, value: Callable[[Any], T]) -> Dict[str, T]:
    if type(v) is not tuple:
        invalid_type(v, "a map")
    out: Dict[str, T] = {}
    for k, x in v:
        try:
            check_key(k)
            out[k] = value(x)
        except _Fail as e:
            e.path.append(k)
            raise
    return out


def read_tuple(v: object, items: Tuple[Callable[[Any], Any], ...]) -> Tuple[Any, ...]:
    n = len(items)
    if type(v) is not list:
        invalid_type(v, f"a tuple of size {n}")
    assert isinstance(v, list)
    if len(v) < n:
        raise _Fail(f"invalid length {len(v)}, expected a tuple of size {n}")
    if len(v) > n:
        raise _Fail("trailing characters")
    out = []
    for i in range(n):
        try:
            out.append(items[i](v[i]))
        except _Fail as e:
            e.path.append(i)
            raise
    return tuple(out)


def read_string_pair(v: Any) -> Tuple[str, str]:
    if (
        type(v) is list
        and len(v) == 2
        and type(v[0]) is str
        and type(v[1]) is str
        and v[0].isascii()
        and v[1].isascii()
    ):
        return (v[0], v[1])
    a, b = read_tuple(v, (check_string, check_string))
    return (a, b)


def fail_missing(name: str) -> NoReturn:
    raise _Fail(f"missing field `{name}`")


def fail_duplicate(name: str) -> NoReturn:
    raise _Fail(f"duplicate field `{name}`")


def fail_unknown_variant(tag: str, expected: Tuple[str, ...], in_tag: bool = False) -> NoReturn:
    names = ", ".join(f"`{t}`" for t in expected)
    raise _Fail(f"unknown variant {quoted(tag)}, expected one of {names}", unknown_variant=True, in_tag=in_tag)


def read_tag(v: object, tags: Tuple[str, ...], other: Optional[str], buffered: int = False) -> str:
    """A tagged enum's tag: one of ``tags``, or (an open enum) anything else as ``other``. From buffered content an
    integer is the variant's index, as serde_derive's identifiers accept."""
    if type(v) is str:
        if not v.isascii():
            check_key(v)
        if v in tags:
            return v
        if other is not None:
            return other
        fail_unknown_variant(v, tags, in_tag=True)
    if buffered and type(v) is int and 0 <= v <= 18446744073709551615:
        if v < len(tags):
            return tags[v]
        if other is not None:
            return other
        raise _Fail(f"invalid value: integer `{v}`, expected variant index 0 <= i < {len(tags)}")
    invalid_type(v, "variant identifier")


def check_content(v: Any) -> None:
    """Check a value as serde buffers it (its ``Content``): strings and keys well formed, numbers within an f64,
    nesting within serde_json's recursion limit. (An unknown field's value is only skimmed: it is not checked.)"""
    depths: Optional[Dict[int, int]] = getattr(_deep, "map", None)
    stack: List[Any] = [v]
    while stack:
        x = stack.pop()
        t = type(x)
        if t is str:
            if not x.isascii() and _SURROGATE.search(x) is not None:
                raise _Fail("lone surrogate in hex escape or invalid UTF-8 in a string")
        elif t is int:
            # Beyond u64/i64 serde_json reads an integer as an f64: past f64's range it is out of range.
            if not -9223372036854775808 <= x <= 18446744073709551615:
                try:
                    float(x)
                except OverflowError:
                    raise _Fail("number out of range") from None
        elif t is float or t is _Float:
            if x - x != 0.0:
                raise _Fail("number out of range")
        elif t is _Number:
            if float(x.token) - float(x.token) != 0.0:
                raise _Fail("number out of range")
        elif t is list:
            if depths is not None and depths.get(id(x), 0) >= _MAX_DEPTH:
                raise _Fail("recursion limit exceeded")
            stack.extend(x)
        elif t is tuple:
            if depths is not None and depths.get(id(x), 0) >= _MAX_DEPTH:
                raise _Fail("recursion limit exceeded")
            for k, y in x:
                if not k.isascii():
                    check_key(k)
                stack.append(y)


def with_tag(entry: str, body: str) -> str:
    """A struct's JSON with ``entry`` (an internally tagged enum's ``"tag":"Name"``) first, as serde writes it."""
    return "{" + entry + "}" if body == "{}" else "{" + entry + "," + body[1:]


def check_struct_seq(v: List[Any], n: int, label: str) -> None:
    if len(v) < n:
        raise _Fail(f"invalid length {len(v)}, expected {label} with {n} elements")
    if len(v) > n:
        raise _Fail("trailing characters")


# serde_json's recursion limit counts every array and object it enters to deserialize (typed values and content it
# buffers), from the root of the text; it skims an unknown field's value without counting. A tree that deep is rare:
# only then does a parse map each container to its depth (per thread), for check_content and deep_guard to read.
_deep = threading.local()


def _depth_map(v: Any, limit: int) -> Optional[Dict[int, int]]:
    """Each container's depth (the root's is 1), when some container is at least ``limit`` deep; else None."""
    depths: Dict[int, int] = {}
    deep = False
    stack: List[Tuple[Any, int]] = [(v, 1)]
    while stack:
        x, d = stack.pop()
        t = type(x)
        if t is list or t is tuple:
            depths[id(x)] = d
            if d >= limit:
                deep = True
            stack.extend((y, d + 1) for y in x) if t is list else stack.extend((y, d + 1) for _, y in x)
    return depths if deep else None


def deep_guard(v: object) -> None:
    """A typed container serde would enter past its recursion limit (a recursive type nested 128 deep)."""
    depths: Optional[Dict[int, int]] = getattr(_deep, "map", None)
    if depths is not None and depths.get(id(v), 0) >= _MAX_DEPTH:
        raise _Fail("recursion limit exceeded")


def run_parse(
    data: Union[str, bytes, bytearray, memoryview],
    decode: Callable[[Any], T],
    message: bool = False,
    depth: bool = False,
    tokens: bool = False,
) -> T:
    tree = load(data, keep_tokens=tokens)
    deep = _depth_map(tree, _MAX_DEPTH) if depth else None
    if deep is not None:
        _deep.map = deep
    try:
        return decode(tree)
    except _Fail as e:
        at_root = not e.path or (e.in_tag and len(e.path) == 1)
        kind = "UnknownMessageType" if message and e.unknown_variant and at_root else "InvalidMessage"
        raise ProtoError(kind, e.message, pointer_of(e.path)) from None
    except RecursionError:
        raise ProtoError("InvalidMessage", "recursion limit exceeded") from None
    finally:
        if deep is not None:
            _deep.map = None


def run_serialize(value: T, encode: Callable[[T], str]) -> str:
    try:
        return encode(value)
    except _Fail as e:
        raise ProtoError("SerializationError", e.message, pointer_of(e.path)) from None
    except RecursionError:
        raise ProtoError("SerializationError", "value nested too deep") from None


# ---- writing: serde_json::to_string, compact, fields in declaration order ---------------------

_encode_basestring: Callable[[str], str] = (
    getattr(json.encoder, "c_encode_basestring", None) or json.encoder.py_encode_basestring
)


def write_string(v: object) -> str:
    """serde_json's escaping: `"` `\\` and C0 controls (short forms for \\b \\f \\n \\r \\t, else \\u00xx); all else raw."""
    if not isinstance(v, str):
        raise _Fail(f"expected a str, got {type(v).__name__}")
    if not v.isascii() and _SURROGATE.search(v) is not None:
        raise _Fail("string holds a lone surrogate, which a Rust String cannot")
    return _encode_basestring(str(v))


def write_bool(v: object) -> str:
    if v is True:
        return "true"
    if v is False:
        return "false"
    raise _Fail(f"expected a bool, got {type(v).__name__}")


def write_int(v: object, lo: int, hi: int, rust: str) -> str:
    if type(v) is int and lo <= v <= hi:
        return str(v)
    if isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi:
        return str(int(v))
    raise _Fail(f"expected an int in {rust}'s range {lo}..={hi}, got {_short_repr(v)}")


def check_int(v: object, lo: int, hi: int, rust: str, name: str) -> None:
    """A constructor's check of an integer field against its Rust range."""
    if type(v) is int and lo <= v <= hi:
        return
    if isinstance(v, int) and not isinstance(v, bool) and lo <= v <= hi:
        return
    raise ValueError(f"{name}: expected an int in {rust}'s range {lo}..={hi}, got {_short_repr(v)}")


def _short_repr(v: object) -> str:
    r = repr(v)
    return r if len(r) <= _QUOTE_MAX else r[:_QUOTE_MAX] + "…"


def _layout(negative: bool, digits: str, point: int, min_point: int, max_point: int) -> str:
    """ryu's layout: plain up to max_point integer digits, 0.000ddd above min_point, else d.ddde-x."""
    sign = "-" if negative else ""
    n = len(digits)
    if n <= point <= max_point:
        return f"{sign}{digits}{'0' * (point - n)}.0"
    if 0 < point <= max_point:
        return f"{sign}{digits[:point]}.{digits[point:]}"
    if min_point < point <= 0:
        return f"{sign}0.{'0' * -point}{digits}"
    frac = "." + digits[1:] if n > 1 else ""
    return f"{sign}{digits[0]}{frac}e{point - 1}"


def _digits(text: str) -> Tuple[str, int]:
    """'1.2345e-07' → ('12345', -6): the digits d1d2… and the point with x = 0.d1d2… × 10^point."""
    mantissa, _, exp = text.partition("e")
    whole, _, frac = mantissa.partition(".")
    digits = (whole + frac).lstrip("0")
    point = len(whole) + (int(exp) if exp else 0) - (len(whole + frac) - len((whole + frac).lstrip("0")))
    digits = digits.rstrip("0") or "0"
    return digits, point


def write_f64(v: object) -> str:
    """ryu's shortest round-trip form as serde_json writes an f64 (``1.0``, ``1e16``, ``1.5e-7``); null for NaN/inf."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _Fail(f"expected a float (f64), got {type(v).__name__}")
    try:
        x = float(v)
    except OverflowError:
        raise _Fail("int too large for an f64") from None
    if x - x != 0.0:
        return "null"
    if x == 0.0:
        return "-0.0" if str(x)[0] == "-" else "0.0"
    a = abs(x)
    if 1e-4 <= a < 1e16:
        return repr(x)
    digits, point = _digits(repr(a))
    return _layout(x < 0, digits, point, -5, 16)


def _shortest32(x: float) -> Tuple[str, int]:
    for precision in range(1, 10):
        text = f"{x:.{precision - 1}e}"
        mantissa, _, exp = text.partition("e")
        base = int(mantissa.replace(".", ""))
        exp10 = int(exp) - precision + 1
        best: Optional[int] = None
        for cand in (base - 1, base, base + 1):
            if cand <= 0 or len(str(cand)) != precision:
                continue
            if round_f32(float(f"{cand}e{exp10}")) != x:
                continue
            if best is None:
                best = cand
            else:
                lo, hi = best, cand
                mid = Fraction(lo + hi) * Fraction(10) ** exp10
                two_x = 2 * Fraction(x)
                best = lo if mid > two_x else hi if mid < two_x else (lo if lo % 2 == 0 else hi)
        if best is not None:
            s = str(best)
            return s.rstrip("0") or "0", int(exp) + 1
    return _digits(repr(x))


def write_f32(v: object) -> str:
    """ryu's shortest form of an f32 (the fewest digits that read back as the same f32); null for NaN/inf."""
    if isinstance(v, bool) or not isinstance(v, (int, float)):
        raise _Fail(f"expected a float (f32), got {type(v).__name__}")
    x = float(v)
    if x - x != 0.0:
        return "null"
    if round_f32(x) != x:
        raise _Fail(f"{x!r} is not an f32 value (rounding to f32 would change it)")
    if x == 0.0:
        return "-0.0" if str(x)[0] == "-" else "0.0"
    digits, point = _shortest32(abs(x))
    return _layout(x < 0, digits, point, -6, 13)


def write_list(v: object, item: Callable[[Any], str]) -> str:
    if not isinstance(v, (list, tuple)):
        raise _Fail(f"expected a list, got {type(v).__name__}")
    parts = []
    try:
        for x in v:
            parts.append(item(x))
    except _Fail as e:
        e.path.append(len(parts))
        raise
    return "[" + ",".join(parts) + "]"


def write_map(v: object, value: Callable[[Any], str]) -> str:
    """A map with keys in ascending UTF-8 byte order (code point order): the canonical form."""
    if not isinstance(v, dict):
        raise _Fail(f"expected a dict, got {type(v).__name__}")
    parts = []
    for k in sorted(v):
        try:
            parts.append(write_string(k) + ":" + value(v[k]))
        except _Fail as e:
            e.path.append(k if isinstance(k, str) else repr(k))
            raise
    return "{" + ",".join(parts) + "}"


def write_string_pair(v: object) -> str:
    if type(v) is tuple and len(v) == 2:
        return "[" + write_string(v[0]) + "," + write_string(v[1]) + "]"
    raise _Fail(f"expected a (str, str) tuple, got {_short_repr(v)}")


def expect(v: object, cls: type, label: str) -> None:
    if not isinstance(v, cls):
        raise _Fail(f"expected {label}, got {type(v).__name__}")


# ---- uuid 1.2.1 and chrono 0.4.23 --------------------------------------------------------------

_HEX32 = re.compile(r"[0-9a-fA-F]{32}")
_HYPHENATED = re.compile(r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}")


def uuid_hex(s: str) -> str:
    """uuid's ``Uuid::parse_str``: simple, hyphenated, ``{braced}`` or ``urn:uuid:``, any hex case; the 32 hex digits."""
    n = len(s)
    if n == 36 and _HYPHENATED.fullmatch(s):
        return s.replace("-", "")
    if n == 32 and _HEX32.fullmatch(s):
        return s
    if n == 38 and s[0] == "{" and s[-1] == "}" and _HYPHENATED.fullmatch(s, 1, 37):
        return s[1:37].replace("-", "")
    if n == 45 and s.startswith("urn:uuid:") and _HYPHENATED.fullmatch(s, 9):
        return s[9:].replace("-", "")
    raise ValueError(f"UUID parsing failed: {quoted(s)} is not a simple, hyphenated, braced or urn:uuid: UUID")


U = TypeVar("U", bound=uuid.UUID)


_setattr = object.__setattr__
_UNKNOWN_SAFETY = uuid.SafeUUID.unknown


def _new_uuid(cls: Type[U], value: int) -> U:
    """A UUID (or subclass) from its 128-bit value, as ``cls(int=value)`` makes it, without the constructor's
    argument parsing (UUID keeps exactly the slots ``int`` and ``is_safe``)."""
    u = object.__new__(cls)
    _setattr(u, "int", value)
    _setattr(u, "is_safe", _UNKNOWN_SAFETY)
    return u


if _new_uuid(uuid.UUID, 0x67E5504410B1426F9247BB680E5FE0C8) != uuid.UUID("67e55044-10b1-426f-9247-bb680e5fe0c8"):
    _new_uuid = lambda cls, value: cls(int=value)  # noqa: E731  (a UUID of another shape: the constructor)


def read_uuid(v: object, cls: Type[U]) -> U:
    if type(v) is not str:
        invalid_type(v, "a UUID string")
    if len(v) == 36 and _HYPHENATED.fullmatch(v):
        return _new_uuid(cls, int(v.replace("-", ""), 16))
    try:
        return _new_uuid(cls, int(uuid_hex(v), 16))
    except ValueError as e:
        raise _Fail(str(e)) from None


def write_uuid(v: object) -> str:
    if not isinstance(v, uuid.UUID):
        raise _Fail(f"expected a uuid.UUID, got {type(v).__name__}")
    return f'"{v}"'


_RUST_WS = "\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
_MIN_YEAR = -262144
_MAX_YEAR = 262143
_CANONICAL_COMMON = re.compile(
    r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})(?:\.([0-9]{3}(?:[0-9]{3}){0,2}))?Z"
)


def _is_leap(y: int) -> bool:
    return (y % 4 == 0 and y % 100 != 0) or y % 400 == 0


def _days_in_month(y: int, m: int) -> int:
    if m == 2:
        return 29 if _is_leap(y) else 28
    return 30 if m in (4, 6, 9, 11) else 31


def _days_from_civil(y0: int, m: int, d: int) -> int:
    y = y0 - 1 if m <= 2 else y0
    era = y // 400
    yoe = y - era * 400
    doy = (153 * (m + (-3 if m > 2 else 9)) + 2) // 5 + d - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def _civil_from_days(z0: int) -> Tuple[int, int, int]:
    z = z0 + 719468
    era = z // 146097
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    day = doy - (153 * mp + 2) // 5 + 1
    month = mp + 3 if mp < 10 else mp - 9
    return yoe + era * 400 + (1 if month <= 2 else 0), month, day


class _Cursor:
    __slots__ = ("s", "i")

    def __init__(self, s: str) -> None:
        self.s = s
        self.i = 0

    def ws(self) -> None:
        s = self.s
        while self.i < len(s) and s[self.i] in _RUST_WS:
            self.i += 1

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def digits(self, lo: int, hi: int, what: str) -> int:
        s = self.s
        start = self.i
        while self.i < len(s) and self.i - start < hi and "0" <= s[self.i] <= "9":
            self.i += 1
        if self.i - start < lo:
            raise ValueError(f"expected {what}")
        if self.i - start > 18:
            raise ValueError(f"{what} out of range")
        return int(s[start : self.i])

    def literal(self, ch: str) -> None:
        if self.peek() != ch:
            raise ValueError(f'expected "{ch}"')
        self.i += 1


def _parse_offset(c: _Cursor) -> int:
    s = c.s
    first = c.peek()
    if first in ("Z", "z"):
        c.i += 1
        return 0
    if first in ("U", "u"):
        if s[c.i + 1 : c.i + 3].lower() == "tc" and s[c.i + 1 : c.i + 3].isascii():
            c.i += 3
            return 0
        raise ValueError("invalid offset")
    if first not in ("+", "-"):
        raise ValueError("no offset" if first == "" else "invalid offset")
    c.i += 1
    h = s[c.i : c.i + 2]
    if not (len(h) == 2 and h.isascii() and h.isdigit()):
        raise ValueError("invalid offset hours")
    c.i += 2
    while c.i < len(s) and (s[c.i] == ":" or s[c.i] in _RUST_WS):
        c.i += 1
    m = s[c.i : c.i + 2]
    if not (len(m) == 2 and m.isascii() and m.isdigit()):
        raise ValueError("invalid offset minutes")
    if m[0] > "5":
        raise ValueError("offset minutes out of range")
    c.i += 2
    seconds = int(h) * 3600 + int(m) * 60
    return -seconds if first == "-" else seconds


class Timestamp:
    """chrono's ``DateTime<Utc>``: years −262144…262143, nanoseconds, and leap seconds (``nanosecond`` ≥ 1e9 inside one).

    Immutable and hashable; ``str()`` is the spelling serde writes; ``to_datetime()`` converts where
    ``datetime`` can (years 1–9999, microseconds, no leap second).
    """

    __slots__ = ("year", "month", "day", "hour", "minute", "second", "nanosecond")
    year: int
    month: int
    day: int
    hour: int
    minute: int
    second: int
    nanosecond: int

    def __init__(
        self, year: int, month: int, day: int, hour: int = 0, minute: int = 0, second: int = 0, nanosecond: int = 0
    ) -> None:
        for name, value in (
            ("year", year),
            ("month", month),
            ("day", day),
            ("hour", hour),
            ("minute", minute),
            ("second", second),
            ("nanosecond", nanosecond),
        ):
            if type(value) is not int:
                raise TypeError(f"Timestamp.{name} must be an int, got {type(value).__name__}")
        if not (_MIN_YEAR <= year <= _MAX_YEAR and 1 <= month <= 12 and 1 <= day <= _days_in_month(year, month)):
            raise ValueError(f"no such date in chrono's range: {year}-{month}-{day}")
        if not (0 <= hour <= 23 and 0 <= minute <= 59 and 0 <= second <= 59):
            raise ValueError(f"no such time: {hour}:{minute}:{second}")
        if not (0 <= nanosecond <= 1_999_999_999) or (nanosecond >= 1_000_000_000 and second != 59):
            raise ValueError("nanosecond is 0..=999,999,999 (1,999,999,999 inside a leap second, at second 59)")
        object.__setattr__(self, "year", year)
        object.__setattr__(self, "month", month)
        object.__setattr__(self, "day", day)
        object.__setattr__(self, "hour", hour)
        object.__setattr__(self, "minute", minute)
        object.__setattr__(self, "second", second)
        object.__setattr__(self, "nanosecond", nanosecond)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError("Timestamp is immutable")

    def __reduce__(self) -> Tuple[Any, Tuple[int, ...]]:
        return (Timestamp, self._key())

    def _key(self) -> Tuple[int, int, int, int, int, int, int]:
        return (self.year, self.month, self.day, self.hour, self.minute, self.second, self.nanosecond)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Timestamp) and self._key() == other._key()

    def __lt__(self, other: "Timestamp") -> bool:
        return self._key() < other._key()

    def __hash__(self) -> int:
        return hash(self._key())

    def __repr__(self) -> str:
        return f"Timestamp({str(self)!r})"

    def __str__(self) -> str:
        leap = self.nanosecond >= 1_000_000_000
        nano = self.nanosecond - 1_000_000_000 if leap else self.nanosecond
        y = self.year
        year = f"{y:04d}" if 0 <= y <= 9999 else ("-" if y < 0 else "+") + f"{abs(y):04d}"
        frac = ""
        if nano:
            if nano % 1_000_000 == 0:
                frac = f".{nano // 1_000_000:03d}"
            elif nano % 1000 == 0:
                frac = f".{nano // 1000:06d}"
            else:
                frac = f".{nano:09d}"
        sec = self.second + (1 if leap else 0)
        return f"{year}-{self.month:02d}-{self.day:02d}T{self.hour:02d}:{self.minute:02d}:{sec:02d}{frac}Z"

    @classmethod
    def parse(cls, s: str) -> "Timestamp":
        """Any spelling chrono 0.4.23's ``DateTime<FixedOffset>::from_str`` accepts, converted to UTC; else ValueError."""
        m = _CANONICAL_COMMON.fullmatch(s)
        if m is not None:
            y, mo, d, h, mi, se, fr = m.groups()
            year, month, day, hour, minute, second = int(y), int(mo), int(d), int(h), int(mi), int(se)
            nano = int(fr.ljust(9, "0")) if fr else 0
            if second == 60:
                second, nano = 59, nano + 1_000_000_000
            if (
                1 <= month <= 12
                and 1 <= day <= 28
                and hour <= 23
                and minute <= 59
                and second <= 59
                and cls is Timestamp
            ):
                # What serde writes, nearly always: valid by the pattern; set without the constructor's checks.
                t = object.__new__(Timestamp)
                _setattr(t, "year", year)
                _setattr(t, "month", month)
                _setattr(t, "day", day)
                _setattr(t, "hour", hour)
                _setattr(t, "minute", minute)
                _setattr(t, "second", second)
                _setattr(t, "nanosecond", nano)
                return t
            try:
                return cls(year, month, day, hour, minute, second, nano)
            except ValueError as e:
                raise ValueError(f"invalid timestamp {quoted(s)}: {e}") from None
        try:
            return cls._parse_general(s)
        except ValueError as e:
            raise ValueError(f"invalid timestamp {quoted(s)}: {e}") from None

    @classmethod
    def _parse_general(cls, s: str) -> "Timestamp":
        c = _Cursor(s)
        c.ws()
        sign = c.peek()
        if sign in ("+", "-"):
            c.i += 1
            v = c.digits(1, 10**9, "year")
            year = -v if sign == "-" else v
        else:
            year = c.digits(1, 4, "year")
        c.ws()
        c.literal("-")
        c.ws()
        month = c.digits(1, 2, "month")
        c.ws()
        c.literal("-")
        c.ws()
        day = c.digits(1, 2, "day")
        sep = c.peek()
        if sep == "":
            raise ValueError("no time")
        if sep not in ("T", " "):
            raise ValueError('expected "T" or " " after the date')
        c.i += 1
        c.ws()
        hour = c.digits(1, 2, "hour")
        c.ws()
        c.literal(":")
        c.ws()
        minute = c.digits(1, 2, "minute")
        c.ws()
        c.literal(":")
        c.ws()
        second = c.digits(1, 2, "second")
        nano = 0
        if c.peek() == ".":
            c.i += 1
            start = c.i
            v = c.digits(1, 9, "fractional seconds")
            nano = v * 10 ** (9 - (c.i - start))
            while c.i < len(s) and "0" <= s[c.i] <= "9":
                c.i += 1
        c.ws()
        offset = _parse_offset(c)
        c.ws()
        if c.i != len(s):
            raise ValueError("trailing characters")
        if not 1 <= month <= 12:
            raise ValueError("month out of range")
        if not 1 <= day <= 31:
            raise ValueError("day out of range")
        if hour > 23:
            raise ValueError("hour out of range")
        if minute > 59:
            raise ValueError("minute out of range")
        if second > 60:
            raise ValueError("second out of range")
        if not -86400 < offset < 86400:
            raise ValueError("offset out of range")
        if year < _MIN_YEAR or year > _MAX_YEAR or day > _days_in_month(year, month):
            raise ValueError("no such date")
        leap = 1_000_000_000 if second == 60 else 0
        local = _days_from_civil(year, month, day) * 86400 + hour * 3600 + minute * 60 + (59 if leap else second)
        utc = local - offset
        days, rest = divmod(utc, 86400)
        y, mo, d = _civil_from_days(days)
        if y < _MIN_YEAR or y > _MAX_YEAR:
            raise ValueError("out of range")
        return cls(y, mo, d, rest // 3600, rest % 3600 // 60, rest % 60, nano + leap)

    @classmethod
    def from_datetime(cls, dt: "datetime.datetime") -> "Timestamp":
        """An aware datetime, converted to UTC (a naive one is refused: its offset is unknown)."""
        if dt.tzinfo is None or dt.utcoffset() is None:
            raise ValueError("a naive datetime has no offset; attach a tzinfo")
        off = dt.utcoffset()
        assert off is not None
        local = _days_from_civil(dt.year, dt.month, dt.day) * 86400 + dt.hour * 3600 + dt.minute * 60 + dt.second
        utc = local - int(off.total_seconds())
        days, rest = divmod(utc, 86400)
        y, mo, d = _civil_from_days(days)
        return cls(y, mo, d, rest // 3600, rest % 3600 // 60, rest % 60, dt.microsecond * 1000)

    def to_datetime(self) -> "datetime.datetime":
        """As an aware UTC datetime; ValueError where datetime cannot hold it (year outside 1–9999, a leap second,
        nanoseconds that are not whole microseconds)."""
        if self.nanosecond >= 1_000_000_000:
            raise ValueError("datetime cannot hold a leap second")
        if self.nanosecond % 1000:
            raise ValueError("datetime holds microseconds; this timestamp has nanoseconds")
        return datetime.datetime(
            self.year,
            self.month,
            self.day,
            self.hour,
            self.minute,
            self.second,
            self.nanosecond // 1000,
            tzinfo=datetime.timezone.utc,
        )

    @classmethod
    def now(cls) -> "Timestamp":
        return cls.from_datetime(datetime.datetime.now(datetime.timezone.utc))


def read_timestamp(v: object) -> Timestamp:
    if type(v) is not str:
        invalid_type(v, "a formatted date and time string or a unix timestamp")
    try:
        return Timestamp.parse(v)
    except ValueError as e:
        raise _Fail(str(e)) from None


def write_timestamp(v: object) -> str:
    if not isinstance(v, Timestamp):
        raise _Fail(f"expected a Timestamp, got {type(v).__name__}")
    return f'"{v}"'


def char_count(s: str) -> int:
    """A string's length in Unicode scalar values, as Rust's ``chars().count()``."""
    return len(s)
