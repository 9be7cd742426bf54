//! Binary and unary operators: the numeric tower (small int, big int, float, complex),
//! sequence concatenation and repetition, set and dict operators, and the dunder
//! protocol for classes (in-place first, then the reflected operand's method first when
//! its type is a subclass, NotImplemented falling through to the other operand).

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{new_bytearray, new_bytes, ByteArrayData, BytesData};
use crate::objects::complex::{new_complex, ComplexData};
use crate::objects::dict::DictData;
use crate::objects::float::{new_float, FloatData};
use crate::objects::int::{new_bigint, new_int, new_int_i128, to_bigint, BigIntData};
use crate::objects::list::{new_list, ListData};
use crate::objects::set::SetData;
use crate::objects::str::{new_string, StrData};
use crate::objects::tuple::{new_tuple, TupleData};
use crate::objects::typeobj::{is_subclass, type_data, type_name, type_of};
use crate::ops::compare::{as_num, Num};
use crate::value::Value;
use ember_bytecode::{BinOp, UnOp};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

/// Most items a repetition or allocation may produce before raising MemoryError.
const MAX_ITEMS: u128 = 1 << 34;

/// `a <op> b`.
pub fn binary_op(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    // Fast path: two small ints.
    if let (Some(x), Some(y)) = (a.as_small_int(), b.as_small_int()) {
        if let Some(r) = small_int_op(x, y, op.plain())? {
            return Ok(r);
        }
    }
    if op.is_inplace() {
        if let Some(r) = inplace_builtin(a, b, op.plain())? {
            return Ok(r);
        }
        if a.kind() == Some(Kind::Instance) {
            let (_, _, iname) = op.dunders();
            if let Some(r) = call_dunder(a, iname, b)? {
                return Ok(r);
            }
        }
    }
    let plain = op.plain();
    let (name, rname, _) = plain.dunders();
    let (ta, tb) = (type_of(a), type_of(b));
    let b_user = b.kind() == Some(Kind::Instance);
    let a_user = a.kind() == Some(Kind::Instance);
    let reflected_first = b_user && !ta.is(tb) && is_subclass(tb, ta);
    if reflected_first {
        if let Some(r) = call_dunder(b, rname, a)? {
            return Ok(r);
        }
    }
    if a_user {
        if let Some(r) = call_dunder(a, name, b)? {
            return Ok(r);
        }
    } else if let Some(r) = builtin_binop(a, b, plain)? {
        return Ok(r);
    }
    if b_user && !reflected_first && !ta.is(tb) {
        if let Some(r) = call_dunder(b, rname, a)? {
            return Ok(r);
        }
    }
    Err(unsupported(a, b, op))
}

#[cold]
fn unsupported(a: &Value, b: &Value, op: BinOp) -> PyErr {
    let plain = op.plain();
    if plain == BinOp::Add {
        for (kind, name) in [(Kind::Str, "str"), (Kind::List, "list"), (Kind::Tuple, "tuple")] {
            if a.kind() == Some(kind) && type_of(a).is(match kind {
                Kind::Str => &crate::vm::types().str,
                Kind::List => &crate::vm::types().list,
                _ => &crate::vm::types().tuple,
            }) {
                return PyErr::type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    name,
                    type_name(b),
                    name
                ));
            }
        }
    }
    if plain == BinOp::Mul && (is_sequence(a) || is_sequence(b)) {
        let other = if is_sequence(a) { b } else { a };
        return PyErr::type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name(other)
        ));
    }
    if plain == BinOp::Pow && !op.is_inplace() {
        return PyErr::type_error(format!(
            "unsupported operand type(s) for ** or pow(): '{}' and '{}'",
            type_name(a),
            type_name(b)
        ));
    }
    PyErr::type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(),
        type_name(a),
        type_name(b)
    ))
}

fn is_sequence(v: &Value) -> bool {
    matches!(
        v.kind(),
        Some(Kind::Str | Kind::List | Kind::Tuple | Kind::Bytes | Kind::ByteArray)
    )
}

/// Calls `v.<name>(other)` if `v`'s class defines it; None when absent or NotImplemented.
fn call_dunder(v: &Value, name: &str, other: &Value) -> PyResult<Option<Value>> {
    let td = type_data(type_of(v));
    let Some(m) = td.lookup(&StrData::intern(name)) else {
        return Ok(None);
    };
    if m.is_none() {
        return Ok(None);
    }
    if m.kind() == Some(Kind::NativeFunction) {
        // A built-in type's method reached through a subclass: use the built-in op on
        // the wrapped value.
        return Ok(None);
    }
    let r = super::call_method_value(&m, v, std::slice::from_ref(other))?;
    Ok(if r.is_not_implemented() { None } else { Some(r) })
}

#[inline]
fn small_int_op(x: i64, y: i64, op: BinOp) -> PyResult<Option<Value>> {
    Ok(Some(match op {
        BinOp::Add => new_int(x + y),
        BinOp::Sub => new_int(x - y),
        BinOp::Mul => new_int_i128(x as i128 * y as i128),
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            new_int(x.div_floor(&y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            new_int(x.mod_floor(&y))
        }
        BinOp::And => new_int(x & y),
        BinOp::Or => new_int(x | y),
        BinOp::Xor => new_int(x ^ y),
        BinOp::TrueDiv => return int_truediv(&BigInt::from(x), &BigInt::from(y)).map(Some),
        _ => return Ok(None),
    }))
}

/// Operators on built-in types. None means NotImplemented.
pub fn builtin_binop(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    // bool & | ^ bool stays bool.
    if a.is_bool() && b.is_bool() && matches!(op, BinOp::And | BinOp::Or | BinOp::Xor) {
        let (x, y) = (a.is_true_imm(), b.is_true_imm());
        return Ok(Some(Value::bool(match op {
            BinOp::And => x & y,
            BinOp::Or => x | y,
            _ => x ^ y,
        })));
    }
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return num_binop(x, y, op);
    }
    let (ka, kb) = (a.kind(), b.kind());
    if ka == Some(Kind::Complex) || kb == Some(Kind::Complex) {
        let (Some(x), Some(y)) = (as_complex(a), as_complex(b)) else {
            return Ok(None);
        };
        return complex_binop(x, y, op).map(Some);
    }
    match (ka, op) {
        (Some(Kind::Str), BinOp::Add) => {
            if let (Some(x), Some(y)) = (a.downcast::<StrData>(), b.downcast::<StrData>()) {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                return Ok(Some(new_string(s)));
            }
            Ok(None)
        }
        (Some(Kind::Str), BinOp::Mod) => crate::types::str::str_percent_format(a, b).map(Some),
        (Some(Kind::Bytes), BinOp::Mod) => crate::types::bytes::bytes_percent_format(a, b).map(Some),
        (Some(Kind::List), BinOp::Add) => {
            if let (Some(x), Some(y)) = (a.downcast::<ListData>(), b.downcast::<ListData>()) {
                let mut v = x.to_vec();
                v.extend_from_slice(y.items());
                return Ok(Some(new_list(v)));
            }
            Ok(None)
        }
        (Some(Kind::Tuple), BinOp::Add) => {
            if let (Some(x), Some(y)) = (a.downcast::<TupleData>(), b.downcast::<TupleData>()) {
                let mut v = x.0.to_vec();
                v.extend_from_slice(&y.0);
                return Ok(Some(new_tuple(v)));
            }
            Ok(None)
        }
        (Some(Kind::Bytes | Kind::ByteArray), BinOp::Add) => {
            let (Some(mut x), Some(y)) = (
                crate::objects::bytes::bytes_like(a),
                crate::objects::bytes::bytes_like(b),
            ) else {
                return Ok(None);
            };
            x.extend_from_slice(&y);
            Ok(Some(if ka == Some(Kind::Bytes) {
                new_bytes(x)
            } else {
                new_bytearray(x)
            }))
        }
        (_, BinOp::Mul) if is_sequence(a) || is_sequence(b) => {
            let (seq, n) = if is_sequence(a) { (a, b) } else { (b, a) };
            let Some(n) = repeat_count(n)? else {
                return Ok(None);
            };
            repeat(seq, n).map(Some)
        }
        (Some(Kind::Set), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor) => {
            if kb != Some(Kind::Set) {
                return Ok(None);
            }
            crate::types::set::set_binop(a, b, op).map(Some)
        }
        (Some(Kind::Dict), BinOp::Or) => {
            let (Some(x), Some(y)) = (a.downcast::<DictData>(), b.downcast::<DictData>()) else {
                return Ok(None);
            };
            let d = x.copy();
            d.update_from(y)?;
            Ok(Some(crate::object::alloc(&crate::vm::types().dict, d)))
        }
        (Some(Kind::DictView), _) | (_, _) if kb == Some(Kind::DictView) || ka == Some(Kind::DictView) => {
            crate::types::dict::view_binop(a, b, op)
        }
        _ => Ok(None),
    }
}

/// In-place operators that mutate built-in objects (`list +=`, `set |=`, `dict |=`).
fn inplace_builtin(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match (a.kind(), op) {
        (Some(Kind::List), BinOp::Add) if type_of(a).is(&crate::vm::types().list) => {
            let items = super::collect(b)?;
            a.downcast::<ListData>().expect("k").vec_mut().extend(items);
            Ok(Some(a.clone()))
        }
        (Some(Kind::List), BinOp::Mul) => {
            let Some(n) = repeat_count(b)? else {
                return Ok(None);
            };
            let l = a.downcast::<ListData>().expect("k");
            let items = l.to_vec();
            check_size(items.len() as u128 * n as u128)?;
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend_from_slice(&items);
            }
            l.replace(out);
            Ok(Some(a.clone()))
        }
        (Some(Kind::ByteArray), BinOp::Add) => {
            let Some(y) = crate::objects::bytes::bytes_like(b) else {
                return Ok(None);
            };
            a.downcast::<ByteArrayData>().expect("k").vec_mut().extend(y);
            Ok(Some(a.clone()))
        }
        (Some(Kind::Set), BinOp::Or | BinOp::And | BinOp::Sub | BinOp::Xor)
            if !crate::objects::set::is_frozen(a) && b.kind() == Some(Kind::Set) =>
        {
            crate::types::set::set_inplace(a, b, op)?;
            Ok(Some(a.clone()))
        }
        (Some(Kind::Dict), BinOp::Or) => {
            crate::types::dict::dict_update_from(a, b)?;
            Ok(Some(a.clone()))
        }
        _ => Ok(None),
    }
}

fn repeat_count(n: &Value) -> PyResult<Option<usize>> {
    if let Some(i) = n.as_small_int() {
        return Ok(Some(i.max(0) as usize));
    }
    if n.is_bool() {
        return Ok(Some(usize::from(n.is_true_imm())));
    }
    if let Some(b) = n.downcast::<BigIntData>() {
        if b.0.is_negative() {
            return Ok(Some(0));
        }
        return Err(PyErr::overflow_error(
            "cannot fit 'int' into an index-sized integer",
        ));
    }
    if n.kind() == Some(Kind::Instance) {
        if let Some(i) = super::index_opt(n)? {
            return repeat_count(&i);
        }
    }
    Ok(None)
}

fn check_size(n: u128) -> PyResult<()> {
    if n > MAX_ITEMS {
        Err(PyErr::memory_error())
    } else {
        Ok(())
    }
}

fn repeat(seq: &Value, n: usize) -> PyResult<Value> {
    match seq.kind() {
        Some(Kind::Str) => {
            let s = seq.downcast::<StrData>().expect("k").as_str();
            check_size(s.len() as u128 * n as u128)?;
            Ok(new_string(s.repeat(n)))
        }
        Some(Kind::List) => {
            let items = seq.downcast::<ListData>().expect("k").to_vec();
            check_size(items.len() as u128 * n as u128)?;
            let mut out = Vec::new();
            if out.try_reserve(items.len() * n).is_err() {
                return Err(PyErr::memory_error());
            }
            for _ in 0..n {
                out.extend_from_slice(&items);
            }
            Ok(new_list(out))
        }
        Some(Kind::Tuple) => {
            let items = seq.downcast::<TupleData>().expect("k").0.to_vec();
            check_size(items.len() as u128 * n as u128)?;
            let mut out = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                out.extend_from_slice(&items);
            }
            Ok(new_tuple(out))
        }
        Some(Kind::Bytes) => {
            let b = &seq.downcast::<BytesData>().expect("k").0;
            check_size(b.len() as u128 * n as u128)?;
            Ok(new_bytes(b.repeat(n)))
        }
        Some(Kind::ByteArray) => {
            let b = seq.downcast::<ByteArrayData>().expect("k").bytes().to_vec();
            check_size(b.len() as u128 * n as u128)?;
            Ok(new_bytearray(b.repeat(n)))
        }
        _ => Err(PyErr::type_error("not a sequence")),
    }
}

fn to_big(n: &Num) -> BigInt {
    match n {
        Num::Int(i) => BigInt::from(*i),
        Num::Big(b) => b.clone(),
        Num::Float(_) => BigInt::zero(),
    }
}

fn to_f64(n: &Num) -> PyResult<f64> {
    match n {
        Num::Int(i) => Ok(*i as f64),
        Num::Float(f) => Ok(*f),
        Num::Big(b) => big_to_f64(b),
    }
}

/// A big int as a float, OverflowError when too large.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(PyErr::overflow_error("int too large to convert to float")),
    }
}

fn num_binop(x: Num, y: Num, op: BinOp) -> PyResult<Option<Value>> {
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        if matches!(
            op,
            BinOp::LShift | BinOp::RShift | BinOp::And | BinOp::Or | BinOp::Xor | BinOp::MatMul
        ) {
            return Ok(None);
        }
        let (a, b) = (to_f64(&x)?, to_f64(&y)?);
        return float_binop(a, b, op).map(Some);
    }
    let (a, b) = (to_big(&x), to_big(&y));
    Ok(Some(match op {
        BinOp::Add => new_bigint(a + b),
        BinOp::Sub => new_bigint(a - b),
        BinOp::Mul => new_bigint(a * b),
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            new_bigint(a.div_floor(&b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            new_bigint(a.mod_floor(&b))
        }
        BinOp::TrueDiv => return int_truediv(&a, &b).map(Some),
        BinOp::Pow => return int_pow(&a, &b).map(Some),
        BinOp::LShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            if a.is_zero() {
                return Ok(Some(new_int(0)));
            }
            let Some(s) = b.to_usize().filter(|s| *s < (1 << 36)) else {
                return Err(PyErr::overflow_error("too many digits in integer"));
            };
            new_bigint(a << s)
        }
        BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match b.to_usize() {
                Some(s) if s < (1 << 40) => new_bigint(a >> s),
                _ => new_int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => new_bigint(a & b),
        BinOp::Or => new_bigint(a | b),
        BinOp::Xor => new_bigint(a ^ b),
        _ => return Ok(None),
    }))
}

/// `a / b` for ints: correctly rounded when both fit in a double's mantissa.
fn int_truediv(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    let lim = BigInt::from(1u64 << 53);
    if a.abs() <= lim && b.abs() <= lim {
        return Ok(new_float(a.to_f64().unwrap_or(0.0) / b.to_f64().unwrap_or(1.0)));
    }
    // Scale so the quotient keeps 64+ significant bits, then convert once.
    let (q, r) = a.abs().div_rem(&b.abs());
    let neg = a.is_negative() != b.is_negative();
    let f = if q.bits() > 64 {
        let qf = q.to_f64().unwrap_or(f64::INFINITY);
        if !qf.is_finite() {
            return Err(PyErr::overflow_error(
                "integer division result too large for a float",
            ));
        }
        qf
    } else {
        let shift = 128;
        let scaled: BigInt = (a.abs() << shift) / b.abs();
        let _ = r;
        scaled.to_f64().unwrap_or(0.0) / 2f64.powi(shift as i32)
    };
    Ok(new_float(if neg { -f } else { f }))
}

fn int_pow(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let fa = big_to_f64(a)?;
        let fb = big_to_f64(b)?;
        return float_binop(fa, fb, BinOp::Pow);
    }
    if a.is_zero() || a.is_one() {
        return Ok(new_bigint(if b.is_zero() { BigInt::one() } else { a.clone() }));
    }
    if *a == BigInt::from(-1) {
        return Ok(new_int(if b.is_even() { 1 } else { -1 }));
    }
    let Some(e) = b.to_u32() else {
        return Err(PyErr::memory_error());
    };
    if (a.bits() as u128) * (e as u128) > (1u128 << 36) {
        return Err(PyErr::memory_error());
    }
    Ok(new_bigint(num_traits::pow(a.clone(), e as usize)))
}

/// Python's float `%`: the result has the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's float `//` (CPython's `float_floor_div` via divmod).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

pub fn float_binop(a: f64, b: f64, op: BinOp) -> PyResult<Value> {
    Ok(new_float(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::TrueDiv => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float floor division by zero"));
            }
            float_floordiv(a, b)
        }
        BinOp::Mod => {
            if b == 0.0 {
                return Err(PyErr::zero_division("float modulo"));
            }
            float_mod(a, b)
        }
        BinOp::Pow => return float_pow(a, b),
        _ => return Err(PyErr::type_error("unsupported float operation")),
    }))
}

fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(PyErr::zero_division(
            "0.0 cannot be raised to a negative power",
        ));
    }
    if a < 0.0 && b.is_finite() && b.fract() != 0.0 {
        // A negative base to a fractional power is complex in Python 3.
        return complex_binop((a, 0.0), (b, 0.0), BinOp::Pow);
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(PyErr::with_args(
            &crate::vm::types().overflow_error,
            vec![new_int(34), crate::objects::str::new_str("Numerical result out of range")],
        ));
    }
    Ok(new_float(r))
}

fn as_complex(v: &Value) -> Option<(f64, f64)> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Some((c.re, c.im));
    }
    match as_num(v)? {
        Num::Int(i) => Some((i as f64, 0.0)),
        Num::Float(f) => Some((f, 0.0)),
        Num::Big(b) => Some((b.to_f64()?, 0.0)),
    }
}

pub fn complex_binop(x: (f64, f64), y: (f64, f64), op: BinOp) -> PyResult<Value> {
    let (a, b) = x;
    let (c, d) = y;
    let (re, im) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mul => (a * c - b * d, a * d + b * c),
        BinOp::TrueDiv => {
            if c == 0.0 && d == 0.0 {
                return Err(PyErr::zero_division("complex division by zero"));
            }
            complex_div(a, b, c, d)
        }
        BinOp::Pow => complex_pow(a, b, c, d)?,
        BinOp::FloorDiv | BinOp::Mod => {
            return Err(PyErr::type_error(format!(
                "unsupported operand type(s) for {}: 'complex' and 'complex'",
                op.symbol()
            )))
        }
        _ => return Err(PyErr::type_error("unsupported complex operation")),
    };
    Ok(new_complex(re, im))
}

/// CPython's `_Py_c_quot` (Smith's algorithm).
fn complex_div(a: f64, b: f64, c: f64, d: f64) -> (f64, f64) {
    let abs_c = c.abs();
    let abs_d = d.abs();
    if abs_c >= abs_d {
        let ratio = d / c;
        let denom = c + d * ratio;
        ((a + b * ratio) / denom, (b - a * ratio) / denom)
    } else if abs_d >= abs_c {
        let ratio = c / d;
        let denom = c * ratio + d;
        ((a * ratio + b) / denom, (b * ratio - a) / denom)
    } else {
        (f64::NAN, f64::NAN)
    }
}

/// CPython's `_Py_c_pow`, with its integer-exponent fast path.
fn complex_pow(a: f64, b: f64, c: f64, d: f64) -> PyResult<(f64, f64)> {
    if c == 0.0 && d == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a == 0.0 && b == 0.0 {
        if d != 0.0 || c < 0.0 {
            return Err(PyErr::zero_division(
                "0.0 to a negative or complex power",
            ));
        }
        return Ok((0.0, 0.0));
    }
    if d == 0.0 && c == c.trunc() && c.abs() <= 100.0 {
        // Repeated squaring as CPython's c_powi.
        let n = c as i64;
        let (mut rr, mut ri) = (1.0, 0.0);
        let (mut xr, mut xi) = (a, b);
        let mut m = n.unsigned_abs();
        while m > 0 {
            if m & 1 == 1 {
                let t = rr * xr - ri * xi;
                ri = rr * xi + ri * xr;
                rr = t;
            }
            let t = xr * xr - xi * xi;
            xi = 2.0 * xr * xi;
            xr = t;
            m >>= 1;
        }
        if n < 0 {
            return Ok(complex_div(1.0, 0.0, rr, ri));
        }
        return Ok((rr, ri));
    }
    let vabs = a.hypot(b);
    let mut len = vabs.powf(c);
    let at = b.atan2(a);
    let mut phase = at * c;
    if d != 0.0 {
        len /= (at * d).exp();
        phase += d * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

/// `<op> v`.
pub fn unary_op(v: &Value, op: UnOp) -> PyResult<Value> {
    if op == UnOp::Not {
        return Ok(Value::bool(!super::is_true(v)?));
    }
    if let Some(i) = v.as_small_int() {
        return Ok(match op {
            UnOp::Neg => new_int(-i),
            UnOp::Pos => v.clone(),
            _ => new_int(!i),
        });
    }
    if v.is_bool() {
        let i = i64::from(v.is_true_imm());
        return Ok(match op {
            UnOp::Neg => new_int(-i),
            UnOp::Pos => new_int(i),
            _ => new_int(!i),
        });
    }
    match v.kind() {
        Some(Kind::BigInt) => {
            let b = &v.downcast::<BigIntData>().expect("k").0;
            return Ok(match op {
                UnOp::Neg => new_bigint(-b.clone()),
                UnOp::Pos => v.clone(),
                _ => new_bigint(-(b.clone()) - 1),
            });
        }
        Some(Kind::Float) if op != UnOp::Invert => {
            let f = v.downcast::<FloatData>().expect("k").0;
            return Ok(new_float(if op == UnOp::Neg { -f } else { f }));
        }
        Some(Kind::Complex) if op != UnOp::Invert => {
            let c = v.downcast::<ComplexData>().expect("k");
            return Ok(if op == UnOp::Neg {
                new_complex(-c.re, -c.im)
            } else {
                new_complex(c.re, c.im)
            });
        }
        Some(Kind::Instance) => {
            let name = match op {
                UnOp::Neg => "__neg__",
                UnOp::Pos => "__pos__",
                _ => "__invert__",
            };
            if let Some(m) = type_data(type_of(v)).lookup(&StrData::intern(name)) {
                return super::call_method_value(&m, v, &[]);
            }
        }
        _ => {}
    }
    let sym = match op {
        UnOp::Neg => "unary -",
        UnOp::Pos => "unary +",
        _ => "unary ~",
    };
    Err(PyErr::type_error(format!(
        "bad operand type for {}: '{}'",
        sym,
        type_name(v)
    )))
}

/// `pow(base, exp, mod)` for ints.
pub fn int_pow_mod(base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    let (Some(b), Some(e), Some(md)) = (to_bigint(base), to_bigint(exp), to_bigint(m)) else {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    if md.is_zero() {
        return Err(PyErr::value_error("pow() 3rd argument cannot be 0"));
    }
    let mabs = md.abs();
    let (b, e) = if e.is_negative() {
        let inv = mod_inverse(&b.mod_floor(&mabs), &mabs)
            .ok_or_else(|| PyErr::value_error("base is not invertible for the given modulus"))?;
        (inv, -e)
    } else {
        (b, e)
    };
    let mut r = b.modpow(&e, &mabs);
    if md.is_negative() && !r.is_zero() {
        r += &md;
    }
    Ok(new_bigint(r))
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    let g = a.extended_gcd(m);
    if !g.gcd.is_one() {
        return None;
    }
    Some(g.x.mod_floor(m))
}
