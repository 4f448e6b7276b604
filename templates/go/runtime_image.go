package runtime

// The docker/distribution reference grammar, checked piece by piece in one pass over the input (no
// regexp, no backtracking), accepting exactly what the TypeScript package and the Rust crate accept.
//
//	reference        := name [ ":" tag ] [ "@" digest ]
//	name             := [ domain "/" ] path-component { "/" path-component }   (at most 255 characters)
//	domain           := domain-component { "." domain-component } [ ":" port-number ]
//	domain-component := [a-zA-Z0-9] | [a-zA-Z0-9] [a-zA-Z0-9-]* [a-zA-Z0-9]
//	path-component   := [a-z0-9]+ { separator [a-z0-9]+ },  separator := "." | "_" | "__" | "-"+
//	tag              := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
//	digest           := "sha256:" 64 lowercase hex digits

import (
	"strconv"
	"strings"
)

const (
	imageNameMax = 255
	imageTagMax  = 128
)

// isImageReference reports whether s is a valid container image reference (`nginx`, `nginx:1.25`,
// `localhost:5000/team/app:v1`, `nginx@sha256:…`).
func isImageReference(s string) bool {
	rest := s
	if at := strings.IndexByte(rest, '@'); at >= 0 {
		if !isDigest(rest[at+1:]) {
			return false
		}
		rest = rest[:at]
	}
	// A colon after the last slash starts the tag; one before it is a registry's port.
	if colon := strings.LastIndexByte(rest, ':'); colon >= 0 && !strings.Contains(rest[colon:], "/") {
		if !isTag(rest[colon+1:]) {
			return false
		}
		rest = rest[:colon]
	}
	// Any character beyond ASCII fails the components below, so bytes count as characters here.
	if rest == "" || len(rest) > imageNameMax {
		return false
	}
	if allComponents(rest) {
		return true
	}
	domain, path, ok := strings.Cut(rest, "/")
	return ok && isDomain(domain) && allComponents(path)
}

func allComponents(s string) bool {
	for _, c := range strings.Split(s, "/") {
		if !isPathComponent(c) {
			return false
		}
	}
	return true
}

func isDigest(s string) bool {
	hex, ok := strings.CutPrefix(s, "sha256:")
	if !ok || len(hex) != 64 {
		return false
	}
	for i := 0; i < len(hex); i++ {
		if c := hex[i]; !(c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
			return false
		}
	}
	return true
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}

func isWord(c byte) bool { return isAlnum(c) || c == '_' }

func isTag(s string) bool {
	if s == "" || len(s) > imageTagMax || !isWord(s[0]) {
		return false
	}
	for i := 1; i < len(s); i++ {
		if c := s[i]; !isWord(c) && c != '.' && c != '-' {
			return false
		}
	}
	return true
}

func isLowerAlnum(c byte) bool { return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' }

// isPathComponent: runs of lowercase letters and digits joined by single separators.
func isPathComponent(s string) bool {
	i := 0
	for {
		run := i
		for i < len(s) && isLowerAlnum(s[i]) {
			i++
		}
		if i == run {
			return false
		}
		if i == len(s) {
			return true
		}
		switch s[i] {
		case '.':
			i++
		case '_':
			i++
			if i < len(s) && s[i] == '_' {
				i++
			}
		case '-':
			for i < len(s) && s[i] == '-' {
				i++
			}
		default:
			return false
		}
	}
}

func isDomain(s string) bool {
	host, port, hasPort := strings.Cut(s, ":")
	if hasPort {
		if port == "" {
			return false
		}
		for i := 0; i < len(port); i++ {
			if port[i] < '0' || port[i] > '9' {
				return false
			}
		}
	}
	for _, c := range strings.Split(host, ".") {
		if c == "" || !isAlnum(c[0]) || !isAlnum(c[len(c)-1]) {
			return false
		}
		for i := 0; i < len(c); i++ {
			if !isAlnum(c[i]) && c[i] != '-' {
				return false
			}
		}
	}
	return true
}

// jsonQuoted is s as JSON writes it, cut to its first 64 UTF-16 units (never inside a character) and
// followed by its length when longer, so messages read the same as the other ports'.
func jsonQuoted(s string) string {
	units := 0
	cut := len(s)
	for i, r := range s {
		n := 1
		if r >= 0x10000 {
			n = 2 // a surrogate pair
		}
		if units+n > quoteMax && cut == len(s) {
			cut = i
		}
		units += n
	}
	quoted := string(appendJSONString(nil, s[:cut]))
	if units <= quoteMax {
		return quoted
	}
	return quoted + "… (" + strconv.Itoa(units) + " characters)"
}
