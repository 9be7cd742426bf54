//! `type`: calling a class (`__new__` then `__init__`), creating classes
//! (`type(name, bases, ns)`, the `class` statement through `__build_class__`), and the
//! computed attributes of classes (`__name__`, `__mro__`, `__bases__`, `__dict__` ...).

use crate::error::{PyErr, PyResult};
use crate::object::{alloc, Kind};
use crate::objects::cell::CellData;
use crate::objects::descr::{ClassMethodData, StaticMethodData};
use crate::objects::dict::DictData;
use crate::objects::str::{as_str, new_str, StrData};
use crate::objects::subclass::{is_subclassable, mark_subclass};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{
    is_instance, is_subclass, set_bases_and_mro, type_data, type_name, type_of, TypeData,
};
use crate::ops;
use crate::slot::Slot;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;

pub fn install(ty: &Value) {
    super::add_staticmethod(ty, "__new__", type_new_native);
    super::add_method(ty, "__init__", type_init);
    super::add_method(ty, "__call__", type_call_native);
    super::add_method(ty, "__setattr__", type_setattr_native);
    super::add_method(ty, "__delattr__", type_delattr_native);
    super::add_method(ty, "mro", type_mro);
    super::add_method(ty, "__subclasses__", type_subclasses);
    super::add_method(ty, "__instancecheck__", type_instancecheck);
    super::add_method(ty, "__subclasscheck__", type_subclasscheck);
    super::add_method(ty, "__prepare__", type_prepare);
}

fn type_prepare(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(DictData::new_value())
}

/// `type.mro(cls)`: the C3 linearisation, computed afresh (a metaclass's own `mro()`
/// may have given `__mro__` another order).
fn type_mro(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let cls = self_type(&args[0], "mro")?;
    let bases = type_data(cls).bases().to_vec();
    Ok(crate::objects::list::new_list(
        crate::objects::typeobj::c3_mro(cls, &bases)?,
    ))
}

fn type_subclasses(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::list::new_list(
        crate::objects::typeobj::subclasses(&args[0]),
    ))
}

fn type_instancecheck(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(is_instance(&args[1], &args[0])))
}

fn type_subclasscheck(args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::bool(is_subclass(&args[1], &args[0])))
}

/// Makes `cls.__mro__` what its metaclass's own `mro()` returns.
fn custom_mro(cls: &Value, mro: &Value) -> PyResult<()> {
    let r = ops::call_method_value(mro, cls, &[])?;
    let items = ops::collect(&r)?;
    if let Some(bad) = items.iter().find(|t| t.kind() != Some(Kind::Type)) {
        return Err(PyErr::type_error(format!(
            "mro() returned a non-class ('{}')",
            type_name(bad)
        )));
    }
    let td = type_data(cls);
    td.set_mro(items);
    td.modified();
    Ok(())
}

/// `type.__init__(cls, name, bases, ns, **kwds)`: checks the arguments only.
fn type_init(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let n = args.len().saturating_sub(1 + kwnames.len());
    if n == 1 && !kwnames.is_empty() {
        return Err(PyErr::type_error(
            "type.__init__() takes no keyword arguments",
        ));
    }
    if n != 1 && n != 3 {
        return Err(PyErr::type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(Value::NONE)
}

/// `type.__call__(cls, *args, **kwargs)`, as a metaclass's `__call__` reaches it
/// through `super()`.
fn type_call_native(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    match args.first() {
        Some(ty) if ty.kind() == Some(Kind::Type) => call_class(ty, &args[1..], kwnames),
        other => Err(PyErr::type_error(format!(
            "descriptor '__call__' requires a 'type' object but received a '{}'",
            other.map_or("NoneType".to_string(), type_name)
        ))),
    }
}

/// `cls(*args, **kwargs)`: the metaclass's `__call__` when a Python metaclass overrides
/// it, else `type.__call__`.
pub fn type_call(ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if let Some(c) = ops::override_of(ty, "__call__") {
        return ops::call_method_kw(&c, ty, args, kwnames);
    }
    call_class(ty, args, kwnames)
}

/// `type.__call__`: `__new__`, then `__init__` when `__new__` returned an instance.
fn call_class(ty: &Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let t = types();
    if args.len() == 1 && kwnames.is_empty() {
        // The one-argument calls of `type` and `str`, without the generic protocol.
        if ty.is(&t.type_) {
            return Ok(type_of(&args[0]).clone());
        }
        if ty.is(&t.str) {
            return ops::str_value(&args[0]);
        }
    }
    let td = type_data(ty);
    let new = td
        .lookup(&StrData::intern_static("__new__"))
        .ok_or_else(|| PyErr::type_error(format!("cannot create '{}' instances", td.name())))?;
    let new = match new.downcast::<StaticMethodData>() {
        Some(s) => s.0.get(),
        None => new,
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(ty.clone());
    full.extend_from_slice(args);
    let obj = ops::call(&new, &full, kwnames)?;
    if !is_instance(&obj, ty) {
        return Ok(obj);
    }
    if let Some(init) = type_data(type_of(&obj)).lookup(&StrData::intern_static("__init__")) {
        // object.__init__ accepts what a custom __new__ accepted, and object.__new__
        // already rejected extra arguments: calling it would do nothing.
        if !init.is(&object_init()) {
            let r = ops::call_method_kw(&init, &obj, args, kwnames)?;
            if !r.is_none() {
                return Err(PyErr::type_error(format!(
                    "__init__() should return None, not '{}'",
                    type_name(&r)
                )));
            }
        }
    }
    Ok(obj)
}

fn object_init() -> Value {
    thread_local! {
        static INIT: Value = type_data(&types().object)
            .dict()
            .get_str(&StrData::intern_static("__init__"))
            .expect("object.__init__ is installed");
    }
    INIT.with(|v| v.clone())
}

/// `type.__new__(meta, name, bases, ns, **kwds)` (and `type(name, bases, ns)`).
fn type_new_native(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    let meta = super::new_target(args, &types().type_)?;
    let exact = meta.is(&types().type_);
    if a.pos.len() == 2 && exact && a.kwnames.is_empty() {
        return Ok(type_of(&a.pos[1]).clone());
    }
    if a.pos.len() != 4 {
        return Err(PyErr::type_error(if exact {
            "type() takes 1 or 3 arguments".to_string()
        } else {
            format!(
                "type.__new__() takes exactly 3 arguments ({} given)",
                a.pos.len() - 1
            )
        }));
    }
    let name = as_str(&a.pos[1])
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                type_name(&a.pos[1])
            ))
        })?
        .to_string();
    let bases = as_tuple(&a.pos[2])
        .ok_or_else(|| {
            PyErr::type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                type_name(&a.pos[2])
            ))
        })?
        .to_vec();
    let ns = a.pos[3].downcast::<DictData>().ok_or_else(|| {
        PyErr::type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name(&a.pos[3])
        ))
    })?;
    let winner = calculate_metaclass(meta, &bases)?;
    if !winner.is(meta) {
        // A base's metaclass is more derived: it makes the class (CPython's type_new).
        let own_new = type_data(&winner).lookup(&StrData::intern_static("__new__"));
        let type_new = type_data(&types().type_).lookup(&StrData::intern_static("__new__"));
        if let (Some(w), Some(t)) = (own_new, type_new) {
            if !w.is(&t) {
                let f = ops::descr_get(w, None, &winner)?;
                let mut full = args.to_vec();
                full[0] = winner.clone();
                return ops::call(&f, &full, kwnames);
            }
        }
    }
    new_class(&winner, &name, bases, ns, a.kwnames, a.kwvals)
}

/// Creates a class: the work of `type.__new__`.
pub fn new_class(
    meta: &Value,
    name: &str,
    mut bases: Vec<Value>,
    ns: &DictData,
    kwnames: &[Value],
    kwvals: &[Value],
) -> PyResult<Value> {
    let t = types();
    if bases.is_empty() {
        bases.push(t.object.clone());
    }
    for b in &bases {
        let Some(bd) = b.downcast::<TypeData>() else {
            return Err(PyErr::type_error(format!(
                "bases must be types, not {}",
                type_name(b)
            )));
        };
        if !bd.base_type.get() {
            return Err(PyErr::type_error(format!(
                "type '{}' is not an acceptable base type",
                bd.name()
            )));
        }
    }
    let kind = type_data(best_base(&bases)?).instance_kind;
    if kind != Kind::Instance && kind != Kind::Type && !is_subclassable(kind) {
        return Err(PyErr::not_implemented(format!(
            "subclassing the built-in type '{}' is not supported by ember yet",
            type_data(best_base(&bases)?).name()
        )));
    }
    let mut td = TypeData::new(name, kind, false);
    let slots = class_slots(name, &bases, ns)?;
    if kind != Kind::Instance {
        check_builtin_slots(best_base(&bases)?, &slots)?;
    }
    // Instances of subclasses of built-in layouts get a dict after the payload unless
    // `__slots__` says otherwise; a metaclass's instances are classes, whose attributes
    // live in their namespace.
    td.has_instance_dict = slots.has_dict && kind != Kind::Type;
    td.nslots.set(slots.base + slots.names.len());
    let dict = DictData::new_value();
    let d = dict.downcast::<DictData>().expect("dict");
    d.update_from(ns)?;
    td.dict.set(dict.clone());
    // Special methods that are implicitly class or static methods.
    for (n, wrap) in [
        ("__new__", 0u8),
        ("__init_subclass__", 1),
        ("__class_getitem__", 1),
    ] {
        let key = StrData::intern(n);
        if let Some(f) = d.get_str(&key) {
            if f.kind() == Some(Kind::Function) {
                let w = if wrap == 0 {
                    alloc(&t.staticmethod, StaticMethodData(Slot::new(f)))
                } else {
                    alloc(&t.classmethod, ClassMethodData(Slot::new(f)))
                };
                d.set_str(&key, w);
            }
        }
    }
    if let Some(q) = d.remove(&StrData::intern_static("__qualname__"))? {
        match as_str(&q) {
            Some(s) => td.set_qualname(s.to_string()),
            None => {
                return Err(PyErr::type_error(format!(
                    "type __qualname__ must be a str, not {}",
                    type_name(&q)
                )))
            }
        }
    }
    // `type(name, bases, ns)` takes `__module__` from the calling code's globals.
    let module_key = StrData::intern_static("__module__");
    if d.get_str(&module_key).is_none() {
        let caller_module = crate::interp::current_frame().and_then(|f| {
            f.globals
                .downcast::<DictData>()
                .and_then(|g| g.get_str(&StrData::intern_static("__name__")))
        });
        if let Some(m) = caller_module {
            d.set_str(&module_key, m);
        }
    }
    // A class that defines __eq__ but not __hash__ is unhashable.
    if d.get_str(&StrData::intern_static("__eq__")).is_some()
        && d.get_str(&StrData::intern_static("__hash__")).is_none()
    {
        d.set_str(&StrData::intern_static("__hash__"), Value::NONE);
    }
    let cls = alloc(meta, td);
    if !type_data(meta).builtin {
        // The generic operations look for the metaclass's dunders (`Meta.__getitem__`).
        mark_subclass(&cls);
    }
    let owner_ref = crate::modules::weakref::new_ref(&cls)?;
    for (i, n) in slots.names.into_iter().enumerate() {
        let m = crate::objects::descr::MemberDescrData {
            name: n.clone(),
            owner: cls.id(),
            owner_ref: owner_ref.clone(),
            owner_name: name.to_string(),
            index: slots.base + i,
        };
        d.set_str(&n, alloc(&t.member_descriptor, m));
    }
    for (add, key, index) in [
        (slots.add_dict, "__dict__", crate::objects::descr::DICT_SLOT),
        (
            slots.add_weakref,
            "__weakref__",
            crate::objects::descr::WEAKREF_SLOT,
        ),
    ] {
        let key = StrData::intern_static(key);
        if add && d.get_str(&key).is_none() {
            let m = crate::objects::descr::MemberDescrData {
                name: key.clone(),
                owner: cls.id(),
                owner_ref: owner_ref.clone(),
                owner_name: name.to_string(),
                index,
            };
            d.set_str(&key, alloc(&t.getset_descriptor, m));
        }
    }
    if d.get_str(&StrData::intern_static("__doc__")).is_none() {
        d.set_str(&StrData::intern_static("__doc__"), Value::NONE);
    }
    set_bases_and_mro(&cls, bases)?;
    if let Some(m) = ops::override_of(&cls, "mro") {
        custom_mro(&cls, &m)?;
    }
    if let Some(cell) = d.remove(&StrData::intern_static("__classcell__"))? {
        if let Some(c) = cell.downcast::<CellData>() {
            c.0.set(cls.clone());
        }
    }
    // __set_name__ on descriptors.
    for (k, v) in d.items() {
        if let Some(sn) = ops::lookup_special(&v, "__set_name__") {
            if matches!(v.kind(), Some(Kind::Instance | Kind::Property)) {
                if let Err(e) = ops::call_method_value(&sn, &v, &[cls.clone(), k.clone()]) {
                    return Err(set_name_error(e, &v, &k, &cls));
                }
            }
        }
    }
    // __init_subclass__ of the parent.
    let parent_mro: Vec<Value> = type_data(&cls).mro()[1..].to_vec();
    for p in parent_mro {
        if let Some(f) = type_data(&p)
            .dict()
            .get_str(&StrData::intern_static("__init_subclass__"))
        {
            let bound = ops::descr_get(f, None, &cls)?;
            ops::call(&bound, kwvals, kwnames)?;
            break;
        }
    }
    Ok(cls)
}

/// What a class's `__slots__` (and its bases') make of its instances.
struct ClassSlots {
    /// Slots of the bases, which come first.
    base: usize,
    /// This class's slot names (mangled, interned, sorted as CPython sorts them).
    names: Vec<Value>,
    /// Instances have a `__dict__`.
    has_dict: bool,
    /// The class adds the `__dict__` descriptor (no base gave instances a dict).
    add_dict: bool,
    /// The class adds the `__weakref__` descriptor.
    add_weakref: bool,
    /// How many items `__slots__` lists (`__dict__` and `__weakref__` included).
    declared: usize,
}

/// Reads `__slots__` from namespace `ns` of class `name` (CPython's `type_new` rules).
fn class_slots(name: &str, bases: &[Value], ns: &DictData) -> PyResult<ClassSlots> {
    let mut base: Option<&Value> = None;
    let mut has_dict = false;
    let weakref_key = StrData::intern_static("__weakref__");
    let base_weakref = bases.iter().any(|b| {
        type_data(b).mro().iter().any(|t| {
            t.is(&types().set)
                || t.is(&types().frozenset)
                || (!type_data(t).builtin && type_data(t).dict().get_str(&weakref_key).is_some())
        })
    });
    let mut base_solid: Option<Value> = None;
    for b in bases {
        let bd = type_data(b);
        if bd.nslots.get() > 0 {
            // Bases conflict when their solid bases (the classes that added the slots)
            // are unrelated; `class D(B, C)` over one slotted `A` is fine.
            let solid = solid_base(b);
            match &base_solid {
                Some(prev) if is_subclass(&solid, prev) => {
                    base = Some(b);
                    base_solid = Some(solid);
                }
                Some(prev) if is_subclass(prev, &solid) => {}
                Some(_) => {
                    return Err(PyErr::type_error(
                        "multiple bases have instance lay-out conflict",
                    ))
                }
                None => {
                    base = Some(b);
                    base_solid = Some(solid);
                }
            }
        }
        has_dict |= bd.has_instance_dict && !b.is(&types().object);
    }
    let nbase = base.map_or(0, |b| type_data(b).nslots.get());
    let Some(spec) = ns.get_str(&StrData::intern_static("__slots__")) else {
        return Ok(ClassSlots {
            base: nbase,
            names: Vec::new(),
            has_dict: true,
            add_dict: !has_dict,
            add_weakref: !base_weakref,
            declared: 0,
        });
    };
    let base_dict = has_dict;
    let mut weakref = false;
    let items = if as_str(&spec).is_some() {
        vec![spec]
    } else {
        ops::collect(&spec)?
    };
    let declared = items.len();
    let mut names = Vec::new();
    for item in items {
        let Some(s) = as_str(&item) else {
            return Err(PyErr::type_error(format!(
                "__slots__ items must be strings, not '{}'",
                type_name(&item)
            )));
        };
        if !crate::types::str_case::is_identifier(s) {
            return Err(PyErr::type_error("__slots__ must be identifiers"));
        }
        match s {
            "__dict__" => {
                if has_dict {
                    return Err(PyErr::type_error(
                        "__dict__ slot disallowed: we already got one",
                    ));
                }
                has_dict = true;
                continue;
            }
            // Ember has no weak references yet: the slot only makes the descriptor.
            "__weakref__" => {
                weakref = true;
                continue;
            }
            _ => {}
        }
        let mangled = if s.starts_with("__") && !s.ends_with("__") {
            format!("_{}{}", name.trim_start_matches('_'), s)
        } else {
            s.to_string()
        };
        let key = StrData::intern(&mangled);
        if ns.get_str(&key).is_some() {
            return Err(PyErr::value_error(format!(
                "'{}' in __slots__ conflicts with class variable",
                mangled
            )));
        }
        names.push(key);
    }
    names.sort_by(|a, b| as_str(a).cmp(&as_str(b)));
    names.dedup_by(|a, b| a.is(b));
    Ok(ClassSlots {
        base: nbase,
        names,
        has_dict,
        add_dict: has_dict && !base_dict,
        add_weakref: weakref && !base_weakref,
        declared,
    })
}

/// The base that decides the layout of a class with these bases (CPython's
/// `best_base`): the one whose solid base is the most derived; TypeError when two solid
/// bases are unrelated.
pub fn best_base(bases: &[Value]) -> PyResult<&Value> {
    let mut winner: Option<(Value, &Value)> = None;
    for b in bases {
        let candidate = solid_base(b);
        match &winner {
            None => winner = Some((candidate, b)),
            Some((w, _)) if is_subclass(w, &candidate) => {}
            Some((w, _)) if is_subclass(&candidate, w) => winner = Some((candidate, b)),
            Some(_) => {
                return Err(PyErr::type_error(
                    "multiple bases have instance lay-out conflict",
                ))
            }
        }
    }
    Ok(winner.map_or(&types().object, |(_, b)| b))
}

/// The nearest ancestor of `ty` (itself included) whose instances' layout adds to its
/// base's (CPython's `solid_base`): `list` for list subclasses, `int` for bool,
/// `BaseException` for most exceptions, `object` for plain classes. Classes defined in
/// Python add only a dict, so their solid base is their best base's.
pub fn solid_base(ty: &Value) -> Value {
    let td = type_data(ty);
    let base = match td.bases() {
        [] => return ty.clone(),
        [only] if td.builtin => only,
        bases => best_base(bases).unwrap_or(&bases[0]),
    };
    let base_solid = solid_base(base);
    let t = types();
    // A class with `__slots__` of its own extends its base's layout too.
    let extends = td.nslots.get() > type_data(base).nslots.get()
        || td.builtin
            && (type_data(&base_solid).instance_kind != td.instance_kind
                || [
                    &t.base_exception,
                    &t.stop_iteration,
                    &t.system_exit,
                    &t.import_error,
                    &t.os_error,
                    &t.syntax_error,
                    &t.name_error,
                    &t.attribute_error,
                    &t.unicode_encode_error,
                    &t.unicode_decode_error,
                    &t.unicode_translate_error,
                ]
                .iter()
                .any(|e| e.is(ty)));
    if extends {
        ty.clone()
    } else {
        base_solid
    }
}

/// `__slots__` of a class over a built-in layout other than object's: CPython refuses
/// any for the variable-size types (int, bytes, tuple, type). The others keep slot
/// values in the dict after the payload (`objects::subclass::slot_store`).
fn check_builtin_slots(base: &Value, slots: &ClassSlots) -> PyResult<()> {
    let bd = type_data(base);
    let var_size = matches!(
        bd.instance_kind,
        Kind::BigInt | Kind::Bytes | Kind::Tuple | Kind::Type
    );
    if var_size && slots.declared > 0 {
        return Err(PyErr::type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            bd.name()
        )));
    }
    Ok(())
}

/// The most derived of `meta` and the metaclasses of `bases` (CPython's
/// `_PyType_CalculateMetaclass`).
fn calculate_metaclass(meta: &Value, bases: &[Value]) -> PyResult<Value> {
    let mut winner = meta.clone();
    for b in bases {
        let bm = type_of(b);
        if is_subclass(&winner, bm) {
            continue;
        }
        if is_subclass(bm, &winner) {
            winner = bm.clone();
            continue;
        }
        return Err(PyErr::type_error(
            "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
        ));
    }
    Ok(winner)
}

/// PEP 560: a base that is not a class may stand for others through its
/// `__mro_entries__(bases)` (`class C(list[int])` derives from `list`).
fn update_bases(bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut out = Vec::with_capacity(bases.len());
    let mut originals = None;
    for b in bases {
        if b.kind() != Some(Kind::Type) {
            if let Some(f) = ops::getattr_opt(b, &StrData::intern_static("__mro_entries__"))? {
                let all = originals.get_or_insert_with(|| new_tuple(bases.to_vec()));
                let r = ops::call(&f, std::slice::from_ref(all), &[])?;
                let Some(items) = crate::objects::tuple::as_tuple(&r) else {
                    return Err(PyErr::type_error("__mro_entries__ must return a tuple"));
                };
                out.extend(items.iter().cloned());
                continue;
            }
        }
        out.push(b.clone());
    }
    Ok(out)
}

/// `__build_class__(func, name, *bases, metaclass=..., **kwds)`: the class statement.
pub fn build_class(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kwnames);
    if a.pos.len() < 2 {
        return Err(PyErr::type_error("__build_class__: not enough arguments"));
    }
    let func = &a.pos[0];
    let name = a.pos[1].clone();
    let orig_bases: Vec<Value> = a.pos[2..].to_vec();
    let bases = update_bases(&orig_bases)?;
    let mut meta = a.kw("metaclass").cloned();
    let mut kwn = Vec::new();
    let mut kwv = Vec::new();
    for (k, v) in a.kwnames.iter().zip(a.kwvals) {
        if as_str(k) != Some("metaclass") {
            kwn.push(k.clone());
            kwv.push(v.clone());
        }
    }
    let meta = match meta.take() {
        None => calculate_metaclass(&types().type_, &bases)?,
        Some(m) if m.kind() == Some(Kind::Type) => calculate_metaclass(&m, &bases)?,
        Some(m) => m,
    };
    let bases_t = new_tuple(bases.clone());
    let ns = match ops::getattr_opt(&meta, &StrData::intern_static("__prepare__"))? {
        Some(p) if !p.is(&Value::NONE) => {
            let mut pa = vec![name.clone(), bases_t.clone()];
            pa.extend(kwv.iter().cloned());
            let ns = ops::call(&p, &pa, &kwn)?;
            if ns.kind() != Some(Kind::Dict) && ops::lookup_special(&ns, "__getitem__").is_none() {
                let who = match meta.downcast::<TypeData>() {
                    Some(td) => td.name().to_string(),
                    None => "<metaclass>".to_string(),
                };
                return Err(PyErr::type_error(format!(
                    "{}.__prepare__() must return a mapping, not {}",
                    who,
                    type_name(&ns)
                )));
            }
            ns
        }
        _ => DictData::new_value(),
    };
    let cell = crate::interp::call_with_locals(func, ns.clone())?;
    if bases.len() != orig_bases.len() || bases.iter().zip(&orig_bases).any(|(a, b)| !a.is(b)) {
        ops::setitem(
            &ns,
            &StrData::intern_static("__orig_bases__"),
            new_tuple(orig_bases.clone()),
        )?;
    }
    let mut ca = vec![name, bases_t, ns];
    ca.extend(kwv);
    let cls = ops::call(&meta, &ca, &kwn)?;
    // `type.__new__` fills the `__classcell__` it finds in the namespace.
    if let (Some(c), Some(Kind::Type)) = (cell.downcast::<CellData>(), cls.kind()) {
        let in_cell = c.0.get();
        if !in_cell.is(&cls) {
            return Err(class_cell_error(&in_cell, &ca[0], &cls));
        }
    }
    Ok(cls)
}

/// CPython 3.11 wraps an exception raised by `__set_name__` in a RuntimeError whose
/// `__cause__` it is.
#[cold]
fn set_name_error(e: PyErr, descr: &Value, key: &Value, cls: &Value) -> PyErr {
    let wrapped = PyErr::runtime_error(format!(
        "Error calling __set_name__ on '{}' instance {} in '{}'",
        type_name(descr),
        ops::repr(key).unwrap_or_default(),
        type_data(cls).name()
    ));
    if let Some(st) = crate::objects::exception::exc_state(&wrapped.exc) {
        st.cause.set(e.exc.clone());
        st.suppress_context.set(true);
        st.context.set(e.exc);
    }
    wrapped
}

/// The RuntimeError of a class whose `__class__` cell `type.__new__` did not fill.
#[cold]
fn class_cell_error(in_cell: &Value, name: &Value, cls: &Value) -> PyErr {
    let name = ops::repr(name).unwrap_or_default();
    let cls_r = ops::repr(cls).unwrap_or_default();
    if in_cell.is_unbound() {
        return PyErr::runtime_error(format!(
            "__class__ not set defining {name} as {cls_r}. Was __classcell__ propagated to type.__new__?"
        ));
    }
    PyErr::runtime_error(format!(
        "__class__ set to {} defining {name} as {cls_r}",
        ops::repr(in_cell).unwrap_or_default()
    ))
}

/// `type.__setattr__(cls, name, value)`.
fn type_setattr_native(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__setattr__", 3, 3)?;
    let cls = self_type(&args[0], "__setattr__")?;
    type_setattr_checked(cls, &args[1], Some(args[2].clone()))?;
    Ok(Value::NONE)
}

/// `type.__delattr__(cls, name)`.
fn type_delattr_native(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    Args::new(args, kw).arity("__delattr__", 2, 2)?;
    let cls = self_type(&args[0], "__delattr__")?;
    type_setattr_checked(cls, &args[1], None)?;
    Ok(Value::NONE)
}

fn self_type<'a>(v: &'a Value, method: &str) -> PyResult<&'a Value> {
    if v.kind() == Some(Kind::Type) {
        return Ok(v);
    }
    Err(PyErr::type_error(format!(
        "descriptor '{}' requires a 'type' object but received a '{}'",
        method,
        type_name(v)
    )))
}

/// `setattr`/`delattr` (value None) on a class, refused for built-in types.
pub fn type_setattr_checked(ty: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let td = type_data(ty);
    if td.builtin {
        return Err(PyErr::type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            as_str(name).unwrap_or("?"),
            td.name()
        )));
    }
    // A data descriptor of a metaclass written in Python comes first.
    let meta = type_data(type_of(ty));
    if !meta.builtin {
        if let Some(d) = meta.lookup(name) {
            if let Some(r) = ops::descr_set(&d, ty, &value) {
                return r;
            }
        }
    }
    type_setattr(ty, name, value)
}

/// `setattr` on a class (None deletes).
pub fn type_setattr(ty: &Value, name: &Value, value: Option<Value>) -> PyResult<()> {
    let td = type_data(ty);
    let n = as_str(name).unwrap_or("");
    if let "__name__" | "__qualname__" | "__bases__" | "__mro__" | "__dict__" | "__base__" = n {
        return set_special_type_attr(ty, n, value);
    }
    match value {
        Some(v) => td.dict().set_str(name, v),
        None => {
            if td.dict().remove(name)?.is_none() {
                return Err(PyErr::attribute_error(format!(
                    "type object '{}' has no attribute '{}'",
                    td.name(),
                    n
                )));
            }
        }
    }
    td.modified();
    Ok(())
}

/// Assignment to one of `type`'s own data descriptors (`__name__`, `__bases__` ...),
/// with CPython's errors (`type_set_name`, `type_set_bases`, read-only members).
#[cold]
fn set_special_type_attr(ty: &Value, n: &str, value: Option<Value>) -> PyResult<()> {
    let td = type_data(ty);
    match n {
        "__mro__" | "__base__" => return Err(PyErr::attribute_error("readonly attribute")),
        "__dict__" => {
            return Err(PyErr::attribute_error(
                "attribute '__dict__' of 'type' objects is not writable",
            ))
        }
        _ => {}
    }
    let Some(v) = value else {
        return Err(PyErr::type_error(format!(
            "cannot delete '{n}' attribute of immutable type '{}'",
            td.name()
        )));
    };
    match n {
        "__name__" | "__qualname__" => {
            let Some(s) = v.downcast::<StrData>() else {
                return Err(PyErr::type_error(format!(
                    "can only assign string to {}.{n}, not '{}'",
                    td.name(),
                    type_name(&v)
                )));
            };
            if n == "__name__" {
                if s.as_str().contains('\0') {
                    return Err(PyErr::value_error(
                        "type name must not contain null characters",
                    ));
                }
                td.set_name(s.as_str().to_string());
            } else {
                td.set_qualname(s.as_str().to_string());
            }
            Ok(())
        }
        _ => set_bases(ty, &v),
    }
}

/// `C.__bases__ = bases`: checks CPython's conditions, then recomputes the MRO of the
/// class and of its subclasses.
#[cold]
fn set_bases(ty: &Value, v: &Value) -> PyResult<()> {
    let td = type_data(ty);
    let Some(t) = as_tuple(v) else {
        return Err(PyErr::type_error(format!(
            "can only assign tuple to {}.__bases__, not {}",
            td.name(),
            type_name(v)
        )));
    };
    let bases: Vec<Value> = t.to_vec();
    if bases.is_empty() {
        return Err(PyErr::type_error(format!(
            "can only assign non-empty tuple to {}.__bases__, not ()",
            td.name()
        )));
    }
    for b in &bases {
        let Some(bd) = b.downcast::<TypeData>() else {
            return Err(PyErr::type_error(format!(
                "{}.__bases__ must be tuple of classes, not '{}'",
                td.name(),
                type_name(b)
            )));
        };
        if b.is(ty) || bd.is_subtype(ty) {
            return Err(PyErr::type_error(
                "a __bases__ item causes an inheritance cycle",
            ));
        }
    }
    let new_base = best_base(&bases)?.clone();
    let old_base = match td.bases() {
        [] => return Err(PyErr::type_error("can't set __bases__ of a built-in type")),
        old => best_base(old)?.clone(),
    };
    if !solid_base(&new_base).is(&solid_base(&old_base)) {
        return Err(PyErr::type_error(format!(
            "__bases__ assignment: '{}' object layout differs from '{}'",
            type_data(&new_base).name(),
            type_data(&old_base).name()
        )));
    }
    let mro = crate::objects::typeobj::c3_mro(ty, &bases)?;
    crate::objects::typeobj::unregister_subclass(td, ty.id());
    for b in &bases {
        // SAFETY: the subclass list is not borrowed elsewhere during this push.
        unsafe { &mut *type_data(b).subclasses.get() }.push(ty.id());
    }
    td.set_bases(bases);
    td.set_mro(mro);
    // Subclasses' MROs contain this class's: recompute them, depth first.
    let mut pending = crate::objects::typeobj::subclasses(ty);
    while let Some(sub) = pending.pop() {
        let sd = type_data(&sub);
        let sub_bases = sd.bases().to_vec();
        sd.set_mro(crate::objects::typeobj::c3_mro(&sub, &sub_bases)?);
        pending.extend(crate::objects::typeobj::subclasses(&sub));
    }
    td.modified();
    Ok(())
}

/// `C.__annotations__`: the class's own entry (never a base's), created empty on
/// first access for classes defined in Python (CPython's `type_get_annotations`).
fn type_annotations(ty: &Value) -> PyResult<Value> {
    let td = type_data(ty);
    let key = StrData::intern_static("__annotations__");
    if let Some(v) = td.dict().get_str(&key) {
        return ops::descr_get(v, None, ty);
    }
    if td.builtin {
        let e = PyErr::attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            td.name()
        ));
        e.set_name_and_obj("__annotations__", ty);
        return Err(e);
    }
    let d = DictData::new_value();
    td.dict().set_str(&key, d.clone());
    td.modified();
    Ok(d)
}

/// Computed attributes of classes.
pub fn type_attr(ty: &Value, name: &str) -> PyResult<Option<Value>> {
    let td = type_data(ty);
    Ok(Some(match name {
        // A built-in type of a module is named `module.name` (CPython's `tp_name`).
        "__name__" if td.builtin => new_str(td.name().rsplit('.').next().unwrap_or("")),
        "__name__" => new_str(td.name()),
        "__qualname__" => new_str(td.qualname()),
        "__mro__" => new_tuple(td.mro().to_vec()),
        "__bases__" => new_tuple(td.bases().to_vec()),
        "__base__" => match td.bases() {
            [] => Value::NONE,
            bases => best_base(bases).unwrap_or(&bases[0]).clone(),
        },
        "__dict__" => crate::types::mappingproxy::new_mappingproxy(td.dict.get()),
        "__annotations__" => return type_annotations(ty).map(Some),
        "__doc__" => Value::NONE,
        "__module__" => match td.name().rsplit_once('.') {
            Some((module, _)) if td.builtin => new_str(module),
            _ => StrData::intern_static("builtins"),
        },
        "__abstractmethods__" => {
            return Err(PyErr::attribute_error("__abstractmethods__"));
        }
        _ => return Ok(None),
    }))
}
