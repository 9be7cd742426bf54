//! The `_operator` module: the native versions of `operator`'s functions (so `sorted(
//! key=itemgetter(1))` and `map(operator.add, ...)` call no Python code), and the
//! `itemgetter`, `attrgetter` and `methodcaller` types.

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::int::new_int;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::NativeFn;
use crate::objects::native_state::{expect_state, new_with_state};
use crate::objects::str::{as_str, new_string, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::types::args::{as_ssize, check_positional, Args};
use crate::value::Value;
use ember_bytecode::{BinOp, CmpOp, UnOp};

use super::native_types::{new_native_type, registered};

/// `_operator.<name>(a, b)`: positional only, exactly two.
fn two<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<(&'a Value, &'a Value)> {
    if !kw.is_empty() {
        Args::new(args, kw).no_kwargs(&format!("_operator.{}", name))?;
    }
    check_positional(name, args.len(), 2, 2)?;
    Ok((&args[0], &args[1]))
}

/// `_operator.<name>(a)`: `METH_O`.
fn one<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        Args::new(args, kw).no_kwargs(&format!("_operator.{}", name))?;
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "_operator.{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )));
    }
    Ok(&args[0])
}

macro_rules! binary_functions {
    ($($fname:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
                let (a, b) = two(args, kw, $name)?;
                ops::binary_op(a, b, $op)
            }
        )*
        const BINARY: &[(&str, NativeFn)] = &[$(($name, $fname as NativeFn)),*];
    };
}

binary_functions! {
    add => "add", BinOp::Add;
    sub => "sub", BinOp::Sub;
    mul => "mul", BinOp::Mul;
    matmul => "matmul", BinOp::MatMul;
    truediv => "truediv", BinOp::TrueDiv;
    floordiv => "floordiv", BinOp::FloorDiv;
    modulo => "mod", BinOp::Mod;
    pow => "pow", BinOp::Pow;
    lshift => "lshift", BinOp::LShift;
    rshift => "rshift", BinOp::RShift;
    and => "and_", BinOp::And;
    or => "or_", BinOp::Or;
    xor => "xor", BinOp::Xor;
    iadd => "iadd", BinOp::InplaceAdd;
    isub => "isub", BinOp::InplaceSub;
    imul => "imul", BinOp::InplaceMul;
    imatmul => "imatmul", BinOp::InplaceMatMul;
    itruediv => "itruediv", BinOp::InplaceTrueDiv;
    ifloordiv => "ifloordiv", BinOp::InplaceFloorDiv;
    imod => "imod", BinOp::InplaceMod;
    ipow => "ipow", BinOp::InplacePow;
    ilshift => "ilshift", BinOp::InplaceLShift;
    irshift => "irshift", BinOp::InplaceRShift;
    iand => "iand", BinOp::InplaceAnd;
    ior => "ior", BinOp::InplaceOr;
    ixor => "ixor", BinOp::InplaceXor;
}

macro_rules! compare_functions {
    ($($fname:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
                let (a, b) = two(args, kw, $name)?;
                ops::richcompare(a, b, $op)
            }
        )*
        const COMPARE: &[(&str, NativeFn)] = &[$(($name, $fname as NativeFn)),*];
    };
}

compare_functions! {
    lt => "lt", CmpOp::Lt;
    le => "le", CmpOp::Le;
    eq => "eq", CmpOp::Eq;
    ne => "ne", CmpOp::Ne;
    gt => "gt", CmpOp::Gt;
    ge => "ge", CmpOp::Ge;
}

macro_rules! unary_functions {
    ($($fname:ident => $name:literal, $op:expr;)*) => {
        $(
            fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
                ops::unary_op(one(args, kw, $name)?, $op)
            }
        )*
        const UNARY: &[(&str, NativeFn)] = &[$(($name, $fname as NativeFn)),*];
    };
}

unary_functions! {
    neg => "neg", UnOp::Neg;
    pos => "pos", UnOp::Pos;
    inv => "inv", UnOp::Invert;
    invert => "invert", UnOp::Invert;
}

fn not_(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(!ops::is_true(one(args, kw, "not_")?)?))
}
fn truth(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(ops::is_true(one(args, kw, "truth")?)?))
}
fn abs(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = one(args, kw, "abs")?;
    crate::builtins::call_builtin("abs", std::slice::from_ref(a))
}
fn index(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = one(args, kw, "index")?;
    ops::index_opt(a)?.ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(a)
        ))
    })
}
fn is_(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, kw, "is_")?;
    Ok(Value::bool(a.is(b)))
}
fn is_not(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, kw, "is_not")?;
    Ok(Value::bool(!a.is(b)))
}
fn contains(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, kw, "contains")?;
    Ok(Value::bool(ops::contains(a, b)?))
}
fn getitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, kw, "getitem")?;
    ops::getitem(a, b)
}
fn setitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).no_kwargs("_operator.setitem")?;
    check_positional("setitem", args.len(), 3, 3)?;
    ops::setitem(&args[0], &args[1], args[2].clone())?;
    Ok(Value::NONE)
}
fn delitem(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, kw, "delitem")?;
    ops::delitem(a, b)?;
    Ok(Value::NONE)
}

/// `PySequence_Check`: a `__getitem__` that is not a dict's.
fn is_sequence(v: &Value) -> bool {
    v.downcast::<DictData>().is_none() && ops::lookup_special(v, "__getitem__").is_some()
}

fn concat_common(args: &[Value], kw: &[Value], name: &str, op: BinOp) -> PyResult<Value> {
    let (a, b) = two(args, kw, name)?;
    if !is_sequence(a) {
        return Err(PyErr::type_error(format!(
            "'{}' object can't be concatenated",
            type_name(a)
        )));
    }
    ops::binary_op(a, b, op)
}
fn concat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    concat_common(args, kw, "concat", BinOp::Add)
}
fn iconcat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    concat_common(args, kw, "iconcat", BinOp::InplaceAdd)
}

fn count_of(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, kw, "countOf")?;
    let it = ops::get_iter(a)?;
    let mut n = 0;
    while let Some(x) = ops::next(&it)? {
        if x.is(b) || ops::eq_bool(&x, b)? {
            n += 1;
        }
    }
    Ok(new_int(n))
}

fn index_of(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, kw, "indexOf")?;
    let it = ops::get_iter(a)?;
    let mut i = 0;
    while let Some(x) = ops::next(&it)? {
        if x.is(b) || ops::eq_bool(&x, b)? {
            return Ok(new_int(i));
        }
        i += 1;
    }
    Err(PyErr::value_error("sequence.index(x): x not in sequence"))
}

/// `operator.length_hint(obj, default=0)` (CPython's `PyObject_LengthHint`).
fn length_hint(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).no_kwargs("_operator.length_hint")?;
    check_positional("length_hint", args.len(), 1, 2)?;
    let obj = &args[0];
    let default = match args.get(1) {
        Some(d) => as_ssize(d)?,
        None => 0,
    };
    match ops::len(obj) {
        Ok(n) => return Ok(new_int(n as i64)),
        Err(e) if e.matches(&crate::vm::types().type_error) => {}
        Err(e) => return Err(e),
    }
    if let Some(it) = obj.downcast::<crate::objects::iter::NativeIterData>() {
        if let Some(n) = it.length_hint() {
            return Ok(new_int(n as i64));
        }
    }
    let Some(m) = ops::lookup_special(obj, "__length_hint__") else {
        return Ok(new_int(default as i64));
    };
    let r = match ops::call_method_value(&m, obj, &[]) {
        Ok(r) => r,
        Err(e) if e.matches(&crate::vm::types().type_error) => return Ok(new_int(default as i64)),
        Err(e) => return Err(e),
    };
    if r.is_not_implemented() {
        return Ok(new_int(default as i64));
    }
    if !crate::objects::int::is_int(&r) {
        return Err(PyErr::type_error(format!(
            "__length_hint__ must be an integer, not {}",
            type_name(&r)
        )));
    }
    let n = as_ssize(&r)?;
    if n < 0 {
        return Err(PyErr::value_error("__length_hint__() should return >= 0"));
    }
    Ok(new_int(n as i64))
}

fn call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if args.len() == kw.len() {
        return Err(PyErr::type_error(
            "call() missing required argument 'obj' (pos 1)",
        ));
    }
    ops::call(&args[0], &args[1..], kw)
}

fn compare_digest(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (a, b) = two(args, kw, "_compare_digest")?;
    if let (Some(x), Some(y)) = (as_str(a), as_str(b)) {
        if !x.is_ascii() || !y.is_ascii() {
            return Err(PyErr::type_error(
                "comparing strings with non-ASCII characters is not supported",
            ));
        }
        return Ok(Value::bool(x == y));
    }
    match (
        crate::objects::bytes::bytes_like(a),
        crate::objects::bytes::bytes_like(b),
    ) {
        (Some(x), Some(y)) => Ok(Value::bool(x == y)),
        _ => Err(PyErr::type_error(format!(
            "unsupported operand types(s) or combination of types: '{}' and '{}'",
            type_name(a),
            type_name(b)
        ))),
    }
}

// ---- itemgetter, attrgetter, methodcaller ----

struct ItemGetter {
    items: Vec<Value>,
}
struct AttrGetter {
    /// Each attribute as its dotted parts (interned strs).
    attrs: Vec<Vec<Value>>,
    names: Vec<Value>,
}
struct MethodCaller {
    name: Value,
    args: Vec<Value>,
    kwnames: Vec<Value>,
    kwvals: Vec<Value>,
}

const ITEMGETTER: &str = "operator.itemgetter";
const ATTRGETTER: &str = "operator.attrgetter";
const METHODCALLER: &str = "operator.methodcaller";

fn getter_types() -> Vec<(&'static str, Value)> {
    let ig = new_native_type("operator", "itemgetter", Kind::Instance, false);
    crate::types::add_staticmethod(&ig, "__new__", itemgetter_new);
    crate::types::add_method(&ig, "__call__", itemgetter_call);
    crate::types::add_method(&ig, "__repr__", itemgetter_repr);
    crate::types::add_method(&ig, "__reduce__", itemgetter_reduce);
    let ag = new_native_type("operator", "attrgetter", Kind::Instance, false);
    crate::types::add_staticmethod(&ag, "__new__", attrgetter_new);
    crate::types::add_method(&ag, "__call__", attrgetter_call);
    crate::types::add_method(&ag, "__repr__", attrgetter_repr);
    crate::types::add_method(&ag, "__reduce__", attrgetter_reduce);
    let mc = new_native_type("operator", "methodcaller", Kind::Instance, false);
    crate::types::add_staticmethod(&mc, "__new__", methodcaller_new);
    crate::types::add_method(&mc, "__call__", methodcaller_call);
    crate::types::add_method(&mc, "__repr__", methodcaller_repr);
    vec![("itemgetter", ig), ("attrgetter", ag), ("methodcaller", mc)]
}

/// The single argument of a getter's call (`itemgetter expected 1 argument, got 0`).
fn getter_arg<'a>(args: &'a [Value], kw: &[Value], name: &str) -> PyResult<&'a Value> {
    Args::new(args, kw).no_kwargs(name)?;
    check_positional(name, args.len() - 1, 1, 1)?;
    Ok(&args[1])
}

fn itemgetter_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = crate::types::new_target(args, &registered(ITEMGETTER))?;
    Args::new(args, kw).no_kwargs("itemgetter")?;
    check_positional("itemgetter", args.len() - 1, 1, 1.max(args.len() - 1))?;
    Ok(new_with_state(
        cls,
        ItemGetter {
            items: args[1..].to_vec(),
        },
    ))
}

fn itemgetter_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<ItemGetter>(&args[0], ITEMGETTER, "__call__")?;
    let obj = getter_arg(args, kw, "itemgetter")?;
    if let [one] = g.items.as_slice() {
        return ops::getitem(obj, one);
    }
    let out = g
        .items
        .iter()
        .map(|i| ops::getitem(obj, i))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_tuple(out))
}

fn reprs(items: &[Value]) -> PyResult<String> {
    Ok(items
        .iter()
        .map(ops::repr)
        .collect::<PyResult<Vec<_>>>()?
        .join(", "))
}

fn itemgetter_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<ItemGetter>(&args[0], ITEMGETTER, "__repr__")?;
    let text = ops::guarded(&args[0], "...", || reprs(&g.items))?;
    Ok(new_string(format!("operator.itemgetter({})", text)))
}

fn itemgetter_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<ItemGetter>(&args[0], ITEMGETTER, "__reduce__")?;
    Ok(new_tuple(vec![
        registered(ITEMGETTER),
        new_tuple(g.items.clone()),
    ]))
}

fn attrgetter_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = crate::types::new_target(args, &registered(ATTRGETTER))?;
    Args::new(args, kw).no_kwargs("attrgetter")?;
    check_positional("attrgetter", args.len() - 1, 1, 1.max(args.len() - 1))?;
    let mut attrs = Vec::new();
    for a in &args[1..] {
        let Some(s) = as_str(a) else {
            return Err(PyErr::type_error("attribute name must be a string"));
        };
        attrs.push(s.split('.').map(StrData::intern).collect());
    }
    Ok(new_with_state(
        cls,
        AttrGetter {
            attrs,
            names: args[1..].to_vec(),
        },
    ))
}

fn attrgetter_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<AttrGetter>(&args[0], ATTRGETTER, "__call__")?;
    let obj = getter_arg(args, kw, "attrgetter")?;
    let get = |parts: &[Value]| -> PyResult<Value> {
        let mut v = obj.clone();
        for p in parts {
            v = ops::getattr(&v, p)?;
        }
        Ok(v)
    };
    if let [one] = g.attrs.as_slice() {
        return get(one);
    }
    let out = g
        .attrs
        .iter()
        .map(|p| get(p))
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_tuple(out))
}

fn attrgetter_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<AttrGetter>(&args[0], ATTRGETTER, "__repr__")?;
    let text = ops::guarded(&args[0], "...", || reprs(&g.names))?;
    Ok(new_string(format!("operator.attrgetter({})", text)))
}

fn attrgetter_reduce(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let g = expect_state::<AttrGetter>(&args[0], ATTRGETTER, "__reduce__")?;
    Ok(new_tuple(vec![
        registered(ATTRGETTER),
        new_tuple(g.names.clone()),
    ]))
}

fn methodcaller_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = crate::types::new_target(args, &registered(METHODCALLER))?;
    let a = Args::new(&args[1..], kw);
    let Some(name) = a.pos.first() else {
        return Err(PyErr::type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    };
    let Some(n) = as_str(name) else {
        return Err(PyErr::type_error("method name must be a string"));
    };
    Ok(new_with_state(
        cls,
        MethodCaller {
            name: StrData::intern(n),
            args: a.pos[1..].to_vec(),
            kwnames: kw.to_vec(),
            kwvals: a.kwvals.to_vec(),
        },
    ))
}

fn methodcaller_call(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = expect_state::<MethodCaller>(&args[0], METHODCALLER, "__call__")?;
    let obj = getter_arg(args, kw, "methodcaller")?;
    let method = ops::getattr(obj, &m.name)?;
    let mut all = m.args.clone();
    all.extend_from_slice(&m.kwvals);
    ops::call(&method, &all, &m.kwnames)
}

fn methodcaller_repr(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let m = expect_state::<MethodCaller>(&args[0], METHODCALLER, "__repr__")?;
    let text = ops::guarded(&args[0], "...", || {
        let mut parts = vec![ops::repr(&m.name)?];
        for a in &m.args {
            parts.push(ops::repr(a)?);
        }
        for (k, v) in m.kwnames.iter().zip(&m.kwvals) {
            parts.push(format!("{}={}", as_str(k).unwrap_or("?"), ops::repr(v)?));
        }
        Ok(parts.join(", "))
    })?;
    Ok(new_string(format!("operator.methodcaller({})", text)))
}

/// A new `_operator` module.
pub fn create() -> Value {
    let m = new_module("_operator");
    let md = m.downcast::<ModuleData>().expect("module");
    let add = |name: &str, v: Value| md.dict().set_str(&StrData::intern(name), v);
    let others: &[(&str, NativeFn)] = &[
        ("not_", not_),
        ("truth", truth),
        ("abs", abs),
        ("index", index),
        ("is_", is_),
        ("is_not", is_not),
        ("contains", contains),
        ("getitem", getitem),
        ("setitem", setitem),
        ("delitem", delitem),
        ("concat", concat),
        ("iconcat", iconcat),
        ("countOf", count_of),
        ("indexOf", index_of),
        ("length_hint", length_hint),
        ("call", call),
        ("_compare_digest", compare_digest),
    ];
    for (name, f) in BINARY.iter().chain(COMPARE).chain(UNARY).chain(others) {
        super::add_function(md, name, *f);
    }
    for (name, ty) in getter_types() {
        add(name, ty);
    }
    m
}
