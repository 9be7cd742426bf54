//! The built-in iterator types: enumerate, zip, map, filter, reversed; and `super`.

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind};
use crate::objects::descr::SuperData;
use crate::objects::dict::DictData;
use crate::objects::int::{new_bigint, new_int};
use crate::objects::iter::{new_native_iter_for, NativeIterator};
use crate::objects::list::ListData;
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::{type_data, type_name, type_of, TypeData};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use num_bigint::BigInt;

pub fn install(d: &DictData) {
    let t = types();
    super::add(d, "aiter", crate::types::async_generator::builtin_aiter);
    super::add(d, "anext", crate::types::async_generator::builtin_anext);
    crate::types::add_staticmethod(&t.enumerate, "__new__", enumerate_new);
    crate::types::add_staticmethod(&t.zip, "__new__", zip_new);
    crate::types::add_staticmethod(&t.map, "__new__", map_new);
    crate::types::add_staticmethod(&t.filter, "__new__", filter_new);
    crate::types::add_staticmethod(&t.reversed, "__new__", reversed_new);
    crate::types::add_staticmethod(&t.super_, "__new__", super_new);
}

struct Enumerate {
    it: Value,
    n: BigInt,
}
impl NativeIterator for Enumerate {
    fn next(&mut self) -> PyResult<Option<Value>> {
        match ops::next(&self.it)? {
            Some(v) => {
                let i = new_bigint(self.n.clone());
                self.n += 1;
                Ok(Some(new_tuple(vec![i, v])))
            }
            None => Ok(None),
        }
    }
}

fn enumerate_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let it = a.get(1, "iterable").ok_or_else(|| {
        PyErr::type_error("enumerate() missing required argument 'iterable' (pos 1)")
    })?;
    let start = match a.get(2, "start") {
        Some(s) => crate::objects::int::to_bigint(s).ok_or_else(|| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(s)
            ))
        })?,
        None => BigInt::from(0),
    };
    Ok(new_native_iter_for(
        crate::types::new_target(args, &types().enumerate)?,
        Box::new(Enumerate {
            it: ops::get_iter(it)?,
            n: start,
        }),
    ))
}

struct Zip {
    its: Vec<Value>,
    strict: bool,
}
impl NativeIterator for Zip {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.its.is_empty() {
            return Ok(None);
        }
        let mut out = Vec::with_capacity(self.its.len());
        for (i, it) in self.its.iter().enumerate() {
            match ops::next(it)? {
                Some(v) => out.push(v),
                None => {
                    if self.strict {
                        if i > 0 {
                            return Err(PyErr::value_error(format!(
                                "zip() argument {} is shorter than argument{} {}",
                                i + 1,
                                if i == 1 { "" } else { "s" },
                                if i == 1 {
                                    "1".to_string()
                                } else {
                                    format!("1-{}", i)
                                }
                            )));
                        }
                        for (j, rest) in self.its.iter().enumerate().skip(1) {
                            if ops::next(rest)?.is_some() {
                                return Err(PyErr::value_error(format!(
                                    "zip() argument {} is longer than argument{} {}",
                                    j + 1,
                                    if j == 1 { "" } else { "s" },
                                    if j == 1 {
                                        "1".to_string()
                                    } else {
                                        format!("1-{}", j)
                                    }
                                )));
                            }
                        }
                    }
                    self.its.clear();
                    return Ok(None);
                }
            }
        }
        Ok(Some(new_tuple(out)))
    }
}

fn zip_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.only_kwargs("zip", &["strict"])?;
    let strict = match a.kw("strict") {
        Some(s) => ops::is_true(s)?,
        None => false,
    };
    let mut its = Vec::new();
    for (i, x) in a.pos[1..].iter().enumerate() {
        its.push(ops::get_iter(x).map_err(|e| {
            if e.matches(&types().type_error) {
                PyErr::type_error(format!("zip argument #{} must support iteration", i + 1))
            } else {
                e
            }
        })?);
    }
    Ok(new_native_iter_for(
        crate::types::new_target(args, &types().zip)?,
        Box::new(Zip { its, strict }),
    ))
}

struct Map {
    func: Value,
    its: Vec<Value>,
}
impl NativeIterator for Map {
    fn next(&mut self) -> PyResult<Option<Value>> {
        let mut args = Vec::with_capacity(self.its.len());
        for it in &self.its {
            match ops::next(it)? {
                Some(v) => args.push(v),
                None => return Ok(None),
            }
        }
        ops::call(&self.func, &args, &[]).map(Some)
    }
}

fn map_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("map")?;
    if a.pos.len() < 3 {
        return Err(PyErr::type_error("map() must have at least two arguments."));
    }
    let its = a.pos[2..]
        .iter()
        .map(ops::get_iter)
        .collect::<PyResult<Vec<_>>>()?;
    Ok(new_native_iter_for(
        crate::types::new_target(args, &types().map)?,
        Box::new(Map {
            func: a.pos[1].clone(),
            its,
        }),
    ))
}

struct Filter {
    func: Value,
    it: Value,
}
impl NativeIterator for Filter {
    fn next(&mut self) -> PyResult<Option<Value>> {
        while let Some(v) = ops::next(&self.it)? {
            let keep = if self.func.is_none() {
                ops::is_true(&v)?
            } else {
                ops::is_true(&ops::call(&self.func, std::slice::from_ref(&v), &[])?)?
            };
            if keep {
                return Ok(Some(v));
            }
        }
        Ok(None)
    }
}

fn filter_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("filter")?;
    if a.pos.len() != 3 {
        return Err(PyErr::type_error(format!(
            "filter expected 2 arguments, got {}",
            a.pos.len() - 1
        )));
    }
    Ok(new_native_iter_for(
        crate::types::new_target(args, &types().filter)?,
        Box::new(Filter {
            func: a.pos[1].clone(),
            it: ops::get_iter(&a.pos[2])?,
        }),
    ))
}

struct Reversed {
    seq: Value,
    i: isize,
}
impl NativeIterator for Reversed {
    fn next(&mut self) -> PyResult<Option<Value>> {
        if self.i < 0 {
            return Ok(None);
        }
        if let Some(l) = self.seq.downcast::<ListData>() {
            if self.i as usize >= l.len() {
                self.i = -1;
                return Ok(None);
            }
        }
        let v = ops::getitem(&self.seq, &new_int(self.i as i64))?;
        self.i -= 1;
        Ok(Some(v))
    }
}

fn reversed_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("reversed")?;
    if a.pos.len() != 2 {
        return Err(PyErr::type_error(format!(
            "reversed expected 1 argument, got {}",
            a.pos.len() - 1
        )));
    }
    let seq = &a.pos[1];
    if let Some(m) = ops::lookup_special(seq, "__reversed__") {
        // The built-in types' own `__reversed__` wrappers come back here; a native
        // module type's (`deque.__reversed__`) is the method to call.
        if m.kind() != Some(Kind::NativeFunction) || seq.kind() == Some(Kind::Instance) {
            return ops::call_method_value(&m, seq, &[]);
        }
    }
    let is_seq = matches!(
        seq.kind(),
        Some(Kind::List | Kind::Tuple | Kind::Str | Kind::Range | Kind::Bytes | Kind::ByteArray)
    ) || (ops::lookup_special(seq, "__getitem__").is_some()
        && ops::lookup_special(seq, "__len__").is_some()
        && seq.kind() != Some(Kind::Dict));
    if matches!(seq.kind(), Some(Kind::Dict | Kind::DictView)) {
        if let Some(it) = crate::types::dict::reversed_iter(seq) {
            return Ok(it);
        }
    }
    if !is_seq {
        return Err(PyErr::type_error(format!(
            "'{}' object is not reversible",
            type_name(seq)
        )));
    }
    let n = ops::len(seq)? as isize;
    let ty = if seq.kind() == Some(Kind::List) {
        &types().list_reverseiterator
    } else {
        crate::types::new_target(args, &types().reversed)?
    };
    Ok(new_native_iter_for(
        ty,
        Box::new(Reversed {
            seq: seq.clone(),
            i: n - 1,
        }),
    ))
}

/// `super(type, obj)`; the compiler passes both for a zero-argument `super()`.
fn super_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    let (ty, obj) = match a.pos.len() {
        3 => (a.pos[1].clone(), a.pos[2].clone()),
        2 => (a.pos[1].clone(), Value::NONE),
        _ => return zero_arg_super(),
    };
    if ty.kind() != Some(Kind::Type) {
        return Err(PyErr::type_error(format!(
            "super() argument 1 must be a type, not {}",
            type_name(&ty)
        )));
    }
    let obj_type = if obj.is_none() {
        Value::NONE
    } else if obj.kind() == Some(Kind::Type) && crate::objects::typeobj::is_subclass(&obj, &ty) {
        obj.clone()
    } else if crate::objects::typeobj::is_instance(&obj, &ty) {
        type_of(&obj).clone()
    } else {
        return Err(PyErr::type_error(
            "super(type, obj): obj must be an instance or subtype of type",
        ));
    };
    Ok(alloc(&types().super_, SuperData { ty, obj, obj_type }))
}

/// `super()` with no arguments: the running frame's `__class__` cell and first argument.
fn zero_arg_super() -> PyResult<Value> {
    let Some(f) = crate::interp::current_frame() else {
        return Err(PyErr::runtime_error("super(): no current frame"));
    };
    let code = f.code();
    let regs: &[Value] = f.regs();
    if code.code.argcount == 0 {
        return Err(PyErr::runtime_error("super(): no arguments"));
    }
    let mut first = regs[0].clone();
    if let Some(pos) = code
        .code
        .cell_args
        .iter()
        .position(|r| *r == Some(ember_bytecode::Reg(0)))
    {
        if let Some(c) =
            regs[code.varnames.len() + pos].downcast::<crate::objects::cell::CellData>()
        {
            first = c.0.get();
        }
    }
    let idx = code.code.freevars.iter().position(|n| n == "__class__");
    let Some(idx) = idx else {
        return Err(PyErr::runtime_error("super(): __class__ cell not found"));
    };
    let cell = &regs[code.code.free_reg(idx).index()];
    let cls = cell
        .downcast::<crate::objects::cell::CellData>()
        .map(|c| c.0.get())
        .filter(|v| !v.is_unbound())
        .ok_or_else(|| PyErr::runtime_error("super(): empty __class__ cell"))?;
    if first.is_unbound() {
        return Err(PyErr::runtime_error("super(): arg[0] deleted"));
    }
    super_new(&[types().super_.clone(), cls, first], &[])
}

/// Attribute lookup through a `super` object.
pub fn super_getattr(s: &SuperData, name: &Value) -> PyResult<Option<Value>> {
    if s.obj_type.is_none() {
        return Ok(None);
    }
    let mro = type_data(&s.obj_type).mro().to_vec();
    let start = mro
        .iter()
        .position(|t| t.is(&s.ty))
        .map_or(mro.len(), |i| i + 1);
    for t in &mro[start..] {
        let td = t.downcast::<TypeData>().expect("type");
        if let Some(v) = td.dict().get_str(name) {
            let inst = if s.obj.is(&s.obj_type) {
                None
            } else {
                Some(&s.obj)
            };
            return ops::descr_get(v, inst, &s.obj_type).map(Some);
        }
    }
    Ok(None)
}
