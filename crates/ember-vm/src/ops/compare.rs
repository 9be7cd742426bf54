//! Comparison and truth: `==` without Python code where the types allow (`fast_eq`),
//! rich comparison with reflection and the identity fallback for `==`/`!=`, numeric
//! comparison across int/float/big int, lexicographic sequence comparison, `bool()`.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::bytes::{ByteArrayData, BytesData};
use crate::objects::complex::ComplexData;
use crate::objects::dict::DictData;
use crate::objects::float::FloatData;
use crate::objects::int::{to_bigint, BigIntData};
use crate::objects::list::ListData;
use crate::objects::set::SetData;
use crate::objects::str::StrData;
use crate::objects::tuple::TupleData;
use crate::objects::typeobj::{is_subclass, type_data, type_name, type_of};
use crate::value::Value;
use ember_bytecode::CmpOp;
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive, Zero};
use std::cmp::Ordering;

/// A number as one of the numeric tower's exact representations.
pub enum Num {
    Int(i64),
    Big(BigInt),
    Float(f64),
}

/// `v` as a real number, for int, bool, big int and float.
#[inline]
pub fn as_num(v: &Value) -> Option<Num> {
    if let Some(i) = v.as_small_int() {
        return Some(Num::Int(i));
    }
    if v.is_bool() {
        return Some(Num::Int(i64::from(v.is_true_imm())));
    }
    match v.kind()? {
        Kind::Float => Some(Num::Float(v.downcast::<FloatData>()?.0)),
        Kind::BigInt => Some(Num::Big(v.downcast::<BigIntData>()?.0.clone())),
        _ => None,
    }
}

/// Exact comparison of a big int with a float (None when the float is NaN).
fn cmp_big_float(b: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    let fl = f.floor();
    let fb = BigInt::from_f64(fl)?;
    match b.cmp(&fb) {
        Ordering::Equal => {
            if f > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}

/// Compares two real numbers exactly (None when either is NaN).
pub fn num_cmp(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => {
            if x.unsigned_abs() < (1u64 << 53) {
                (*x as f64).partial_cmp(y)
            } else {
                cmp_big_float(&BigInt::from(*x), *y)
            }
        }
        (Num::Float(x), Num::Int(y)) => {
            num_cmp(&Num::Int(*y), &Num::Float(*x)).map(|o| o.reverse())
        }
        (Num::Big(x), Num::Big(y)) => Some(x.cmp(y)),
        (Num::Big(x), Num::Int(y)) => Some(x.cmp(&BigInt::from(*y))),
        (Num::Int(x), Num::Big(y)) => Some(BigInt::from(*x).cmp(y)),
        (Num::Big(x), Num::Float(y)) => cmp_big_float(x, *y),
        (Num::Float(x), Num::Big(y)) => cmp_big_float(y, *x).map(|o| o.reverse()),
    }
}

fn ord_matches(o: Option<Ordering>, op: CmpOp) -> bool {
    match o {
        None => op == CmpOp::Ne,
        Some(o) => match op {
            CmpOp::Lt => o == Ordering::Less,
            CmpOp::Le => o != Ordering::Greater,
            CmpOp::Eq => o == Ordering::Equal,
            CmpOp::Ne => o != Ordering::Equal,
            CmpOp::Gt => o == Ordering::Greater,
            CmpOp::Ge => o != Ordering::Less,
            _ => false,
        },
    }
}

/// `a == b` when it can be decided without running Python code.
#[inline]
pub fn fast_eq(a: &Value, b: &Value) -> Option<bool> {
    if a.is(b) {
        // Identity implies equality for containers and keys (CPython's
        // PyObject_RichCompareBool), even for a NaN.
        return Some(true);
    }
    if crate::objects::subclass::has_subclass_flag(a)
        || crate::objects::subclass::has_subclass_flag(b)
    {
        // A subclass may override `__eq__`.
        return None;
    }
    match (a.kind(), b.kind()) {
        (Some(Kind::Str), Some(Kind::Str)) => {
            let (x, y) = (a.downcast::<StrData>()?, b.downcast::<StrData>()?);
            Some(x.as_bytes() == y.as_bytes())
        }
        (Some(Kind::Str), k) | (k, Some(Kind::Str)) if k != Some(Kind::Instance) => Some(false),
        _ => {
            let (x, y) = (as_num(a)?, as_num(b)?);
            Some(num_cmp(&x, &y) == Some(Ordering::Equal))
        }
    }
}

/// `bool(a == b)`.
pub fn eq_bool(a: &Value, b: &Value) -> PyResult<bool> {
    if let Some(r) = fast_eq(a, b) {
        return Ok(r);
    }
    let r = richcompare(a, b, CmpOp::Eq)?;
    is_true(&r)
}

/// Comparison of built-in types; None means NotImplemented.
fn builtin_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<bool>> {
    if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
        return Ok(Some(ord_matches(num_cmp(&x, &y), op)));
    }
    let (ka, kb) = (a.kind(), b.kind());
    if ka != kb {
        // complex == real
        if matches!(op, CmpOp::Eq | CmpOp::Ne) {
            if let (Some(c), Some(n)) = (a.downcast::<ComplexData>(), as_num(b)) {
                return Ok(Some(complex_eq_num(c, &n) == (op == CmpOp::Eq)));
            }
            if let (Some(n), Some(c)) = (as_num(a), b.downcast::<ComplexData>()) {
                return Ok(Some(complex_eq_num(c, &n) == (op == CmpOp::Eq)));
            }
        }
        // bytes and bytearray compare with each other.
        if let (Some(x), Some(y)) = (
            crate::objects::bytes::bytes_like(a),
            crate::objects::bytes::bytes_like(b),
        ) {
            return Ok(Some(ord_matches(Some(x.cmp(&y)), op)));
        }
        // Dict views compare with sets (and with each other).
        if ka == Some(Kind::DictView) || kb == Some(Kind::DictView) {
            return crate::types::dict::view_compare(a, b, op);
        }
        // set and frozenset compare with each other.
        if !(ka == Some(Kind::Set) && kb == Some(Kind::Set)) {
            return Ok(None);
        }
    }
    match ka {
        Some(Kind::Str) => {
            let (x, y) = (
                a.downcast::<StrData>().expect("k"),
                b.downcast::<StrData>().expect("k"),
            );
            // Byte order is code point order (objects/str_utf8.rs).
            Ok(Some(ord_matches(Some(x.as_bytes().cmp(y.as_bytes())), op)))
        }
        Some(Kind::Tuple) => {
            let x = a.downcast::<TupleData>().expect("k").0.to_vec();
            let y = b.downcast::<TupleData>().expect("k").0.to_vec();
            seq_compare(&x, &y, op).map(Some)
        }
        Some(Kind::List) => {
            let x = a.downcast::<ListData>().expect("k").to_vec();
            let y = b.downcast::<ListData>().expect("k").to_vec();
            seq_compare(&x, &y, op).map(Some)
        }
        Some(Kind::Bytes) => {
            let (x, y) = (
                &a.downcast::<BytesData>().expect("k").0,
                &b.downcast::<BytesData>().expect("k").0,
            );
            Ok(Some(ord_matches(Some(x.cmp(y)), op)))
        }
        Some(Kind::ByteArray) => {
            let x = a.downcast::<ByteArrayData>().expect("k").bytes().to_vec();
            let y = b.downcast::<ByteArrayData>().expect("k").bytes().to_vec();
            Ok(Some(ord_matches(Some(x.cmp(&y)), op)))
        }
        Some(Kind::Complex) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let (x, y) = (
                a.downcast::<ComplexData>().expect("k"),
                b.downcast::<ComplexData>().expect("k"),
            );
            Ok(Some((x.re == y.re && x.im == y.im) == (op == CmpOp::Eq)))
        }
        Some(Kind::Dict) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let eq = dict_eq(
                a.downcast::<DictData>().expect("k"),
                b.downcast::<DictData>().expect("k"),
            )?;
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        Some(Kind::Set) => set_compare(
            a.downcast::<SetData>().expect("k"),
            b.downcast::<SetData>().expect("k"),
            op,
        )
        .map(Some),
        Some(Kind::Range) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let x = crate::types::range::range_items_key(a);
            let y = crate::types::range::range_items_key(b);
            Ok(Some((x == y) == (op == CmpOp::Eq)))
        }
        Some(Kind::Slice) => {
            let x = slice_tuple(a);
            let y = slice_tuple(b);
            seq_compare(&x, &y, op).map(Some)
        }
        Some(Kind::DictView) => crate::types::dict::view_compare(a, b, op),
        Some(Kind::BoundMethod) => {
            if !matches!(op, CmpOp::Eq | CmpOp::Ne) {
                return Ok(None);
            }
            let x = a
                .downcast::<crate::objects::function::BoundMethodData>()
                .expect("k");
            let y = b
                .downcast::<crate::objects::function::BoundMethodData>()
                .expect("k");
            let eq = x.self_.is(&y.self_) && eq_bool(&x.func, &y.func)?;
            Ok(Some(eq == (op == CmpOp::Eq)))
        }
        _ => Ok(None),
    }
}

fn slice_tuple(v: &Value) -> Vec<Value> {
    let s = v
        .downcast::<crate::objects::slice::SliceData>()
        .expect("slice");
    vec![s.start.clone(), s.stop.clone(), s.step.clone()]
}

fn complex_eq_num(c: &ComplexData, n: &Num) -> bool {
    c.im == 0.0 && num_cmp(&Num::Float(c.re), n) == Some(Ordering::Equal)
}

/// Lexicographic comparison of two sequences (items compared with `==` first).
pub fn seq_compare(x: &[Value], y: &[Value], op: CmpOp) -> PyResult<bool> {
    let n = x.len().min(y.len());
    for i in 0..n {
        if !eq_bool(&x[i], &y[i])? {
            return match op {
                CmpOp::Eq => Ok(false),
                CmpOp::Ne => Ok(true),
                _ => {
                    let r = richcompare(&x[i], &y[i], op)?;
                    is_true(&r)
                }
            };
        }
    }
    Ok(ord_matches(Some(x.len().cmp(&y.len())), op))
}

fn dict_eq(a: &DictData, b: &DictData) -> PyResult<bool> {
    if a.len() != b.len() {
        return Ok(false);
    }
    for (k, v) in a.items() {
        match b.get(&k)? {
            Some(v2) => {
                if !eq_bool(&v, &v2)? {
                    return Ok(false);
                }
            }
            None => return Ok(false),
        }
    }
    Ok(true)
}

fn is_subset(a: &SetData, b: &SetData) -> PyResult<bool> {
    if a.len() > b.len() {
        return Ok(false);
    }
    for k in a.items() {
        if !b.contains(&k)? {
            return Ok(false);
        }
    }
    Ok(true)
}

fn set_compare(a: &SetData, b: &SetData, op: CmpOp) -> PyResult<bool> {
    Ok(match op {
        CmpOp::Eq => a.len() == b.len() && is_subset(a, b)?,
        CmpOp::Ne => !(a.len() == b.len() && is_subset(a, b)?),
        CmpOp::Le => is_subset(a, b)?,
        CmpOp::Lt => a.len() < b.len() && is_subset(a, b)?,
        CmpOp::Ge => is_subset(b, a)?,
        CmpOp::Gt => a.len() > b.len() && is_subset(b, a)?,
        _ => false,
    })
}

/// Calls `a.__op__(b)` when `a`'s type is a Python class defining it. None when the type
/// has no such method (or it is the built-in one).
fn user_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if a.kind() != Some(Kind::Instance) {
        return match super::override_of(a, op.dunder()) {
            Some(m) => super::call_method_value(&m, a, std::slice::from_ref(b)).map(Some),
            None => Ok(None),
        };
    }
    let td = type_data(type_of(a));
    let name = StrData::intern_static(op.dunder());
    let Some(m) = td.lookup(&name) else {
        return Ok(None);
    };
    // object's own comparisons are the identity fallback of `richcompare`; other native
    // ones (struct sequences) are real comparisons.
    if let Some(n) = m.downcast::<crate::objects::native::NativeFunctionData>() {
        if n.owner.is(&crate::vm::types().object) {
            return Ok(None);
        }
    }
    super::call_method_value(&m, a, std::slice::from_ref(b)).map(Some)
}

/// True when `a`'s class is a Python subclass of a built-in type whose `!=` is
/// object's default (the inverse of `==`), as for classes whose metaclass defines `__eq__`.
fn inherits_object_ne(a: &Value) -> bool {
    if !crate::objects::subclass::has_subclass_flag(a) {
        return false;
    }
    let key = StrData::intern_static("__ne__");
    let object_ne = type_data(&crate::vm::types().object).dict().get_str(&key);
    match (type_data(type_of(a)).lookup(&key), object_ne) {
        (Some(m), Some(o)) => m.is(&o),
        _ => false,
    }
}

/// A built-in type's own comparison (`int.__lt__`): NotImplemented for other types.
pub fn builtin_richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    if matches!(op, CmpOp::Eq | CmpOp::Ne) && a.is(b) && a.kind() != Some(Kind::Float) {
        return Ok(Value::bool(op == CmpOp::Eq));
    }
    Ok(match builtin_compare(a, b, op)? {
        Some(r) => Value::bool(r),
        None => Value::NOT_IMPLEMENTED,
    })
}

/// One direction of the comparison: Python dunder, or built-in; None = NotImplemented.
fn try_compare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Value>> {
    if let Some(r) = user_compare(a, b, op)? {
        if !r.is_not_implemented() {
            return Ok(Some(r));
        }
        return Ok(None);
    }
    if op == CmpOp::Ne && (a.kind() == Some(Kind::Instance) || inherits_object_ne(a)) {
        // Default __ne__: the inverse of __eq__ unless that is NotImplemented.
        if let Some(r) = user_compare(a, b, CmpOp::Eq)? {
            if r.is_not_implemented() {
                return Ok(None);
            }
            return Ok(Some(Value::bool(!is_true(&r)?)));
        }
    }
    Ok(builtin_compare(a, b, op)?.map(Value::bool))
}

/// `a <op> b` for the six rich comparisons, `is`, `is not`, `in`, `not in`.
pub fn richcompare(a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
    match op {
        CmpOp::Is => return Ok(Value::bool(a.is(b))),
        CmpOp::IsNot => return Ok(Value::bool(!a.is(b))),
        CmpOp::In => return Ok(Value::bool(super::contains(b, a)?)),
        CmpOp::NotIn => return Ok(Value::bool(!super::contains(b, a)?)),
        _ => {}
    }
    let (ta, tb) = (type_of(a), type_of(b));
    let reflected_first = !ta.is(tb) && is_subclass(tb, ta) && super::user_typed(b);
    if reflected_first {
        if let Some(r) = try_compare(b, a, op.swapped())? {
            return Ok(r);
        }
    }
    if let Some(r) = try_compare(a, b, op)? {
        return Ok(r);
    }
    if !reflected_first {
        if let Some(r) = try_compare(b, a, op.swapped())? {
            return Ok(r);
        }
    }
    match op {
        CmpOp::Eq => Ok(Value::bool(a.is(b))),
        CmpOp::Ne => Ok(Value::bool(!a.is(b))),
        _ => Err(PyErr::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name(a),
            type_name(b)
        ))),
    }
}

/// `bool(v)`.
pub fn is_true(v: &Value) -> PyResult<bool> {
    if v.is_true_imm() {
        return Ok(true);
    }
    if v.is_false_imm() || v.is_none() {
        return Ok(false);
    }
    if let Some(i) = v.as_small_int() {
        return Ok(i != 0);
    }
    if crate::objects::subclass::has_subclass_flag(v) {
        if let Some(b) = subclass_truth(v)? {
            return Ok(b);
        }
    }
    Ok(match v.kind() {
        None => true,
        Some(Kind::Str) => v.downcast::<StrData>().expect("k").char_len() != 0,
        Some(Kind::List) => !v.downcast::<ListData>().expect("k").is_empty(),
        Some(Kind::Tuple) => !v.downcast::<TupleData>().expect("k").0.is_empty(),
        Some(Kind::Dict) => !v.downcast::<DictData>().expect("k").is_empty(),
        Some(Kind::Set) => !v.downcast::<SetData>().expect("k").is_empty(),
        Some(Kind::Float) => v.downcast::<FloatData>().expect("k").0 != 0.0,
        Some(Kind::BigInt) => !v.downcast::<BigIntData>().expect("k").0.is_zero(),
        Some(Kind::Complex) => {
            let c = v.downcast::<ComplexData>().expect("k");
            c.re != 0.0 || c.im != 0.0
        }
        Some(Kind::Bytes) => !v.downcast::<BytesData>().expect("k").0.is_empty(),
        Some(Kind::ByteArray) => !v.downcast::<ByteArrayData>().expect("k").bytes().is_empty(),
        Some(Kind::Range) => crate::types::range::range_len(v) != 0,
        Some(Kind::DictView) => super::len(v)? != 0,
        Some(Kind::Instance) => return instance_truth(v),
        _ => true,
    })
}

/// `bool(v)` for an instance of a Python subclass of a built-in type: an overridden
/// `__bool__`, else (for containers) an overridden `__len__`, else the built-in's truth.
fn subclass_truth(v: &Value) -> PyResult<Option<bool>> {
    if let Some(m) = super::override_of(v, "__bool__") {
        return bool_result(&super::call_method_value(&m, v, &[])?).map(Some);
    }
    let number = matches!(v.kind(), Some(Kind::BigInt | Kind::Float | Kind::Complex));
    if !number && super::override_of(v, "__len__").is_some() {
        return Ok(Some(super::len(v)? != 0));
    }
    Ok(None)
}

fn bool_result(r: &Value) -> PyResult<bool> {
    if r.is_bool() {
        return Ok(r.is_true_imm());
    }
    Err(PyErr::type_error(format!(
        "__bool__ should return bool, returned {}",
        type_name(r)
    )))
}

fn instance_truth(v: &Value) -> PyResult<bool> {
    let td = type_data(type_of(v));
    if let Some(m) = td.lookup(&StrData::intern_static("__bool__")) {
        return bool_result(&super::call_method_value(&m, v, &[])?);
    }
    if td.lookup(&StrData::intern_static("__len__")).is_some() {
        return Ok(super::len(v)? != 0);
    }
    Ok(true)
}

/// An int's value as i64 for comparisons of lengths and indexes.
pub fn bigint_to_i64(v: &Value) -> Option<i64> {
    to_bigint(v).and_then(|b| b.to_i64())
}
