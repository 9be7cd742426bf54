//! `itertools` combinatoric iterators: product, permutations, combinations and
//! combinations_with_replacement, with CPython's index algorithms (lexicographic order).

use super::{cls_arg, iter_type};
use crate::error::{PyErr, PyResult};
use crate::objects::iter::{new_native_iter_for, NativeIterator};
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::args::{as_ssize, Args, Params};
use crate::value::Value;

/// The module's types of this file, by name.
pub(super) fn types() -> Vec<(&'static str, Value)> {
    vec![
        (
            "product",
            iter_type("itertools", "product", Some(product_new), true),
        ),
        (
            "permutations",
            iter_type("itertools", "permutations", Some(permutations_new), true),
        ),
        (
            "combinations",
            iter_type("itertools", "combinations", Some(combinations_new), true),
        ),
        (
            "combinations_with_replacement",
            iter_type(
                "itertools",
                "combinations_with_replacement",
                Some(cwr_new),
                true,
            ),
        ),
    ]
}

/// More pools or copies than memory could hold: MemoryError, as CPython's failed
/// allocation of the tuple that would hold them.
pub(super) const MAX_ITEMS: usize = 1 << 40;

/// CPython allocates `r` indices up front; beyond what memory holds that fails.
fn check_index_array(r: usize) -> PyResult<()> {
    if r > MAX_ITEMS / 8 {
        return Err(PyErr::memory_error());
    }
    Ok(())
}

fn pick(pool: &[Value], indices: &[usize]) -> Value {
    new_tuple(indices.iter().map(|&i| pool[i].clone()).collect())
}

struct Product {
    pools: Vec<Vec<Value>>,
    /// None before the first item.
    indices: Option<Vec<usize>>,
    done: bool,
}
impl NativeIterator for Product {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let Some(indices) = &mut self.indices else {
            if self.pools.iter().any(Vec::is_empty) {
                self.done = true;
                return Ok(None);
            }
            self.indices = Some(vec![0; self.pools.len()]);
            return Ok(Some(new_tuple(
                self.pools.iter().map(|p| p[0].clone()).collect(),
            )));
        };
        // Advance the rightmost index that can move, resetting those after it.
        let mut i = self.pools.len();
        loop {
            if i == 0 {
                self.done = true;
                return Ok(None);
            }
            i -= 1;
            indices[i] += 1;
            if indices[i] < self.pools[i].len() {
                break;
            }
            indices[i] = 0;
        }
        Ok(Some(new_tuple(
            self.pools
                .iter()
                .zip(indices.iter())
                .map(|(p, &j)| p[j].clone())
                .collect(),
        )))
    }
}

fn product_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "product")?;
    let a = Args::new(args, kw);
    let mut repeat = 1isize;
    for (k, v) in kw.iter().zip(a.kwvals) {
        let name = crate::objects::str::as_str(k).unwrap_or("");
        if name != "repeat" {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for product()",
                name
            )));
        }
        repeat = as_ssize(v)?;
    }
    if repeat < 0 {
        return Err(PyErr::value_error("repeat argument cannot be negative"));
    }
    let base: Vec<Vec<Value>> = a.pos[1..]
        .iter()
        .map(ops::collect)
        .collect::<PyResult<_>>()?;
    // CPython's bounds: the index array must fit, then the tuple of pools.
    let too_large = repeat > 0 && base.len() > (isize::MAX as usize / 8) / repeat as usize;
    if too_large {
        return Err(PyErr::overflow_error("repeat argument too large"));
    }
    let n = base.len() * repeat as usize;
    if n > MAX_ITEMS {
        return Err(PyErr::memory_error());
    }
    let mut pools = Vec::with_capacity(n);
    for _ in 0..repeat {
        pools.extend(base.iter().cloned());
    }
    Ok(new_native_iter_for(
        cls,
        Box::new(Product {
            pools,
            indices: None,
            done: false,
        }),
    ))
}

struct Combinations {
    pool: Vec<Value>,
    r: usize,
    indices: Option<Vec<usize>>,
    done: bool,
}
impl NativeIterator for Combinations {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.r);
        let Some(indices) = &mut self.indices else {
            if r > n {
                self.done = true;
                return Ok(None);
            }
            let first: Vec<usize> = (0..r).collect();
            let v = pick(&self.pool, &first);
            self.indices = Some(first);
            return Ok(Some(v));
        };
        // The rightmost index not at its maximum (i + n - r).
        let Some(i) = (0..r).rev().find(|&i| indices[i] != i + n - r) else {
            self.done = true;
            return Ok(None);
        };
        indices[i] += 1;
        for j in i + 1..r {
            indices[j] = indices[j - 1] + 1;
        }
        Ok(Some(pick(&self.pool, indices)))
    }
}

/// `r` of combinations and combinations_with_replacement (clinic's `n` format).
fn r_arg(args: &[Value], kw: &[Value], fname: &str) -> PyResult<(Vec<Value>, usize)> {
    let p = Params {
        fname,
        names: &["iterable", "r"],
        posonly: 0,
        maxpos: 2,
        required: 2,
    }
    .parse(&args[1..], kw)?;
    let pool = ops::collect(p[0].as_ref().expect("required"))?;
    let r = as_ssize(p[1].as_ref().expect("required"))?;
    if r < 0 {
        return Err(PyErr::value_error("r must be non-negative"));
    }
    check_index_array(r as usize)?;
    Ok((pool, r as usize))
}

fn combinations_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "combinations")?;
    let (pool, r) = r_arg(args, kw, "combinations")?;
    Ok(new_native_iter_for(
        cls,
        Box::new(Combinations {
            pool,
            r,
            indices: None,
            done: false,
        }),
    ))
}

struct CombinationsWithReplacement {
    pool: Vec<Value>,
    r: usize,
    indices: Option<Vec<usize>>,
    done: bool,
}
impl NativeIterator for CombinationsWithReplacement {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.r);
        let Some(indices) = &mut self.indices else {
            if n == 0 && r > 0 {
                self.done = true;
                return Ok(None);
            }
            let first = vec![0; r];
            let v = pick(&self.pool, &first);
            self.indices = Some(first);
            return Ok(Some(v));
        };
        let Some(i) = (0..r).rev().find(|&i| indices[i] != n - 1) else {
            self.done = true;
            return Ok(None);
        };
        let v = indices[i] + 1;
        for x in &mut indices[i..] {
            *x = v;
        }
        Ok(Some(pick(&self.pool, indices)))
    }
}

fn cwr_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "combinations_with_replacement")?;
    let (pool, r) = r_arg(args, kw, "combinations_with_replacement")?;
    Ok(new_native_iter_for(
        cls,
        Box::new(CombinationsWithReplacement {
            pool,
            r,
            indices: None,
            done: false,
        }),
    ))
}

struct Permutations {
    pool: Vec<Value>,
    r: usize,
    /// CPython's `indices` and `cycles`; None before the first item.
    state: Option<(Vec<usize>, Vec<usize>)>,
    done: bool,
}
impl NativeIterator for Permutations {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.done {
            return Ok(None);
        }
        let (n, r) = (self.pool.len(), self.r);
        let Some((indices, cycles)) = &mut self.state else {
            if r > n {
                self.done = true;
                return Ok(None);
            }
            let indices: Vec<usize> = (0..n).collect();
            let cycles: Vec<usize> = (0..r).map(|i| n - i).collect();
            let v = pick(&self.pool, &indices[..r]);
            self.state = Some((indices, cycles));
            return Ok(Some(v));
        };
        if n == 0 {
            self.done = true;
            return Ok(None);
        }
        let mut i = r;
        loop {
            if i == 0 {
                self.done = true;
                return Ok(None);
            }
            i -= 1;
            cycles[i] -= 1;
            if cycles[i] == 0 {
                // Rotate indices[i:] left by one.
                indices[i..].rotate_left(1);
                cycles[i] = n - i;
            } else {
                let j = cycles[i];
                indices.swap(i, n - j);
                break;
            }
        }
        Ok(Some(pick(&self.pool, &indices[..r])))
    }
}

fn permutations_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = cls_arg(args, "permutations")?;
    let p = Params {
        fname: "permutations",
        names: &["iterable", "r"],
        posonly: 0,
        maxpos: 2,
        required: 1,
    }
    .parse(&args[1..], kw)?;
    let pool = ops::collect(p[0].as_ref().expect("required"))?;
    let r = match &p[1] {
        None => pool.len(),
        Some(v) if v.is_none() => pool.len(),
        Some(v) => {
            if !crate::objects::int::is_int(v) {
                return Err(PyErr::type_error("Expected int as r"));
            }
            let r = as_ssize(v)?;
            if r < 0 {
                return Err(PyErr::value_error("r must be non-negative"));
            }
            check_index_array(r as usize)?;
            r as usize
        }
    };
    Ok(new_native_iter_for(
        cls,
        Box::new(Permutations {
            pool,
            r,
            state: None,
            done: false,
        }),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn count(mut it: impl NativeIterator) -> usize {
        let mut n = 0;
        while it.next().expect("no Python code runs").is_some() {
            n += 1;
        }
        n
    }

    fn pool(n: i64) -> Vec<Value> {
        (0..n).map(Value::small_int).collect()
    }

    #[test]
    fn item_counts_are_the_binomials() {
        crate::vm::init();
        let comb = |n, r| Combinations {
            pool: pool(n),
            r,
            indices: None,
            done: false,
        };
        assert_eq!(count(comb(10, 4)), 210);
        assert_eq!(count(comb(3, 0)), 1);
        assert_eq!(count(comb(2, 3)), 0);
        let cwr = CombinationsWithReplacement {
            pool: pool(5),
            r: 3,
            indices: None,
            done: false,
        };
        assert_eq!(count(cwr), 35);
        let perm = |n, r| Permutations {
            pool: pool(n),
            r,
            state: None,
            done: false,
        };
        assert_eq!(count(perm(5, 5)), 120);
        assert_eq!(count(perm(5, 2)), 20);
        assert_eq!(count(perm(0, 0)), 1);
        let prod = Product {
            pools: vec![pool(3), pool(4), pool(2)],
            indices: None,
            done: false,
        };
        assert_eq!(count(prod), 24);
    }
}
