package clawproto

// bincode 1.3's default encoding (bincode::serialize / bincode::deserialize): fixed-width
// little-endian integers; bool one byte 0/1; String u64 length + UTF-8 bytes; Vec and HashMap u64
// length + items (map keys in the canonical UTF-8 byte order); tuples and structs their elements
// in order; Option a tag byte 0/1 + the value; an enum its variant index as u32 + its payload;
// Uuid u64 length 16 + its 16 bytes; DateTime<Utc> a String holding the text serde_json writes.

import (
	"encoding/binary"
	"math"
	"sort"
	"strconv"
	"unicode/utf8"
)

type binWriter struct {
	buf []byte
}

func (e *binWriter) fail(msg string) {
	panic(&Error{Kind: SerializationError, Message: msg})
}

func (e *binWriter) length(n int) { e.buf = binary.LittleEndian.AppendUint64(e.buf, uint64(n)) }

func (e *binWriter) variant(index uint32) { e.buf = binary.LittleEndian.AppendUint32(e.buf, index) }

func encString(e *binWriter, s string) {
	if !utf8.ValidString(s) {
		e.fail("string is not valid UTF-8 (a Rust String cannot hold it): " + quote(s))
	}
	e.length(len(s))
	e.buf = append(e.buf, s...)
}

func encBool(e *binWriter, v bool) {
	if v {
		e.buf = append(e.buf, 1)
	} else {
		e.buf = append(e.buf, 0)
	}
}

func encU8(e *binWriter, v uint8)   { e.buf = append(e.buf, v) }
func encU16(e *binWriter, v uint16) { e.buf = binary.LittleEndian.AppendUint16(e.buf, v) }
func encU32(e *binWriter, v uint32) { e.buf = binary.LittleEndian.AppendUint32(e.buf, v) }
func encU64(e *binWriter, v uint64) { e.buf = binary.LittleEndian.AppendUint64(e.buf, v) }
func encI8(e *binWriter, v int8)    { e.buf = append(e.buf, byte(v)) }
func encI16(e *binWriter, v int16)  { e.buf = binary.LittleEndian.AppendUint16(e.buf, uint16(v)) }
func encI32(e *binWriter, v int32)  { e.buf = binary.LittleEndian.AppendUint32(e.buf, uint32(v)) }
func encI64(e *binWriter, v int64)  { e.buf = binary.LittleEndian.AppendUint64(e.buf, uint64(v)) }
func encF32(e *binWriter, v float32) {
	e.buf = binary.LittleEndian.AppendUint32(e.buf, math.Float32bits(v))
}
func encF64(e *binWriter, v float64) {
	e.buf = binary.LittleEndian.AppendUint64(e.buf, math.Float64bits(v))
}
func encUUID(e *binWriter, v UUID) { e.length(16); e.buf = append(e.buf, v[:]...) }
func encDateTime(e *binWriter, v DateTime) {
	if !v.Valid() {
		e.fail("timestamp out of chrono's range: " + v.debug())
	}
	text := v.appendTo(nil)
	e.length(len(text))
	e.buf = append(e.buf, text...)
}

func encList[T any](e *binWriter, v []T, item func(*binWriter, T)) {
	e.length(len(v))
	for _, x := range v {
		item(e, x)
	}
}

func encOption[T any](e *binWriter, v *T, item func(*binWriter, T)) {
	if v == nil {
		e.buf = append(e.buf, 0)
		return
	}
	e.buf = append(e.buf, 1)
	item(e, *v)
}

func encMap[T any](e *binWriter, v map[string]T, item func(*binWriter, T)) {
	keys := make([]string, 0, len(v))
	for k := range v {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	e.length(len(keys))
	for _, k := range keys {
		encString(e, k)
		item(e, v[k])
	}
}

// binReader reads bincode; like bincode::deserialize it ignores bytes after the value.
type binReader struct {
	data []byte
	pos  int
	path []segment
}

func (d *binReader) fail(msg string) {
	r := reader{path: d.path, pos: d.pos}
	panic(&Error{Kind: InvalidMessage, Pointer: r.pointer(), Message: msg + " (byte " + strconv.Itoa(d.pos) + ")", Offset: d.pos})
}

func (d *binReader) take(n int) []byte {
	if n > len(d.data)-d.pos {
		d.fail("unexpected end of input: " + strconv.Itoa(n) + " more bytes needed, " + strconv.Itoa(len(d.data)-d.pos) + " left")
	}
	b := d.data[d.pos : d.pos+n]
	d.pos += n
	return b
}

// length reads a u64 length prefix, refusing one longer than the bytes left (each item takes at least one).
func (d *binReader) length() int {
	n := binary.LittleEndian.Uint64(d.take(8))
	if left := uint64(len(d.data) - d.pos); n > left {
		d.fail("unexpected end of input: a length of " + strconv.FormatUint(n, 10) + ", " + strconv.FormatUint(left, 10) + " bytes left")
	}
	return int(n)
}

// count reads the u64 length of a Vec or a map; items may take no bytes (a Vec of unit structs), so it is only capped.
func (d *binReader) count() int {
	n := binary.LittleEndian.Uint64(d.take(8))
	if n > 1<<24 && n > uint64(len(d.data)-d.pos) {
		d.fail("a sequence of " + strconv.FormatUint(n, 10) + " items in " + strconv.Itoa(len(d.data)-d.pos) + " bytes")
	}
	return int(n)
}

func (d *binReader) variant(count uint32, what string) uint32 {
	i := binary.LittleEndian.Uint32(d.take(4))
	if i >= count {
		d.fail("invalid value: integer `" + strconv.FormatUint(uint64(i), 10) + "`, expected variant index 0 <= i < " + strconv.FormatUint(uint64(count), 10) + " of " + what)
	}
	return i
}

func decString(d *binReader) string {
	b := d.take(d.length())
	if !utf8.Valid(b) {
		d.fail("string is not valid UTF-8")
	}
	return string(b)
}

func decBool(d *binReader) bool {
	b := d.take(1)[0]
	if b > 1 {
		d.fail("invalid u8 while decoding bool, expected 0 or 1, found " + strconv.Itoa(int(b)))
	}
	return b == 1
}

func decU8(d *binReader) uint8   { return d.take(1)[0] }
func decU16(d *binReader) uint16 { return binary.LittleEndian.Uint16(d.take(2)) }
func decU32(d *binReader) uint32 { return binary.LittleEndian.Uint32(d.take(4)) }
func decU64(d *binReader) uint64 { return binary.LittleEndian.Uint64(d.take(8)) }
func decI8(d *binReader) int8    { return int8(d.take(1)[0]) }
func decI16(d *binReader) int16  { return int16(binary.LittleEndian.Uint16(d.take(2))) }
func decI32(d *binReader) int32  { return int32(binary.LittleEndian.Uint32(d.take(4))) }
func decI64(d *binReader) int64  { return int64(binary.LittleEndian.Uint64(d.take(8))) }
func decF32(d *binReader) float32 {
	return math.Float32frombits(binary.LittleEndian.Uint32(d.take(4)))
}
func decF64(d *binReader) float64 {
	return math.Float64frombits(binary.LittleEndian.Uint64(d.take(8)))
}

func decUUID(d *binReader) (u UUID) {
	if n := d.length(); n != 16 {
		d.fail("UUID parsing failed: invalid length: expected 16 bytes, found " + strconv.Itoa(n))
	}
	copy(u[:], d.take(16))
	return u
}

func decDateTime(d *binReader) DateTime {
	t, err := ParseDateTime(decString(d))
	if err != nil {
		d.fail(err.Error())
	}
	return t
}

func decList[T any](d *binReader, item func(*binReader) T) []T {
	n := d.count()
	out := make([]T, 0, min(n, 1024))
	for i := 0; i < n; i++ {
		d.path = append(d.path, segment{index: i})
		out = append(out, item(d))
		d.path = d.path[:len(d.path)-1]
	}
	return out
}

func decOption[T any](d *binReader, item func(*binReader) T) *T {
	switch tag := d.take(1)[0]; tag {
	case 0:
		return nil
	case 1:
		v := item(d)
		return &v
	default:
		d.fail("tag for enum is not valid, found " + strconv.Itoa(int(tag)))
	}
	return nil
}

func decMap[T any](d *binReader, item func(*binReader) T) map[string]T {
	n := d.count()
	out := make(map[string]T, min(n, 1024))
	for i := 0; i < n; i++ {
		key := decString(d)
		d.path = append(d.path, segment{key: key, isKey: true})
		out[key] = item(d)
		d.path = d.path[:len(d.path)-1]
	}
	return out
}

func decField[T any](d *binReader, name string, item func(*binReader) T) T {
	d.path = append(d.path, segment{key: name, isKey: true})
	v := item(d)
	d.path = d.path[:len(d.path)-1]
	return v
}

func encode[T any](v T, write func(*binWriter, T)) (out []byte, err error) {
	e := &binWriter{buf: make([]byte, 0, 256)}
	defer func() {
		if p := recover(); p != nil {
			x, ok := p.(*Error)
			if !ok {
				panic(p)
			}
			out, err = nil, x
		}
	}()
	write(e, v)
	return e.buf, nil
}

func decode[T any](data []byte, read func(*binReader) T) (v T, err error) {
	d := &binReader{data: data}
	defer func() {
		if p := recover(); p != nil {
			x, ok := p.(*Error)
			if !ok {
				panic(p)
			}
			err = x
		}
	}()
	return read(d), nil
}
