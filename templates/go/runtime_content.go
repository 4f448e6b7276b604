package runtime

// What the representations beyond serde's default read: serde buffers an internally tagged or
// untagged enum's value (and an adjacently tagged enum's content that comes before its tag) as
// its Content first. The reader checks a value as that buffering does, then reads the text again
// in buffered mode (r.buffered > 0), where serde's rules from Content differ: an f32 is the f64
// it kept, cast; a tag may be a variant index.

import "strconv"

// mark is a place in the text to come back to, with the reader's state there.
type mark struct {
	pos, path, depth, buffered int
	byRef                      bool
}

func (r *reader) mark() mark {
	return mark{pos: r.pos, path: len(r.path), depth: r.depth, buffered: r.buffered, byRef: r.byRef}
}

func (r *reader) reset(m mark) {
	r.pos = m.pos
	r.path = r.path[:m.path]
	r.depth = m.depth
	r.buffered = m.buffered
	r.byRef = m.byRef
}

// skipContent checks and skips a value as serde buffers it: unlike skip, strings and keys must be
// well formed (no lone surrogate escape, valid UTF-8) and numbers must fit an f64.
func (r *reader) skipContent() {
	switch c := r.peek(); {
	case c == '{':
		r.beginObject("a value")
		for first := true; ; first = false {
			if _, ok := r.nextKey(first); !ok {
				return
			}
			r.skipContent()
		}
	case c == '[':
		r.beginArray("a value")
		for first := true; r.more(first); first = false {
			r.skipContent()
		}
	case c == '"':
		r.readString("a value")
	case c == 't' || c == 'f':
		r.readBool()
	case c == 'n':
		r.readNull("a value")
	case c == -1:
		r.fail("EOF while parsing a value")
	case c == '-' || isDigit(c):
		b := r.buffered
		r.buffered = 0
		r.readFloat(64)
		r.buffered = b
	default:
		r.fail("expected value")
	}
}

// skipBuffered skips the value at the reader as serde buffers it, unless a buffered value around
// or before it was already checked up to here: serde buffers once, so nested buffered values stay
// linear. checkedTo only grows.
func (r *reader) skipBuffered() {
	if r.pos < r.checkedTo {
		r.skip()
		return
	}
	r.skipContent()
	r.checkedTo = r.pos
}

// checkBuffered checks the value at the reader as skipBuffered does, then comes back to it.
func (r *reader) checkBuffered() {
	if r.pos < r.checkedTo {
		return
	}
	start := r.mark()
	r.skipBuffered()
	r.reset(start)
}

// readIndex reads an unsigned integer token that fits a u64, or consumes nothing.
func (r *reader) readIndex() (uint64, bool) {
	if !isDigit(r.peek()) {
		return 0, false
	}
	end := r.numberEnd()
	if end < 0 {
		return 0, false
	}
	v, ok := parseDigits(r.data[r.pos:end])
	for _, b := range r.data[r.pos:end] {
		if b < '0' || b > '9' {
			return 0, false
		}
	}
	if !ok {
		return 0, false
	}
	r.pos = end
	return v, true
}

// readTag reads a variant tag: one of tags (its index), or with other >= 0 (an open enum) any other
// string, read as the catch-all. From buffered content an integer is the variant's index.
func (r *reader) readTag(tags []string, other int, kind ErrorKind) int {
	if r.buffered > 0 {
		if i, ok := r.readIndex(); ok {
			if i < uint64(len(tags)) {
				return int(i)
			}
			if other >= 0 {
				return other
			}
			r.fail("invalid value: integer `" + strconv.FormatUint(i, 10) + "`, expected variant index 0 <= i < " + strconv.Itoa(len(tags)))
		}
	}
	tag := r.readString("variant identifier")
	for i, t := range tags {
		if t == tag {
			return i
		}
	}
	if other >= 0 {
		return other
	}
	r.failKind(kind, "unknown variant "+quote(tag)+", expected one of "+listTags(tags))
	return -1
}

func listTags(tags []string) string {
	out := ""
	for i, t := range tags {
		if i > 0 {
			out += ", "
		}
		out += "`" + t + "`"
	}
	return out
}

// findTag finds an internally tagged enum's tag wherever it is in the object, checking the other
// entries as serde buffers them. It leaves the reader past the object: the caller resets it.
func (r *reader) findTag(key string, tags []string, other int, kind ErrorKind) int {
	r.beginObject("internally tagged enum")
	tag := -1
	for first := true; ; first = false {
		k, ok := r.nextKey(first)
		if !ok {
			break
		}
		r.pushKey(k)
		if k == key {
			if tag >= 0 {
				r.fail("duplicate field `" + key + "`")
			}
			tag = r.readTag(tags, other, kind)
		} else {
			r.skipBuffered()
		}
		r.pop()
	}
	if tag < 0 {
		r.fail("missing field `" + key + "`")
	}
	return tag
}

// tryVariant reads one variant of an untagged enum as serde tries it on the buffered value; on a
// rejection the reader is back at start and ok is false.
func tryVariant[T any](r *reader, start mark, read func(*reader) T) (v T, ok bool) {
	defer func() {
		if p := recover(); p != nil {
			if _, isError := p.(*Error); !isError {
				panic(p)
			}
			r.reset(start)
			ok = false
		}
	}()
	outerByRef := r.byRef
	r.buffered++
	r.byRef = true
	v = read(r)
	r.buffered--
	r.byRef = outerByRef
	return v, true
}
