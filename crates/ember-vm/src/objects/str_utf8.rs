//! Generalised UTF-8, the encoding of a `str`'s text: UTF-8 in which a lone surrogate
//! (U+D800..U+DFFF) is also allowed, encoded on its own as the three bytes its code point
//! would have (`ED A0..BF 80..BF`), as PyPy stores text.
//!
//! Two adjacent surrogates stay two code points, never merged into the supplementary
//! character they would pair into (unlike WTF-8): Python's `"\ud83d\ude00"` and
//! `"\U0001f600"` are different strings. So every code point sequence has exactly one
//! encoding, and the properties strings rely on carry over from UTF-8 unchanged:
//! - equal texts are equal bytes (equality and hashing compare bytes);
//! - byte order is code point order (`ED A0 80` sorts after `ED 9F BF`, U+D7FF, and
//!   before `EE 80 80`, U+E000);
//! - code point boundaries are the bytes that are not continuation bytes (`10xxxxxx`),
//!   so a needle found by a byte search always starts and ends on boundaries, and a
//!   surrogate can never match inside a four-byte character.
//!
//! Text without surrogates is plain UTF-8, which is what Rust's `&str` requires. The
//! lossy view of a text with surrogates (each one shown as U+FFFD, also three bytes) has
//! the same length and the same boundaries, so byte offsets found in either apply to both.

/// The first byte of every encoded surrogate.
const SURROGATE_LEAD: u8 = 0xED;

/// True when `c` is a surrogate code point.
#[inline]
pub fn is_surrogate(c: u32) -> bool {
    (0xD800..0xE000).contains(&c)
}

/// True when byte `b` starts a code point (is not a continuation byte).
#[inline]
pub fn is_boundary_byte(b: u8) -> bool {
    b & 0xC0 != 0x80
}

/// Whether the generalised UTF-8 text `b` holds a surrogate. In UTF-8, `ED` is only ever
/// followed by `80..9F`; `A0..BF` after it means a surrogate.
pub fn has_surrogate(b: &[u8]) -> bool {
    surrogate_at_or_after(b, 0).is_some()
}

/// The byte offset of the first surrogate at or after `from`.
fn surrogate_at_or_after(b: &[u8], from: usize) -> Option<usize> {
    let mut i = from;
    while let Some(p) = b.get(i..)?.iter().position(|&x| x == SURROGATE_LEAD) {
        let at = i + p;
        if b.get(at + 1).is_some_and(|&n| n >= 0xA0) {
            return Some(at);
        }
        i = at + 1;
    }
    None
}

/// Number of code points in the generalised UTF-8 text `b`.
pub fn count_code_points(b: &[u8]) -> usize {
    b.iter().filter(|&&x| is_boundary_byte(x)).count()
}

/// Appends the encoding of code point `c` (at most U+10FFFF; surrogates included).
#[inline]
pub fn push_code_point(out: &mut Vec<u8>, c: u32) {
    debug_assert!(c <= 0x10FFFF, "code point out of range");
    if c < 0x80 {
        out.push(c as u8);
    } else if c < 0x800 {
        out.extend_from_slice(&[0xC0 | (c >> 6) as u8, 0x80 | (c & 0x3F) as u8]);
    } else if c < 0x10000 {
        out.extend_from_slice(&[
            0xE0 | (c >> 12) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]);
    } else {
        out.extend_from_slice(&[
            0xF0 | (c >> 18) as u8,
            0x80 | ((c >> 12) & 0x3F) as u8,
            0x80 | ((c >> 6) & 0x3F) as u8,
            0x80 | (c & 0x3F) as u8,
        ]);
    }
}

/// The code point starting at byte `i` of valid generalised UTF-8 `b`, and its length.
#[inline]
pub fn decode_at(b: &[u8], i: usize) -> (u32, usize) {
    let cont = |k: usize| (b.get(i + k).copied().unwrap_or(0x80) & 0x3F) as u32;
    let b0 = b[i];
    if b0 < 0x80 {
        (b0 as u32, 1)
    } else if b0 < 0xE0 {
        (((b0 & 0x1F) as u32) << 6 | cont(1), 2)
    } else if b0 < 0xF0 {
        (((b0 & 0x0F) as u32) << 12 | cont(1) << 6 | cont(2), 3)
    } else {
        (
            ((b0 & 0x07) as u32) << 18 | cont(1) << 12 | cont(2) << 6 | cont(3),
            4,
        )
    }
}

/// The code points of a generalised UTF-8 text, from either end.
#[derive(Clone)]
pub struct CodePoints<'a> {
    b: &'a [u8],
    front: usize,
    back: usize,
}

impl<'a> CodePoints<'a> {
    pub fn new(b: &'a [u8]) -> CodePoints<'a> {
        CodePoints {
            b,
            front: 0,
            back: b.len(),
        }
    }
    /// The byte offset of the next code point from the front.
    pub fn offset(&self) -> usize {
        self.front
    }
}

impl Iterator for CodePoints<'_> {
    type Item = u32;
    #[inline]
    fn next(&mut self) -> Option<u32> {
        if self.front >= self.back {
            return None;
        }
        let (c, n) = decode_at(self.b, self.front);
        self.front += n;
        Some(c)
    }
}

impl DoubleEndedIterator for CodePoints<'_> {
    fn next_back(&mut self) -> Option<u32> {
        if self.front >= self.back {
            return None;
        }
        let mut i = self.back - 1;
        while i > self.front && !is_boundary_byte(self.b[i]) {
            i -= 1;
        }
        self.back = i;
        Some(decode_at(self.b, i).0)
    }
}

/// Whether `b` is valid generalised UTF-8 (`Some`), and if so whether it holds a
/// surrogate.
pub fn validate(b: &[u8]) -> Option<bool> {
    let mut surrogates = false;
    let mut i = 0;
    loop {
        match std::str::from_utf8(&b[i..]) {
            Ok(_) => return Some(surrogates),
            Err(e) => {
                let at = i + e.valid_up_to();
                match b[at..] {
                    [SURROGATE_LEAD, 0xA0..=0xBF, 0x80..=0xBF, ..] => {
                        surrogates = true;
                        i = at + 3;
                    }
                    _ => return None,
                }
            }
        }
    }
}

/// The text with each surrogate replaced by U+FFFD (same length, same boundaries).
pub fn lossy(b: &[u8]) -> String {
    let mut v = b.to_vec();
    let mut i = 0;
    while let Some(at) = surrogate_at_or_after(&v, i) {
        v[at..at + 3].copy_from_slice("\u{FFFD}".as_bytes());
        i = at + 3;
    }
    // Valid: every surrogate was replaced, and the rest was valid UTF-8.
    String::from_utf8(v).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(cps: &[u32]) -> Vec<u8> {
        let mut v = Vec::new();
        for &c in cps {
            push_code_point(&mut v, c);
        }
        v
    }

    #[test]
    fn surrogates_encode_alone_and_round_trip() {
        let cps = [0x61, 0xD83D, 0xDE00, 0x1F600, 0xE9, 0xDFFF];
        let b = enc(&cps);
        assert_eq!(&b[1..7], &[0xED, 0xA0, 0xBD, 0xED, 0xB8, 0x80]);
        assert_eq!(CodePoints::new(&b).collect::<Vec<_>>(), cps);
        let mut rev: Vec<u32> = CodePoints::new(&b).rev().collect();
        rev.reverse();
        assert_eq!(rev, cps);
        assert_eq!(count_code_points(&b), cps.len());
        assert!(has_surrogate(&b));
        assert!(!has_surrogate("\u{D7FF}\u{E000}\u{10FFFF}".as_bytes()));
    }

    #[test]
    fn byte_order_is_code_point_order() {
        let order = [
            0xD7FF, 0xD800, 0xDBFF, 0xDC00, 0xDFFF, 0xE000, 0xFFFF, 0x10000,
        ];
        for w in order.windows(2) {
            assert!(enc(&[w[0]]) < enc(&[w[1]]), "{:x} < {:x}", w[0], w[1]);
        }
    }

    #[test]
    fn lossy_view_keeps_offsets() {
        let b = enc(&[0x61, 0xD800, 0x62, 0xDC80]);
        let l = lossy(&b);
        assert_eq!(l, "a\u{FFFD}b\u{FFFD}");
        assert_eq!(l.len(), b.len());
    }
}
