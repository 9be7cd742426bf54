//! `str.format` and `str.format_map`: the replacement-field grammar of CPython's
//! `Objects/stringlib/unicode_format.h` (`MarkupIterator_next`, `parse_field`,
//! `field_name_split`), with its error messages and its order of evaluation: fields are
//! looked up, converted and formatted one after another, so an error in a later field
//! comes after the side effects of earlier ones.
//!
//! ```text
//! replacement_field ::= "{" [field_name] ["!" conversion] [":" format_spec] "}"
//! field_name        ::= arg_name ("." attribute_name | "[" element_index "]")*
//! ```

use crate::error::{PyErr, PyResult};
use crate::objects::str::{new_str, new_string, StrBuf, StrData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::Args;
use crate::types::str::self_data;
use crate::types::stringlib::{check_args, Sig};
use crate::value::Value;

pub fn install(ty: &Value) {
    super::add_method(ty, "format", str_format);
    super::add_method(ty, "format_map", str_format_map);
}

/// Where `{name}` fields are looked up.
enum Kwargs<'a> {
    /// `format(**kwargs)`: names and values.
    Pairs(&'a [Value], &'a [Value]),
    /// `format_map(mapping)`.
    Mapping(&'a Value),
}

/// Automatic (`{}`) versus manual (`{0}`) field numbering; mixing them is an error.
#[derive(PartialEq, Eq)]
enum Numbering {
    Unset,
    Auto,
    Manual,
}

struct Formatter<'a> {
    args: Option<&'a [Value]>,
    kwargs: Kwargs<'a>,
    numbering: Numbering,
    next_auto: usize,
}

fn str_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let Some(this) = a.pos.first() else {
        return Err(PyErr::type_error(
            "unbound method str.format() needs an argument",
        ));
    };
    let s = self_data(this, "format")?;
    if !s.as_str().contains(['{', '}']) {
        // Nothing to format: CPython hands back the string itself (a subclass too).
        return Ok(this.clone());
    }
    let mut f = Formatter {
        args: Some(&a.pos[1..]),
        kwargs: Kwargs::Pairs(a.kwnames, a.kwvals),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    Ok(f.build(Text::of(s), 2)?.finish())
}

fn str_format_map(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    check_args(&a, "str", "format_map", 1, 1, Sig::Clinic)?;
    let s = self_data(&a.pos[0], "format_map")?;
    if !s.as_str().contains(['{', '}']) {
        return Ok(a.pos[0].clone());
    }
    let mut f = Formatter {
        args: None,
        kwargs: Kwargs::Mapping(&a.pos[1]),
        numbering: Numbering::Unset,
        next_auto: 0,
    };
    Ok(f.build(Text::of(s), 2)?.finish())
}

#[cold]
fn value_error(msg: &str) -> PyErr {
    PyErr::value_error(msg)
}

/// One parsed replacement field.
pub(crate) struct Field<'s> {
    pub name: &'s str,
    pub conversion: Option<char>,
    pub spec: &'s str,
    spec_needs_expanding: bool,
}

/// A format string: the text parsed (the lossy view when it holds lone surrogates) and,
/// when it does hold them, its exact bytes, at the same offsets.
#[derive(Clone, Copy)]
struct Text<'s> {
    s: &'s str,
    exact: Option<&'s [u8]>,
}

impl<'s> Text<'s> {
    fn of(sd: &'s StrData) -> Text<'s> {
        Text {
            s: sd.as_str(),
            exact: sd.has_surrogates().then(|| sd.as_bytes()),
        }
    }
    /// The part of this text that `part` is (a slice of `self.s`, else a text of its own).
    fn sub(self, part: &'s str) -> Text<'s> {
        let off = (part.as_ptr() as usize)
            .checked_sub(self.s.as_ptr() as usize)
            .filter(|off| off + part.len() <= self.s.len());
        Text {
            s: part,
            exact: self
                .exact
                .zip(off)
                .map(|(b, off)| &b[off..off + part.len()]),
        }
    }
    fn push_to(self, out: &mut StrBuf) {
        match self.exact {
            Some(b) if !out.push_generalised(b) => out.push_str(self.s),
            Some(_) => {}
            None => out.push_str(self.s),
        }
    }
}

impl Formatter<'_> {
    /// Renders `text`; `depth` limits nested replacement fields in format specs.
    fn build(&mut self, text: Text, depth: u32) -> PyResult<StrBuf> {
        if depth == 0 {
            return Err(value_error("Max string recursion exceeded"));
        }
        let s = text.s;
        let mut out = StrBuf::with_capacity(s.len());
        let mut rest = s;
        while !rest.is_empty() {
            // Literal text up to a '{' or '}'.
            let Some(p) = rest.find(['{', '}']) else {
                text.sub(rest).push_to(&mut out);
                break;
            };
            text.sub(&rest[..p]).push_to(&mut out);
            let c = rest.as_bytes()[p];
            let after = &rest[p + 1..];
            if after.as_bytes().first() == Some(&c) {
                out.push_char(c as char);
                rest = &after[1..];
                continue;
            }
            if c == b'}' {
                return Err(value_error("Single '}' encountered in format string"));
            }
            if after.is_empty() {
                return Err(value_error("Single '{' encountered in format string"));
            }
            let (field, next) = parse_field(after)?;
            rest = next;
            self.render(&field, text.sub(field.spec), depth, &mut out)?;
        }
        Ok(out)
    }

    fn render(&mut self, field: &Field, spec: Text, depth: u32, out: &mut StrBuf) -> PyResult<()> {
        let obj = self.field_value(field.name)?;
        let obj = match field.conversion {
            None => obj,
            Some('r') => ops::repr_value(&obj)?,
            Some('s') => ops::str_value(&obj)?,
            Some('a') => new_string(ops::ascii_of(&obj)?),
            Some(c) => {
                let shown = if (' '..'\x7f').contains(&c) {
                    c.to_string()
                } else {
                    format!("\\x{:x}", c as u32)
                };
                return Err(PyErr::value_error(format!(
                    "Unknown conversion specifier {}",
                    shown
                )));
            }
        };
        let spec = if field.spec_needs_expanding {
            self.build(spec, depth - 1)?.finish()
        } else {
            let mut b = StrBuf::new();
            spec.push_to(&mut b);
            b.finish()
        };
        let r = ops::format(&obj, &spec)?;
        match crate::objects::str::as_str_data(&r) {
            Some(t) => out.push_data(t),
            None => {
                return Err(PyErr::type_error(format!(
                    "__format__ must return a str, not {}",
                    type_name(&r)
                )))
            }
        }
        Ok(())
    }

    /// Looks up `arg_name`, then applies each `.attr` and `[index]` in turn.
    fn field_value(&mut self, name: &str) -> PyResult<Value> {
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let (first, rest) = name.split_at(first_end);
        let index = get_integer(first)?;
        let empty = first.is_empty();
        let mut obj = if empty || index.is_some() {
            match (&self.numbering, empty) {
                (Numbering::Manual, true) => return Err(value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                )),
                (Numbering::Auto, false) => return Err(value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                )),
                (Numbering::Unset, _) => {
                    self.numbering = if empty {
                        Numbering::Auto
                    } else {
                        Numbering::Manual
                    }
                }
                _ => {}
            }
            let i = match index {
                Some(i) => i,
                None => {
                    self.next_auto += 1;
                    self.next_auto - 1
                }
            };
            let Some(args) = self.args else {
                return Err(value_error("Format string contains positional fields"));
            };
            match args.get(i) {
                Some(v) => v.clone(),
                None => {
                    return Err(PyErr::index_error(format!(
                        "Replacement index {} out of range for positional args tuple",
                        i
                    )))
                }
            }
        } else {
            let key = new_str(first);
            match self.kwargs {
                Kwargs::Pairs(names, vals) => names
                    .iter()
                    .position(|k| crate::objects::str::as_str(k) == Some(first))
                    .map(|i| vals[i].clone())
                    .ok_or_else(|| PyErr::key_error(key))?,
                Kwargs::Mapping(m) => ops::getitem(m, &key)?,
            }
        };
        for part in (FieldParts { rest }) {
            let (is_attr, part) = part?;
            obj = if is_attr {
                ops::getattr(&obj, &new_str(part))?
            } else {
                let key = match get_integer(part)? {
                    Some(i) => Value::small_int(i as i64),
                    None => new_str(part),
                };
                ops::getitem(&obj, &key)?
            };
        }
        Ok(obj)
    }
}

/// The `.attr` and `[key]` parts after a field name's first part, parsed lazily (an
/// error in a later part shows only after the earlier ones were used, as in CPython):
/// (is_attribute, text).
pub(crate) struct FieldParts<'a> {
    pub rest: &'a str,
}

impl<'a> Iterator for FieldParts<'a> {
    type Item = PyResult<(bool, &'a str)>;

    fn next(&mut self) -> Option<Self::Item> {
        let rest = self.rest;
        if rest.is_empty() {
            return None;
        }
        self.rest = "";
        let (is_attr, part, next) = match rest.as_bytes()[0] {
            b'.' => {
                let body = &rest[1..];
                let end = body.find(['.', '[']).unwrap_or(body.len());
                (true, &body[..end], &body[end..])
            }
            b'[' => {
                let body = &rest[1..];
                let Some(end) = body.find(']') else {
                    return Some(Err(value_error("Missing ']' in format string")));
                };
                (false, &body[..end], &body[end + 1..])
            }
            _ => {
                return Some(Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                )))
            }
        };
        if part.is_empty() {
            return Some(Err(value_error("Empty attribute in format string")));
        }
        self.rest = next;
        Some(Ok((is_attr, part)))
    }
}

/// A field name part made only of decimal digits, as an index; None otherwise.
pub(crate) fn get_integer(s: &str) -> PyResult<Option<usize>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut n: usize = 0;
    for c in s.chars() {
        let Some(d) = crate::format::unicode_decimal_value(c) else {
            return Ok(None);
        };
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(d as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
    }
    Ok(Some(n))
}

/// Parses a replacement field after its `{`; returns it and the text after its `}`.
pub(crate) fn parse_field(s: &str) -> PyResult<(Field<'_>, &str)> {
    let b = s.as_bytes();
    let mut i = 0;
    let mut c = 0u8;
    while i < b.len() {
        c = b[i];
        i += 1;
        match c {
            b'{' => return Err(value_error("unexpected '{' in field name")),
            b'[' => {
                while i < b.len() && b[i] != b']' {
                    i += 1;
                }
            }
            b'}' | b':' | b'!' => break,
            _ => {}
        }
    }
    let ended_by = if i <= b.len() && matches!(c, b'}' | b':' | b'!') && i > 0 {
        c
    } else {
        0
    };
    if ended_by == 0 {
        return Err(value_error("expected '}' before end of string"));
    }
    let name = &s[..i - 1];
    let mut field = Field {
        name,
        conversion: None,
        spec: "",
        spec_needs_expanding: false,
    };
    if ended_by == b'}' {
        return Ok((field, &s[i..]));
    }
    if ended_by == b'!' {
        let Some(conv) = s[i..].chars().next() else {
            return Err(value_error(
                "end of string while looking for conversion specifier",
            ));
        };
        field.conversion = Some(conv);
        i += conv.len_utf8();
        if i < b.len() {
            let c = b[i];
            i += 1;
            if c == b'}' {
                return Ok((field, &s[i..]));
            }
            if c != b':' {
                return Err(value_error("expected ':' after conversion specifier"));
            }
        }
    }
    let spec_start = i;
    let mut depth = 1;
    while i < b.len() {
        let c = b[i];
        i += 1;
        match c {
            b'{' => {
                field.spec_needs_expanding = true;
                depth += 1;
            }
            b'}' => {
                depth -= 1;
                if depth == 0 {
                    field.spec = &s[spec_start..i - 1];
                    return Ok((field, &s[i..]));
                }
            }
            _ => {}
        }
    }
    Err(value_error("unmatched '{' in format spec"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_field_splits_name_conversion_and_spec() {
        let (f, rest) = parse_field("0[}]!r:>{1}}tail").expect("valid field");
        assert_eq!(
            (f.name, f.conversion, f.spec, rest),
            ("0[}]", Some('r'), ">{1}", "tail")
        );
        assert!(f.spec_needs_expanding);
        let (f, rest) = parse_field("}x").expect("empty field");
        assert_eq!((f.name, rest), ("", "x"));
    }
}
