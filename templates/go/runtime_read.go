package runtime

// The reader: one pass over the message bytes, with serde_json 1.0.87's rules. The generated
// per-type readers call it; every rejection panics with an *Error that the exported Parse
// functions recover and return.

import (
	"math"
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// maxDepth is serde_json's recursion limit: the 128th nested array or object is refused.
const maxDepth = 128

type segment struct {
	key   string
	index int
	isKey bool
}

type reader struct {
	data  []byte
	pos   int
	depth int
	path  []segment
	// buffered > 0 while reading a value serde buffered first (tagged enums other than the external form).
	buffered int
	// byRef: the innermost buffered value is an untagged enum's variant, which serde reads through its
	// ContentRefDeserializer (internally and adjacently tagged ones go through ContentDeserializer).
	byRef bool
	// checkedTo: up to where buffered values were already checked (see skipBuffered).
	checkedTo int
}

func newReader(data []byte) *reader {
	return &reader{data: data, depth: maxDepth, checkedTo: -1}
}

func (r *reader) pointer() string {
	p := make([]byte, 0, 32)
	for _, s := range r.path {
		p = append(p, '/')
		if s.isKey {
			p = appendPointerKey(p, s.key)
		} else {
			p = strconv.AppendInt(p, int64(s.index), 10)
		}
	}
	return string(p)
}

func (r *reader) fail(msg string) {
	r.failKind(InvalidMessage, msg)
}

func (r *reader) failKind(kind ErrorKind, msg string) {
	panic(&Error{Kind: kind, Pointer: r.pointer(), Message: msg, Offset: r.pos})
}

func (r *reader) pushKey(k string) { r.path = append(r.path, segment{key: k, isKey: true}) }
func (r *reader) pushIndex(i int)  { r.path = append(r.path, segment{index: i}) }
func (r *reader) pop()             { r.path = r.path[:len(r.path)-1] }

// peek skips JSON whitespace and returns the next byte, or -1 at the end.
func (r *reader) peek() int {
	for r.pos < len(r.data) {
		switch c := r.data[r.pos]; c {
		case ' ', '\n', '\r', '\t':
			r.pos++
		default:
			return int(c)
		}
	}
	return -1
}

// end checks that only whitespace follows the top-level value.
func (r *reader) end() {
	if r.peek() != -1 {
		r.fail("trailing characters")
	}
}

func isDigit(c int) bool { return c >= '0' && c <= '9' }

// numberEnd is the end of the JSON number token at r.pos, or -1 if there is none.
func (r *reader) numberEnd() int {
	d := r.data
	p := r.pos
	if p < len(d) && d[p] == '-' {
		p++
	}
	if p >= len(d) || !isDigit(int(d[p])) {
		return -1
	}
	if d[p] == '0' {
		p++
	} else {
		for p < len(d) && isDigit(int(d[p])) {
			p++
		}
	}
	if p < len(d) && d[p] == '.' {
		p++
		if p >= len(d) || !isDigit(int(d[p])) {
			return -1
		}
		for p < len(d) && isDigit(int(d[p])) {
			p++
		}
	}
	if p < len(d) && (d[p] == 'e' || d[p] == 'E') {
		p++
		if p < len(d) && (d[p] == '+' || d[p] == '-') {
			p++
		}
		if p >= len(d) || !isDigit(int(d[p])) {
			return -1
		}
		for p < len(d) && isDigit(int(d[p])) {
			p++
		}
	}
	if p < len(d) && isDigit(int(d[p])) {
		return -1 // a leading zero: serde_json's "invalid number"
	}
	return p
}

func describeByte(c int) string {
	switch c {
	case '{':
		return "map"
	case '[':
		return "sequence"
	case 'n':
		return "null"
	case 't':
		return "boolean `true`"
	case 'f':
		return "boolean `false`"
	}
	return ""
}

// invalidType rejects the value at the reader as serde's "invalid type: ..., expected ...".
func (r *reader) invalidType(expected string) {
	c := r.peek()
	if c == -1 {
		r.fail("EOF while parsing a value, expected " + expected)
	}
	if c == '-' || isDigit(c) {
		end := r.numberEnd()
		if end < 0 {
			r.fail("invalid number")
		}
		token := string(r.data[r.pos:end])
		what := "integer"
		for _, ch := range token {
			if ch == '.' || ch == 'e' || ch == 'E' {
				what = "floating point"
			}
		}
		if token == "-0" {
			what = "floating point"
		}
		r.fail("invalid type: " + what + " `" + clip(token) + "`, expected " + expected)
	}
	if c == '"' {
		s := r.readString(expected)
		r.fail("invalid type: string " + quote(s) + ", expected " + expected)
	}
	if c == 'n' || c == 't' || c == 'f' {
		word := map[int]string{'n': "null", 't': "true", 'f': "false"}[c]
		r.literal(word)
	}
	if d := describeByte(c); d != "" {
		r.fail("invalid type: " + d + ", expected " + expected)
	}
	r.fail("expected value")
}

func (r *reader) literal(word string) {
	if len(r.data)-r.pos < len(word) || string(r.data[r.pos:r.pos+len(word)]) != word {
		r.fail("expected ident")
	}
	r.pos += len(word)
}

func (r *reader) enter() {
	r.depth--
	if r.depth <= 0 {
		r.fail("recursion limit exceeded")
	}
}

func (r *reader) leave() { r.depth++ }

// readNull reads `null` (a unit); anything else is an invalid type.
func (r *reader) readNull(expected string) {
	if r.peek() == 'n' {
		r.literal("null")
		return
	}
	r.invalidType(expected)
}

// readUnit reads the value of an externally tagged enum's unit variant in its object form: null, and where
// serde buffered it and reads it with its ContentDeserializer (not an untagged enum's ContentRefDeserializer)
// also an empty map: serde 1.0.152 reads `{}` as unit there.
func (r *reader) readUnit(expected string) {
	if r.buffered > 0 && !r.byRef && r.peek() == '{' {
		start := r.pos
		r.pos++
		if r.peek() == '}' {
			r.pos++
			return
		}
		r.pos = start
	}
	r.readNull(expected)
}

// readNullIf consumes `null` and reports true, or reports false and consumes nothing (an Option).
func (r *reader) readNullIf() bool {
	if r.peek() == 'n' {
		r.literal("null")
		return true
	}
	return false
}

func (r *reader) readBool() bool {
	switch r.peek() {
	case 't':
		r.literal("true")
		return true
	case 'f':
		r.literal("false")
		return false
	}
	r.invalidType("a boolean")
	return false
}

// intToken reads an integer token: its sign, its digits; a fraction, an exponent or `-0` is a float to serde_json.
func (r *reader) intToken(rust string) (neg bool, digits []byte, start int) {
	c := r.peek()
	start = r.pos
	if c != '-' && !isDigit(c) {
		r.invalidType(rust)
	}
	end := r.numberEnd()
	if end < 0 {
		if c == '-' && (r.pos+1 >= len(r.data) || !isDigit(int(r.data[r.pos+1]))) {
			r.pos++
		}
		r.fail("invalid number")
	}
	token := r.data[start:end]
	neg = token[0] == '-'
	digits = token
	if neg {
		digits = token[1:]
	}
	for _, b := range digits {
		if b < '0' || b > '9' {
			r.invalidType(rust)
		}
	}
	if neg && len(digits) == 1 && digits[0] == '0' {
		r.invalidType(rust)
	}
	return neg, digits, start
}

// parseDigits is the value of a digit run, or false past u64 (serde_json then reads a float).
func parseDigits(digits []byte) (uint64, bool) {
	var v uint64
	for _, b := range digits {
		d := uint64(b - '0')
		if v > (math.MaxUint64-d)/10 {
			return 0, false
		}
		v = v*10 + d
	}
	return v, true
}

// readUint reads an unsigned integer of a Rust type whose maximum is max.
func (r *reader) readUint(max uint64, rust string) uint64 {
	neg, digits, start := r.intToken(rust)
	v, ok := parseDigits(digits)
	if !ok || (neg && v > 1<<63) {
		r.invalidType(rust)
	}
	if neg || v > max {
		r.pos = start + len(digits)
		if neg {
			r.pos++
		}
		r.fail("invalid value: integer `" + string(r.data[start:r.pos]) + "`, expected " + rust)
	}
	r.pos = start + len(digits)
	return v
}

// readInt reads a signed integer of a Rust type with range [min, max].
func (r *reader) readInt(min, max int64, rust string) int64 {
	neg, digits, start := r.intToken(rust)
	v, ok := parseDigits(digits)
	if !ok || (neg && v > 1<<63) {
		// serde_json reads an integer beyond u64 (or, negative, beyond i64) as a float.
		r.invalidType(rust)
	}
	end := start + len(digits)
	var n int64
	if neg {
		end++
		n = int64(-v) // -(1<<63) wraps to math.MinInt64, as intended
	} else if v <= math.MaxInt64 {
		n = int64(v)
	}
	if (!neg && v > math.MaxInt64) || n < min || n > max {
		r.pos = end
		r.fail("invalid value: integer `" + string(r.data[start:end]) + "`, expected " + rust)
	}
	r.pos = end
	return n
}

// readFloat reads an f64 (bits 64) or an f32 (bits 32) as serde_json with float_roundtrip does: any
// JSON number, correctly rounded to the type; beyond its range is "number out of range".
func (r *reader) readFloat(bits int) float64 {
	c := r.peek()
	rust := "f64"
	if bits == 32 {
		rust = "f32"
	}
	if c != '-' && !isDigit(c) {
		r.invalidType(rust)
	}
	end := r.numberEnd()
	if end < 0 {
		r.fail("invalid number")
	}
	token := string(r.data[r.pos:end])
	v, err := strconv.ParseFloat(token, 64)
	if err != nil && math.IsInf(v, 0) {
		r.fail("number out of range")
	}
	if bits == 32 {
		if r.buffered > 0 && !isIntegerToken(token) {
			// From serde's buffered Content an f32 is the f64 it kept, cast.
			v = float64(float32(v))
		} else {
			v32, err := strconv.ParseFloat(token, 32)
			if err != nil && math.IsInf(v32, 0) {
				if r.buffered > 0 {
					v32 = float64(float32(v))
				} else {
					r.fail("number out of range")
				}
			}
			v = v32
		}
	}
	r.pos = end
	return v
}

// isIntegerToken: a token serde_json keeps as an integer (u64 or i64), not an f64.
func isIntegerToken(token string) bool {
	neg := len(token) > 0 && token[0] == '-'
	digits := token
	if neg {
		digits = token[1:]
	}
	for i := 0; i < len(digits); i++ {
		if digits[i] < '0' || digits[i] > '9' {
			return false
		}
	}
	v, ok := parseDigits([]byte(digits))
	if !ok {
		return false
	}
	if neg {
		return v != 0 && v <= 1<<63
	}
	return true
}

// readString reads a JSON string with serde_json's escapes; invalid UTF-8, raw control characters
// and lone surrogate escapes are refused.
func (r *reader) readString(expected string) string {
	if r.peek() != '"' {
		r.invalidType(expected)
	}
	d := r.data
	start := r.pos + 1
	p := start
	for p < len(d) {
		c := d[p]
		if c == '"' {
			r.pos = p + 1
			s := d[start:p]
			if !utf8.Valid(s) {
				r.pos = start
				r.fail("invalid unicode code point")
			}
			return string(s)
		}
		if c == '\\' || c < 0x20 {
			return r.readEscaped(start, p)
		}
		p++
	}
	r.pos = p
	r.fail("EOF while parsing a string")
	return ""
}

func (r *reader) readEscaped(start, p int) string {
	d := r.data
	out := make([]byte, 0, p-start+16)
	out = append(out, d[start:p]...)
	for {
		if p >= len(d) {
			r.pos = p
			r.fail("EOF while parsing a string")
		}
		c := d[p]
		switch {
		case c == '"':
			r.pos = p + 1
			if !utf8.Valid(out) {
				r.pos = start
				r.fail("invalid unicode code point")
			}
			return string(out)
		case c < 0x20:
			r.pos = p
			r.fail("control character (\\u0000-\\u001F) found while parsing a string")
		case c != '\\':
			out = append(out, c)
			p++
			continue
		}
		if p+1 >= len(d) {
			r.pos = p + 1
			r.fail("EOF while parsing a string")
		}
		e := d[p+1]
		p += 2
		switch e {
		case '"':
			out = append(out, '"')
		case '\\':
			out = append(out, '\\')
		case '/':
			out = append(out, '/')
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			u1 := r.hex4(p)
			p += 4
			if u1 >= 0xdc00 && u1 <= 0xdfff {
				r.pos = p
				r.fail("lone leading surrogate in hex escape")
			}
			if u1 >= 0xd800 && u1 <= 0xdbff {
				if p+1 >= len(d) || d[p] != '\\' || d[p+1] != 'u' {
					r.pos = p
					if p >= len(d) || (d[p] == '\\' && p+1 >= len(d)) {
						r.fail("EOF while parsing a string")
					}
					r.fail("unexpected end of hex escape")
				}
				u2 := r.hex4(p + 2)
				p += 6
				if u2 < 0xdc00 || u2 > 0xdfff {
					r.pos = p
					r.fail("lone leading surrogate in hex escape")
				}
				out = utf8.AppendRune(out, utf16.DecodeRune(rune(u1), rune(u2)))
			} else {
				out = utf8.AppendRune(out, rune(u1))
			}
		default:
			r.pos = p - 1
			r.fail("invalid escape")
		}
	}
}

func (r *reader) hex4(p int) int {
	d := r.data
	v := 0
	for i := 0; i < 4; i++ {
		if p+i >= len(d) {
			r.pos = len(d)
			r.fail("EOF while parsing a string")
		}
		c := d[p+i]
		var h int
		switch {
		case c >= '0' && c <= '9':
			h = int(c - '0')
		case c >= 'a' && c <= 'f':
			h = int(c-'a') + 10
		case c >= 'A' && c <= 'F':
			h = int(c-'A') + 10
		default:
			r.pos = p + i + 1
			r.fail("invalid escape")
		}
		v = v<<4 | h
	}
	return v
}

// beginObject opens `{`; the caller then loops over field or nextKey.
func (r *reader) beginObject(expected string) {
	if r.peek() != '{' {
		r.invalidType(expected)
	}
	r.enter()
	r.pos++
}

// beginArray opens `[`; the caller then loops over more.
func (r *reader) beginArray(expected string) {
	if r.peek() != '[' {
		r.invalidType(expected)
	}
	r.enter()
	r.pos++
}

// more reports whether another element follows (consuming the comma before it); false at `]` (consumed).
func (r *reader) more(first bool) bool {
	c := r.peek()
	if c == ']' {
		r.pos++
		r.leave()
		return false
	}
	if !first {
		if c != ',' {
			if c == -1 {
				r.fail("EOF while parsing a list")
			}
			r.fail("expected `,` or `]`")
		}
		r.pos++
		if r.peek() == ']' {
			r.fail("trailing comma")
		}
	} else if c == -1 {
		r.fail("EOF while parsing a list")
	}
	return true
}

// endArray closes a fixed-length sequence (a tuple, a struct read from an array): `]` must follow.
func (r *reader) endArray(expected string) {
	c := r.peek()
	if c == ']' {
		r.pos++
		r.leave()
		return
	}
	if c == ',' {
		r.pos++
		if r.peek() == ']' {
			r.fail("trailing comma")
		}
		r.fail("trailing characters: more elements than " + expected)
	}
	if c == -1 {
		r.fail("EOF while parsing a list")
	}
	r.fail("trailing characters")
}

// endTag closes an externally tagged enum's `{"Tag": value`: `}` must follow.
func (r *reader) endTag() {
	c := r.peek()
	if c == '}' {
		r.pos++
		r.leave()
		return
	}
	if c == -1 {
		r.fail("EOF while parsing an object")
	}
	r.fail("expected `}` after the single variant key (an enum value has exactly one key)")
}

// What field returns besides a field's index.
const (
	unknownField = -1 // a key the struct does not declare: skip its value
	endOfObject  = -2 // the closing `}`, consumed
)

// field reads the next key of a struct and its colon, returning its index in names, unknownField,
// or endOfObject.
func (r *reader) field(first bool, names []string) int {
	c := r.peek()
	if c == '}' {
		r.pos++
		r.leave()
		return endOfObject
	}
	if !first {
		if c != ',' {
			if c == -1 {
				r.fail("EOF while parsing an object")
			}
			r.fail("expected `,` or `}`")
		}
		r.pos++
		c = r.peek()
		if c == '}' {
			r.fail("trailing comma")
		}
	}
	if c != '"' {
		if c == -1 {
			r.fail("EOF while parsing an object")
		}
		r.fail("key must be a string")
	}
	d := r.data
	start := r.pos + 1
	end := start
	for end < len(d) && d[end] != '"' && d[end] != '\\' && d[end] >= 0x20 {
		end++
	}
	index := unknownField
	if end < len(d) && d[end] == '"' {
		key := d[start:end]
		for i, name := range names {
			if string(key) == name {
				index = i
				break
			}
		}
		if index < 0 && !utf8.Valid(key) {
			r.pos = start
			r.fail("invalid unicode code point")
		}
		r.pos = end + 1
	} else {
		key := r.readString("a key")
		for i, name := range names {
			if key == name {
				index = i
				break
			}
		}
	}
	r.colon()
	return index
}

func (r *reader) colon() {
	c := r.peek()
	if c != ':' {
		if c == -1 {
			r.fail("EOF while parsing an object")
		}
		r.fail("expected `:`")
	}
	r.pos++
}

// nextKey reads the next key of a map and its colon; ok is false at the closing `}` (consumed).
func (r *reader) nextKey(first bool) (key string, ok bool) {
	c := r.peek()
	if c == '}' {
		r.pos++
		r.leave()
		return "", false
	}
	if !first {
		if c != ',' {
			if c == -1 {
				r.fail("EOF while parsing an object")
			}
			r.fail("expected `,` or `}`")
		}
		r.pos++
		c = r.peek()
		if c == '}' {
			r.fail("trailing comma")
		}
	}
	if c != '"' {
		if c == -1 {
			r.fail("EOF while parsing an object")
		}
		r.fail("key must be a string")
	}
	key = r.readString("a key")
	r.colon()
	return key, true
}

// duplicate refuses a struct field given twice.
func (r *reader) duplicate(name string) {
	r.fail("duplicate field `" + name + "`")
}

// missing refuses a struct without a required field.
func (r *reader) missing(name string) {
	r.fail("missing field `" + name + "`")
}

// skip checks and skips any JSON value (an unknown field) as serde's IgnoredAny does: syntax and
// escapes are checked, but not UTF-8, surrogates, number ranges or depth. Iterative.
func (r *reader) skip() {
	var closers []byte
	for {
		c := r.peek()
		switch {
		case c == '{' || c == '[':
			r.pos++
			closer := byte('}')
			if c == '[' {
				closer = ']'
			}
			if r.peek() == int(closer) {
				r.pos++
			} else {
				closers = append(closers, closer)
				if closer == '}' {
					r.skipKey()
				}
				continue
			}
		case c == '"':
			r.skipString()
		case c == 't':
			r.literal("true")
		case c == 'f':
			r.literal("false")
		case c == 'n':
			r.literal("null")
		case c == -1:
			r.fail("EOF while parsing a value")
		case c == '-' || isDigit(c):
			end := r.numberEnd()
			if end < 0 {
				r.fail("invalid number")
			}
			r.pos = end
		default:
			r.fail("expected value")
		}
		// After a value: close finished containers, or step over a comma to the next value.
		for {
			if len(closers) == 0 {
				return
			}
			closer := closers[len(closers)-1]
			c = r.peek()
			if c == int(closer) {
				r.pos++
				closers = closers[:len(closers)-1]
				continue
			}
			if c != ',' {
				if c == -1 {
					r.fail("EOF while parsing a value")
				}
				if closer == '}' {
					r.fail("expected `,` or `}`")
				}
				r.fail("expected `,` or `]`")
			}
			r.pos++
			if closer == '}' {
				r.skipKey()
			} else if r.peek() == ']' {
				r.fail("trailing comma")
			}
			break
		}
	}
}

func (r *reader) skipKey() {
	c := r.peek()
	if c == '}' {
		r.fail("trailing comma")
	}
	if c != '"' {
		if c == -1 {
			r.fail("EOF while parsing an object")
		}
		r.fail("key must be a string")
	}
	// Inside an ignored value keys are skimmed like strings (serde_json's ignore_str): escapes are
	// checked, but neither UTF-8 nor surrogates; a struct's own keys are read in full (field).
	r.skipString()
	r.colon()
}

func (r *reader) skipString() {
	d := r.data
	p := r.pos + 1
	for {
		if p >= len(d) {
			r.pos = p
			r.fail("EOF while parsing a string")
		}
		c := d[p]
		if c == '"' {
			break
		}
		if c < 0x20 {
			r.pos = p
			r.fail("control character (\\u0000-\\u001F) found while parsing a string")
		}
		if c == '\\' {
			if p+1 >= len(d) {
				r.pos = p + 1
				r.fail("EOF while parsing a string")
			}
			switch d[p+1] {
			case 'u':
				r.hex4(p + 2)
				p += 6
				continue
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				p += 2
				continue
			}
			r.pos = p + 2
			r.fail("invalid escape")
		}
		p++
	}
	r.pos = p + 1
}

// readList reads a Vec<T>: a JSON array, each element read by item.
func readList[T any](r *reader, item func(*reader) T) []T {
	r.beginArray("a sequence")
	out := []T{}
	for first := true; r.more(first); first = false {
		r.pushIndex(len(out))
		out = append(out, item(r))
		r.pop()
	}
	return out
}

// readOption reads an Option<T>: null is nil.
func readOption[T any](r *reader, item func(*reader) T) *T {
	if r.readNullIf() {
		return nil
	}
	v := item(r)
	return &v
}

// readMap reads a HashMap<String, T>; a repeated key keeps its last value, as HashMap::insert does.
func readMap[T any](r *reader, item func(*reader) T) map[string]T {
	r.beginObject("a map")
	out := map[string]T{}
	for first := true; ; first = false {
		key, ok := r.nextKey(first)
		if !ok {
			return out
		}
		r.pushKey(key)
		out[key] = item(r)
		r.pop()
	}
}

func readString(r *reader) string { return r.readString("a string") }
func readBool(r *reader) bool     { return r.readBool() }
func readU8(r *reader) uint8      { return uint8(r.readUint(math.MaxUint8, "u8")) }
func readU16(r *reader) uint16    { return uint16(r.readUint(math.MaxUint16, "u16")) }
func readU32(r *reader) uint32    { return uint32(r.readUint(math.MaxUint32, "u32")) }
func readU64(r *reader) uint64    { return r.readUint(math.MaxUint64, "u64") }
func readI8(r *reader) int8       { return int8(r.readInt(math.MinInt8, math.MaxInt8, "i8")) }
func readI16(r *reader) int16     { return int16(r.readInt(math.MinInt16, math.MaxInt16, "i16")) }
func readI32(r *reader) int32     { return int32(r.readInt(math.MinInt32, math.MaxInt32, "i32")) }
func readI64(r *reader) int64     { return r.readInt(math.MinInt64, math.MaxInt64, "i64") }
func readF32(r *reader) float32   { return float32(r.readFloat(32)) }
func readF64(r *reader) float64   { return r.readFloat(64) }

// readUUID reads a UUID in any spelling uuid 1.2.1 parses.
func readUUID(r *reader) UUID {
	s := r.readString("a UUID string")
	u, err := ParseUUID(s)
	if err != nil {
		r.fail(err.Error())
	}
	return u
}

// readDateTime reads a timestamp in any spelling chrono 0.4.23 parses.
func readDateTime(r *reader) DateTime {
	s := r.readString("a formatted date and time string")
	t, err := ParseDateTime(s)
	if err != nil {
		r.fail(err.Error())
	}
	return t
}

// parse runs a generated reader over a whole message, turning its panic into the returned error.
func parse[T any](data []byte, read func(*reader) T) (v T, err error) {
	r := newReader(data)
	defer func() {
		if p := recover(); p != nil {
			e, ok := p.(*Error)
			if !ok {
				panic(p)
			}
			err = e
		}
	}()
	v = read(r)
	r.end()
	return v, nil
}

// element steps to element i of a fixed-length sequence (first: no comma before it), refusing a shorter one.
func (r *reader) element(i int, first bool, expected string) {
	if !r.more(first) {
		r.fail("invalid length " + strconv.Itoa(i) + ", expected " + expected)
	}
}

// variantTag reads an externally tagged enum's tag: a string (object false), or `{"Tag":` (object
// true, the tag pushed on the path; the caller reads the value, pops and calls endTag).
func (r *reader) variantTag(expected string) (tag string, object bool) {
	c := r.peek()
	if c == '"' {
		return r.readString("variant identifier"), false
	}
	if c != '{' {
		r.invalidType(expected)
	}
	r.beginObject(expected)
	c = r.peek()
	if c != '"' {
		if c == '}' {
			r.fail("expected a variant key, got an empty object")
		}
		if c == -1 {
			r.fail("EOF while parsing an object")
		}
		r.fail("key must be a string")
	}
	tag = r.readString("variant identifier")
	r.colon()
	r.pushKey(tag)
	return tag, true
}

// unknownVariant refuses a tag that names no variant.
func (r *reader) unknownVariant(kind ErrorKind, tag, variants string, object bool) {
	if object {
		r.pop()
	}
	r.failKind(kind, "unknown variant "+quote(tag)+", expected one of "+variants)
}
