//! The accumulating functions of `math`: `fsum` (Shewchuk's exact partial sums with
//! CPython's final half-even correction), `hypot` and `dist` (CPython 3.11's
//! `vector_norm`: power-of-two scaling, Veltkamp-Dekker squaring, compensated sums and
//! a differential correction of the square root), and `prod`.

use super::{as_double, fixed_args, no_keywords, one_arg};
use crate::error::{PyErr, PyResult};
use crate::objects::float::new_float;
use crate::objects::tuple::as_tuple;
use crate::ops;
use crate::types::args::Params;
use crate::value::Value;
use ember_bytecode::BinOp;

pub(super) fn math_fsum(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let it = ops::get_iter(one_arg("fsum", args, kw)?)?;
    // Non-overlapping partial sums, increasing in magnitude.
    let mut partials: Vec<f64> = Vec::new();
    let (mut special_sum, mut inf_sum) = (0.0f64, 0.0f64);
    while let Some(item) = ops::next(&it)? {
        let mut x = as_double(&item)?;
        let xsave = x;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                // An infinity or NaN among the items, or an intermediate overflow.
                if xsave.is_finite() {
                    return Err(PyErr::overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    inf_sum += xsave;
                }
                special_sum += xsave;
                partials.clear();
            } else {
                partials.push(x);
            }
        }
    }
    if special_sum != 0.0 {
        if inf_sum.is_nan() {
            return Err(PyErr::value_error("-inf + inf in fsum"));
        }
        return Ok(new_float(special_sum));
    }
    Ok(new_float(sum_exact(&partials)))
}

/// The correctly rounded (half to even) sum of `fsum`'s partials.
fn sum_exact(p: &[f64]) -> f64 {
    let mut n = p.len();
    if n == 0 {
        return 0.0;
    }
    n -= 1;
    let mut hi = p[n];
    let mut lo = 0.0;
    // Add from the top, stopping when the sum becomes inexact.
    while n > 0 {
        let x = hi;
        n -= 1;
        let y = p[n];
        hi = x + y;
        lo = y - (hi - x);
        if lo != 0.0 {
            break;
        }
    }
    // Half-even rounding across several partials: when the rest pulls the same way as
    // lo, a tie is not a tie.
    if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
        let y = lo * 2.0;
        let x = hi + y;
        if y == x - hi {
            hi = x;
        }
    }
    hi
}

/// `sqrt(sum(x*x for x in vec))` for non-negative `vec` whose largest item is `max`, as
/// CPython 3.11's `vector_norm`.
fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0; // 2**27 + 1, for Veltkamp-Dekker splitting
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let (_, max_e) = ops::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    // Adds x to csum (never smaller in magnitude), keeping the lost low bits in frac.
    let add = |csum: &mut f64, frac: &mut f64, x: f64| {
        let old = *csum;
        *csum += x;
        *frac += (old - *csum) + x;
    };
    if max_e >= -1023 {
        let scale = super::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            add(&mut csum, &mut frac1, hi * hi);
            add(&mut csum, &mut frac2, 2.0 * hi * lo);
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let t = h * T27;
        let hi = t - (t - h);
        let lo = h - hi;
        add(&mut csum, &mut frac1, -hi * hi);
        add(&mut csum, &mut frac2, -2.0 * hi * lo);
        add(&mut csum, &mut frac3, -lo * lo);
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // Scaling by 2**-max_e would overflow: divide by max instead.
    for &v in vec {
        let x = v / max;
        add(&mut csum, &mut frac1, x * x);
    }
    max * (csum - 1.0 + frac1).sqrt()
}

pub(super) fn math_hypot(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(no_keywords("hypot"));
    }
    let mut coords = Vec::with_capacity(args.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for a in args {
        let x = as_double(a)?.abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(new_float(vector_norm(&coords, max, found_nan)))
}

pub(super) fn math_dist(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = fixed_args("dist", args, kw, 2, 2)?;
    let to_tuple = |v: &Value| -> PyResult<Vec<Value>> {
        match as_tuple(v) {
            Some(t) => Ok(t.to_vec()),
            None => ops::collect(v),
        }
    };
    let p = to_tuple(&a[0])?;
    let q = to_tuple(&a[1])?;
    if p.len() != q.len() {
        return Err(PyErr::value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    let (mut max, mut found_nan) = (0.0f64, false);
    for (pv, qv) in p.iter().zip(&q) {
        let px = as_double(pv)?;
        let qx = as_double(qv)?;
        let x = (px - qx).abs();
        found_nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(new_float(vector_norm(&diffs, max, found_nan)))
}

pub(super) fn math_prod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "prod",
        names: &["iterable", "start"],
        posonly: 1,
        maxpos: 1,
        required: 1,
    }
    .parse(args, kw)?;
    let it = ops::get_iter(p[0].as_ref().expect("required"))?;
    let mut result = p[1].clone().unwrap_or(Value::small_int(1));
    while let Some(item) = ops::next(&it)? {
        result = ops::binary_op(&result, &item, BinOp::Mul)?;
    }
    Ok(result)
}
