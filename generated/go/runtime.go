package clawproto

// Errors and the writer: what every generated Parse and Marshal function shares.

import (
	"math"
	"sort"
	"strconv"
	"sync"
	"unicode"
	"unicode/utf8"
)

// ErrorKind is the kind of a protocol error, as the spec names them.
type ErrorKind string

// The error kinds of the spec's ProtoError.
const (
	InvalidMessage     ErrorKind = "InvalidMessage"
	ValidationFailed   ErrorKind = "ValidationError"
	SerializationError ErrorKind = "SerializationError"
	UnknownMessageType ErrorKind = "UnknownMessageType"
)

// Error is what Parse, Marshal and Validate functions return: a kind, the JSON pointer of the
// offending value (empty for the whole message) and a one-line message.
type Error struct {
	Kind    ErrorKind
	Pointer string
	Message string
	// Offset is the byte offset in the message where reading stopped (parsing only).
	Offset int
}

func (e *Error) Error() string {
	what := "Invalid message format"
	switch e.Kind {
	case ValidationFailed:
		what = "Validation failed"
	case SerializationError:
		what = "Serialization error"
	case UnknownMessageType:
		what = "Unknown message type"
	}
	if e.Pointer != "" {
		return what + ": " + e.Message + " at " + showPointer(e.Pointer)
	}
	return what + ": " + e.Message
}

// showPointer is a pointer as one printable line of a message (Pointer itself stays exact): quoted
// when it holds a character that is not printable, shortened when long.
func showPointer(p string) string {
	if len(p) > 4*quoteMax {
		cut := 4 * quoteMax
		for cut > 0 && !utf8.RuneStart(p[cut]) {
			cut--
		}
		p = p[:cut] + "…"
	}
	for _, r := range p {
		if !unicode.IsPrint(r) || r == utf8.RuneError {
			return strconv.Quote(p)
		}
	}
	return p
}

// appendPointerKey appends a JSON pointer segment: `~` as `~0`, `/` as `~1`.
func appendPointerKey(p []byte, key string) []byte {
	for i := 0; i < len(key); i++ {
		switch key[i] {
		case '~':
			p = append(p, '~', '0')
		case '/':
			p = append(p, '~', '1')
		default:
			p = append(p, key[i])
		}
	}
	return p
}

const quoteMax = 64

// clip shortens s for an error message, on a rune boundary.
func clip(s string) string {
	if len(s) <= quoteMax {
		return s
	}
	cut := quoteMax
	for cut > 0 && !utf8.RuneStart(s[cut]) {
		cut--
	}
	return s[:cut] + "…"
}

// quote writes s for a one-line error message.
func quote(s string) string {
	return strconv.Quote(clip(s))
}

// writer builds serde_json::to_string's output: compact, fields in declaration order.
type writer struct {
	buf   []byte
	depth int
}

// enter and leave count the nesting of recursive types: a value deeper than serde_json reads (or a
// cycle) is refused rather than written.
func (w *writer) enter() {
	w.depth++
	if w.depth > maxDepth {
		w.fail("nesting deeper than serde_json reads (128 levels), or a cycle")
	}
}

func (w *writer) leave() { w.depth-- }

// fail refuses a value Rust cannot hold (the error has no pointer: the value is the caller's).
func (w *writer) fail(msg string) {
	panic(&Error{Kind: SerializationError, Message: msg})
}

func (w *writer) raw(s string) { w.buf = append(w.buf, s...) }

func (w *writer) byte(c byte) { w.buf = append(w.buf, c) }

const hexDigits = "0123456789abcdef"

// str writes a JSON string as serde_json escapes it; a string that is not UTF-8 is refused.
func (w *writer) str(s string) {
	var ascii bool
	w.buf, ascii = appendJSONStringASCII(w.buf, s)
	if !ascii && !utf8.ValidString(s) {
		w.fail("string is not valid UTF-8 (a Rust String cannot hold it): " + strconv.Quote(clip(s)))
	}
}

// needsEscape marks the bytes serde_json escapes: `"`, `\` and the control characters.
var needsEscape = func() (t [256]bool) {
	for c := 0; c < 0x20; c++ {
		t[c] = true
	}
	t['"'], t['\\'] = true, true
	return t
}()

// appendJSONString appends s as serde_json escapes it: `"`, `\` and control characters only.
func appendJSONString(b []byte, s string) []byte {
	b, _ = appendJSONStringASCII(b, s)
	return b
}

// appendJSONStringASCII is appendJSONString, also reporting whether s is all ASCII (then it is UTF-8
// without a second pass).
func appendJSONStringASCII(b []byte, s string) ([]byte, bool) {
	b = append(b, '"')
	start := 0
	var high byte
	for i := 0; i < len(s); i++ {
		c := s[i]
		high |= c
		if !needsEscape[c] {
			continue
		}
		b = append(b, s[start:i]...)
		switch c {
		case '"':
			b = append(b, '\\', '"')
		case '\\':
			b = append(b, '\\', '\\')
		case '\b':
			b = append(b, '\\', 'b')
		case '\f':
			b = append(b, '\\', 'f')
		case '\n':
			b = append(b, '\\', 'n')
		case '\r':
			b = append(b, '\\', 'r')
		case '\t':
			b = append(b, '\\', 't')
		default:
			b = append(b, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xf])
		}
		start = i + 1
	}
	b = append(b, s[start:]...)
	return append(b, '"'), high < 0x80
}

func writeString(w *writer, s string) { w.str(s) }

func writeBool(w *writer, v bool) {
	if v {
		w.raw("true")
	} else {
		w.raw("false")
	}
}

func writeU8(w *writer, v uint8)   { w.buf = strconv.AppendUint(w.buf, uint64(v), 10) }
func writeU16(w *writer, v uint16) { w.buf = strconv.AppendUint(w.buf, uint64(v), 10) }
func writeU32(w *writer, v uint32) { w.buf = strconv.AppendUint(w.buf, uint64(v), 10) }
func writeU64(w *writer, v uint64) { w.buf = strconv.AppendUint(w.buf, v, 10) }
func writeI8(w *writer, v int8)    { w.buf = strconv.AppendInt(w.buf, int64(v), 10) }
func writeI16(w *writer, v int16)  { w.buf = strconv.AppendInt(w.buf, int64(v), 10) }
func writeI32(w *writer, v int32)  { w.buf = strconv.AppendInt(w.buf, int64(v), 10) }
func writeI64(w *writer, v int64)  { w.buf = strconv.AppendInt(w.buf, v, 10) }

// writeF64 writes an f64 as serde_json does: ryu's shortest round-trip digits in its layout
// (`1.0`, `1e16`, `1.5e-7`), and `null` for NaN and ±infinity.
func writeF64(w *writer, v float64) { w.float(v, 64, -5, 16) }

// writeF32 writes an f32 as serde_json does (ryu's f32 layout).
func writeF32(w *writer, v float32) { w.float(float64(v), 32, -6, 13) }

func (w *writer) float(v float64, bits, minPoint, maxPoint int) {
	if math.IsNaN(v) || math.IsInf(v, 0) {
		w.raw("null")
		return
	}
	if v == 0 {
		if math.Signbit(v) {
			w.raw("-0.0")
		} else {
			w.raw("0.0")
		}
		return
	}
	var scratch [32]byte
	e := strconv.AppendFloat(scratch[:0], math.Abs(v), 'e', -1, bits) // d.ddde±x: the shortest digits
	mark := 0
	for e[mark] != 'e' {
		mark++
	}
	exp, _ := strconv.Atoi(string(e[mark+1:]))
	var digitBuf [24]byte
	digits := append(digitBuf[:0], e[0])
	if mark > 1 {
		digits = append(digits, e[2:mark]...)
	}
	point := exp + 1
	n := len(digits)
	b := w.buf
	if v < 0 {
		b = append(b, '-')
	}
	switch {
	case n <= point && point <= maxPoint:
		b = append(b, digits...)
		for i := n; i < point; i++ {
			b = append(b, '0')
		}
		b = append(b, '.', '0')
	case 0 < point && point <= maxPoint:
		b = append(b, digits[:point]...)
		b = append(b, '.')
		b = append(b, digits[point:]...)
	case minPoint < point && point <= 0:
		b = append(b, '0', '.')
		for i := 0; i < -point; i++ {
			b = append(b, '0')
		}
		b = append(b, digits...)
	default:
		b = append(b, digits[0])
		if n > 1 {
			b = append(b, '.')
			b = append(b, digits[1:]...)
		}
		b = append(b, 'e')
		b = strconv.AppendInt(b, int64(point-1), 10)
	}
	w.buf = b
}

func writeUUID(w *writer, v UUID) {
	w.buf = append(w.buf, '"')
	w.buf = v.appendTo(w.buf)
	w.buf = append(w.buf, '"')
}

func writeDateTime(w *writer, v DateTime) {
	if !v.Valid() {
		w.fail("timestamp out of chrono's range (years -262144 to 262143, nanoseconds below 2e9): " + v.debug())
	}
	w.buf = append(w.buf, '"')
	w.buf = v.appendTo(w.buf)
	w.buf = append(w.buf, '"')
}

// withTag writes an internally tagged newtype variant: the tag entry, then the inner struct's or
// map's entries in the same object.
func (w *writer) withTag(entry string, inner func()) {
	at := len(w.buf)
	inner()
	if len(w.buf)-at == 2 { // {}
		w.buf = append(w.buf[:at], '{')
		w.buf = append(w.buf, entry...)
		w.buf = append(w.buf, '}')
		return
	}
	rest := append([]byte(nil), w.buf[at+1:]...)
	w.buf = append(w.buf[:at], '{')
	w.buf = append(w.buf, entry...)
	w.buf = append(w.buf, ',')
	w.buf = append(w.buf, rest...)
}

// writeList writes a Vec<T>; nil is the empty list.
func writeList[T any](w *writer, v []T, item func(*writer, T)) {
	w.byte('[')
	for i, x := range v {
		if i > 0 {
			w.byte(',')
		}
		item(w, x)
	}
	w.byte(']')
}

// writeOption writes an Option<T>: nil is null.
func writeOption[T any](w *writer, v *T, item func(*writer, T)) {
	if v == nil {
		w.raw("null")
		return
	}
	item(w, *v)
}

// writeMap writes a HashMap<String, T> with its keys in ascending UTF-8 byte order (the canonical order).
func writeMap[T any](w *writer, v map[string]T, item func(*writer, T)) {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	w.byte('{')
	for i, k := range keys {
		if i > 0 {
			w.byte(',')
		}
		w.str(k)
		w.byte(':')
		item(w, v[k])
	}
	w.byte('}')
}

// writers reuses output buffers: a message is written into a pooled buffer, then copied out once
// at its exact size (as encoding/json does).
var writers = sync.Pool{New: func() any { return &writer{buf: make([]byte, 0, 1024)} }}

// marshal runs a generated writer, turning its panic into the returned error.
func marshal[T any](v T, write func(*writer, T)) (out []byte, err error) {
	w := writers.Get().(*writer)
	w.buf = w.buf[:0]
	w.depth = 0
	defer func() {
		if p := recover(); p != nil {
			e, ok := p.(*Error)
			if !ok {
				panic(p)
			}
			out, err = nil, e
		}
		if cap(w.buf) <= 1<<16 {
			writers.Put(w)
		}
	}()
	write(w, v)
	return append([]byte(nil), w.buf...), nil
}
