//! The integer functions of `math`: `gcd`, `lcm`, `isqrt`, `factorial`, `perm` and
//! `comb`, on ints of any size, with CPython's errors. Long products are split in
//! halves (a product tree) so that num-bigint's fast multiplication does the work.

use super::{as_index, fixed_args, one_arg};
use crate::error::{PyErr, PyResult};
use crate::objects::int::new_bigint;
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

fn no_keywords(name: &str, kw: &[Value]) -> PyResult<()> {
    if kw.is_empty() {
        Ok(())
    } else {
        Err(super::no_keywords(name))
    }
}

pub(super) fn math_gcd(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("gcd", kw)?;
    let mut res = BigInt::zero();
    for (i, a) in args.iter().enumerate() {
        let x = as_index(a)?;
        if i == 0 {
            res = x.abs();
        } else if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(new_bigint(res))
}

pub(super) fn math_lcm(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_keywords("lcm", kw)?;
    let mut res = BigInt::one();
    for (i, a) in args.iter().enumerate() {
        let x = as_index(a)?;
        if i == 0 {
            res = x.abs();
        } else if !res.is_zero() {
            res = if x.is_zero() {
                BigInt::zero()
            } else {
                (&res / res.gcd(&x) * x).abs()
            };
        }
    }
    Ok(new_bigint(res))
}

pub(super) fn math_isqrt(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = as_index(one_arg("isqrt", args, kw)?)?;
    if n.is_negative() {
        return Err(PyErr::value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_bigint(n.sqrt()))
}

/// The product `top * (top - 1) * ... * (top - k + 1)`.
fn falling_product(top: &BigInt, k: u64) -> BigInt {
    if k <= 16 {
        let mut r = BigInt::one();
        let mut t = top.clone();
        for _ in 0..k {
            r *= &t;
            t -= 1;
        }
        return r;
    }
    let j = k / 2;
    falling_product(top, j) * falling_product(&(top - j), k - j)
}

/// `n!` for a non-negative machine integer.
fn factorial(n: u64) -> BigInt {
    falling_product(&BigInt::from(n), n)
}

pub(super) fn math_factorial(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    factorial_of(one_arg("factorial", args, kw)?)
}

fn factorial_of(v: &Value) -> PyResult<Value> {
    let n = as_index(v)?;
    if n.is_negative() {
        return Err(PyErr::value_error(
            "factorial() not defined for negative values",
        ));
    }
    match n.to_i64() {
        Some(n) => Ok(new_bigint(factorial(n as u64))),
        None => Err(PyErr::overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        ))),
    }
}

/// The checked `(n, k)` of `perm` and `comb`.
fn n_and_k(a: &[Value]) -> PyResult<(BigInt, BigInt)> {
    let n = as_index(&a[0])?;
    let k = as_index(&a[1])?;
    if n.is_negative() {
        return Err(PyErr::value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(PyErr::value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

pub(super) fn math_perm(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("perm", args, kw, 1, 2)?;
    if a.len() == 1 || a[1].is_none() {
        return factorial_of(&a[0]);
    }
    let (n, k) = n_and_k(a)?;
    if n < k {
        return Ok(Value::small_int(0));
    }
    let k = k
        .to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(|| PyErr::overflow_error(format!("k must not exceed {}", i64::MAX)))?;
    Ok(new_bigint(falling_product(&n, k)))
}

pub(super) fn math_comb(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("comb", args, kw, 2, 2)?;
    let (n, k) = n_and_k(a)?;
    let rest = &n - &k;
    if rest.is_negative() {
        return Ok(Value::small_int(0));
    }
    let k = k.min(rest);
    let k = k
        .to_u64()
        .filter(|&k| k <= i64::MAX as u64)
        .ok_or_else(|| {
            PyErr::overflow_error(format!("min(n - k, k) must not exceed {}", i64::MAX))
        })?;
    Ok(new_bigint(falling_product(&n, k) / factorial(k)))
}
