//! `list`: constructor and methods, and `sort`: a port of CPython's timsort
//! (`Objects/listobject.c`: runs, binary insertion, powersort merge order, galloping) so
//! that comparisons happen in CPython's order and a failed sort leaves the list as
//! CPython leaves it.

use crate::error::{PyErr, PyResult};
use crate::objects::int::new_int;
use crate::objects::list::{new_list, ListData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::{arity_message, Args};
use crate::types::tuple::search_bounds;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::CmpOp;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", list_new);
    super::add_method(ty, "__init__", list_init);
    super::add_method(ty, "append", list_append);
    super::add_method(ty, "extend", list_extend);
    super::add_method(ty, "pop", list_pop);
    super::add_method(ty, "insert", list_insert);
    super::add_method(ty, "sort", list_sort);
    super::add_method(ty, "reverse", list_reverse);
    super::add_method(ty, "index", list_index);
    super::add_method(ty, "count", list_count);
    super::add_method(ty, "remove", list_remove);
    super::add_method(ty, "copy", list_copy);
    super::add_method(ty, "clear", list_clear);
    super::add_attr(ty, "__hash__", Value::NONE);
}

/// The single argument of a METH_O method named `qual` ("list.append"), with CPython's
/// messages.
pub fn meth_o<'a>(args: &'a [Value], kw: &[Value], qual: &str) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            qual
        )));
    }
    if args.len() != 2 {
        return Err(PyErr::type_error(format!(
            "{}() takes exactly one argument ({} given)",
            qual,
            args.len() - 1
        )));
    }
    Ok(&args[1])
}

/// Checks a METH_NOARGS method's call.
pub fn meth_noargs(args: &[Value], kw: &[Value], qual: &str) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            qual
        )));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "{}() takes no arguments ({} given)",
            qual,
            args.len() - 1
        )));
    }
    Ok(())
}

/// The positional arguments (after self) of an Argument Clinic method taking `min..=max`
/// positional-only arguments: "index expected at least 1 argument, got 0".
pub fn clinic_args<'a>(
    args: &'a [Value],
    kw: &[Value],
    qual: &str,
    short: &str,
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            qual
        )));
    }
    let p = &args[1..];
    if p.len() < min || p.len() > max {
        return Err(PyErr::type_error(arity_message(short, min, max, p.len())));
    }
    Ok(p)
}

/// `self` of a list method.
pub fn self_list<'a>(v: &'a Value, method: &str) -> PyResult<&'a ListData> {
    v.downcast::<ListData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

fn as_index(v: &Value) -> PyResult<isize> {
    ops::index_isize(v)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })
}

fn list_new(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = super::new_target(args, &types().list)?;
    crate::objects::subclass::instantiate(cls, new_list(Vec::new()))
}

fn list_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    super::check_init_self(args, &types().list)?;
    let a = Args::new(args, kw);
    a.no_kwargs("list")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "list expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let l = self_list(&a.pos[0], "__init__")?;
    // As CPython: the list is cleared first, then extended.
    l.replace(Vec::new());
    if let Some(it) = a.pos.get(1) {
        let items = ops::collect(it)?;
        l.vec_mut().extend(items);
    }
    Ok(Value::NONE)
}

fn list_append(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = meth_o(args, kw, "list.append")?;
    self_list(&args[0], "append")?.push(x.clone());
    Ok(Value::NONE)
}

fn list_extend(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = meth_o(args, kw, "list.extend")?;
    let l = self_list(&args[0], "extend")?;
    let items = ops::collect(x)?;
    l.vec_mut().extend(items);
    Ok(Value::NONE)
}

fn list_pop(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic_args(args, kw, "list.pop", "pop", 0, 1)?;
    let l = self_list(&args[0], "pop")?;
    let i = match p.first() {
        Some(i) => as_index(i)?,
        None => -1,
    };
    if l.is_empty() {
        return Err(PyErr::index_error("pop from empty list"));
    }
    match ops::norm_index(i, l.len()) {
        Some(j) => Ok(l.vec_mut().remove(j)),
        None => Err(PyErr::index_error("pop index out of range")),
    }
}

fn list_insert(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic_args(args, kw, "list.insert", "insert", 2, 2)?;
    let l = self_list(&args[0], "insert")?;
    let i = as_index(&p[0])?;
    let n = l.len() as isize;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) } as usize;
    l.vec_mut().insert(j, p[1].clone());
    Ok(Value::NONE)
}

fn list_reverse(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "list.reverse")?;
    self_list(&args[0], "reverse")?.vec_mut().reverse();
    Ok(Value::NONE)
}

fn list_index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic_args(args, kw, "list.index", "index", 1, 3)?;
    let l = self_list(&args[0], "index")?;
    let (start, stop) = search_bounds(p.get(1), p.get(2), l.len())?;
    let mut i = start;
    // The list may change under `__eq__`: re-check the length at every step.
    while i < stop.min(l.len()) {
        let Some(x) = l.get(i) else { break };
        if ops::eq_bool(&x, &p[0])? {
            return Ok(new_int(i as i64));
        }
        i += 1;
    }
    Err(PyErr::value_error(format!(
        "{} is not in list",
        ops::repr(&p[0])?
    )))
}

fn list_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = meth_o(args, kw, "list.count")?;
    let l = self_list(&args[0], "count")?;
    let mut n = 0;
    let mut i = 0;
    while let Some(y) = l.get(i) {
        if ops::eq_bool(&y, x)? {
            n += 1;
        }
        i += 1;
    }
    Ok(new_int(n))
}

fn list_remove(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = meth_o(args, kw, "list.remove")?;
    let l = self_list(&args[0], "remove")?;
    let mut i = 0;
    while let Some(y) = l.get(i) {
        if ops::eq_bool(&y, x)? {
            if i < l.len() {
                let old = l.vec_mut().remove(i);
                drop(old);
            }
            return Ok(Value::NONE);
        }
        i += 1;
    }
    Err(PyErr::value_error("list.remove(x): x not in list"))
}

fn list_copy(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "list.copy")?;
    Ok(new_list(self_list(&args[0], "copy")?.to_vec()))
}

fn list_clear(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    meth_noargs(args, kw, "list.clear")?;
    self_list(&args[0], "clear")?.replace(Vec::new());
    Ok(Value::NONE)
}

/// `a < b` as `sort` asks it (CPython's `ISLT`).
fn lt(a: &Value, b: &Value) -> PyResult<bool> {
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        return Ok(x < y);
    }
    if let (Some(x), Some(y)) = (
        crate::objects::str::as_str_data(a),
        crate::objects::str::as_str_data(b),
    ) {
        // Byte order is code point order, surrogates included (objects/str_utf8.rs).
        return Ok(x.as_bytes() < y.as_bytes());
    }
    let r = ops::richcompare(a, b, CmpOp::Lt)?;
    ops::is_true(&r)
}

/// CPython's `MIN_GALLOP`: wins in a row before a merge starts galloping.
const MIN_GALLOP: usize = 7;

/// An element being sorted: its key and the item it came from (the same value when no
/// key function is given).
#[derive(Clone)]
struct Keyed {
    key: Value,
    item: Value,
}

fn islt(a: &Keyed, b: &Keyed) -> PyResult<bool> {
    lt(&a.key, &b.key)
}

/// A run waiting to be merged: where it starts, its length, and its powersort power.
#[derive(Clone, Copy)]
struct Run {
    base: usize,
    len: usize,
    power: u32,
}

/// The state of one sort (CPython's `MergeState`).
struct MergeState {
    min_gallop: usize,
    pending: Vec<Run>,
    listlen: usize,
}

/// Copies `n` elements within `v` from `src` to `dst`, in the direction that is safe for
/// overlapping ranges (`memmove`).
fn move_within(v: &mut [Keyed], src: usize, dst: usize, n: usize) {
    if dst < src {
        for i in 0..n {
            v[dst + i] = v[src + i].clone();
        }
    } else {
        for i in (0..n).rev() {
            v[dst + i] = v[src + i].clone();
        }
    }
}

/// The length of the run starting at `v[lo]`, and whether it is strictly descending.
fn count_run(v: &[Keyed], lo: usize, hi: usize) -> PyResult<(usize, bool)> {
    if lo + 1 == hi {
        return Ok((1, false));
    }
    let mut n = 2;
    let mut i = lo + 2;
    if islt(&v[lo + 1], &v[lo])? {
        while i < hi && islt(&v[i], &v[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, true))
    } else {
        while i < hi && !islt(&v[i], &v[i - 1])? {
            i += 1;
            n += 1;
        }
        Ok((n, false))
    }
}

/// Binary insertion sort of `v[lo..hi]`, whose prefix `v[lo..start]` is sorted.
fn binarysort(v: &mut [Keyed], lo: usize, hi: usize, mut start: usize) -> PyResult<()> {
    if lo == start {
        start += 1;
    }
    while start < hi {
        let pivot = v[start].clone();
        let (mut l, mut r) = (lo, start);
        while l < r {
            let p = l + ((r - l) >> 1);
            if islt(&pivot, &v[p])? {
                r = p;
            } else {
                l = p + 1;
            }
        }
        move_within(v, l, l + 1, start - l);
        v[l] = pivot;
        start += 1;
    }
    Ok(())
}

/// The minimum run length for `n` elements.
fn compute_minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Where `key` goes in the sorted `a` (leftmost position), starting the search at `hint`.
fn gallop_left(key: &Keyed, a: &[Keyed], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs): (isize, isize);
    let hint_i = hint as isize;
    lastofs = 0;
    ofs = 1;
    if islt(&a[hint], key)? {
        let maxofs = (n - hint) as isize;
        while ofs < maxofs {
            if islt(&a[hint + ofs as usize], key)? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        lastofs += hint_i;
        ofs += hint_i;
    } else {
        let maxofs = hint_i + 1;
        while ofs < maxofs {
            if islt(&a[(hint_i - ofs) as usize], key)? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint_i - ofs;
        ofs = hint_i - k;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if islt(&a[m as usize], key)? {
            lastofs = m + 1;
        } else {
            ofs = m;
        }
    }
    Ok(ofs as usize)
}

/// Where `key` goes in the sorted `a` (rightmost position), starting the search at `hint`.
fn gallop_right(key: &Keyed, a: &[Keyed], hint: usize) -> PyResult<usize> {
    let n = a.len();
    let (mut lastofs, mut ofs): (isize, isize);
    let hint_i = hint as isize;
    lastofs = 0;
    ofs = 1;
    if islt(key, &a[hint])? {
        let maxofs = hint_i + 1;
        while ofs < maxofs {
            if islt(key, &a[(hint_i - ofs) as usize])? {
                lastofs = ofs;
                ofs = (ofs << 1) + 1;
            } else {
                break;
            }
        }
        ofs = ofs.min(maxofs);
        let k = lastofs;
        lastofs = hint_i - ofs;
        ofs = hint_i - k;
    } else {
        let maxofs = (n - hint) as isize;
        while ofs < maxofs {
            if islt(key, &a[hint + ofs as usize])? {
                break;
            }
            lastofs = ofs;
            ofs = (ofs << 1) + 1;
        }
        ofs = ofs.min(maxofs);
        lastofs += hint_i;
        ofs += hint_i;
    }
    lastofs += 1;
    while lastofs < ofs {
        let m = lastofs + ((ofs - lastofs) >> 1);
        if islt(key, &a[m as usize])? {
            ofs = m;
        } else {
            lastofs = m + 1;
        }
    }
    Ok(ofs as usize)
}

/// How a merge loop ended (CPython's labels).
enum MergeEnd {
    Done,
    CopyRest,
    Failed(PyErr),
}

impl MergeState {
    /// Merges `v[a..a+na]` and `v[b..b+nb]` (`na <= nb`, `b == a + na`) left to right
    /// through a copy of the first run.
    fn merge_lo(
        &mut self,
        v: &mut [Keyed],
        a: usize,
        mut na: usize,
        b: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let tmp: Vec<Keyed> = v[a..a + na].to_vec();
        let (mut dest, mut pa, mut pb) = (a, 0usize, b);
        v[dest] = v[pb].clone();
        dest += 1;
        pb += 1;
        nb -= 1;
        let end = 'merge: {
            if nb == 0 {
                break 'merge MergeEnd::Done;
            }
            if na == 1 {
                break 'merge MergeEnd::CopyRest;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match islt(&v[pb], &tmp[pa]) {
                        Err(e) => break 'merge MergeEnd::Failed(e),
                        Ok(true) => {
                            v[dest] = v[pb].clone();
                            dest += 1;
                            pb += 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 0 {
                                break 'merge MergeEnd::Done;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[dest] = tmp[pa].clone();
                            dest += 1;
                            pa += 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 1 {
                                break 'merge MergeEnd::CopyRest;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = v[pb].clone();
                    let k = match gallop_right(&key, &tmp[pa..pa + na], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge MergeEnd::Failed(e),
                    };
                    acount = k;
                    if k > 0 {
                        v[dest..dest + k].clone_from_slice(&tmp[pa..pa + k]);
                        dest += k;
                        pa += k;
                        na -= k;
                        if na == 1 {
                            break 'merge MergeEnd::CopyRest;
                        }
                        if na == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    v[dest] = v[pb].clone();
                    dest += 1;
                    pb += 1;
                    nb -= 1;
                    if nb == 0 {
                        break 'merge MergeEnd::Done;
                    }
                    let key = tmp[pa].clone();
                    let k = match gallop_left(&key, &v[pb..pb + nb], 0) {
                        Ok(k) => k,
                        Err(e) => break 'merge MergeEnd::Failed(e),
                    };
                    bcount = k;
                    if k > 0 {
                        move_within(v, pb, dest, k);
                        dest += k;
                        pb += k;
                        nb -= k;
                        if nb == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    v[dest] = tmp[pa].clone();
                    dest += 1;
                    pa += 1;
                    na -= 1;
                    if na == 1 {
                        break 'merge MergeEnd::CopyRest;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            MergeEnd::CopyRest => {
                move_within(v, pb, dest, nb);
                v[dest + nb] = tmp[pa].clone();
                Ok(())
            }
            MergeEnd::Done | MergeEnd::Failed(_) => {
                if na > 0 {
                    v[dest..dest + na].clone_from_slice(&tmp[pa..pa + na]);
                }
                match end {
                    MergeEnd::Failed(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Merges `v[a..a+na]` and `v[b..b+nb]` (`na > nb`, `b == a + na`) right to left
    /// through a copy of the second run.
    fn merge_hi(
        &mut self,
        v: &mut [Keyed],
        a: usize,
        mut na: usize,
        b: usize,
        mut nb: usize,
    ) -> PyResult<()> {
        let tmp: Vec<Keyed> = v[b..b + nb].to_vec();
        // Positions are signed: `pa` can step below `a` (to -1 when `a` is 0).
        let mut dest = (b + nb - 1) as isize;
        let mut pa = (a + na - 1) as isize;
        let mut pb = (nb - 1) as isize;
        let u = |i: isize| i as usize;
        v[u(dest)] = v[u(pa)].clone();
        dest -= 1;
        pa -= 1;
        na -= 1;
        let end = 'merge: {
            if na == 0 {
                break 'merge MergeEnd::Done;
            }
            if nb == 1 {
                break 'merge MergeEnd::CopyRest;
            }
            let mut min_gallop = self.min_gallop;
            loop {
                let (mut acount, mut bcount) = (0usize, 0usize);
                loop {
                    match islt(&tmp[u(pb)], &v[u(pa)]) {
                        Err(e) => break 'merge MergeEnd::Failed(e),
                        Ok(true) => {
                            v[u(dest)] = v[u(pa)].clone();
                            dest -= 1;
                            pa -= 1;
                            acount += 1;
                            bcount = 0;
                            na -= 1;
                            if na == 0 {
                                break 'merge MergeEnd::Done;
                            }
                            if acount >= min_gallop {
                                break;
                            }
                        }
                        Ok(false) => {
                            v[u(dest)] = tmp[u(pb)].clone();
                            dest -= 1;
                            pb -= 1;
                            bcount += 1;
                            acount = 0;
                            nb -= 1;
                            if nb == 1 {
                                break 'merge MergeEnd::CopyRest;
                            }
                            if bcount >= min_gallop {
                                break;
                            }
                        }
                    }
                }
                min_gallop += 1;
                loop {
                    min_gallop -= usize::from(min_gallop > 1);
                    self.min_gallop = min_gallop;
                    let key = tmp[u(pb)].clone();
                    let k = match gallop_right(&key, &v[a..a + na], na - 1) {
                        Ok(k) => na - k,
                        Err(e) => break 'merge MergeEnd::Failed(e),
                    };
                    acount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pa -= k as isize;
                        move_within(v, u(pa + 1), u(dest + 1), k);
                        na -= k;
                        if na == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    v[u(dest)] = tmp[u(pb)].clone();
                    dest -= 1;
                    pb -= 1;
                    nb -= 1;
                    if nb == 1 {
                        break 'merge MergeEnd::CopyRest;
                    }
                    let key = v[u(pa)].clone();
                    let k = match gallop_left(&key, &tmp[..nb], nb - 1) {
                        Ok(k) => nb - k,
                        Err(e) => break 'merge MergeEnd::Failed(e),
                    };
                    bcount = k;
                    if k > 0 {
                        dest -= k as isize;
                        pb -= k as isize;
                        v[u(dest + 1)..u(dest + 1) + k]
                            .clone_from_slice(&tmp[u(pb + 1)..u(pb + 1) + k]);
                        nb -= k;
                        if nb == 1 {
                            break 'merge MergeEnd::CopyRest;
                        }
                        if nb == 0 {
                            break 'merge MergeEnd::Done;
                        }
                    }
                    v[u(dest)] = v[u(pa)].clone();
                    dest -= 1;
                    pa -= 1;
                    na -= 1;
                    if na == 0 {
                        break 'merge MergeEnd::Done;
                    }
                    if acount < MIN_GALLOP && bcount < MIN_GALLOP {
                        break;
                    }
                }
                min_gallop += 1;
                self.min_gallop = min_gallop;
            }
        };
        match end {
            MergeEnd::CopyRest => {
                // The first element of the second run belongs at the front.
                let start = u(pa + 1) - na;
                move_within(v, start, u(dest + 1) - na, na);
                dest -= na as isize;
                v[u(dest)] = tmp[u(pb)].clone();
                Ok(())
            }
            MergeEnd::Done | MergeEnd::Failed(_) => {
                if nb > 0 {
                    let to = u(dest) + 1 - nb;
                    v[to..to + nb].clone_from_slice(&tmp[..nb]);
                }
                match end {
                    MergeEnd::Failed(e) => Err(e),
                    _ => Ok(()),
                }
            }
        }
    }

    /// Merges pending runs `i` and `i + 1`.
    fn merge_at(&mut self, v: &mut [Keyed], i: usize) -> PyResult<()> {
        let (ra, rb) = (self.pending[i], self.pending[i + 1]);
        self.pending[i].len = ra.len + rb.len;
        self.pending.remove(i + 1);
        let (mut a, mut na, b, mut nb) = (ra.base, ra.len, rb.base, rb.len);
        // Elements of the first run before where the second begins are in place.
        let key = v[b].clone();
        let k = gallop_right(&key, &v[a..a + na], 0)?;
        a += k;
        na -= k;
        if na == 0 {
            return Ok(());
        }
        // Elements of the second run after where the first ends are in place.
        let key = v[a + na - 1].clone();
        nb = gallop_left(&key, &v[b..b + nb], nb - 1)?;
        if nb == 0 {
            return Ok(());
        }
        if na <= nb {
            self.merge_lo(v, a, na, b, nb)
        } else {
            self.merge_hi(v, a, na, b, nb)
        }
    }

    /// Before pushing a run of `n2` starting after the top run: merges runs whose
    /// powersort power exceeds the new boundary's (CPython's `found_new_run`).
    fn found_new_run(&mut self, v: &mut [Keyed], n2: usize) -> PyResult<()> {
        let Some(top) = self.pending.last().copied() else {
            return Ok(());
        };
        let power = powerloop(top.base, top.len, n2, self.listlen);
        while self.pending.len() > 1 && self.pending[self.pending.len() - 2].power > power {
            self.merge_at(v, self.pending.len() - 2)?;
        }
        if let Some(last) = self.pending.last_mut() {
            last.power = power;
        }
        Ok(())
    }

    fn force_collapse(&mut self, v: &mut [Keyed]) -> PyResult<()> {
        while self.pending.len() > 1 {
            let mut n = self.pending.len() - 2;
            if n > 0 && self.pending[n - 1].len < self.pending[n + 1].len {
                n -= 1;
            }
            self.merge_at(v, n)?;
        }
        Ok(())
    }
}

/// The powersort "power" of the boundary between a run at `s1` of length `n1` and the
/// next run of length `n2`, in a list of `n` (CPython's `powerloop`).
fn powerloop(s1: usize, n1: usize, n2: usize, n: usize) -> u32 {
    let mut result = 0;
    let mut a = 2 * s1 + n1;
    let mut b = a + n1 + n2;
    loop {
        result += 1;
        if a >= n {
            a -= n;
            b -= n;
        } else if b >= n {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    result
}

/// Sorts `v` stably by key (CPython's `list.sort` core). On a comparison error `v` is
/// left in the partly sorted order CPython leaves it in.
fn timsort(v: &mut [Keyed]) -> PyResult<()> {
    let n = v.len();
    if n < 2 {
        return Ok(());
    }
    let mut ms = MergeState {
        min_gallop: MIN_GALLOP,
        pending: Vec::new(),
        listlen: n,
    };
    let minrun = compute_minrun(n);
    let mut lo = 0;
    let mut remaining = n;
    while remaining > 0 {
        let (mut run, descending) = count_run(v, lo, lo + remaining)?;
        if descending {
            v[lo..lo + run].reverse();
        }
        if run < minrun {
            let force = remaining.min(minrun);
            binarysort(v, lo, lo + force, lo + run)?;
            run = force;
        }
        ms.found_new_run(v, run)?;
        ms.pending.push(Run {
            base: lo,
            len: run,
            power: 0,
        });
        lo += run;
        remaining -= run;
    }
    ms.force_collapse(v)
}

/// Sorts `items` in place by `key` (None for identity), reversed when asked, stably.
/// A failing key function leaves `items` unchanged; a failing comparison leaves them
/// partly sorted, as in CPython.
pub fn sort_in_place(items: &mut Vec<Value>, key: &Value, reverse: bool) -> PyResult<()> {
    let mut keyed = Vec::with_capacity(items.len());
    for it in items.iter() {
        let k = if key.is_none() {
            it.clone()
        } else {
            ops::call(key, std::slice::from_ref(it), &[])?
        };
        keyed.push(Keyed {
            key: k,
            item: it.clone(),
        });
    }
    if reverse {
        keyed.reverse();
    }
    let result = timsort(&mut keyed);
    if reverse {
        keyed.reverse();
    }
    *items = keyed.into_iter().map(|k| k.item).collect();
    result
}

/// `sorted(items, key=key, reverse=reverse)`.
pub fn sort_list_items(mut items: Vec<Value>, key: &Value, reverse: bool) -> PyResult<Vec<Value>> {
    sort_in_place(&mut items, key, reverse)?;
    Ok(items)
}

fn list_sort(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if a.pos.len() > 1 {
        return Err(PyErr::type_error("sort() takes no positional arguments"));
    }
    if a.kwnames.len() > 2 {
        return Err(PyErr::type_error(format!(
            "sort() takes at most 2 keyword arguments ({} given)",
            a.kwnames.len()
        )));
    }
    for k in a.kwnames {
        let name = crate::objects::str::as_str(k).unwrap_or("");
        if name != "key" && name != "reverse" {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for sort()",
                name
            )));
        }
    }
    let l = self_list(&a.pos[0], "sort")?;
    let key = a.kw("key").cloned().unwrap_or(Value::NONE);
    let reverse = match a.kw("reverse") {
        Some(r) => ops::is_true(r)?,
        None => false,
    };
    // The list is empty while sorting, as in CPython: mutation is detected after.
    let mut items = std::mem::take(l.vec_mut());
    let result = sort_in_place(&mut items, &key, reverse);
    let modified = !l.is_empty();
    l.replace(items);
    result?;
    if modified {
        return Err(PyErr::value_error("list modified during sort"));
    }
    Ok(Value::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn minrun_matches_cpython() {
        // listsort.txt: 63 -> 63, 64 -> 32, 65 -> 33, 2112 -> 33.
        assert_eq!(compute_minrun(63), 63);
        assert_eq!(compute_minrun(64), 32);
        assert_eq!(compute_minrun(65), 33);
        assert_eq!(compute_minrun(2112), 33);
    }

    #[test]
    fn powerloop_depth_of_run_boundaries() {
        // Two halves of a list meet at the root of the merge tree: power 1.
        assert_eq!(powerloop(0, 50, 50, 100), 1);
        // A boundary at a quarter sits one level deeper.
        assert_eq!(powerloop(0, 25, 25, 100), 2);
        assert_eq!(powerloop(50, 25, 25, 100), 2);
    }
}
