package clawproto

// The two scalars serde delegates to other crates: uuid 1.2.1's Uuid and chrono 0.4.23's
// DateTime<Utc>. Each parser accepts exactly what that crate's FromStr accepts; each writer
// writes the one spelling serde writes.

import (
	"crypto/rand"
	"errors"
	"strconv"
	"time"
	"unicode"
	"unicode/utf8"
)

// UUID is a 128-bit UUID (uuid::Uuid), written lowercase and hyphenated.
type UUID [16]byte

// NewUUID returns a random (version 4) UUID from crypto/rand.
func NewUUID() UUID {
	var u UUID
	if _, err := rand.Read(u[:]); err != nil {
		panic("crypto/rand: " + err.Error())
	}
	u[6] = u[6]&0x0f | 0x40
	u[8] = u[8]&0x3f | 0x80
	return u
}

func hexValue(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// ParseUUID parses every form uuid's Uuid::parse_str accepts: simple (32 hex digits),
// hyphenated (8-4-4-4-12), `{braced}` and `urn:uuid:`, in any hex case.
func ParseUUID(s string) (UUID, error) {
	var u UUID
	hex := s
	switch {
	case len(s) == 32:
	case len(s) == 36:
	case len(s) == 38 && s[0] == '{' && s[37] == '}':
		hex = s[1:37]
	case len(s) == 45 && s[:9] == "urn:uuid:":
		hex = s[9:]
	default:
		return u, uuidError(s)
	}
	hyphens := len(hex) == 36
	j := 0
	for i := 0; i < 16; i++ {
		if hyphens && (j == 8 || j == 13 || j == 18 || j == 23) {
			if hex[j] != '-' {
				return u, uuidError(s)
			}
			j++
		}
		hi, ok1 := hexValue(hex[j])
		lo, ok2 := hexValue(hex[j+1])
		if !ok1 || !ok2 {
			return u, uuidError(s)
		}
		u[i] = hi<<4 | lo
		j += 2
	}
	return u, nil
}

func uuidError(s string) error {
	return errors.New("UUID parsing failed: " + quote(s) + " is not a simple, hyphenated, braced or urn:uuid: UUID")
}

func (u UUID) appendTo(b []byte) []byte {
	for i, x := range u {
		if i == 4 || i == 6 || i == 8 || i == 10 {
			b = append(b, '-')
		}
		b = append(b, hexDigits[x>>4], hexDigits[x&0xf])
	}
	return b
}

// String is the UUID as serde writes it: lowercase, hyphenated.
func (u UUID) String() string { return string(u.appendTo(make([]byte, 0, 36))) }

// The range chrono 0.4.23's NaiveDate covers.
const (
	minYear = -262144
	maxYear = 262143
)

// DateTime is chrono's DateTime<Utc>: seconds since the Unix epoch and nanoseconds, which reach
// 1,999,999,999 inside a leap second (chrono's representation of 23:59:60), over years -262144
// to 262143. The zero value is 1970-01-01T00:00:00Z.
type DateTime struct {
	// Unix is the number of seconds since 1970-01-01T00:00:00Z, leap seconds not counted.
	Unix int64
	// Nanos is the fraction of the second in nanoseconds; 1e9 and above is a leap second.
	Nanos uint32
}

// FromTime converts a time.Time (in any location) to a DateTime.
func FromTime(t time.Time) DateTime {
	return DateTime{Unix: t.Unix(), Nanos: uint32(t.Nanosecond())}
}

// Time converts to a time.Time in UTC; ok is false for a leap second (time.Time cannot say 23:59:60)
// or a year beyond time.Time's formatting range.
func (t DateTime) Time() (time.Time, bool) {
	if t.Nanos >= 1e9 || !t.Valid() {
		return time.Time{}, false
	}
	return time.Unix(t.Unix, int64(t.Nanos)).UTC(), true
}

var (
	minUnix = daysFromCivil(minYear, 1, 1) * 86400
	maxUnix = daysFromCivil(maxYear, 12, 31)*86400 + 86399
)

// Valid reports whether chrono can hold the value: within its years, nanoseconds below 2e9, and a
// leap second only in a minute's last second.
func (t DateTime) Valid() bool {
	if t.Unix < minUnix || t.Unix > maxUnix || t.Nanos >= 2e9 {
		return false
	}
	return t.Nanos < 1e9 || floorMod(t.Unix, 60) == 59
}

func (t DateTime) debug() string {
	return strconv.FormatInt(t.Unix, 10) + "s " + strconv.FormatUint(uint64(t.Nanos), 10) + "ns"
}

func floorDiv(a, b int64) int64 {
	q := a / b
	if (a%b != 0) && ((a < 0) != (b < 0)) {
		q--
	}
	return q
}

func floorMod(a, b int64) int64 { return a - floorDiv(a, b)*b }

// daysFromCivil and civilFromDays are Howard Hinnant's algorithms: proleptic Gregorian, day 0 = 1970-01-01.
func daysFromCivil(y0, m, d int64) int64 {
	y := y0
	if m <= 2 {
		y--
	}
	era := floorDiv(y, 400)
	yoe := y - era*400
	mp := m - 3
	if m <= 2 {
		mp = m + 9
	}
	doy := (153*mp+2)/5 + d - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

func civilFromDays(z0 int64) (year, month, day int64) {
	z := z0 + 719468
	era := floorDiv(z, 146097)
	doe := z - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = doy - (153*mp+2)/5 + 1
	month = mp + 3
	if mp >= 10 {
		month = mp - 9
	}
	year = yoe + era*400
	if month <= 2 {
		year++
	}
	return year, month, day
}

// appendPadded appends v (not negative) in decimal, zero-padded to width digits.
func appendPadded(b []byte, v int64, width int) []byte {
	var tmp [20]byte
	i := len(tmp)
	for v >= 10 {
		i--
		tmp[i] = byte('0' + v%10)
		v /= 10
	}
	i--
	tmp[i] = byte('0' + v)
	for n := len(tmp) - i; n < width; n++ {
		b = append(b, '0')
	}
	return append(b, tmp[i:]...)
}

// appendTo writes chrono's to_rfc3339_opts(AutoSi, true): `YYYY-MM-DDTHH:MM:SS[.fff|.ffffff|.fffffffff]Z`,
// a year outside 0–9999 with its sign.
func (t DateTime) appendTo(b []byte) []byte {
	days := floorDiv(t.Unix, 86400)
	rest := t.Unix - days*86400
	year, month, day := civilFromDays(days)
	nanos := int64(t.Nanos)
	second := rest % 60
	if nanos >= 1e9 {
		nanos -= 1e9
		second++
	}
	switch {
	case year >= 0 && year <= 9999:
		b = appendPadded(b, year, 4)
	case year < 0:
		b = append(b, '-')
		b = appendPadded(b, -year, 4)
	default:
		b = append(b, '+')
		b = appendPadded(b, year, 4)
	}
	b = append(b, '-')
	b = appendPadded(b, month, 2)
	b = append(b, '-')
	b = appendPadded(b, day, 2)
	b = append(b, 'T')
	b = appendPadded(b, rest/3600, 2)
	b = append(b, ':')
	b = appendPadded(b, rest%3600/60, 2)
	b = append(b, ':')
	b = appendPadded(b, second, 2)
	switch {
	case nanos == 0:
	case nanos%1e6 == 0:
		b = append(b, '.')
		b = appendPadded(b, nanos/1e6, 3)
	case nanos%1e3 == 0:
		b = append(b, '.')
		b = appendPadded(b, nanos/1e3, 6)
	default:
		b = append(b, '.')
		b = appendPadded(b, nanos, 9)
	}
	return append(b, 'Z')
}

// String is the timestamp as serde writes it (RFC 3339, UTC, `Z`).
func (t DateTime) String() string { return string(t.appendTo(make([]byte, 0, 32))) }

// timestampParser follows chrono 0.4.23's DateTime<FixedOffset>::from_str.
type timestampParser struct {
	s string
	i int
}

type timestampError string

func (e timestampError) Error() string { return string(e) }

func (p *timestampParser) bad(why string) error {
	return timestampError("invalid timestamp " + quote(p.s) + ": " + why)
}

// ws skips Rust's char::is_whitespace, which chrono skips before every number and around the offset.
func (p *timestampParser) ws() {
	for p.i < len(p.s) {
		r, n := utf8.DecodeRuneInString(p.s[p.i:])
		if !isRustWhitespace(r) {
			return
		}
		p.i += n
	}
}

func isRustWhitespace(r rune) bool {
	switch r {
	case '\t', '\n', '\v', '\f', '\r', ' ', 0x85, 0xa0, 0x1680, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200a && unicode.IsSpace(r)
}

func (p *timestampParser) digits(min, max int, what string) (int64, error) {
	start := p.i
	for p.i < len(p.s) && p.i-start < max && p.s[p.i] >= '0' && p.s[p.i] <= '9' {
		p.i++
	}
	if p.i-start < min {
		return 0, p.bad("expected " + what)
	}
	if p.i-start > 18 {
		return 0, p.bad(what + " out of range")
	}
	v, _ := strconv.ParseInt(p.s[start:p.i], 10, 64)
	return v, nil
}

func (p *timestampParser) literal(c byte) error {
	if p.i >= len(p.s) || p.s[p.i] != c {
		return p.bad("expected \"" + string(c) + "\"")
	}
	p.i++
	return nil
}

// ParseDateTime parses every spelling chrono 0.4.23's DateTime<FixedOffset>::from_str accepts
// (RFC 3339 and its relatives: a space for `T`, `z`, `UTC`, offsets with or without a colon,
// fractions of any length, leap seconds), converted to UTC.
func ParseDateTime(s string) (DateTime, error) {
	p := &timestampParser{s: s}
	var zero DateTime
	p.ws()
	var year int64
	var err error
	if p.i < len(s) && (s[p.i] == '+' || s[p.i] == '-') {
		sign := s[p.i]
		p.i++
		if year, err = p.digits(1, 1<<30, "year"); err != nil {
			return zero, err
		}
		if sign == '-' {
			year = -year
		}
	} else if year, err = p.digits(1, 4, "year"); err != nil {
		return zero, err
	}
	var month, day, hour, minute, second int64
	steps := []struct {
		sep   byte
		value *int64
		what  string
	}{{'-', &month, "month"}, {'-', &day, "day"}}
	for _, st := range steps {
		p.ws()
		if err := p.literal(st.sep); err != nil {
			return zero, err
		}
		p.ws()
		if *st.value, err = p.digits(1, 2, st.what); err != nil {
			return zero, err
		}
	}
	if p.i >= len(s) {
		return zero, p.bad("no time")
	}
	if s[p.i] != 'T' && s[p.i] != ' ' {
		return zero, p.bad("expected \"T\" or \" \" after the date")
	}
	p.i++
	p.ws()
	if hour, err = p.digits(1, 2, "hour"); err != nil {
		return zero, err
	}
	for _, st := range []struct {
		value *int64
		what  string
	}{{&minute, "minute"}, {&second, "second"}} {
		p.ws()
		if err := p.literal(':'); err != nil {
			return zero, err
		}
		p.ws()
		if *st.value, err = p.digits(1, 2, st.what); err != nil {
			return zero, err
		}
	}
	var nanos int64
	if p.i < len(s) && s[p.i] == '.' {
		p.i++
		start := p.i
		v, err := p.digits(1, 9, "fractional seconds")
		if err != nil {
			return zero, err
		}
		for k := p.i - start; k < 9; k++ {
			v *= 10
		}
		nanos = v
		for p.i < len(s) && s[p.i] >= '0' && s[p.i] <= '9' {
			p.i++
		}
	}
	p.ws()
	offset, err := p.offset()
	if err != nil {
		return zero, err
	}
	p.ws()
	if p.i != len(s) {
		return zero, p.bad("trailing characters")
	}
	switch {
	case month < 1 || month > 12:
		return zero, p.bad("month out of range")
	case day < 1 || day > 31:
		return zero, p.bad("day out of range")
	case hour > 23:
		return zero, p.bad("hour out of range")
	case minute > 59:
		return zero, p.bad("minute out of range")
	case second > 60:
		return zero, p.bad("second out of range")
	case offset <= -86400 || offset >= 86400:
		return zero, p.bad("offset out of range")
	case year < minYear || year > maxYear || day > daysInMonth(year, month):
		return zero, p.bad("no such date")
	}
	var leap int64
	if second == 60 {
		leap = 1e9
		second = 59
	}
	utc := daysFromCivil(year, month, day)*86400 + hour*3600 + minute*60 + second - offset
	if utc < minUnix || utc > maxUnix {
		return zero, p.bad("out of range")
	}
	return DateTime{Unix: utc, Nanos: uint32(nanos + leap)}, nil
}

func (p *timestampParser) offset() (int64, error) {
	s := p.s
	if p.i >= len(s) {
		return 0, p.bad("no offset")
	}
	first := s[p.i]
	switch first {
	case 'Z', 'z':
		p.i++
		return 0, nil
	case 'U', 'u':
		if len(s)-p.i >= 3 && (s[p.i+1] == 't' || s[p.i+1] == 'T') && (s[p.i+2] == 'c' || s[p.i+2] == 'C') {
			p.i += 3
			return 0, nil
		}
		return 0, p.bad("invalid offset")
	case '+', '-':
	default:
		return 0, p.bad("invalid offset")
	}
	p.i++
	isD := func(i int) bool { return i < len(s) && s[i] >= '0' && s[i] <= '9' }
	if !isD(p.i) || !isD(p.i+1) {
		return 0, p.bad("invalid offset hours")
	}
	hours := int64(s[p.i]-'0')*10 + int64(s[p.i+1]-'0')
	p.i += 2
	for p.i < len(s) {
		if s[p.i] == ':' {
			p.i++
			continue
		}
		r, n := utf8.DecodeRuneInString(s[p.i:])
		if !isRustWhitespace(r) {
			break
		}
		p.i += n
	}
	if !isD(p.i) || !isD(p.i+1) {
		return 0, p.bad("invalid offset minutes")
	}
	if s[p.i] > '5' {
		return 0, p.bad("offset minutes out of range")
	}
	minutes := int64(s[p.i]-'0')*10 + int64(s[p.i+1]-'0')
	p.i += 2
	seconds := hours*3600 + minutes*60
	if first == '-' {
		seconds = -seconds
	}
	return seconds, nil
}

func daysInMonth(y, m int64) int64 {
	switch m {
	case 2:
		if (y%4 == 0 && y%100 != 0) || y%400 == 0 {
			return 29
		}
		return 28
	case 4, 6, 9, 11:
		return 30
	}
	return 31
}

// MarshalJSON writes the UUID as serde does, for encoding/json.
func (u UUID) MarshalJSON() ([]byte, error) { return marshal(u, writeUUID) }

// UnmarshalJSON reads a UUID in any spelling uuid 1.2.1 accepts, for encoding/json.
func (u *UUID) UnmarshalJSON(data []byte) error {
	v, err := parse(data, readUUID)
	if err == nil {
		*u = v
	}
	return err
}

// MarshalJSON writes the timestamp as serde does (chrono's RFC 3339), for encoding/json.
func (t DateTime) MarshalJSON() ([]byte, error) { return marshal(t, writeDateTime) }

// UnmarshalJSON reads a timestamp in any spelling chrono 0.4.23 accepts, for encoding/json.
func (t *DateTime) UnmarshalJSON(data []byte) error {
	v, err := parse(data, readDateTime)
	if err == nil {
		*t = v
	}
	return err
}
