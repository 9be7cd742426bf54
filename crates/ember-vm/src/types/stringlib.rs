//! What `str`, `bytes` and `bytearray` methods share, as CPython's `Objects/stringlib`:
//! substring search, counting, splitting and replacing on byte slices, the `start`/`end`
//! index arguments, and the argument-count checks with each method family's messages.
//!
//! `str` methods run these on the UTF-8 bytes of their text: a match of a valid UTF-8
//! needle in valid UTF-8 text always starts and ends on character boundaries, so every
//! range they return slices the text safely. Callers convert byte offsets to character
//! indices where Python sees them.

use crate::error::{PyErr, PyResult};
use crate::objects::str::as_str;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;

/// How a method parses its arguments in CPython 3.11, which decides its error messages.
#[derive(Clone, Copy)]
pub enum Sig {
    /// Argument Clinic, no or exactly one argument: "str.upper() takes no arguments".
    Clinic,
    /// Argument Clinic, a range of positional-only arguments: "center expected at least 1
    /// argument, got 0".
    ClinicRange,
    /// `PyArg_ParseTuple`: "find() takes at least 1 argument (0 given)".
    Tuple,
    /// Positional-or-keyword arguments with these names.
    Keywords(&'static [&'static str]),
}

/// Checks a method call's argument count (`a.pos[0]` is self) and keywords.
pub fn check_args(
    a: &Args,
    ty: &str,
    name: &str,
    min: usize,
    max: usize,
    sig: Sig,
) -> PyResult<()> {
    let Some(this) = a.pos.first() else {
        return Err(arg_error(if name.starts_with("__") {
            format!("descriptor '{}' of '{}' object needs an argument", name, ty)
        } else {
            format!("unbound method {}.{}() needs an argument", ty, name)
        }));
    };
    // Class methods (`bytes.fromhex`) receive the class.
    let classmethod = name == "fromhex" && this.kind() == Some(crate::object::Kind::Type);
    let self_ok = classmethod
        || match ty {
            "str" => this.downcast::<crate::objects::str::StrData>().is_some(),
            "bytes" => this.kind() == Some(crate::object::Kind::Bytes),
            "bytearray" => this.kind() == Some(crate::object::Kind::ByteArray),
            _ => true,
        };
    if !self_ok {
        return Err(arg_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            name,
            ty,
            type_name(this)
        )));
    }
    let n = a.pos.len() - 1;
    match sig {
        Sig::Keywords(names) => {
            for k in a.kwnames {
                let k = as_str(k).unwrap_or("");
                if !names.contains(&k) {
                    return Err(arg_error(format!(
                        "'{}' is an invalid keyword argument for {}()",
                        k, name
                    )));
                }
            }
            if n > max {
                return Err(arg_error(tuple_arity(name, min, max, n)));
            }
            let given = n + a.kwnames.len();
            if given < min {
                return Err(arg_error(tuple_arity(name, min, max, given)));
            }
            Ok(())
        }
        _ if !a.kwnames.is_empty() => Err(arg_error(format!(
            "{}.{}() takes no keyword arguments",
            ty, name
        ))),
        _ if (min..=max).contains(&n) => Ok(()),
        Sig::Clinic if max == 0 => Err(arg_error(format!(
            "{}.{}() takes no arguments ({} given)",
            ty, name, n
        ))),
        Sig::Clinic => Err(arg_error(format!(
            "{}.{}() takes exactly one argument ({} given)",
            ty, name, n
        ))),
        Sig::ClinicRange => Err(arg_error(crate::types::args::arity_message(
            name, min, max, n,
        ))),
        Sig::Tuple => Err(arg_error(tuple_arity(name, min, max, n))),
    }
}

#[cold]
fn arg_error(msg: String) -> PyErr {
    PyErr::type_error(msg)
}

fn tuple_arity(name: &str, min: usize, max: usize, n: usize) -> String {
    let (which, k) = if n < min {
        ("least", min)
    } else {
        ("most", max)
    };
    format!(
        "{}() takes at {} {} argument{} ({} given)",
        name,
        which,
        k,
        if k == 1 { "" } else { "s" },
        n
    )
}

/// An integer argument through `__index__`, with "'str' object cannot be interpreted as
/// an integer" otherwise; huge values saturate (callers treat them as "too large").
pub fn index_arg(v: &Value) -> PyResult<i64> {
    match ops::index_opt(v)? {
        Some(i) => Ok(crate::objects::int::to_i64(&i).unwrap_or_else(|| {
            if crate::objects::int::to_bigint(&i)
                .is_some_and(|b| b.sign() == num_bigint::Sign::Minus)
            {
                i64::MIN
            } else {
                i64::MAX
            }
        })),
        None => Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))),
    }
}

/// The `start` and `end` arguments of `find`/`count`/`startswith`..., adjusted to
/// `0 ..= len` as CPython's `ADJUST_INDICES`; `start` may exceed `end` (nothing found).
pub fn adjust_indices(
    start: Option<&Value>,
    end: Option<&Value>,
    len: usize,
) -> PyResult<(usize, usize)> {
    let len = len as isize;
    let get = |v: Option<&Value>, default: isize| -> PyResult<isize> {
        match v {
            None => Ok(default),
            Some(v) if v.is_none() => Ok(default),
            Some(v) => match ops::index_opt(v)? {
                Some(i) => Ok(crate::objects::int::to_i64(&i).map_or_else(
                    || {
                        let negative = crate::objects::int::to_bigint(&i)
                            .is_some_and(|b| b.sign() == num_bigint::Sign::Minus);
                        if negative {
                            isize::MIN / 2
                        } else {
                            isize::MAX / 2
                        }
                    },
                    |n| n.clamp(isize::MIN as i64 / 2, isize::MAX as i64 / 2) as isize,
                )),
                None => Err(PyErr::type_error(
                    "slice indices must be integers or None or have an __index__ method",
                )),
            },
        }
    };
    let mut start = get(start, 0)?;
    let mut end = get(end, len)?;
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    Ok((start as usize, end as usize))
}

/// The first position of `needle` in `hay`.
pub fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(0),
        1 => hay.iter().position(|&b| b == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).position(|w| w == needle),
    }
}

/// The last position of `needle` in `hay`.
pub fn rfind(hay: &[u8], needle: &[u8]) -> Option<usize> {
    match needle.len() {
        0 => Some(hay.len()),
        1 => hay.iter().rposition(|&b| b == needle[0]),
        n if n > hay.len() => None,
        n => hay.windows(n).rposition(|w| w == needle),
    }
}

/// Non-overlapping occurrences of a non-empty `needle`, at most `max`.
pub fn count(hay: &[u8], needle: &[u8], max: usize) -> usize {
    let mut n = 0;
    let mut i = 0;
    while n < max {
        match find(&hay[i..], needle) {
            Some(p) => {
                n += 1;
                i += p + needle.len();
            }
            None => break,
        }
    }
    n
}

/// `split(sep, maxsplit)` with a non-empty separator: the ranges of the pieces.
pub fn split(hay: &[u8], sep: &[u8], maxsplit: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut i = 0;
    while out.len() < maxsplit {
        match find(&hay[i..], sep) {
            Some(p) => {
                out.push((i, i + p));
                i += p + sep.len();
            }
            None => break,
        }
    }
    out.push((i, hay.len()));
    out
}

/// `rsplit(sep, maxsplit)` with a non-empty separator: the ranges of the pieces, in order.
pub fn rsplit(hay: &[u8], sep: &[u8], maxsplit: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut j = hay.len();
    while out.len() < maxsplit {
        match rfind(&hay[..j], sep) {
            Some(p) => {
                out.push((p + sep.len(), j));
                j = p;
            }
            None => break,
        }
    }
    out.push((0, j));
    out.reverse();
    out
}

/// Whitespace `split(None, maxsplit)` over a sequence of (offset, item, next offset);
/// `is_space` decides what separates. Returns the ranges of the words.
pub fn split_whitespace<I>(
    items: I,
    total: usize,
    maxsplit: usize,
    is_space: impl Fn(u32) -> bool,
) -> Vec<(usize, usize)>
where
    I: Iterator<Item = (usize, u32)>,
{
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    for (off, c) in items {
        let sp = is_space(c);
        match start {
            None if !sp => {
                if out.len() == maxsplit {
                    out.push((off, total));
                    return out;
                }
                start = Some(off);
            }
            Some(s) if sp => {
                out.push((s, off));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        out.push((s, total));
    }
    out
}

/// Whitespace `rsplit(None, maxsplit)`: `items` yields (offset, item, end offset) from the
/// end backwards. Returns the ranges of the words, in order.
pub fn rsplit_whitespace<I>(
    items: I,
    maxsplit: usize,
    is_space: impl Fn(u32) -> bool,
) -> Vec<(usize, usize)>
where
    I: Iterator<Item = (usize, u32, usize)>,
{
    let mut out = Vec::new();
    let mut end: Option<usize> = None;
    for (_, c, next) in items {
        let sp = is_space(c);
        match end {
            None if !sp => {
                if out.len() == maxsplit {
                    out.push((0, next));
                    out.reverse();
                    return out;
                }
                end = Some(next);
            }
            Some(e) if sp => {
                out.push((next, e));
                end = None;
            }
            _ => {}
        }
    }
    if let Some(e) = end {
        out.push((0, e));
    }
    out.reverse();
    out
}

/// `replace(old, new, count)` on bytes (`old` may be empty: `new` goes between items,
/// whose boundaries `boundaries` lists, ending with `hay.len()`).
pub fn replace(hay: &[u8], old: &[u8], new: &[u8], max: usize, boundaries: &[usize]) -> Vec<u8> {
    let mut out = Vec::with_capacity(hay.len());
    if old.is_empty() {
        let mut prev = 0;
        let mut n = 0;
        for &b in std::iter::once(&0).chain(boundaries.iter()) {
            out.extend_from_slice(&hay[prev..b]);
            prev = b;
            if n < max {
                out.extend_from_slice(new);
                n += 1;
            }
        }
        out.extend_from_slice(&hay[prev..]);
        return out;
    }
    let mut i = 0;
    let mut n = 0;
    while n < max {
        match find(&hay[i..], old) {
            Some(p) => {
                out.extend_from_slice(&hay[i..i + p]);
                out.extend_from_slice(new);
                i += p + old.len();
                n += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[i..]);
    out
}

/// A `maxsplit`/`count` argument: negative means no limit.
pub fn limit(v: Option<&Value>) -> PyResult<usize> {
    match v {
        None => Ok(usize::MAX),
        Some(v) => {
            let n = index_arg(v)?;
            Ok(if n < 0 { usize::MAX } else { n as usize })
        }
    }
}

/// The padding `center` puts left of the text (CPython's `pad` in `unicodeobject.c`).
pub fn center_left(len: usize, width: usize) -> usize {
    let marg = width - len;
    marg / 2 + (marg & width & 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn split_and_rsplit_ranges() {
        assert_eq!(
            split(b"a,b,,c", b",", usize::MAX),
            vec![(0, 1), (2, 3), (4, 4), (5, 6)]
        );
        assert_eq!(rsplit(b"a,b,,c", b",", 1), vec![(0, 4), (5, 6)]);
        let ws = |s: &[u8], m| {
            split_whitespace(
                s.iter().enumerate().map(|(i, &c)| (i, c as u32)),
                s.len(),
                m,
                |c| c == 32,
            )
        };
        assert_eq!(ws(b"  a  b c   ", 1), vec![(2, 3), (5, 11)]);
        let s = b"  a  b c   ";
        let r = rsplit_whitespace(
            s.iter()
                .enumerate()
                .rev()
                .map(|(i, &c)| (i, c as u32, i + 1)),
            1,
            |c| c == 32,
        );
        assert_eq!(r, vec![(0, 6), (7, 8)]);
    }

    #[test]
    fn replace_with_empty_old_inserts_between_items() {
        assert_eq!(replace(b"abc", b"", b"|", 2, &[1, 2, 3]), b"|a|bc".to_vec());
        assert_eq!(
            replace(b"aaa", b"a", b"bb", usize::MAX, &[]),
            b"bbbbbb".to_vec()
        );
        assert_eq!(count(b"abracadabra", b"bra", usize::MAX), 2);
    }
}
