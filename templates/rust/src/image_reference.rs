// The docker/distribution reference grammar, checked piece by piece in one pass over the input
// (no regex, no backtracking), accepting exactly what the TypeScript package's isImageReference does.
//
//   reference        := name [ ":" tag ] [ "@" digest ]
//   name             := [ domain "/" ] path-component { "/" path-component }   (at most 255 characters)
//   domain           := domain-component { "." domain-component } [ ":" port-number ]
//   domain-component := [a-zA-Z0-9] | [a-zA-Z0-9] [a-zA-Z0-9-]* [a-zA-Z0-9]
//   path-component   := [a-z0-9]+ { separator [a-z0-9]+ },  separator := "." | "_" | "__" | "-"+
//   tag              := [A-Za-z0-9_] [A-Za-z0-9_.-]{0,127}
//   digest           := "sha256:" 64 lowercase hex digits

const NAME_MAX: usize = 255;
const TAG_MAX: usize = 128;

/// Whether `reference` is a valid container image reference (`nginx`, `nginx:1.25`,
/// `localhost:5000/team/app:v1`, `nginx@sha256:…`). Linear in the length of the input.
pub fn is_image_reference(reference: &str) -> bool {
    let mut rest = reference;
    if let Some(at) = rest.find('@') {
        if !is_digest(&rest[at + 1..]) {
            return false;
        }
        rest = &rest[..at];
    }
    // A colon after the last slash starts the tag; one before it is a registry's port.
    if let Some(colon) = rest
        .rfind(':')
        .filter(|&colon| !rest[colon..].contains('/'))
    {
        if !is_tag(&rest[colon + 1..]) {
            return false;
        }
        rest = &rest[..colon];
    }
    // Any character beyond ASCII fails the components below, so bytes count as characters here.
    if rest.is_empty() || rest.len() > NAME_MAX {
        return false;
    }
    if rest.split('/').all(is_path_component) {
        return true;
    }
    match rest.split_once('/') {
        Some((domain, path)) => is_domain(domain) && path.split('/').all(is_path_component),
        None => false,
    }
}

fn is_digest(s: &str) -> bool {
    match s.strip_prefix("sha256:") {
        Some(hex) => {
            hex.len() == 64
                && hex
                    .bytes()
                    .all(|b| b.is_ascii_digit() || (b'a'..=b'f').contains(&b))
        }
        None => false,
    }
}

fn is_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

fn is_tag(s: &str) -> bool {
    let b = s.as_bytes();
    match b.split_first() {
        Some((&first, rest)) => {
            b.len() <= TAG_MAX
                && is_word(first)
                && rest.iter().all(|&c| is_word(c) || c == b'.' || c == b'-')
        }
        None => false,
    }
}

fn is_lower_alnum(b: u8) -> bool {
    b.is_ascii_lowercase() || b.is_ascii_digit()
}

/// `[a-z0-9]+ { separator [a-z0-9]+ }`: runs of lowercase letters and digits joined by single separators.
fn is_path_component(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    loop {
        let run = i;
        while i < b.len() && is_lower_alnum(b[i]) {
            i += 1;
        }
        if i == run {
            return false;
        }
        if i == b.len() {
            return true;
        }
        match b[i] {
            b'.' => i += 1,
            b'_' => i += if b.get(i + 1) == Some(&b'_') { 2 } else { 1 },
            b'-' => {
                while i < b.len() && b[i] == b'-' {
                    i += 1;
                }
            }
            _ => return false,
        }
    }
}

fn is_domain(s: &str) -> bool {
    let (host, port) = match s.split_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (s, None),
    };
    if let Some(port) = port {
        if port.is_empty() || !port.bytes().all(|b| b.is_ascii_digit()) {
            return false;
        }
    }
    host.split('.').all(is_domain_component)
}

fn is_domain_component(s: &str) -> bool {
    let b = s.as_bytes();
    match (b.first(), b.last()) {
        (Some(first), Some(last)) => {
            first.is_ascii_alphanumeric()
                && last.is_ascii_alphanumeric()
                && b.iter().all(|&c| c.is_ascii_alphanumeric() || c == b'-')
        }
        _ => false,
    }
}
