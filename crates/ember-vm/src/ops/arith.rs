//! Binary and unary operators (a deliberately large file: every operator on every
//! built-in type, so the dispatch order is read in one place): the numeric tower (small
//! int, big int, float, complex) with CPython's exact results and errors, sequence
//! concatenation and repetition, set and dict operators, and the dunder protocol for
//! classes (in-place first, then the reflected operand's method first when its type is a
//! subclass, NotImplemented falling through to the other operand).
//!
//! Numeric kernels shared with `types::{int,float,complex}`: `ratio_to_f64` (a big
//! rational correctly rounded to a double, CPython's `long_true_divide`), `float_parts`,
//! `ldexp`, `float_divmod`, `complex_power`, and the slot-wrapper glue
//! (`number_binary_dunder`, `install_number_dunders!`) deciding which operands each
//! numeric type's own `__add__` ... accepts. Int results beyond `MAX_INT_BITS` raise
//! MemoryError instead of exhausting memory.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{new_bytearray, new_bytes, ByteArrayData, BytesData};
use crate::objects::complex::{new_complex, ComplexData};
use crate::objects::dict::DictData;
use crate::objects::float::{new_float, FloatData};
use crate::objects::int::{new_bigint, new_int, new_int_i128, to_bigint, BigIntData};
use crate::objects::list::{new_list, ListData};
use crate::objects::str::StrData;
use crate::objects::tuple::{new_tuple, TupleData};
use crate::objects::typeobj::{is_subclass, type_data, type_name, type_of};
use crate::ops::compare::{as_num, Num};
use crate::value::Value;
use ember_bytecode::{BinOp, UnOp};
use num_bigint::{BigInt, BigUint};
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
    let plain = op.plain();
    if !super::user_typed(a) && !super::user_typed(b) {
        // Built-in operands only: their operators decide, no method lookup (the
        // protocol below gives the same answer, slower: bench/suite/nbody.py took
        // 5.07 s through it, 4.22 s with this path, dev build).
        if op.is_inplace() {
            if let Some(r) = builtin_inplace(a, b, plain)? {
                return Ok(r);
            }
        }
        if let Some(r) = builtin_binop(a, b, plain)? {
            return Ok(r);
        }
        return Err(unsupported(a, b, op));
    }
    binary_op_dunders(a, b, op)
}

/// `a <op> b` when an operand's class may define the operator's methods in Python.
#[inline(never)]
fn binary_op_dunders(a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
    let plain = op.plain();
    let (name, rname, iname) = plain.dunders();
    if op.is_inplace() {
        match slot_of(a, iname) {
            Slot::Method(m) => {
                let r = super::call_method_value(&m, a, std::slice::from_ref(b))?;
                if !r.is_not_implemented() {
                    return Ok(r);
                }
            }
            Slot::Builtin => {
                if let Some(r) = builtin_inplace(a, b, plain)? {
                    return Ok(r);
                }
            }
            _ => {}
        }
    }
    if let Some(r) = binary_protocol(a, b, name, rname, |x, y| builtin_binop(x, y, plain))? {
        return Ok(r);
    }
    Err(unsupported(a, b, op))
}

/// What implements a binary operator's method `name` for one operand (CPython's
/// `nb_add` ... slot of its type).
enum Slot {
    /// A method defined in Python (or a built-in method reached through a class).
    Method(Value),
    /// The built-in operator on the operand's layout.
    Builtin,
    /// Nothing: the operand's side answers NotImplemented.
    Missing,
}

/// True for a native method of a type whose instances have the instance layout (the
/// types of native modules such as `_collections.deque`).
fn native_method_for_instances(m: &Value) -> bool {
    m.downcast::<crate::objects::native::NativeFunctionData>()
        .and_then(|f| f.owner.downcast::<crate::objects::typeobj::TypeData>())
        .is_some_and(|owner| owner.instance_kind == Kind::Instance && owner.builtin)
}

fn slot_of(v: &Value, name: &'static str) -> Slot {
    if v.kind() == Some(Kind::Instance) {
        let td = type_data(type_of(v));
        return match td.lookup(&StrData::intern_static(name)) {
            // A built-in type's method reached through a class works on the built-in
            // layout, which an instance does not have.
            Some(m) if !m.is_none() && m.kind() != Some(Kind::NativeFunction) => Slot::Method(m),
            // ... unless that type has the instance layout too (`_collections.deque`).
            Some(m) if native_method_for_instances(&m) => Slot::Method(m),
            _ => Slot::Missing,
        };
    }
    match super::override_of(v, name) {
        Some(m) if m.is_none() => Slot::Missing,
        Some(m) => Slot::Method(m),
        None => Slot::Builtin,
    }
}

/// The binary operator protocol (CPython's `binary_op1`): the right operand's reflected
/// method first when its type is a proper subclass of the left's and implements it
/// differently, then the left operand's method, then the right's; None when every side
/// answers NotImplemented. `builtin(a, b)` is the operator on built-in layouts, which
/// handles both operand orders at once.
fn binary_protocol(
    a: &Value,
    b: &Value,
    name: &'static str,
    rname: &'static str,
    builtin: impl Fn(&Value, &Value) -> PyResult<Option<Value>>,
) -> PyResult<Option<Value>> {
    let (ta, tb) = (type_of(a), type_of(b));
    let sa = slot_of(a, name);
    let repeat = |v: &Value| name == "__mul__" && is_sequence(v);
    let sb = if ta.is(tb) {
        Slot::Missing
    } else {
        slot_of(b, rname)
    };
    let call = |slot: &Slot, me: &Value, other: &Value| -> PyResult<Option<Value>> {
        let Slot::Method(m) = slot else {
            return Ok(None);
        };
        let r = super::call_method_value(m, me, std::slice::from_ref(other))?;
        Ok((!r.is_not_implemented()).then_some(r))
    };
    // CPython's `method_is_overloaded`: the subclass goes first only when its reflected
    // method is not the one the left operand's type has.
    let overloaded = match (&sb, slot_of(a, rname)) {
        (Slot::Method(m), Slot::Method(ma)) => !m.is(&ma),
        _ => true,
    };
    let reflected_first = matches!(sb, Slot::Method(_)) && is_subclass(tb, ta) && overloaded;
    if reflected_first {
        if let Some(r) = call(&sb, b, a)? {
            return Ok(Some(r));
        }
    }
    match &sa {
        Slot::Method(_) => {
            if let Some(r) = call(&sa, a, b)? {
                return Ok(Some(r));
            }
        }
        // The built-in operator of a number declines a wider number, whose own
        // (possibly overridden) reflected method then answers.
        Slot::Builtin
            if !(matches!(sb, Slot::Method(_)) && (number_declines(a, b) || repeat(a))) =>
        {
            if let Some(r) = builtin(a, b)? {
                return Ok(Some(r));
            }
        }
        _ => {}
    }
    if !reflected_first {
        match &sb {
            // Sequence repetition is CPython's last resort (`sq_repeat` after both
            // `nb_multiply` slots declined).
            Slot::Method(_) if matches!(sa, Slot::Builtin) && repeat(a) => {
                return match call(&sb, b, a)? {
                    Some(r) => Ok(Some(r)),
                    None => builtin(a, b),
                }
            }
            Slot::Method(_) => return call(&sb, b, a),
            Slot::Builtin if !matches!(sa, Slot::Builtin) => return builtin(a, b),
            _ => {}
        }
    }
    Ok(None)
}

/// True when the built-in numeric operator of `a`'s type answers NotImplemented for
/// `b` (int's for a float or complex, float's for a complex).
fn number_declines(a: &Value, b: &Value) -> bool {
    let wider = match b.kind() {
        Some(Kind::Complex) => !matches!(a.kind(), Some(Kind::Complex)),
        Some(Kind::Float) => is_int(a),
        _ => false,
    };
    wider && as_num(a).is_some()
}

#[cold]
fn unsupported(a: &Value, b: &Value, op: BinOp) -> PyErr {
    let plain = op.plain();
    if plain == BinOp::Add {
        for (kind, name) in [
            (Kind::Str, "str"),
            (Kind::List, "list"),
            (Kind::Tuple, "tuple"),
        ] {
            // The built-in's own concatenation refusing (a subclass's too).
            if a.kind() == Some(kind) {
                return PyErr::type_error(format!(
                    "can only concatenate {} (not \"{}\") to {}",
                    name,
                    type_name(b),
                    name
                ));
            }
        }
    }
    if plain == BinOp::Add && matches!(a.kind(), Some(Kind::Bytes | Kind::ByteArray)) {
        // bytes' sq_concat, the last resort after both nb_add slots declined.
        return crate::types::bytes::concat_error(a, b);
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
            new_int(Integer::div_floor(&x, &y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            new_int(Integer::mod_floor(&x, &y))
        }
        BinOp::And => new_int(x & y),
        BinOp::Or => new_int(x | y),
        BinOp::Xor => new_int(x ^ y),
        BinOp::TrueDiv => {
            const EXACT: u64 = 1 << 53;
            if y != 0 && x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT {
                new_float(x as f64 / y as f64)
            } else {
                return int_truediv(&BigInt::from(x), &BigInt::from(y)).map(Some);
            }
        }
        BinOp::LShift if (0..62).contains(&y) && x.unsigned_abs() < (1 << (62 - y)) => {
            new_int(x << y)
        }
        BinOp::RShift if y >= 0 => new_int(x >> y.min(63)),
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
    if op == BinOp::Or && (ka == Some(Kind::Type) || kb == Some(Kind::Type)) {
        // `int | str`: a types.UnionType (type.__or__ / type.__ror__).
        let u = crate::modules::generic::union(a, b)?;
        return Ok((!u.is_not_implemented()).then_some(u));
    }
    if ka == Some(Kind::Complex) || kb == Some(Kind::Complex) {
        let (Some(x), Some(y)) = (as_complex(a)?, as_complex(b)?) else {
            return Ok(None);
        };
        return complex_binop(x, y, op);
    }
    match (ka, op) {
        (Some(Kind::Str), BinOp::Add) => {
            if let (Some(x), Some(y)) = (a.downcast::<StrData>(), b.downcast::<StrData>()) {
                return Ok(Some(crate::objects::str::concat([x, y])));
            }
            Ok(None)
        }
        (Some(Kind::Str), BinOp::Mod) => crate::types::str::str_percent_format(a, b).map(Some),
        (Some(Kind::Bytes), BinOp::Mod) => {
            crate::types::bytes::bytes_percent_format(a, b).map(Some)
        }
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
            if kb == Some(Kind::DictView) {
                // set.__and__ declines; the view's reflected operator answers.
                return crate::types::dict::view_binop(a, b, op);
            }
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
        (Some(Kind::DictView), _) | (_, _)
            if kb == Some(Kind::DictView) || ka == Some(Kind::DictView) =>
        {
            crate::types::dict::view_binop(a, b, op)
        }
        _ => Ok(None),
    }
}

/// In-place operators that mutate built-in objects (`list +=`, `set |=`, `dict |=`);
/// None when `a`'s layout has no in-place form of `op` for `b`.
pub fn builtin_inplace(a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
    match (a.kind(), op) {
        (Some(Kind::List), BinOp::Add) => {
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
        (Some(Kind::ByteArray), BinOp::Mul) => {
            let Some(n) = repeat_count(b)? else {
                return Ok(None);
            };
            let ba = a.downcast::<ByteArrayData>().expect("k");
            check_size(ba.bytes().len() as u128 * n as u128)?;
            let repeated = ba.bytes().repeat(n);
            *ba.vec_mut() = repeated;
            Ok(Some(a.clone()))
        }
        (Some(Kind::ByteArray), BinOp::Add) => {
            let Some(y) = crate::objects::bytes::bytes_like(b) else {
                return Ok(None);
            };
            a.downcast::<ByteArrayData>()
                .expect("k")
                .vec_mut()
                .extend(y);
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
        if let Some(n) = b.0.to_i64() {
            return Ok(Some(n.max(0) as usize));
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
            let d = seq.downcast::<StrData>().expect("k");
            if d.char_len() as u128 * n as u128 > i64::MAX as u128 {
                return Err(PyErr::overflow_error("repeated string is too long"));
            }
            check_size(d.as_bytes().len() as u128 * n as u128)?;
            Ok(crate::objects::str::repeat(d, n))
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
            if b.len() as u128 * n as u128 > i64::MAX as u128 {
                return Err(PyErr::overflow_error("repeated bytes are too long"));
            }
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
        Num::Int(i) => Ok(i64_to_f64(*i)),
        Num::Float(f) => Ok(*f),
        Num::Big(b) => big_to_f64(b),
    }
}

/// An i64 as the nearest double (ties to even), as C's `(double)` conversion.
#[inline]
fn i64_to_f64(i: i64) -> f64 {
    i as f64
}

/// A big int as the nearest float (ties to even), OverflowError when too large: CPython's
/// `PyLong_AsDouble`.
pub fn big_to_f64(b: &BigInt) -> PyResult<f64> {
    if let Some(i) = b.to_i64() {
        return Ok(i64_to_f64(i));
    }
    match ratio_to_f64(b.magnitude(), &BigUint::one(), 0) {
        Some(f) => Ok(if b.is_negative() { -f } else { f }),
        None => Err(int_too_large_for_float()),
    }
}

#[cold]
fn int_too_large_for_float() -> PyErr {
    PyErr::overflow_error("int too large to convert to float")
}

const DBL_MANT_DIG: i64 = 53;
const DBL_MIN_EXP: i64 = -1021;
const DBL_MAX_EXP: i64 = 1024;

/// `n / d * 2**e` correctly rounded (half to even) to a double, None when the result
/// overflows; `d` must not be zero. The algorithm of CPython's `long_true_divide`: scale
/// so that the integer quotient keeps two or three bits beyond the 53 of the result
/// (fewer when the result is subnormal), fold the remainder into a sticky bit, round
/// those bits away by hand, and scale back, which is then exact.
pub fn ratio_to_f64(n: &BigUint, d: &BigUint, e: i64) -> Option<f64> {
    if n.is_zero() {
        return Some(0.0);
    }
    // n/d*2**e lies in [2**(diff-1), 2**(diff+1)).
    let diff = (n.bits() as i64 - d.bits() as i64).saturating_add(e);
    if diff > DBL_MAX_EXP {
        return None;
    }
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1 {
        return Some(0.0);
    }
    let shift = diff.max(DBL_MIN_EXP) - DBL_MANT_DIG - 2;
    // x / y == n/d * 2**(e - shift), which is below 2**56.
    let k = e - shift;
    let (q, r) = if k >= 0 {
        (n << (k as u64)).div_rem(d)
    } else {
        n.div_rem(&(d << ((-k) as u64)))
    };
    let inexact = !r.is_zero();
    let q = q.to_u64().unwrap_or(u64::MAX >> 7);
    let x_bits = 64 - i64::from(q.leading_zeros());
    let extra_bits = x_bits.max(DBL_MIN_EXP - shift) - DBL_MANT_DIG;
    let mask = 1u64 << (extra_bits - 1);
    let mut low = q | u64::from(inexact);
    if low & mask != 0 && low & (3 * mask - 1) != 0 {
        low += mask;
    }
    let low = low & !(2 * mask - 1);
    let dx = low as f64;
    if shift + x_bits >= DBL_MAX_EXP && (shift + x_bits > DBL_MAX_EXP || dx == ldexp(1.0, x_bits)) {
        return None;
    }
    Some(ldexp(dx, shift))
}

/// `x * 2**e`, rounding once at most (C's `ldexp`).
pub fn ldexp(mut x: f64, mut e: i64) -> f64 {
    let pow2 = |k: i64| f64::from_bits(((k + 1023) as u64) << 52);
    while e > 1000 {
        x *= pow2(1000);
        e -= 1000;
        if x.is_infinite() || x == 0.0 {
            return x;
        }
    }
    while e < -1000 {
        x *= pow2(-1000);
        e += 1000;
        if x == 0.0 {
            return x;
        }
    }
    x * pow2(e)
}

/// A finite double as `m * 2**e` exactly, with `m` carrying the sign.
pub fn float_parts(f: f64) -> (i64, i64) {
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1 << 52), exp - 1075)
    };
    (if f.is_sign_negative() { -m } else { m }, e)
}

/// `n / d` rounded to the nearest integer, ties to even; `d` must be positive.
pub fn div_round_half_even(n: &BigInt, d: &BigInt) -> BigInt {
    let (q, r) = n.div_mod_floor(d);
    let twice: BigInt = r * 2;
    match twice.cmp(d) {
        std::cmp::Ordering::Greater => q + 1,
        std::cmp::Ordering::Equal if q.is_odd() => q + 1,
        _ => q,
    }
}

/// The largest int result, in bits, that ember computes before raising MemoryError
/// (512 MiB of digits); CPython would try to allocate it.
pub const MAX_INT_BITS: u64 = 1 << 32;

/// CPython's `MAX_LONG_DIGITS` (30-bit digits): longer ints raise "too many digits".
const MAX_LONG_DIGITS: u64 = ((i64::MAX as u64) - 24) / 4;

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
    if op == BinOp::MatMul {
        return Ok(None);
    }
    let (a, b) = (to_big(&x), to_big(&y));
    int_binop(&a, &b, op).map(Some)
}

/// An operator on two ints (MatMul excluded).
fn int_binop(a: &BigInt, b: &BigInt, op: BinOp) -> PyResult<Value> {
    Ok(match op {
        BinOp::Add => new_bigint(a + b),
        BinOp::Sub => new_bigint(a - b),
        BinOp::Mul => {
            if a.bits() + b.bits() > MAX_INT_BITS {
                return Err(PyErr::memory_error());
            }
            new_bigint(a * b)
        }
        BinOp::FloorDiv => {
            if b.is_zero() {
                return Err(PyErr::zero_division("integer division or modulo by zero"));
            }
            new_bigint(a.div_floor(b))
        }
        BinOp::Mod => {
            if b.is_zero() {
                return Err(PyErr::zero_division("integer modulo by zero"));
            }
            new_bigint(a.mod_floor(b))
        }
        BinOp::TrueDiv => return int_truediv(a, b),
        BinOp::Pow => return int_pow(a, b),
        BinOp::LShift => return int_lshift(a, b),
        BinOp::RShift => {
            if b.is_negative() {
                return Err(PyErr::value_error("negative shift count"));
            }
            match b.to_u64() {
                Some(s) if s < a.bits() => new_bigint(a >> s),
                _ => new_int(if a.is_negative() { -1 } else { 0 }),
            }
        }
        BinOp::And => new_bigint(a & b),
        BinOp::Or => new_bigint(a | b),
        BinOp::Xor => new_bigint(a ^ b),
        _ => return Err(PyErr::type_error("unsupported int operation")),
    })
}

/// `a << b`, with CPython's errors for shifts too large to represent: MemoryError while
/// the digit count fits `MAX_LONG_DIGITS`, OverflowError beyond.
fn int_lshift(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        return Err(PyErr::value_error("negative shift count"));
    }
    if a.is_zero() {
        return Ok(new_int(0));
    }
    let clipped = i64::MAX as u64 / 4;
    let (wordshift, remshift) = match b.to_u64().filter(|s| *s <= i64::MAX as u64) {
        Some(s) => (s / 30, s % 30),
        None => {
            let w: BigInt = b / 30;
            match w.to_u64().filter(|w| *w < clipped) {
                Some(w) => (w, (b % 30u32).to_u64().unwrap_or(0)),
                None => (clipped, 0),
            }
        }
    };
    let newsize = a.bits().div_ceil(30) + wordshift + u64::from(remshift != 0);
    if newsize > MAX_LONG_DIGITS {
        return Err(PyErr::overflow_error("too many digits in integer"));
    }
    let s = u128::from(wordshift) * 30 + u128::from(remshift);
    if u128::from(a.bits()) + s > u128::from(MAX_INT_BITS) {
        return Err(PyErr::memory_error());
    }
    Ok(new_bigint(a << (s as u64)))
}

/// `a / b` for ints, correctly rounded (CPython's `long_true_divide`).
fn int_truediv(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(PyErr::zero_division("division by zero"));
    }
    let neg = a.is_negative() != b.is_negative();
    const EXACT: u64 = 1 << 53;
    let f = match (a.to_i64(), b.to_i64()) {
        (Some(x), Some(y)) if x.unsigned_abs() <= EXACT && y.unsigned_abs() <= EXACT => {
            return Ok(new_float(x as f64 / y as f64));
        }
        _ => ratio_to_f64(a.magnitude(), b.magnitude(), 0).ok_or_else(|| {
            PyErr::overflow_error("integer division result too large for a float")
        })?,
    };
    Ok(new_float(if neg { -f } else { f }))
}

fn int_pow(a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let fa = big_to_f64(a)?;
        let fb = big_to_f64(b)?;
        return float_pow(fa, fb);
    }
    if b.is_zero() {
        return Ok(new_int(1));
    }
    if a.is_zero() || a.is_one() {
        return Ok(new_bigint(a.clone()));
    }
    if *a == BigInt::from(-1) {
        return Ok(new_int(if b.is_even() { 1 } else { -1 }));
    }
    let Some(e) = b.to_u64().filter(|e| *e <= MAX_INT_BITS) else {
        return Err(PyErr::memory_error());
    };
    // |a|**e has about (bits(a) - 1) * e + 1 bits; powers of two are exact shifts.
    let bits = a.bits();
    if (bits as u128 - 1) * e as u128 >= MAX_INT_BITS as u128 {
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

/// Python's `divmod` of floats (CPython's `float_divmod`); `b` must not be zero.
pub fn float_divmod(a: f64, b: f64) -> (f64, f64) {
    let mut m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    };
    (floordiv, m)
}

/// Python's float `//` (CPython's `float_floor_div` via divmod).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    float_divmod(a, b).0
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

fn is_odd_integer(f: f64) -> bool {
    f.is_finite() && f.fract() == 0.0 && (f / 2.0).fract() != 0.0
}

/// `a ** b` for floats, CPython's `float_pow` with its special cases.
fn float_pow(a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Ok(new_float(1.0));
    }
    if a.is_nan() {
        return Ok(new_float(a));
    }
    if b.is_nan() {
        return Ok(new_float(if a == 1.0 { 1.0 } else { b }));
    }
    if b.is_infinite() {
        let a = a.abs();
        return Ok(new_float(if a == 1.0 {
            1.0
        } else if (b > 0.0) == (a > 1.0) {
            b.abs()
        } else {
            0.0
        }));
    }
    if a.is_infinite() {
        let odd = is_odd_integer(b);
        return Ok(new_float(if b > 0.0 {
            if odd {
                a
            } else {
                a.abs()
            }
        } else if odd {
            0.0f64.copysign(a)
        } else {
            0.0
        }));
    }
    if a == 0.0 {
        if b < 0.0 {
            return Err(PyErr::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(new_float(if is_odd_integer(b) { a } else { 0.0 }));
    }
    let mut negate = false;
    let mut base = a;
    if a < 0.0 {
        if b != b.floor() {
            // A negative base to a fractional power is complex in Python 3.
            return complex_power((a, 0.0), (b, 0.0)).map(|(re, im)| new_complex(re, im));
        }
        base = -a;
        negate = is_odd_integer(b);
    }
    if base == 1.0 {
        return Ok(new_float(if negate { -1.0 } else { 1.0 }));
    }
    let r = base.powf(b);
    if r.is_infinite() {
        return Err(PyErr::with_args(
            &crate::vm::types().overflow_error,
            vec![
                new_int(34),
                crate::objects::str::new_str("Numerical result out of range"),
            ],
        ));
    }
    Ok(new_float(if negate { -r } else { r }))
}

/// A number as a complex for mixed arithmetic (ints converted as `float()` does);
/// None when it is not a number.
fn as_complex(v: &Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = v.downcast::<ComplexData>() {
        return Ok(Some((c.re, c.im)));
    }
    Ok(match as_num(v) {
        Some(n) => Some((to_f64(&n)?, 0.0)),
        None => None,
    })
}

/// An operator on complex numbers; None for the ones complex does not support.
pub fn complex_binop(x: (f64, f64), y: (f64, f64), op: BinOp) -> PyResult<Option<Value>> {
    let (a, b) = x;
    let (c, d) = y;
    let (re, im) = match op {
        BinOp::Add => (a + c, b + d),
        BinOp::Sub => (a - c, b - d),
        BinOp::Mul => (a * c - b * d, a * d + b * c),
        BinOp::TrueDiv => match complex_div(a, b, c, d) {
            Some(q) => q,
            None => return Err(PyErr::zero_division("complex division by zero")),
        },
        BinOp::Pow => complex_power(x, y)?,
        _ => return Ok(None),
    };
    Ok(Some(new_complex(re, im)))
}

/// CPython's `_Py_c_quot` (Smith's algorithm); None when dividing by zero.
fn complex_div(a: f64, b: f64, c: f64, d: f64) -> Option<(f64, f64)> {
    let abs_c = c.abs();
    let abs_d = d.abs();
    if abs_c >= abs_d {
        if abs_c == 0.0 {
            return None;
        }
        let ratio = d / c;
        let denom = c + d * ratio;
        Some(((a + b * ratio) / denom, (b - a * ratio) / denom))
    } else if abs_d >= abs_c {
        let ratio = c / d;
        let denom = c * ratio + d;
        Some(((a * ratio + b) / denom, (b * ratio - a) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

/// `x ** y` for complex numbers: CPython's `complex_pow`, with its integer-exponent path
/// (`c_powi`) and its errors (EDOM: ZeroDivisionError; an infinite part: OverflowError).
pub fn complex_power(x: (f64, f64), y: (f64, f64)) -> PyResult<(f64, f64)> {
    let (a, b) = x;
    let (c, d) = y;
    let mut edom = false;
    let (re, im) = if d == 0.0 && c == c.floor() && c.abs() <= 100.0 {
        let n = c as i64;
        let p = complex_powu(x, n.unsigned_abs());
        if n >= 0 {
            p
        } else {
            match complex_div(1.0, 0.0, p.0, p.1) {
                Some(q) => q,
                None => {
                    edom = true;
                    (0.0, 0.0)
                }
            }
        }
    } else if c == 0.0 && d == 0.0 {
        (1.0, 0.0)
    } else if a == 0.0 && b == 0.0 {
        if d != 0.0 || c < 0.0 {
            edom = true;
        }
        (0.0, 0.0)
    } else {
        let vabs = a.hypot(b);
        let mut len = vabs.powf(c);
        let at = b.atan2(a);
        let mut phase = at * c;
        if d != 0.0 {
            len /= (at * d).exp();
            phase += d * vabs.ln();
        }
        // C's cos and sin of an infinity set errno to EDOM.
        if phase.is_infinite() {
            edom = true;
        }
        (len * phase.cos(), len * phase.sin())
    };
    if edom {
        return Err(PyErr::zero_division("0.0 to a negative or complex power"));
    }
    if re.is_infinite() || im.is_infinite() {
        return Err(PyErr::overflow_error("complex exponentiation"));
    }
    Ok((re, im))
}

/// CPython's `c_powu`: binary exponentiation by squaring.
fn complex_powu(x: (f64, f64), n: u64) -> (f64, f64) {
    let mul = |p: (f64, f64), q: (f64, f64)| (p.0 * q.0 - p.1 * q.1, p.0 * q.1 + p.1 * q.0);
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = mul(r, p);
        }
        mask <<= 1;
        p = mul(p, p);
    }
    r
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
    let name = match op {
        UnOp::Neg => "__neg__",
        UnOp::Pos => "__pos__",
        _ => "__invert__",
    };
    if let Some(m) = super::override_of(v, name) {
        return super::call_method_value(&m, v, &[]);
    }
    match v.kind() {
        Some(Kind::BigInt) => {
            if let Some(b) = v.downcast::<BigIntData>() {
                return Ok(match op {
                    UnOp::Neg => new_bigint(-b.0.clone()),
                    UnOp::Pos => crate::objects::int::exact_int(v),
                    _ => new_bigint(-(b.0.clone()) - 1),
                });
            }
        }
        Some(Kind::Float) if op != UnOp::Invert => {
            if let Some(f) = v.downcast::<FloatData>() {
                return Ok(new_float(if op == UnOp::Neg { -f.0 } else { f.0 }));
            }
        }
        Some(Kind::Complex) if op != UnOp::Invert => {
            if let Some(c) = v.downcast::<ComplexData>() {
                return Ok(if op == UnOp::Neg {
                    new_complex(-c.re, -c.im)
                } else {
                    new_complex(c.re, c.im)
                });
            }
        }
        Some(Kind::Instance) => {
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

/// `pow(base, exp, mod)` with a modulus that is not None: CPython's `ternary_op` over the
/// built-in numbers (complex says "complex modulo", float refuses, ints compute).
pub fn ternary_pow(base: &Value, exp: &Value, m: &Value) -> PyResult<Value> {
    if let Some(f) = super::override_of(base, "__pow__") {
        let r = super::call_method_value(&f, base, &[exp.clone(), m.clone()])?;
        if !r.is_not_implemented() {
            return Ok(r);
        }
    }
    for v in [base, exp, m] {
        if v.kind() == Some(Kind::Instance) {
            if let Some(f) =
                super::lookup_special(v, if v.is(base) { "__pow__" } else { "__rpow__" })
                    .filter(|f| f.kind() != Some(Kind::NativeFunction))
            {
                if v.is(base) {
                    let r = super::call_method_value(&f, base, &[exp.clone(), m.clone()])?;
                    if !r.is_not_implemented() {
                        return Ok(r);
                    }
                }
            }
        }
    }
    let is_num = |v: &Value| as_num(v).is_some() || v.kind() == Some(Kind::Complex);
    if [base, exp, m]
        .iter()
        .any(|v| v.kind() == Some(Kind::Complex))
        && is_num(base)
        && is_num(exp)
    {
        return Err(PyErr::value_error("complex modulo"));
    }
    if [base, exp, m].iter().all(|v| is_int(v)) {
        return int_pow_mod(base, exp, m);
    }
    if [base, exp, m].iter().any(|v| v.kind() == Some(Kind::Float))
        && [base, exp].iter().all(|v| as_num(v).is_some())
    {
        return Err(PyErr::type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
        type_name(base),
        type_name(exp),
        type_name(m)
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
        (b.mod_floor(&mabs), e)
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

/// `divmod(a, b)`: the `__divmod__` / `__rdivmod__` protocol over classes, and the
/// built-in numbers (ints exactly, floats as CPython's `float_divmod`).
pub fn divmod(a: &Value, b: &Value) -> PyResult<Value> {
    if let Some(r) = binary_protocol(a, b, "__divmod__", "__rdivmod__", builtin_divmod)? {
        return Ok(r);
    }
    Err(PyErr::type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name(a),
        type_name(b)
    )))
}

/// `divmod` of two built-in real numbers; None for other operands.
pub fn builtin_divmod(a: &Value, b: &Value) -> PyResult<Option<Value>> {
    let (Some(x), Some(y)) = (as_num(a), as_num(b)) else {
        return Ok(None);
    };
    if matches!(x, Num::Float(_)) || matches!(y, Num::Float(_)) {
        let (p, q) = (to_f64(&x)?, to_f64(&y)?);
        if q == 0.0 {
            return Err(PyErr::zero_division("float divmod()"));
        }
        let (d, m) = float_divmod(p, q);
        return Ok(Some(new_tuple(vec![new_float(d), new_float(m)])));
    }
    let (p, q) = (to_big(&x), to_big(&y));
    if q.is_zero() {
        return Err(PyErr::zero_division("integer division or modulo by zero"));
    }
    let (d, m) = p.div_mod_floor(&q);
    Ok(Some(new_tuple(vec![new_bigint(d), new_bigint(m)])))
}

/// Which operands a built-in numeric type's own dunder methods accept: int's take ints
/// (and bools), float's also floats, complex's every built-in number.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum NumClass {
    Int,
    Float,
    Complex,
}

impl NumClass {
    fn name(self) -> &'static str {
        match self {
            NumClass::Int => "int",
            NumClass::Float => "float",
            NumClass::Complex => "complex",
        }
    }

    /// True when `v` is an instance of this class (bool counting as int).
    pub fn is_instance(self, v: &Value) -> bool {
        match self {
            NumClass::Int => is_int(v),
            NumClass::Float => v.kind() == Some(Kind::Float),
            NumClass::Complex => v.kind() == Some(Kind::Complex),
        }
    }

    /// True when this class's binary dunders handle `other` (else NotImplemented).
    pub fn accepts(self, other: &Value) -> bool {
        match self {
            NumClass::Int => is_int(other),
            NumClass::Float => is_int(other) || other.kind() == Some(Kind::Float),
            NumClass::Complex => as_num(other).is_some() || other.kind() == Some(Kind::Complex),
        }
    }
}

fn is_int(v: &Value) -> bool {
    crate::objects::int::is_int(v)
}

/// `self` of a numeric slot wrapper such as `int.__add__`, with CPython's error when it
/// is of another type; bools become ints for int's own methods.
pub fn number_self(args: &[Value], cls: NumClass, name: &str) -> PyResult<Value> {
    let Some(v) = args.first() else {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' of '{}' object needs an argument",
            name,
            cls.name()
        )));
    };
    if !cls.is_instance(v) {
        return Err(PyErr::type_error(format!(
            "descriptor '{}' requires a '{}' object but received a '{}'",
            name,
            cls.name(),
            type_name(v)
        )));
    }
    Ok(unbool(v, cls))
}

fn unbool(v: &Value, cls: NumClass) -> Value {
    if cls == NumClass::Int && v.is_bool() {
        new_int(i64::from(v.is_true_imm()))
    } else {
        v.clone()
    }
}

/// The one operand of a binary slot wrapper, with CPython's arity message.
fn wrapper_other<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "wrapper {}() takes no keyword arguments",
            name
        )));
    }
    match args {
        [_, other] => Ok(other),
        _ => Err(PyErr::type_error(format!(
            "expected 1 argument, got {}",
            args.len().saturating_sub(1)
        ))),
    }
}

/// `int.__add__(self, other)` and the other binary slot wrappers of the numeric types:
/// NotImplemented for operands the class does not handle, else the operator.
pub fn number_binary_dunder(
    args: &[Value],
    kw: &[Value],
    cls: NumClass,
    name: &str,
    op: BinOp,
    reflected: bool,
) -> PyResult<Value> {
    let me = number_self(args, cls, name)?;
    let other = wrapper_other(args, kw, name)?;
    if !cls.accepts(other) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let other = unbool(other, cls);
    let (a, b) = if reflected {
        (&other, &me)
    } else {
        (&me, &other)
    };
    let r = if op == BinOp::Pow && cls == NumClass::Complex {
        // complex.__pow__ never delegates to float's rules.
        let (Some(x), Some(y)) = (as_complex(a)?, as_complex(b)?) else {
            return Ok(Value::NOT_IMPLEMENTED);
        };
        complex_binop(x, y, op)?
    } else {
        builtin_binop(a, b, op)?
    };
    Ok(r.unwrap_or(Value::NOT_IMPLEMENTED))
}

/// `int.__pow__(self, other, mod=None)` and `__rpow__`.
pub fn number_pow_dunder(
    args: &[Value],
    kw: &[Value],
    cls: NumClass,
    reflected: bool,
) -> PyResult<Value> {
    let name = if reflected { "__rpow__" } else { "__pow__" };
    if args.len() == 3 && kw.is_empty() && !args[2].is_none() {
        let me = number_self(args, cls, name)?;
        let other = &args[1];
        if !cls.accepts(other) || !cls.accepts(&args[2]) {
            return Ok(Value::NOT_IMPLEMENTED);
        }
        let (a, b) = if reflected {
            (other, &me)
        } else {
            (&me, other)
        };
        return ternary_pow(a, b, &args[2]);
    }
    let args = if args.len() == 3 && kw.is_empty() {
        &args[..2]
    } else {
        args
    };
    number_binary_dunder(args, kw, cls, name, BinOp::Pow, reflected)
}

/// `int.__divmod__(self, other)` and `__rdivmod__`.
pub fn number_divmod_dunder(
    args: &[Value],
    kw: &[Value],
    cls: NumClass,
    reflected: bool,
) -> PyResult<Value> {
    let name = if reflected {
        "__rdivmod__"
    } else {
        "__divmod__"
    };
    let me = number_self(args, cls, name)?;
    let other = wrapper_other(args, kw, name)?;
    if !cls.accepts(other) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    let (a, b) = if reflected {
        (other, &me)
    } else {
        (&me, other)
    };
    Ok(builtin_divmod(a, b)?.unwrap_or(Value::NOT_IMPLEMENTED))
}

/// `int.__lt__(self, other)` and the other comparison wrappers of the numeric types.
pub fn number_compare_dunder(
    args: &[Value],
    kw: &[Value],
    cls: NumClass,
    name: &str,
    op: ember_bytecode::CmpOp,
) -> PyResult<Value> {
    use ember_bytecode::CmpOp;
    let me = number_self(args, cls, name)?;
    let other = wrapper_other(args, kw, name)?;
    if !cls.accepts(other) || (cls == NumClass::Complex && !matches!(op, CmpOp::Eq | CmpOp::Ne)) {
        return Ok(Value::NOT_IMPLEMENTED);
    }
    super::builtin_richcompare(&me, other, op)
}

/// Registers a numeric type's binary slot wrappers (`__add__`, `__radd__` ...) on `ty`:
/// `install_number_dunders!(ty, NumClass::Int, [("__add__", "__radd__", Add), ...])`.
#[macro_export]
macro_rules! install_number_dunders {
    ($ty:expr, $cls:path, [$(($name:literal, $rname:literal, $op:ident)),* $(,)?]) => {{
        $(
            {
                fn forward(
                    args: &[$crate::value::Value],
                    kw: &[$crate::value::Value],
                ) -> $crate::error::PyResult<$crate::value::Value> {
                    $crate::ops::number_binary_dunder(
                        args, kw, $cls, $name, ::ember_bytecode::BinOp::$op, false,
                    )
                }
                fn reflected(
                    args: &[$crate::value::Value],
                    kw: &[$crate::value::Value],
                ) -> $crate::error::PyResult<$crate::value::Value> {
                    $crate::ops::number_binary_dunder(
                        args, kw, $cls, $rname, ::ember_bytecode::BinOp::$op, true,
                    )
                }
                $crate::types::add_method($ty, $name, forward);
                $crate::types::add_method($ty, $rname, reflected);
            }
        )*
    }};
}

/// Registers a numeric type's six comparison wrappers on `ty`.
#[macro_export]
macro_rules! install_number_comparisons {
    ($ty:expr, $cls:path) => {{
        $crate::install_number_comparisons!(@one $ty, $cls, "__lt__", Lt);
        $crate::install_number_comparisons!(@one $ty, $cls, "__le__", Le);
        $crate::install_number_comparisons!(@one $ty, $cls, "__eq__", Eq);
        $crate::install_number_comparisons!(@one $ty, $cls, "__ne__", Ne);
        $crate::install_number_comparisons!(@one $ty, $cls, "__gt__", Gt);
        $crate::install_number_comparisons!(@one $ty, $cls, "__ge__", Ge);
    }};
    (@one $ty:expr, $cls:path, $name:literal, $op:ident) => {{
        fn compare(
            args: &[$crate::value::Value],
            kw: &[$crate::value::Value],
        ) -> $crate::error::PyResult<$crate::value::Value> {
            $crate::ops::number_compare_dunder(args, kw, $cls, $name, ::ember_bytecode::CmpOp::$op)
        }
        $crate::types::add_method($ty, $name, compare);
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ratio(n: u64, d: u64, e: i64) -> Option<f64> {
        ratio_to_f64(&BigUint::from(n), &BigUint::from(d), e)
    }

    #[test]
    fn ratio_rounds_to_nearest_even() {
        assert_eq!(ratio(1, 3, 0), Some(1.0 / 3.0));
        assert_eq!(ratio(2, 3, 0), Some(2.0 / 3.0));
        assert_eq!(ratio((1 << 53) + 1, 1, 0), Some(9007199254740992.0));
        assert_eq!(ratio((1 << 53) + 3, 1, 0), Some(9007199254740996.0));
        assert_eq!(ratio(1, 1, -1074), Some(5e-324));
        assert_eq!(ratio(1, 1, -1075), Some(0.0));
        assert_eq!(ratio(3, 1, -1076), Some(5e-324));
        assert_eq!(ratio(1, 1, 1023), Some(8.98846567431158e307));
        assert_eq!(ratio(1, 1, 1024), None);
        assert_eq!(ratio(0, 7, 5000), Some(0.0));
    }

    #[test]
    fn float_parts_are_exact() {
        assert_eq!(float_parts(1.0), (1 << 52, -52));
        assert_eq!(float_parts(-0.5), (-(1 << 52), -53));
        assert_eq!(float_parts(5e-324), (1, -1074));
        let (m, e) = float_parts(0.1);
        assert_eq!(ldexp(m as f64, e), 0.1);
    }

    #[test]
    fn ldexp_reaches_subnormals_in_one_rounding() {
        assert_eq!(ldexp(1.0, -1074), 5e-324);
        assert_eq!(ldexp(4.0, -1076), 5e-324);
        assert_eq!(ldexp(1.0, 1024), f64::INFINITY);
        assert_eq!(ldexp(3.0, 1), 6.0);
    }

    #[test]
    fn float_divmod_matches_cpython() {
        assert_eq!(float_divmod(5.5, 2.0), (2.0, 1.5));
        assert_eq!(float_divmod(-5.5, 2.0), (-3.0, 0.5));
        let (d, m) = float_divmod(-0.0, 5.0);
        assert!(d == 0.0 && d.is_sign_negative() && m == 0.0 && m.is_sign_positive());
    }
}
