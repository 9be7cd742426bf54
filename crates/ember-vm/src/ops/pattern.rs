//! Structural pattern matching: what `MatchSequence`, `MatchMapping`, `MatchKeys`,
//! `MatchClass` and `CopyDictWithoutKeys` do, as CPython 3.11's `MATCH_*` instructions
//! and `match_keys` / `match_class` in `Python/ceval.c` do it.
//!
//! Which objects are sequences and mappings: CPython tests the type flags
//! `Py_TPFLAGS_SEQUENCE` / `Py_TPFLAGS_MAPPING`, set on `list`, `tuple`, `range`,
//! `memoryview`, `collections.deque`, `array.array` (sequences), `dict` and
//! `mappingproxy` (mappings), inherited by subclasses and set by registering a class with
//! `collections.abc.Sequence` / `Mapping`. Ember has neither `collections.abc` nor those
//! extension types yet, so a subject qualifies when its type's MRO holds `list`, `tuple`
//! or `range` (sequences) or `dict` or `mappingproxy` (mappings). The rest waits for the
//! imports issue (`collections.abc` registration and the flags it sets).

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::str::{as_str, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{type_data, type_name, type_of};
use crate::value::Value;
use crate::vm::types;

/// Whether the MRO of `v`'s type (which starts with the type) holds one of `bases`.
fn type_has_base(v: &Value, bases: [&Value; 2]) -> bool {
    type_data(type_of(v))
        .mro()
        .iter()
        .any(|m| bases.iter().any(|b| m.is(b)))
}

/// CPython's `Py_TPFLAGS_SEQUENCE` test (see the module documentation).
pub fn is_match_sequence(v: &Value) -> bool {
    let t = types();
    match v.kind() {
        Some(Kind::List | Kind::Tuple | Kind::Range) => true,
        Some(Kind::Str | Kind::Bytes | Kind::ByteArray | Kind::Dict | Kind::Set) => false,
        _ => type_has_base(v, [&t.list, &t.tuple]),
    }
}

/// CPython's `Py_TPFLAGS_MAPPING` test (see the module documentation).
pub fn is_match_mapping(v: &Value) -> bool {
    let t = types();
    match v.kind() {
        Some(Kind::Dict) => true,
        Some(Kind::List | Kind::Tuple | Kind::Str | Kind::Bytes | Kind::Set) => false,
        _ => type_has_base(v, [&t.dict, &t.mappingproxy]),
    }
}

/// `MatchKeys`: the values of `subject` for the keys of the tuple `keys`, by
/// `subject.get(key, sentinel)` (never `__getitem__`, so `__missing__` does not run);
/// None when a key is missing. Duplicate keys (found before the first missing one) are
/// a ValueError.
///
/// CPython finds duplicates with a set; a pattern has few keys, so each key is compared
/// with the earlier ones of equal hash instead (the same hash-then-identity-then-`==`
/// test, without building a set), and an exact dict is probed with that hash directly.
pub fn match_keys(subject: &Value, keys: &Value) -> PyResult<Value> {
    let keys = as_tuple(keys).unwrap_or(&[]);
    if keys.is_empty() {
        return Ok(new_tuple(Vec::new()));
    }
    let exact_dict = type_of(subject)
        .is(&types().dict)
        .then(|| subject.downcast::<DictData>())
        .flatten();
    let get = match exact_dict {
        Some(_) => None,
        None => {
            let get = super::getattr(subject, &StrData::intern_static("get"))?;
            let sentinel = crate::objects::instance::new_instance(&types().object);
            Some((get, sentinel))
        }
    };
    let mut hashes = Vec::with_capacity(keys.len());
    let mut values = Vec::with_capacity(keys.len());
    for key in keys {
        // CPython hashes and compares a key once for the set's lookup, again for its
        // insertion, and hashes it a third time in the dict; only a class defined in
        // Python can tell, so only its instances go through the repeats.
        let rehash = key.kind() == Some(Kind::Instance);
        let hash = super::hash(key)?;
        if seen_before(keys, &hashes, key, hash)? {
            return Err(duplicate_key(key));
        }
        if rehash {
            super::hash(key)?;
            seen_before(keys, &hashes, key, hash)?;
        }
        hashes.push(hash);
        let value = match (exact_dict, &get) {
            (Some(d), _) if rehash => d.get(key)?,
            (Some(d), _) => d.get_hashed(key, hash)?,
            (None, Some((get, sentinel))) => {
                let v = super::call(get, &[key.clone(), sentinel.clone()], &[])?;
                (!v.is(sentinel)).then_some(v)
            }
            (None, None) => None,
        };
        match value {
            Some(v) => values.push(v),
            None => return Ok(Value::NONE),
        }
    }
    Ok(new_tuple(values))
}

/// Whether `key` (of hash `hash`) equals one of the earlier keys, whose hashes are
/// `hashes`: equal hash, then identity or `==`, as a set lookup tests.
fn seen_before(keys: &[Value], hashes: &[i64], key: &Value, hash: i64) -> PyResult<bool> {
    for (earlier, &h) in keys.iter().zip(hashes) {
        if h == hash && (earlier.is(key) || super::eq_bool(earlier, key)?) {
            return Ok(true);
        }
    }
    Ok(false)
}

#[cold]
fn duplicate_key(key: &Value) -> PyErr {
    match super::repr(key) {
        Ok(r) => PyErr::value_error(format!("mapping pattern checks duplicate key ({r})")),
        Err(e) => e,
    }
}

/// `CopyDictWithoutKeys`: `rest = {}; rest.update(subject); del rest[k]` for each key.
pub fn copy_dict_without_keys(subject: &Value, keys: &Value) -> PyResult<Value> {
    let rest = DictData::new_value();
    crate::types::dict::dict_update_mapping(&rest, subject, None)?;
    for key in as_tuple(keys).unwrap_or(&[]) {
        super::delitem(&rest, key)?;
    }
    Ok(rest)
}

/// The built-in types whose class pattern takes one positional sub-pattern matched
/// against the subject itself (CPython's `_Py_TPFLAGS_MATCH_SELF`, inherited).
fn matches_self(cls: &Value) -> bool {
    let t = types();
    let selfish = [
        &t.bool,
        &t.bytearray,
        &t.bytes,
        &t.dict,
        &t.float,
        &t.frozenset,
        &t.int,
        &t.list,
        &t.set,
        &t.str,
        &t.tuple,
    ];
    type_data(cls)
        .mro()
        .iter()
        .any(|m| selfish.iter().any(|s| m.is(s)))
}

/// `MatchClass`: when `subject` is an instance of `cls`, the tuple of its attributes
/// named by `descriptor` (`None` entries first, one per positional sub-pattern, named by
/// `cls.__match_args__`; then the keyword attribute names); None when it is not an
/// instance or lacks one of the attributes.
pub fn match_class(subject: &Value, cls: &Value, descriptor: &Value) -> PyResult<Value> {
    if cls.kind() != Some(Kind::Type) {
        return Err(PyErr::type_error("called match pattern must be a type"));
    }
    if !crate::builtins::isinstance(subject, cls)? {
        return Ok(Value::NONE);
    }
    let names = as_tuple(descriptor).unwrap_or(&[]);
    let nargs = names.iter().take_while(|n| n.is_none()).count();
    let keywords = &names[nargs..];
    let mut attrs = Vec::with_capacity(names.len());
    // `__match_args__`, kept alive while its names are borrowed.
    let match_args;
    let mut positional: &[Value] = &[];
    if nargs > 0 {
        match_args = super::getattr_opt(cls, &StrData::intern_static("__match_args__"))?;
        let match_self = match &match_args {
            Some(ma) => {
                positional = match as_tuple(ma) {
                    Some(items) if type_of(ma).is(&types().tuple) => items,
                    _ => return Err(match_args_not_tuple(cls, ma)),
                };
                false
            }
            None => matches_self(cls),
        };
        let allowed = if match_self { 1 } else { positional.len() };
        if allowed < nargs {
            return Err(too_many_positional(cls, allowed, nargs));
        }
        if match_self {
            attrs.push(subject.clone());
        } else {
            positional = &positional[..nargs];
            for (i, name) in positional.iter().enumerate() {
                if !type_of(name).is(&types().str) {
                    return Err(PyErr::type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        type_name(name)
                    )));
                }
                match match_class_attr(subject, cls, name, &positional[..i], &[])? {
                    Some(v) => attrs.push(v),
                    None => return Ok(Value::NONE),
                }
            }
        }
    }
    for (j, name) in keywords.iter().enumerate() {
        match match_class_attr(subject, cls, name, positional, &keywords[..j])? {
            Some(v) => attrs.push(v),
            None => return Ok(Value::NONE),
        }
    }
    Ok(new_tuple(attrs))
}

/// One attribute for a class pattern: None when missing (AttributeError), TypeError when
/// a sub-pattern before it (in `seen` or `seen_too`) named it already.
fn match_class_attr(
    subject: &Value,
    cls: &Value,
    name: &Value,
    seen: &[Value],
    seen_too: &[Value],
) -> PyResult<Option<Value>> {
    let text = as_str(name);
    if seen.iter().chain(seen_too).any(|s| as_str(s) == text) {
        return Err(PyErr::type_error(format!(
            "{}() got multiple sub-patterns for attribute {}",
            type_data(cls).name(),
            super::repr(name)?
        )));
    }
    super::getattr_opt(subject, name)
}

#[cold]
fn match_args_not_tuple(cls: &Value, got: &Value) -> PyErr {
    PyErr::type_error(format!(
        "{}.__match_args__ must be a tuple (got {})",
        type_data(cls).name(),
        type_name(got)
    ))
}

#[cold]
fn too_many_positional(cls: &Value, allowed: usize, given: usize) -> PyErr {
    PyErr::type_error(format!(
        "{}() accepts {} positional sub-pattern{} ({} given)",
        type_data(cls).name(),
        allowed,
        if allowed == 1 { "" } else { "s" },
        given
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::int::new_int;
    use crate::objects::list::new_list;
    use crate::objects::str::new_str;

    fn dict_of(pairs: &[(&str, i64)]) -> Value {
        let d = DictData::new_value();
        let dd = d.downcast::<DictData>().expect("a dict");
        for (k, v) in pairs {
            dd.set(new_str(k), new_int(*v)).expect("str keys hash");
        }
        d
    }

    fn message(e: PyErr) -> String {
        super::super::str_of(&e.exc).expect("an exception has a str")
    }

    #[test]
    fn sequences_and_mappings_by_type() {
        crate::vm::init();
        let seq = [new_list(vec![]), new_tuple(vec![])];
        let neither = [new_str("ab"), new_int(3), Value::NONE];
        assert!(seq.iter().all(is_match_sequence));
        assert!(!seq.iter().any(is_match_mapping));
        assert!(!neither
            .iter()
            .any(|v| is_match_sequence(v) || is_match_mapping(v)));
        assert!(is_match_mapping(&dict_of(&[])));
        assert!(!is_match_sequence(&dict_of(&[])));
    }

    #[test]
    fn keys_give_values_none_or_a_duplicate_error() {
        crate::vm::init();
        let d = dict_of(&[("a", 1), ("b", 2)]);
        let found = match_keys(&d, &new_tuple(vec![new_str("b"), new_str("a")])).expect("ok");
        let values: Vec<i64> = as_tuple(&found)
            .expect("a tuple")
            .iter()
            .map(|v| v.as_small_int().expect("ints"))
            .collect();
        assert_eq!(values, [2, 1]);
        let missing = match_keys(&d, &new_tuple(vec![new_str("a"), new_str("z")])).expect("ok");
        assert!(missing.is_none());
        let dup = match_keys(&d, &new_tuple(vec![new_str("a"), new_str("a")])).unwrap_err();
        assert_eq!(message(dup), "mapping pattern checks duplicate key ('a')");
        // Keys after the first missing one are not checked.
        let late = match_keys(&d, &new_tuple(vec![new_str("z"), new_str("z")])).expect("ok");
        assert!(late.is_none());
    }

    #[test]
    fn rest_is_a_new_dict_without_the_keys() {
        crate::vm::init();
        let d = dict_of(&[("a", 1), ("b", 2), ("c", 3)]);
        let rest = copy_dict_without_keys(&d, &new_tuple(vec![new_str("b")])).expect("ok");
        let rd = rest.downcast::<DictData>().expect("a dict");
        assert_eq!(rd.len(), 2);
        assert!(!rest.is(&d));
        assert_eq!(d.downcast::<DictData>().expect("a dict").len(), 3);
    }

    #[test]
    fn class_patterns_on_built_ins() {
        crate::vm::init();
        let t = types();
        let one_positional = new_tuple(vec![Value::NONE]);
        let got = match_class(&new_int(5), &t.int, &one_positional).expect("int(x)");
        assert_eq!(as_tuple(&got).expect("a tuple")[0].as_small_int(), Some(5));
        let miss = match_class(&new_str("s"), &t.int, &one_positional).expect("no match");
        assert!(miss.is_none());
        let two = new_tuple(vec![Value::NONE, Value::NONE]);
        let err = match_class(&new_int(5), &t.int, &two).unwrap_err();
        assert_eq!(
            message(err),
            "int() accepts 1 positional sub-pattern (2 given)"
        );
        let err = match_class(&new_int(5), &new_int(1), &two).unwrap_err();
        assert_eq!(message(err), "called match pattern must be a type");
        let err = match_class(&new_int(5), &t.object, &one_positional).unwrap_err();
        assert_eq!(
            message(err),
            "object() accepts 0 positional sub-patterns (1 given)"
        );
    }
}
