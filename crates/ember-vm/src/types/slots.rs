//! Data-model dunder methods of the built-in types (`list.__getitem__`,
//! `int.__add__`, `str.__len__` ...), as wrappers around the generic operations in
//! `ops`, so that explicit calls such as `lst.__setitem__(5, 0)` and `int.__add__(1, 2)`
//! behave as in CPython. Binary operators answer NotImplemented for operands of other
//! types; they never fall back to the reflected operand themselves.

use crate::error::PyResult;
use crate::object::Kind;
use crate::objects::int::new_int;
use crate::objects::str::StrData;
use crate::objects::typeobj::type_data;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use ember_bytecode::{BinOp, CmpOp};

macro_rules! binop_wrappers {
    ($($name:ident => $op:expr, $reflected:expr;)*) => {
        $(
            fn $name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
                Args::new(args, kw).arity(stringify!($name), 2, 2)?;
                let (a, b) = if $reflected { (&args[1], &args[0]) } else { (&args[0], &args[1]) };
                Ok(ops::builtin_binop(a, b, $op)?.unwrap_or(Value::NOT_IMPLEMENTED))
            }
        )*
    };
}

binop_wrappers! {
    add => BinOp::Add, false;
    sub => BinOp::Sub, false;
    rsub => BinOp::Sub, true;
    mul => BinOp::Mul, false;
    rmul => BinOp::Mul, true;
    modulo => BinOp::Mod, false;
    and => BinOp::And, false;
    rand => BinOp::And, true;
    or => BinOp::Or, false;
    ror => BinOp::Or, true;
    xor => BinOp::Xor, false;
    rxor => BinOp::Xor, true;
}

macro_rules! cmp_wrappers {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
                Args::new(args, kw).arity(stringify!($name), 2, 2)?;
                ops::builtin_richcompare(&args[0], &args[1], $op)
            }
        )*
    };
}

cmp_wrappers! {
    lt => CmpOp::Lt;
    le => CmpOp::Le;
    eq => CmpOp::Eq;
    ne => CmpOp::Ne;
    gt => CmpOp::Gt;
    ge => CmpOp::Ge;
}

// The wrappers run the built-in operation itself (`ops::builtin_*`): a subclass that
// overrides `__getitem__` and calls `list.__getitem__(self, i)` reaches list's code.
fn hash(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(ops::builtin_hash(&args[0])?))
}
fn len(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__len__", 1, 1)?;
    Ok(new_int(ops::builtin_len(&args[0])? as i64))
}
fn getitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__getitem__", 2, 2)?;
    ops::builtin_getitem(&args[0], &args[1])
}
fn setitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__setitem__", 3, 3)?;
    ops::builtin_setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::NONE)
}
fn delitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__delitem__", 2, 2)?;
    ops::builtin_delitem(&args[0], &args[1])?;
    Ok(Value::NONE)
}
fn contains(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__contains__", 2, 2)?;
    Ok(Value::bool(ops::builtin_contains(&args[0], &args[1])?))
}
fn iter(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::builtin_iter(&args[0])
}
fn repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    ops::builtin_repr_value(&args[0])
}
/// `str.__str__` gives the text as an exact str; the other built-ins' `__str__` is
/// `object.__str__`, which is `repr` (a subclass's `__repr__` included).
fn str_(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    match args[0].downcast::<crate::objects::str::StrData>() {
        Some(_) if crate::objects::typeobj::type_of(&args[0]).is(&types().str) => {
            Ok(args[0].clone())
        }
        Some(s) => Ok(crate::objects::str::new_str(s.as_str())),
        None => ops::repr_value(&args[0]),
    }
}
macro_rules! inplace_wrappers {
    ($($name:ident => $op:expr;)*) => {
        $(
            fn $name(args: &[Value], kw: &[Value]) -> PyResult<Value> {
                Args::new(args, kw).arity(stringify!($name), 2, 2)?;
                Ok(ops::builtin_inplace(&args[0], &args[1], $op)?.unwrap_or(Value::NOT_IMPLEMENTED))
            }
        )*
    };
}

inplace_wrappers! {
    iadd => BinOp::Add;
    imul => BinOp::Mul;
    iand => BinOp::And;
    ior => BinOp::Or;
    ixor => BinOp::Xor;
    isub => BinOp::Sub;
}

fn reversed(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    crate::builtins::call_builtin("reversed", &args[..1])
}

/// Adds the wrapper unless the type already has the method, itself or from a base
/// other than `object` (so `bool` inherits `int`'s, as in CPython).
fn add_if_missing(ty: &Value, name: &'static str, f: crate::objects::native::NativeFn) {
    let key = StrData::intern_static(name);
    let inherited = type_data(ty).lookup(&key);
    let from_object = type_data(&types().object).dict().get_str(&key);
    let missing = match (inherited, from_object) {
        (None, _) => true,
        (Some(m), Some(o)) => m.is(&o),
        (Some(_), None) => false,
    };
    if missing {
        super::add_method(ty, name, f);
    }
}

/// Installs the dunders each built-in type supports (after the type's own `install`, so
/// specific implementations win).
pub fn install_all() {
    let t = types();
    // int, bool, float and complex install their own number methods (types/int.rs,
    // float.rs, complex.rs); the wrappers here serve the other built-in types.
    for ty in [&t.set, &t.frozenset, &t.dict_keys, &t.dict_items] {
        for (n, f) in [
            ("__and__", and as crate::objects::native::NativeFn),
            ("__rand__", rand),
            ("__or__", or),
            ("__ror__", ror),
            ("__xor__", xor),
            ("__rxor__", rxor),
            ("__sub__", sub),
            ("__rsub__", rsub),
        ] {
            add_if_missing(ty, n, f);
        }
    }
    add_if_missing(&t.dict, "__or__", or);
    add_if_missing(&t.dict, "__ror__", ror);
    add_if_missing(&t.dict, "__ior__", ior);
    for ty in [&t.list, &t.bytearray] {
        add_if_missing(ty, "__iadd__", iadd);
        add_if_missing(ty, "__imul__", imul);
    }
    for (n, f) in [
        ("__iand__", iand as crate::objects::native::NativeFn),
        ("__ior__", ior),
        ("__ixor__", ixor),
        ("__isub__", isub),
    ] {
        add_if_missing(&t.set, n, f);
    }
    for ty in [&t.str, &t.bytes, &t.bytearray, &t.list, &t.tuple] {
        for (n, f) in [
            ("__add__", add as crate::objects::native::NativeFn),
            ("__mul__", mul),
            ("__rmul__", rmul),
        ] {
            add_if_missing(ty, n, f);
        }
    }
    for ty in [&t.str, &t.bytes, &t.bytearray] {
        add_if_missing(ty, "__mod__", modulo);
    }
    let all: Vec<&Value> = t.all().into_iter().map(|(_, ty)| ty).collect();
    for ty in all {
        let kind = type_data(ty).instance_kind;
        let exceptions_or_object = kind == Kind::Instance;
        if exceptions_or_object {
            continue;
        }
        if kind == Kind::Type {
            // `type` compares, hashes and prints through object's methods (a
            // metaclass's `__eq__` then also answers `!=`).
            add_if_missing(ty, "__repr__", repr);
            continue;
        }
        for (n, f) in [
            ("__lt__", lt as crate::objects::native::NativeFn),
            ("__le__", le),
            ("__eq__", eq),
            ("__ne__", ne),
            ("__gt__", gt),
            ("__ge__", ge),
            ("__repr__", repr),
        ] {
            add_if_missing(ty, n, f);
        }
        // Like CPython, only str and bytes define `__str__`; the other built-ins inherit
        // object's (enum's ReprEnum relies on `int.__str__ is object.__str__`).
        if matches!(kind, Kind::Str | Kind::Bytes) {
            add_if_missing(ty, "__str__", str_);
        }
        let hashable = !matches!(
            kind,
            Kind::List | Kind::Dict | Kind::ByteArray | Kind::Slice
        ) && !ty.is(&t.set);
        if hashable {
            add_if_missing(ty, "__hash__", hash);
        }
        let container = matches!(
            kind,
            Kind::Str
                | Kind::Bytes
                | Kind::ByteArray
                | Kind::Tuple
                | Kind::List
                | Kind::Dict
                | Kind::Set
                | Kind::Range
                | Kind::DictView
        );
        if container {
            add_if_missing(ty, "__len__", len);
            add_if_missing(ty, "__contains__", contains);
            add_if_missing(ty, "__iter__", iter);
            if kind != Kind::Set && kind != Kind::DictView {
                add_if_missing(ty, "__getitem__", getitem);
            }
        }
        if matches!(kind, Kind::List | Kind::Dict | Kind::ByteArray) {
            add_if_missing(ty, "__setitem__", setitem);
            add_if_missing(ty, "__delitem__", delitem);
        }
        if matches!(kind, Kind::List) {
            add_if_missing(ty, "__reversed__", reversed);
        }
    }
}
