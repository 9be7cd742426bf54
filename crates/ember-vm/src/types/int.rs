//! `int` and `bool`: constructors, methods and slot wrappers, following CPython 3.11's
//! `Objects/longobject.c` and `Objects/boolobject.c`.
//!
//! The arithmetic itself lives in `ops::arith`; the wrappers here only decide which
//! operands `int` handles (ints and bools; anything else is NotImplemented).

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::float::{as_float, new_float};
use crate::objects::int::{is_int, new_bigint, new_int, to_bigint, to_i64};
use crate::objects::str::{as_str, new_string};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops::{self, NumClass};
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", int_new);
    super::add_method(ty, "bit_length", int_bit_length);
    super::add_method(ty, "bit_count", int_bit_count);
    super::add_method(ty, "to_bytes", int_to_bytes);
    super::add_classmethod(ty, "from_bytes", int_from_bytes);
    super::add_method(ty, "as_integer_ratio", int_as_integer_ratio);
    super::add_method(ty, "conjugate", int_plain);
    for name in [
        "__index__",
        "__int__",
        "__trunc__",
        "__floor__",
        "__ceil__",
        "__pos__",
    ] {
        super::add_method(ty, name, int_plain);
    }
    super::add_method(ty, "__round__", int_round);
    super::add_method(ty, "__float__", int_float);
    super::add_method(ty, "__neg__", int_neg);
    super::add_method(ty, "__abs__", int_abs);
    super::add_method(ty, "__invert__", int_invert);
    super::add_method(ty, "__bool__", int_bool);
    super::add_method(ty, "__hash__", int_hash);
    super::add_method(ty, "__repr__", int_repr);
    super::add_method(ty, "__format__", int_format);
    super::add_method(ty, "__getnewargs__", int_getnewargs);
    super::add_method(ty, "__pow__", int_pow);
    super::add_method(ty, "__rpow__", int_rpow);
    super::add_method(ty, "__divmod__", int_divmod);
    super::add_method(ty, "__rdivmod__", int_rdivmod);
    crate::install_number_dunders!(
        ty,
        NumClass::Int,
        [
            ("__add__", "__radd__", Add),
            ("__sub__", "__rsub__", Sub),
            ("__mul__", "__rmul__", Mul),
            ("__truediv__", "__rtruediv__", TrueDiv),
            ("__floordiv__", "__rfloordiv__", FloorDiv),
            ("__mod__", "__rmod__", Mod),
            ("__lshift__", "__rlshift__", LShift),
            ("__rshift__", "__rrshift__", RShift),
            ("__and__", "__rand__", And),
            ("__or__", "__ror__", Or),
            ("__xor__", "__rxor__", Xor),
        ]
    );
    crate::install_number_comparisons!(ty, NumClass::Int);
}

pub fn install_bool(ty: &Value) {
    super::add_staticmethod(ty, "__new__", bool_new);
    super::add_method(ty, "__repr__", bool_repr);
    super::add_method(ty, "__and__", bool_and);
    super::add_method(ty, "__rand__", bool_and);
    super::add_method(ty, "__or__", bool_or);
    super::add_method(ty, "__ror__", bool_or);
    super::add_method(ty, "__xor__", bool_xor);
    super::add_method(ty, "__rxor__", bool_xor);
}

fn int_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    super::new_via(args, kwnames, &types().int, int_value)
}

/// `int(x=0, /, base=10)`: CPython's `long_new_impl`.
fn int_value(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    for k in a.kwnames {
        let n = as_str(k).unwrap_or("");
        if n != "base" {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for int()",
                n
            )));
        }
    }
    let given = a.pos.len().saturating_sub(1) + a.kwnames.len();
    if given > 2 {
        return Err(PyErr::type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            given
        )));
    }
    let x = a.pos.get(1);
    let base = a.get(2, "base");
    match (x, base) {
        (None, None) => Ok(new_int(0)),
        (None, Some(_)) => Err(PyErr::type_error("int() missing string argument")),
        (Some(x), None) => int_from_value(x),
        (Some(x), Some(b)) => {
            let b = ssize_clamped(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(PyErr::value_error(
                    "int() base must be >= 2 and <= 36, or 0",
                ));
            }
            if let Some(s) = crate::objects::str::as_str_data(x) {
                return parse_int_str(s, b as u32);
            }
            match x.kind() {
                Some(Kind::Bytes | Kind::ByteArray) => {
                    let bytes = crate::objects::bytes::bytes_like(x).unwrap_or_default();
                    parse_int_bytes_value(&bytes, b as u32)
                }
                _ => Err(PyErr::type_error(
                    "int() can't convert non-string with explicit base",
                )),
            }
        }
    }
}

/// `PyNumber_AsSsize_t(v, NULL)`: an index, saturated to the i64 range.
fn ssize_clamped(v: &Value) -> PyResult<i64> {
    let Some(i) = ops::index_opt(v)? else {
        return Err(cannot_interpret(v));
    };
    Ok(match to_bigint(&i) {
        Some(b) => b
            .to_i64()
            .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }),
        None => 0,
    })
}

#[cold]
fn cannot_interpret(v: &Value) -> PyErr {
    PyErr::type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name(v)
    ))
}

fn parsed(p: crate::format::ParsedInt) -> Value {
    match p {
        crate::format::ParsedInt::Small(i) => new_int(i),
        crate::format::ParsedInt::Big(b) => new_bigint(b),
    }
}

/// `int(s, base)` through the shared parser.
/// `int(s, base)` for a str; one holding lone surrogates is never a number, and its
/// message shows them.
fn parse_int_str(s: &crate::objects::str::StrData, base: u32) -> PyResult<Value> {
    if s.has_surrogates() {
        let repr = ops::repr_of_str(s);
        return Err(crate::format::invalid_int_literal(base, &repr).into_pyerr());
    }
    parse_int_value(s.as_str(), base)
}

pub fn parse_int_value(s: &str, base: u32) -> PyResult<Value> {
    crate::format::parse_int_small(s, base)
        .map(parsed)
        .map_err(|e| e.into_pyerr())
}

/// `int(b, base)` for bytes and bytearray.
pub fn parse_int_bytes_value(b: &[u8], base: u32) -> PyResult<Value> {
    crate::format::parse_int_bytes(b, base)
        .map(parsed)
        .map_err(|e| e.into_pyerr())
}

/// `int(x)` for one argument: CPython's `PyNumber_Long`.
pub fn int_from_value(x: &Value) -> PyResult<Value> {
    if let Some(f) = ops::override_of(x, "__int__") {
        return int_result(&ops::call_method_value(&f, x, &[])?);
    }
    if x.is_small_int() || x.kind() == Some(Kind::BigInt) {
        return Ok(crate::objects::int::exact_int(x));
    }
    if x.is_bool() {
        return Ok(new_int(i64::from(x.is_true_imm())));
    }
    if let Some(f) = as_float(x) {
        return float_to_int(f);
    }
    if x.kind() == Some(Kind::Instance) {
        if let Some(f) = ops::lookup_special(x, "__int__") {
            return int_result(&ops::call_method_value(&f, x, &[])?);
        }
        if let Some(i) = ops::index_opt(x)? {
            return Ok(i);
        }
        if let Some(f) = ops::lookup_special(x, "__trunc__") {
            let r = ops::call_method_value(&f, x, &[])?;
            if is_int(&r) {
                return int_from_value(&r);
            }
            return match ops::index_opt(&r)? {
                Some(i) => Ok(i),
                None => Err(PyErr::type_error(format!(
                    "__trunc__ returned non-Integral (type {})",
                    type_name(&r)
                ))),
            };
        }
    }
    if let Some(s) = crate::objects::str::as_str_data(x) {
        return parse_int_str(s, 10);
    }
    if let Some(b) = crate::objects::bytes::bytes_like(x) {
        return parse_int_bytes_value(&b, 10);
    }
    Err(PyErr::type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name(x)
    )))
}

/// What `int(x)` makes of the result of `x.__int__()`.
fn int_result(r: &Value) -> PyResult<Value> {
    if !is_int(r) {
        return Err(PyErr::type_error(format!(
            "__int__ returned non-int (type {})",
            type_name(r)
        )));
    }
    Ok(crate::objects::int::exact_int(r))
}

/// Truncates a float to an int (`float.__trunc__`), exactly.
pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(PyErr::value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(PyErr::overflow_error(
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(new_int(t as i64));
    }
    // |t| >= 2**53 here, so its exponent is non-negative.
    let (m, e) = ops::float_parts(t);
    Ok(new_bigint(BigInt::from(m) << (e.max(0) as u64)))
}

fn bool_new(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    a.no_kwargs("bool")?;
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "bool expected at most 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    match a.pos.get(1) {
        None => Ok(Value::FALSE),
        Some(x) => Ok(Value::bool(ops::is_true(x)?)),
    }
}

fn bool_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(v) if v.is_bool() => Ok(new_string(
            if v.is_true_imm() { "True" } else { "False" }.to_string(),
        )),
        Some(v) => int_repr(std::slice::from_ref(v), &[]),
        None => Err(PyErr::type_error("bool.__repr__() needs an argument")),
    }
}

/// `bool.__and__` and friends: bool when both operands are bools, else int's operator.
fn bool_bitop(
    args: &[Value],
    kw: &[Value],
    name: &str,
    op: ember_bytecode::BinOp,
) -> PyResult<Value> {
    if let [a, b] = args {
        if a.is_bool() && b.is_bool() && kw.is_empty() {
            return Ok(ops::builtin_binop(a, b, op)?.unwrap_or(Value::NOT_IMPLEMENTED));
        }
    }
    ops::number_binary_dunder(args, kw, NumClass::Int, name, op, false)
}

fn bool_and(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bool_bitop(args, kw, "__and__", ember_bytecode::BinOp::And)
}

fn bool_or(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bool_bitop(args, kw, "__or__", ember_bytecode::BinOp::Or)
}

fn bool_xor(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    bool_bitop(args, kw, "__xor__", ember_bytecode::BinOp::Xor)
}

/// The value of `self` for an int method, with CPython's descriptor error otherwise.
fn self_int(args: &[Value], method: &str) -> PyResult<BigInt> {
    let v = &args[0];
    to_bigint(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "descriptor '{}' for 'int' objects doesn't apply to a '{}' object",
            method,
            type_name(v)
        ))
    })
}

/// `self` of a slot wrapper such as `int.__neg__`, as a BigInt.
fn slot_self(args: &[Value], name: &str) -> PyResult<BigInt> {
    let v = ops::number_self(args, NumClass::Int, name)?;
    Ok(to_bigint(&v).unwrap_or_default())
}

fn int_bit_length(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("bit_length", 1, 1)?;
    let n = self_int(args, "bit_length")?;
    Ok(new_int(n.bits() as i64))
}

fn int_bit_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("bit_count", 1, 1)?;
    let n = self_int(args, "bit_count")?;
    let ones: u64 = n
        .magnitude()
        .iter_u64_digits()
        .map(|d| u64::from(d.count_ones()))
        .sum();
    Ok(new_int(ones as i64))
}

/// Parses `(length=1, byteorder="big", *, signed=False)` style arguments.
struct BytesArgs<'a> {
    first: Option<&'a Value>,
    little: bool,
    signed: bool,
}

fn bytes_args<'a>(
    args: &'a [Value],
    kw: &'a [Value],
    fname: &str,
    first: &str,
) -> PyResult<BytesArgs<'a>> {
    let a = Args::new(args, kw);
    for k in a.kwnames {
        let n = as_str(k).unwrap_or("");
        if ![first, "byteorder", "signed"].contains(&n) {
            return Err(PyErr::type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                n, fname
            )));
        }
    }
    if a.pos.len() > 3 {
        return Err(PyErr::type_error(format!(
            "{}() takes at most 2 positional arguments ({} given)",
            fname,
            a.pos.len() - 1
        )));
    }
    let little = match a.get(2, "byteorder") {
        None => false,
        Some(b) => match as_str(b) {
            Some("big") => false,
            Some("little") => true,
            Some(_) => {
                return Err(PyErr::value_error(
                    "byteorder must be either 'little' or 'big'",
                ))
            }
            None => {
                return Err(PyErr::type_error(format!(
                    "{}() argument 'byteorder' must be str, not {}",
                    fname,
                    type_name(b)
                )))
            }
        },
    };
    let signed = match a.kw("signed") {
        Some(s) => ops::is_true(s)?,
        None => false,
    };
    Ok(BytesArgs {
        first: a.get(1, first),
        little,
        signed,
    })
}

/// `int.to_bytes(length=1, byteorder='big', *, signed=False)`.
fn int_to_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = self_int(args, "to_bytes")?;
    let p = bytes_args(args, kw, "to_bytes", "length")?;
    let length = match p.first {
        None => 1,
        Some(l) => {
            let Some(i) = ops::index_opt(l)? else {
                return Err(cannot_interpret(l));
            };
            let Some(len) = to_i64(&i) else {
                return Err(PyErr::overflow_error(
                    "Python int too large to convert to C ssize_t",
                ));
            };
            if len < 0 {
                return Err(PyErr::value_error("length argument must be non-negative"));
            }
            len as u64
        }
    };
    if n.is_negative() && !p.signed {
        return Err(PyErr::overflow_error(
            "can't convert negative int to unsigned",
        ));
    }
    // Two's complement of n needs bits(n) bits unsigned, one more signed (except -2**k).
    let needed = if p.signed {
        if n.is_negative() {
            (-(&n) - 1u32).bits() + 1
        } else {
            n.bits() + 1
        }
    } else {
        n.bits()
    };
    if needed > length.saturating_mul(8) {
        return Err(PyErr::overflow_error("int too big to convert"));
    }
    if length > crate::ops::MAX_INT_BITS / 8 {
        return Err(PyErr::memory_error());
    }
    let mut out = n.to_signed_bytes_le();
    let fill = if n.is_negative() { 0xff } else { 0 };
    out.resize(length as usize, fill);
    if !p.little {
        out.reverse();
    }
    Ok(crate::objects::bytes::new_bytes(out))
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)` (a class method).
fn int_from_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bytes_args(args, kw, "from_bytes", "bytes")?;
    let Some(src) = p.first else {
        return Err(PyErr::type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    };
    let mut data = if ops::index_opt(src)?.is_some() {
        return Err(PyErr::type_error(format!(
            "cannot convert '{}' object to bytes",
            type_name(src)
        )));
    } else {
        super::bytes::bytes_from(src, "bytes")?
    };
    if !p.little {
        data.reverse();
    }
    let n = if p.signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(Sign::Plus, &data)
    };
    super::construct_via(&args[0], &types().int, new_bigint(n))
}

fn int_as_integer_ratio(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("as_integer_ratio", 1, 1)?;
    let n = self_int(args, "as_integer_ratio")?;
    Ok(new_tuple(vec![new_bigint(n), new_int(1)]))
}

/// `int.__index__`, `__int__`, `conjugate` ...: the value as a plain int.
fn int_plain(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("conjugate", 1, 1)?;
    Ok(new_bigint(self_int(args, "conjugate")?))
}

fn int_float(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = slot_self(args, "__float__")?;
    Ok(new_float(ops::big_to_f64(&n)?))
}

fn int_neg(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_bigint(-slot_self(args, "__neg__")?))
}

fn int_abs(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_bigint(slot_self(args, "__abs__")?.abs()))
}

fn int_invert(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_bigint(-slot_self(args, "__invert__")? - 1))
}

fn int_bool(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(!slot_self(args, "__bool__")?.is_zero()))
}

fn int_hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(ops::hash_bigint(&slot_self(args, "__hash__")?)))
}

fn int_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let n = slot_self(args, "__repr__")?;
    Ok(new_string(ops::int_to_decimal(&n)?))
}

fn int_getnewargs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__getnewargs__", 1, 1)?;
    Ok(new_tuple(vec![new_bigint(self_int(
        args,
        "__getnewargs__",
    )?)]))
}

fn int_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__format__", 2, 2)?;
    let n = self_int(args, "__format__")?;
    let Some(spec) = as_str(&args[1]) else {
        return Err(PyErr::type_error(format!(
            "__format__() argument must be str, not {}",
            type_name(&args[1])
        )));
    };
    if spec.is_empty() {
        return ops::str_value(&args[0]);
    }
    Ok(new_string(super::format_builtin(&new_bigint(n), spec)?))
}

/// `int.__round__(ndigits=<unset>)`: ties to even at 10**-ndigits (ndigits <= 0).
fn int_round(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("__round__", 1, 2)?;
    let n = self_int(args, "__round__")?;
    match a.pos.get(1) {
        None => Ok(new_bigint(n)),
        Some(nd) => round_int(n, nd),
    }
}

/// `round(n, ndigits)` for an int `n`: CPython's `_PyLong_Round`.
pub fn round_int(n: BigInt, ndigits: &Value) -> PyResult<Value> {
    let Some(nd) = ops::index_opt(ndigits)? else {
        return Err(cannot_interpret(ndigits));
    };
    let nd = to_bigint(&nd).unwrap_or_default();
    if !nd.is_negative() {
        return Ok(new_bigint(n));
    }
    // 10**k > |n| * 2 once k exceeds the digit count, and then the result is 0.
    let digits = n.bits() * 3 / 10 + 2;
    let k = match (-nd).to_u64() {
        Some(k) if k <= digits => k,
        _ => return Ok(new_int(0)),
    };
    let p = num_traits::pow(BigInt::from(10), k as usize);
    Ok(new_bigint(ops::div_round_half_even(&n, &p) * p))
}

fn int_pow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_pow_dunder(args, kw, NumClass::Int, false)
}

fn int_rpow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_pow_dunder(args, kw, NumClass::Int, true)
}

fn int_divmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_divmod_dunder(args, kw, NumClass::Int, false)
}

fn int_rdivmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::number_divmod_dunder(args, kw, NumClass::Int, true)
}
