"""bincode 1.3's default encoding (``bincode::serialize`` / ``bincode::deserialize``), the writer and reader every
generated bincode codec uses.

Layout: integers fixed-width little-endian (two's complement when signed); bool one byte 0/1; String a u64
length + UTF-8 bytes; Vec and HashMap a u64 length + items (map keys in UTF-8 byte order, the canonical order);
tuples and structs their elements in order, no names; Option a tag byte 0 or 1 + the value; an enum its variant's
index as u32 + its payload; Uuid a u64 length 16 + its 16 bytes; DateTime<Utc> the RFC 3339 text serde writes.
"""

from __future__ import annotations

import struct
import uuid
from typing import Any, Callable, Dict, List, Optional, Tuple, TypeVar, Union

from ._runtime import ProtoError, Timestamp, _Fail, pointer_of, round_f32

T = TypeVar("T")

_INT = {
    "u8": struct.Struct("<B"),
    "u16": struct.Struct("<H"),
    "u32": struct.Struct("<I"),
    "u64": struct.Struct("<Q"),
    "i8": struct.Struct("<b"),
    "i16": struct.Struct("<h"),
    "i32": struct.Struct("<i"),
    "i64": struct.Struct("<q"),
}
_U64 = _INT["u64"]
_U32 = _INT["u32"]
_F32 = struct.Struct("<f")
_F64 = struct.Struct("<d")
_DEFAULT_MAX_LIST = 1_000_000


class Writer:
    """Appends values in bincode's layout; raises _Fail on a value that is not valid."""

    __slots__ = ("buf",)

    def __init__(self) -> None:
        self.buf = bytearray()

    def integer(self, v: object, kind: str) -> None:
        if not isinstance(v, int) or isinstance(v, bool):
            raise _Fail(f"expected an int ({kind}), got {type(v).__name__}")
        try:
            self.buf += _INT[kind].pack(v)
        except struct.error:
            raise _Fail(f"{v} is outside {kind}'s range") from None

    def boolean(self, v: object) -> None:
        if v is not True and v is not False:
            raise _Fail(f"expected a bool, got {type(v).__name__}")
        self.buf.append(1 if v else 0)

    def length(self, n: int) -> None:
        self.buf += _U64.pack(n)

    def string(self, v: object) -> None:
        if not isinstance(v, str):
            raise _Fail(f"expected a str, got {type(v).__name__}")
        try:
            b = v.encode("utf-8")
        except UnicodeEncodeError:
            raise _Fail("string holds a lone surrogate, which a Rust String cannot") from None
        self.buf += _U64.pack(len(b))
        self.buf += b

    def uuid_bytes(self, v: object) -> None:
        if not isinstance(v, uuid.UUID):
            raise _Fail(f"expected a uuid.UUID, got {type(v).__name__}")
        self.buf += _U64.pack(16)
        self.buf += v.bytes

    def timestamp(self, v: object) -> None:
        if not isinstance(v, Timestamp):
            raise _Fail(f"expected a Timestamp, got {type(v).__name__}")
        self.string(str(v))

    def floating(self, v: object, f32: bool) -> None:
        """IEEE 754 little-endian; NaN and infinities too (bincode, unlike JSON, carries them)."""
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            raise _Fail(f"expected a float, got {type(v).__name__}")
        x = float(v)
        if f32:
            if x == x and round_f32(x) != x:
                raise _Fail(f"{x!r} is not an f32 value")
            self.buf += _F32.pack(x)
        else:
            self.buf += _F64.pack(x)

    def variant(self, index: int) -> None:
        self.buf += _U32.pack(index)

    def option(self, v: Optional[T], some: Callable[[T], None]) -> None:
        if v is None:
            self.buf.append(0)
        else:
            self.buf.append(1)
            some(v)

    def seq(self, v: object, item: Callable[[Any], None]) -> None:
        if not isinstance(v, (list, tuple)):
            raise _Fail(f"expected a list, got {type(v).__name__}")
        self.buf += _U64.pack(len(v))
        for i, x in enumerate(v):
            try:
                item(x)
            except _Fail as e:
                e.path.append(i)
                raise

    def mapping(self, v: object, value: Callable[[Any], None]) -> None:
        if not isinstance(v, dict):
            raise _Fail(f"expected a dict, got {type(v).__name__}")
        self.buf += _U64.pack(len(v))
        for k in sorted(v):
            self.string(k)
            try:
                value(v[k])
            except _Fail as e:
                e.path.append(k)
                raise

    def items(self, v: object, items: Tuple[Callable[[Any], None], ...]) -> None:
        if not isinstance(v, tuple) or len(v) != len(items):
            raise _Fail(f"expected a {len(items)}-tuple")
        for i, (f, x) in enumerate(zip(items, v)):
            try:
                f(x)
            except _Fail as e:
                e.path.append(i)
                raise


class Reader:
    """Reads bincode's layout from bytes; raises _Fail on anything bincode rejects."""

    __slots__ = ("data", "pos", "max_list")

    def __init__(self, data: bytes, max_list: int = _DEFAULT_MAX_LIST) -> None:
        self.data = data
        self.pos = 0
        self.max_list = max_list

    def take(self, n: int) -> int:
        if n > len(self.data) - self.pos:
            raise _Fail(
                f"unexpected end of input: {n} more bytes needed, {len(self.data) - self.pos} left (byte {self.pos})"
            )
        at = self.pos
        self.pos += n
        return at

    def integer(self, kind: str) -> int:
        s = _INT[kind]
        value: int = s.unpack_from(self.data, self.take(s.size))[0]
        return value

    def length(self) -> int:
        n: int = _U64.unpack_from(self.data, self.take(8))[0]
        left = len(self.data) - self.pos
        if n > left:
            raise _Fail(f"unexpected end of input: a length of {n}, {left} bytes left")
        return n

    def boolean(self) -> bool:
        b = self.data[self.take(1)]
        if b > 1:
            raise _Fail(f"invalid u8 while decoding bool, expected 0 or 1, found {b}")
        return b == 1

    def string(self) -> str:
        n = self.length()
        at = self.take(n)
        try:
            return self.data[at : at + n].decode("utf-8")
        except UnicodeDecodeError:
            raise _Fail("string is not valid UTF-8") from None

    def uuid_bytes(self, cls: Callable[..., T]) -> T:
        n = self.length()
        if n != 16:
            raise _Fail(f"UUID parsing failed: invalid length: expected 16 bytes, found {n}")
        at = self.take(16)
        return cls(bytes=bytes(self.data[at : at + 16]))

    def timestamp(self) -> Timestamp:
        s = self.string()
        try:
            return Timestamp.parse(s)
        except ValueError as e:
            raise _Fail(str(e)) from None

    def floating(self, f32: bool) -> float:
        s = _F32 if f32 else _F64
        value: float = s.unpack_from(self.data, self.take(s.size))[0]
        return value

    def variant(self, count: int, what: str) -> int:
        index: int = _U32.unpack_from(self.data, self.take(4))[0]
        if index >= count:
            raise _Fail(f"invalid value: integer `{index}`, expected variant index 0 <= i < {count} of {what}")
        return index

    def option(self, some: Callable[[], T]) -> Optional[T]:
        tag = self.data[self.take(1)]
        if tag > 1:
            raise _Fail(f"tag for enum is not valid, found {tag}")
        return some() if tag == 1 else None

    def count(self, what: str) -> int:
        n: int = _U64.unpack_from(self.data, self.take(8))[0]
        if n > self.max_list:
            raise _Fail(f"a {what} of {n} items, over the limit of {self.max_list} (max_list_length)")
        return n

    def seq(self, item: Callable[[], T]) -> List[T]:
        out: List[T] = []
        for i in range(self.count("list")):
            try:
                out.append(item())
            except _Fail as e:
                e.path.append(i)
                raise
        return out

    def mapping(self, value: Callable[[], T]) -> Dict[str, T]:
        out: Dict[str, T] = {}
        for _ in range(self.count("map")):
            k = self.string()
            try:
                out[k] = value()
            except _Fail as e:
                e.path.append(k)
                raise
        return out

    def field(self, name: Union[str, int], read: Callable[[], T]) -> T:
        try:
            return read()
        except _Fail as e:
            e.path.append(name)
            raise


def run_encode(value: T, encode: Callable[[Writer, T], None]) -> bytes:
    w = Writer()
    try:
        encode(w, value)
    except _Fail as e:
        raise ProtoError("SerializationError", e.message, pointer_of(e.path)) from None
    except RecursionError:
        raise ProtoError("SerializationError", "value nested too deep") from None
    return bytes(w.buf)


def run_decode(
    data: Union[bytes, bytearray, memoryview], decode: Callable[[Reader], T], max_list_length: int = _DEFAULT_MAX_LIST
) -> T:
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise ProtoError("InvalidMessage", f"expected bincode bytes, got {type(data).__name__}")
    try:
        return decode(Reader(bytes(data), max_list_length))
    except _Fail as e:
        raise ProtoError("InvalidMessage", e.message, pointer_of(e.path)) from None
    except RecursionError:
        raise ProtoError("InvalidMessage", "value nested too deep") from None
