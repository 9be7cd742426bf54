//! `re.Match`: the groups of one match (spans over the subject, by index or name).

use super::engine::Matcher;
use super::pattern::pat;
use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{bytes_like, new_bytes};
use crate::objects::dict::DictData;
use crate::objects::int::new_int;
use crate::objects::native_state::{expect_state, new_with_state};
use crate::objects::str::{as_str_data, new_string, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;

use crate::modules::native_types::{add_getter, new_native_type, registered};

const MATCH: &str = "re.Match";

struct Match {
    pattern: Value,
    string: Value,
    pos: usize,
    endpos: usize,
    /// Span of group 0 and of each group; (-1, -1) when the group did not match.
    regs: Vec<(isize, isize)>,
    lastindex: isize,
}

pub fn install_type() {
    let ty = new_native_type("re", "Match", Kind::Instance, false);
    let m = crate::types::add_method;
    m(&ty, "group", match_group);
    m(&ty, "groups", match_groups);
    m(&ty, "groupdict", match_groupdict);
    m(&ty, "start", match_start);
    m(&ty, "end", match_end);
    m(&ty, "span", match_span);
    m(&ty, "expand", match_expand);
    m(&ty, "__getitem__", match_getitem);
    m(&ty, "__repr__", match_repr);
    m(&ty, "__copy__", same);
    m(&ty, "__deepcopy__", same);
    crate::types::add_classmethod(&ty, "__class_getitem__", |a, _| {
        crate::modules::generic::generic_alias(&a[0], &a[1])
    });
    add_getter(&ty, "string", |a, _| {
        Ok(mat(&a[0], "string")?.string.clone())
    });
    add_getter(&ty, "re", |a, _| Ok(mat(&a[0], "re")?.pattern.clone()));
    add_getter(&ty, "pos", |a, _| {
        Ok(new_int(mat(&a[0], "pos")?.pos as i64))
    });
    add_getter(&ty, "endpos", |a, _| {
        Ok(new_int(mat(&a[0], "endpos")?.endpos as i64))
    });
    add_getter(&ty, "lastindex", |a, _| {
        let m = mat(&a[0], "lastindex")?;
        Ok(if m.lastindex >= 0 {
            new_int(m.lastindex as i64)
        } else {
            Value::NONE
        })
    });
    add_getter(&ty, "lastgroup", |a, _| {
        let m = mat(&a[0], "lastgroup")?;
        if m.lastindex < 0 {
            return Ok(Value::NONE);
        }
        let p = pat(&m.pattern, "lastgroup")?;
        Ok(as_tuple(&p.indexgroup)
            .and_then(|t| t.get(m.lastindex as usize).cloned())
            .unwrap_or(Value::NONE))
    });
    add_getter(&ty, "regs", |a, _| {
        let m = mat(&a[0], "regs")?;
        Ok(new_tuple(
            m.regs
                .iter()
                .map(|&(s, e)| new_tuple(vec![new_int(s as i64), new_int(e as i64)]))
                .collect(),
        ))
    });
}

fn same(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(args[0].clone())
}

fn mat<'a>(v: &'a Value, method: &str) -> PyResult<&'a Match> {
    expect_state::<Match>(v, MATCH, method)
}

/// `string[start:end]` for a match's subject (`text` is its code points).
pub fn slice_of(string: &Value, text: &[u32], start: usize, end: usize) -> Value {
    if let Some(s) = as_str_data(string) {
        return s.slice(start, end);
    }
    // Always bytes, whatever the buffer (CPython's `getslice`).
    new_bytes(text[start..end].iter().map(|&c| c as u8).collect())
}

/// A new match object for a match of `s..e` found by `m`.
#[allow(clippy::too_many_arguments)]
pub fn new_match(
    pattern: &Value,
    string: &Value,
    _text: &[u32],
    pos: usize,
    endpos: usize,
    m: &Matcher,
    s: usize,
    e: usize,
) -> Value {
    let groups = m.marks.len() / 2;
    let mut regs = Vec::with_capacity(groups + 1);
    regs.push((s as isize, e as isize));
    for g in 0..groups {
        let (a, b) = (m.marks[2 * g], m.marks[2 * g + 1]);
        regs.push(if a >= 0 && b >= 0 && a <= b {
            (a, b)
        } else {
            (-1, -1)
        });
    }
    new_with_state(
        &registered(MATCH),
        Match {
            pattern: pattern.clone(),
            string: string.clone(),
            pos,
            endpos,
            regs,
            lastindex: m.lastindex,
        },
    )
}

#[cold]
fn no_such_group() -> PyErr {
    PyErr::index_error("no such group")
}

/// The group number named by `g` (an int or a group name).
fn group_index(m: &Match, g: &Value) -> PyResult<usize> {
    if let Some(i) = ops::index_opt(g)? {
        if as_str_data(g).is_none() {
            return match crate::objects::int::to_i64(&i) {
                Some(n) if n >= 0 && (n as usize) < m.regs.len() => Ok(n as usize),
                _ => Err(no_such_group()),
            };
        }
    }
    let p = pat(&m.pattern, "group")?;
    if let Some(d) = p.groupindex.downcast::<DictData>() {
        if let Ok(Some(i)) = d.get(g) {
            if let Some(n) = crate::objects::int::to_i64(&i) {
                if n >= 0 && (n as usize) < m.regs.len() {
                    return Ok(n as usize);
                }
            }
        }
    }
    Err(no_such_group())
}

fn group_value(m: &Match, g: usize, default: &Value) -> Value {
    let (s, e) = m.regs[g];
    if s < 0 {
        return default.clone();
    }
    match as_str_data(&m.string) {
        Some(sd) => sd.slice(s as usize, e as usize),
        None => {
            let b = bytes_like(&m.string).unwrap_or_default();
            new_bytes(b.get(s as usize..e as usize).unwrap_or_default().to_vec())
        }
    }
}

fn match_group(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "group")?;
    match &args[1..] {
        [] => Ok(group_value(m, 0, &Value::NONE)),
        [g] => Ok(group_value(m, group_index(m, g)?, &Value::NONE)),
        gs => {
            let mut out = Vec::with_capacity(gs.len());
            for g in gs {
                out.push(group_value(m, group_index(m, g)?, &Value::NONE));
            }
            Ok(new_tuple(out))
        }
    }
}

fn match_getitem(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "__getitem__")?;
    Ok(group_value(m, group_index(m, &args[1])?, &Value::NONE))
}

fn default_arg(fname: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = crate::types::args::Params {
        fname,
        names: &["default"],
        posonly: 0,
        maxpos: 1,
        required: 0,
    }
    .parse(&args[1..], kw)?;
    Ok(p[0].clone().unwrap_or(Value::NONE))
}

fn match_groups(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "groups")?;
    let d = default_arg("groups", args, kw)?;
    Ok(new_tuple(
        (1..m.regs.len()).map(|g| group_value(m, g, &d)).collect(),
    ))
}

fn match_groupdict(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "groupdict")?;
    let d = default_arg("groupdict", args, kw)?;
    let out = DictData::new_value();
    let od = out.downcast::<DictData>().expect("new dict");
    let p = pat(&m.pattern, "groupdict")?;
    if let Some(gi) = p.groupindex.downcast::<DictData>() {
        for k in gi.keys() {
            let g = group_index(m, &k)?;
            od.set(k, group_value(m, g, &d))?;
        }
    }
    Ok(out)
}

fn group_arg(fname: &str, m: &Match, args: &[Value], kw: &[Value]) -> PyResult<usize> {
    let a = Args::new(args, kw);
    a.no_kwargs(fname)?;
    a.arity(fname, 1, 2)?;
    match a.pos.get(1) {
        Some(g) => group_index(m, g),
        None => Ok(0),
    }
}

fn match_start(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "start")?;
    let g = group_arg("start", m, args, kw)?;
    Ok(new_int(m.regs[g].0 as i64))
}
fn match_end(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "end")?;
    let g = group_arg("end", m, args, kw)?;
    Ok(new_int(m.regs[g].1 as i64))
}
fn match_span(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "span")?;
    let g = group_arg("span", m, args, kw)?;
    let (s, e) = m.regs[g];
    Ok(new_tuple(vec![new_int(s as i64), new_int(e as i64)]))
}

fn match_expand(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "expand")?;
    let a = Args::new(args, kw);
    a.arity("expand", 2, 2)?;
    let re = crate::modules::import_name(
        &StrData::intern_static("re"),
        &Value::NONE,
        &Value::NONE,
        &new_int(0),
    )?;
    let f = ops::getattr(&re, &StrData::intern_static("_expand"))?;
    ops::call(
        &f,
        &[m.pattern.clone(), args[0].clone(), args[1].clone()],
        &[],
    )
}

fn match_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = mat(&args[0], "__repr__")?;
    let g0 = group_value(m, 0, &Value::NONE);
    Ok(new_string(format!(
        "<re.Match object; span=({}, {}), match={}>",
        m.regs[0].0,
        m.regs[0].1,
        ops::repr(&g0)?
    )))
}
