//! `re.Pattern` (made by `_sre.compile`) and `_sre.SRE_Scanner`: the searching methods
//! (match, fullmatch, search, findall, finditer, split, sub, subn, scanner).

use super::engine::Matcher;
use super::match_obj::{new_match, slice_of};
use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::bytes_like;
use crate::objects::int::new_int;
use crate::objects::list::new_list;
use crate::objects::native_state::{expect_state, new_with_state};
use crate::objects::str::{as_str_data, new_string, StrData};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::args::{as_ssize, Params};
use crate::value::Value;
use std::cell::Cell;

use crate::modules::native_types::{add_getter, new_native_type, registered};

pub(crate) const PATTERN: &str = "re.Pattern";
const SCANNER: &str = "_sre.SRE_Scanner";

/// The compiled pattern: its code and what `re` passed along with it.
pub struct Pattern {
    pub code: Vec<u32>,
    pub pattern: Value,
    pub flags: i64,
    pub groups: usize,
    pub groupindex: Value,
    pub indexgroup: Value,
    pub is_bytes: bool,
}

/// Makes the `re.Pattern`, `re.Match` and `_sre.SRE_Scanner` types (once per module).
pub fn install_types() {
    let ty = new_native_type("re", "Pattern", Kind::Instance, false);
    let m = crate::types::add_method;
    m(&ty, "match", pattern_match);
    m(&ty, "fullmatch", pattern_fullmatch);
    m(&ty, "search", pattern_search);
    m(&ty, "findall", pattern_findall);
    m(&ty, "finditer", pattern_finditer);
    m(&ty, "scanner", pattern_scanner);
    m(&ty, "split", pattern_split);
    m(&ty, "sub", pattern_sub);
    m(&ty, "subn", pattern_subn);
    m(&ty, "__repr__", pattern_repr);
    m(&ty, "__eq__", pattern_eq);
    m(&ty, "__hash__", pattern_hash);
    m(&ty, "__copy__", same);
    m(&ty, "__deepcopy__", same);
    crate::types::add_classmethod(&ty, "__class_getitem__", class_getitem);
    add_getter(&ty, "pattern", |a, _| {
        Ok(pat(&a[0], "pattern")?.pattern.clone())
    });
    add_getter(&ty, "flags", |a, _| Ok(new_int(pat(&a[0], "flags")?.flags)));
    add_getter(&ty, "groups", |a, _| {
        Ok(new_int(pat(&a[0], "groups")?.groups as i64))
    });
    add_getter(&ty, "groupindex", |a, _| {
        let gi = pat(&a[0], "groupindex")?.groupindex.clone();
        // No named groups: a fresh dict each time, as CPython.
        if ops::len(&gi)? == 0 {
            return Ok(crate::objects::dict::DictData::new_value());
        }
        Ok(crate::types::mappingproxy::new_mappingproxy(gi))
    });
    let sc = new_native_type("_sre", "SRE_Scanner", Kind::Instance, false);
    m(&sc, "match", scanner_match);
    m(&sc, "search", scanner_search);
    add_getter(&sc, "pattern", |a, _| Ok(scan(&a[0])?.pattern.clone()));
    super::match_obj::install_type();
}

fn same(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn class_getitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::modules::generic::generic_alias(&args[0], &args[1])
}

pub(crate) fn pat<'a>(v: &'a Value, method: &str) -> PyResult<&'a Pattern> {
    expect_state::<Pattern>(v, PATTERN, method)
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`.
pub fn compile(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "compile",
        names: &[
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        posonly: 0,
        maxpos: 6,
        required: 6,
    }
    .parse(args, kw)?;
    let arg = |i: usize| p[i].clone().expect("required");
    let code_list = arg(2);
    let items = crate::objects::list::as_list(&code_list)
        .map(|l| l.items().to_vec())
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "compile() argument 'code' must be list, not {}",
                crate::objects::typeobj::type_name(&code_list)
            ))
        })?;
    let mut code = Vec::with_capacity(items.len());
    for v in items {
        let n = as_ssize(&v)?;
        code.push(
            u32::try_from(n).map_err(|_| {
                PyErr::overflow_error("regular expression code size limit exceeded")
            })?,
        );
    }
    let pattern = arg(0);
    let is_bytes = !pattern.is_none() && as_str_data(&pattern).is_none();
    let groups = as_ssize(&arg(3))?.max(0) as usize;
    Ok(new_with_state(
        &registered(PATTERN),
        Pattern {
            code,
            flags: as_ssize(&arg(1))? as i64,
            pattern,
            groups,
            groupindex: arg(4),
            indexgroup: arg(5),
            is_bytes,
        },
    ))
}

/// The subject of a search as code points, with whether it is a str.
pub(crate) fn subject(p: &Pattern, string: &Value) -> PyResult<Vec<u32>> {
    if let Some(s) = as_str_data(string) {
        if p.is_bytes {
            return Err(PyErr::type_error(
                "cannot use a bytes pattern on a string-like object",
            ));
        }
        return Ok(s.code_points().collect());
    }
    match bytes_like(string) {
        Some(b) => {
            if !p.is_bytes {
                return Err(PyErr::type_error(
                    "cannot use a string pattern on a bytes-like object",
                ));
            }
            Ok(b.into_iter().map(u32::from).collect())
        }
        None => Err(PyErr::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            crate::objects::typeobj::type_name(string)
        ))),
    }
}

#[cold]
pub(crate) fn bad_code() -> PyErr {
    PyErr::runtime_error("internal error in regular expression engine")
}

/// `(string, pos, endpos)` of match/search/findall/finditer/scanner, pos and endpos
/// clipped to the text as CPython's `state_init`.
fn string_pos_endpos(
    fname: &str,
    args: &[Value],
    kw: &[Value],
    p: &Pattern,
) -> PyResult<(Value, Vec<u32>, usize, usize)> {
    let a = Params {
        fname,
        names: &["string", "pos", "endpos"],
        posonly: 0,
        maxpos: 3,
        required: 1,
    }
    .parse(&args[1..], kw)?;
    let string = a[0].clone().expect("required");
    let text = subject(p, &string)?;
    let len = text.len() as isize;
    let clip = |v: &Option<Value>, d: isize| -> PyResult<usize> {
        let n = match v {
            Some(v) => as_ssize(v)?,
            None => d,
        };
        Ok(n.clamp(0, len) as usize)
    };
    let pos = clip(&a[1], 0)?;
    let endpos = clip(&a[2], len)?;
    Ok((string, text, pos, endpos))
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

fn run_one(args: &[Value], kw: &[Value], fname: &str, mode: Mode) -> PyResult<Value> {
    let p = pat(&args[0], fname)?;
    let (string, text, pos, endpos) = string_pos_endpos(fname, args, kw, p)?;
    let mut m = Matcher::new(&p.code, &text, p.groups, endpos);
    m.match_all = mode == Mode::FullMatch;
    let found = if mode == Mode::Search {
        m.search(pos).map_err(|_| bad_code())?
    } else {
        m.match_at(pos).map_err(|_| bad_code())?.map(|e| (pos, e))
    };
    Ok(match found {
        Some((s, e)) => new_match(&args[0], &string, &text, pos, endpos, &m, s, e),
        None => Value::NONE,
    })
}

fn pattern_match(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run_one(args, kw, "match", Mode::Match)
}
fn pattern_fullmatch(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run_one(args, kw, "fullmatch", Mode::FullMatch)
}
fn pattern_search(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    run_one(args, kw, "search", Mode::Search)
}

/// Calls `f(start, end, matcher)` for each successive match from `pos`, as CPython's
/// findall/sub/split loops do (an empty match right after a match is not allowed).
fn each_match(
    p: &Pattern,
    text: &[u32],
    pos: usize,
    endpos: usize,
    limit: usize,
    mut f: impl FnMut(usize, usize, &Matcher) -> PyResult<()>,
) -> PyResult<()> {
    let mut m = Matcher::new(&p.code, text, p.groups, endpos);
    let mut at = pos;
    let mut must_advance = false;
    let mut n = 0;
    while limit == 0 || n < limit {
        m.must_advance = must_advance;
        let Some((s, e)) = m.search(at).map_err(|_| bad_code())? else {
            break;
        };
        f(s, e, &m)?;
        n += 1;
        must_advance = e == s;
        at = e;
    }
    Ok(())
}

fn pattern_findall(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pat(&args[0], "findall")?;
    let (string, text, pos, endpos) = string_pos_endpos("findall", args, kw, p)?;
    let mut out = Vec::new();
    each_match(p, &text, pos, endpos, 0, |s, e, m| {
        let empty = slice_of(&string, &text, 0, 0);
        let group = |g: usize| group_or(m, g, &string, &text, &empty);
        out.push(match p.groups {
            0 => slice_of(&string, &text, s, e),
            1 => group(1),
            n => new_tuple((1..=n).map(group).collect()),
        });
        Ok(())
    })?;
    Ok(new_list(out))
}

/// Group `g` (from 1) of the match `m` has found, or `default` when it did not match.
fn group_or(m: &Matcher, g: usize, string: &Value, text: &[u32], default: &Value) -> Value {
    match (m.marks[2 * g - 2], m.marks[2 * g - 1]) {
        (a, b) if a >= 0 && b >= 0 && a <= b => slice_of(string, text, a as usize, b as usize),
        _ => default.clone(),
    }
}

/// The state of a scanner (and of finditer).
struct Scanner {
    pattern: Value,
    string: Value,
    text: Vec<u32>,
    pos: usize,
    at: Cell<usize>,
    endpos: usize,
    must_advance: Cell<bool>,
    done: Cell<bool>,
}

fn scan(v: &Value) -> PyResult<&Scanner> {
    expect_state::<Scanner>(v, SCANNER, "match")
}

fn pattern_scanner(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pat(&args[0], "scanner")?;
    let (string, text, pos, endpos) = string_pos_endpos("scanner", args, kw, p)?;
    Ok(new_with_state(
        &registered(SCANNER),
        Scanner {
            pattern: args[0].clone(),
            string,
            text,
            pos,
            at: Cell::new(pos),
            endpos,
            must_advance: Cell::new(false),
            done: Cell::new(false),
        },
    ))
}

fn scanner_step(args: &[Value], search: bool) -> PyResult<Value> {
    let sc = scan(&args[0])?;
    if sc.done.get() {
        return Ok(Value::NONE);
    }
    let p = pat(&sc.pattern, "match")?;
    let mut m = Matcher::new(&p.code, &sc.text, p.groups, sc.endpos);
    m.must_advance = sc.must_advance.get();
    let at = sc.at.get();
    let found = if search {
        m.search(at).map_err(|_| bad_code())?
    } else {
        m.match_at(at).map_err(|_| bad_code())?.map(|e| (at, e))
    };
    match found {
        Some((s, e)) => {
            sc.must_advance.set(s == e);
            sc.at.set(e);
            Ok(new_match(
                &sc.pattern,
                &sc.string,
                &sc.text,
                sc.pos,
                sc.endpos,
                &m,
                s,
                e,
            ))
        }
        None => {
            sc.done.set(true);
            Ok(Value::NONE)
        }
    }
}

fn scanner_match(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    scanner_step(args, false)
}
fn scanner_search(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    scanner_step(args, true)
}

fn pattern_finditer(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let sc = pattern_scanner(args, kw)?;
    Ok(crate::objects::iter::new_native_iter(
        &crate::vm::types().callable_iterator,
        Box::new(FindIter(sc)),
    ))
}

/// finditer's iterator: the scanner's `search` until it gives None.
struct FindIter(Value);

impl crate::objects::iter::NativeIterator for FindIter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let m = scanner_step(std::slice::from_ref(&self.0), true)?;
        Ok((!m.is_none()).then_some(m))
    }
}

fn pattern_split(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = pat(&args[0], "split")?;
    let a = Params {
        fname: "split",
        names: &["string", "maxsplit"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    }
    .parse(&args[1..], kw)?;
    let string = a[0].clone().expect("required");
    let maxsplit = match &a[1] {
        Some(v) => as_ssize(v)?,
        None => 0,
    };
    let text = subject(p, &string)?;
    let mut out = Vec::new();
    let mut last = 0;
    if maxsplit >= 0 {
        each_match(p, &text, 0, text.len(), maxsplit as usize, |s, e, m| {
            out.push(slice_of(&string, &text, last, s));
            for g in 1..=p.groups {
                out.push(group_or(m, g, &string, &text, &Value::NONE));
            }
            last = e;
            Ok(())
        })?;
    }
    out.push(slice_of(&string, &text, last, text.len()));
    Ok(new_list(out))
}

/// What replaces each match in sub/subn.
enum Filter {
    Literal(Value),
    Call(Value),
}

fn subx(args: &[Value], kw: &[Value], fname: &str) -> PyResult<(Value, usize)> {
    let p = pat(&args[0], fname)?;
    let a = Params {
        fname,
        names: &["repl", "string", "count"],
        posonly: 0,
        maxpos: 3,
        required: 2,
    }
    .parse(&args[1..], kw)?;
    let repl = a[0].clone().expect("required");
    let string = a[1].clone().expect("required");
    let count = match &a[2] {
        Some(v) => as_ssize(v)?.max(0) as usize,
        None => 0,
    };
    let filter = if ops::callable(&repl) {
        Filter::Call(repl)
    } else {
        let literal = match as_str_data(&repl) {
            Some(s) => !s.as_bytes().contains(&b'\\'),
            None => bytes_like(&repl).is_some_and(|b| !b.contains(&b'\\')),
        };
        if literal {
            Filter::Literal(repl)
        } else {
            let re = crate::modules::import_name(
                &StrData::intern_static("re"),
                &Value::NONE,
                &Value::NONE,
                &new_int(0),
            )?;
            let f = ops::getattr(&re, &StrData::intern_static("_subx"))?;
            let r = ops::call(&f, &[args[0].clone(), repl], &[])?;
            if ops::callable(&r) {
                Filter::Call(r)
            } else {
                Filter::Literal(r)
            }
        }
    };
    let text = subject(p, &string)?;
    let mut pieces: Vec<Value> = Vec::new();
    let mut last = 0;
    let mut n = 0;
    each_match(p, &text, 0, text.len(), count, |s, e, m| {
        if last < s {
            pieces.push(slice_of(&string, &text, last, s));
        }
        let item = match &filter {
            Filter::Literal(v) => v.clone(),
            Filter::Call(f) => {
                let mo = new_match(&args[0], &string, &text, 0, text.len(), m, s, e);
                ops::call(f, &[mo], &[])?
            }
        };
        if !item.is_none() {
            pieces.push(item);
        }
        last = e;
        n += 1;
        Ok(())
    })?;
    if last < text.len() {
        pieces.push(slice_of(&string, &text, last, text.len()));
    }
    let empty = slice_of(&string, &text, 0, 0);
    let joiner = ops::getattr(&empty, &StrData::intern_static("join"))?;
    let joined = ops::call(&joiner, &[new_list(pieces)], &[])?;
    Ok((joined, n))
}

fn pattern_sub(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(subx(args, kw, "sub")?.0)
}
fn pattern_subn(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (s, n) = subx(args, kw, "subn")?;
    Ok(new_tuple(vec![s, new_int(n as i64)]))
}

const FLAG_NAMES: &[(&str, i64)] = &[
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

fn pattern_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = pat(&args[0], "__repr__")?;
    let r = ops::repr(&p.pattern)?;
    let mut text = r.chars().take(200).collect::<String>();
    let mut flags = p.flags;
    // str patterns are UNICODE by default: not shown.
    if !p.is_bytes && flags & 0x120 == 0x20 {
        flags &= !0x20;
    }
    if flags != 0 {
        let mut parts = Vec::new();
        for (name, bit) in FLAG_NAMES {
            if flags & bit != 0 {
                parts.push(name.to_string());
                flags &= !bit;
            }
        }
        if flags != 0 {
            parts.push(format!("0x{:x}", flags));
        }
        text = format!("{}, {}", text, parts.join("|"));
    }
    Ok(new_string(format!("re.compile({})", text)))
}

fn pattern_eq(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let a = pat(&args[0], "__eq__")?;
    let Some(b) = crate::objects::native_state::state_of::<Pattern>(&args[1]) else {
        return Ok(Value::NOT_IMPLEMENTED);
    };
    if args[0].is(&args[1]) {
        return Ok(Value::bool(true));
    }
    Ok(Value::bool(
        a.flags == b.flags
            && a.is_bytes == b.is_bytes
            && a.code == b.code
            && ops::eq_bool(&a.pattern, &b.pattern)?,
    ))
}

fn pattern_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let p = pat(&args[0], "__hash__")?;
    let mut h = ops::hash(&p.pattern)?;
    for &c in &p.code {
        h = h.wrapping_mul(1_000_003) ^ c as i64;
    }
    h ^= p.flags.wrapping_mul(31);
    if h == -1 {
        h = -2;
    }
    Ok(new_int(h))
}
