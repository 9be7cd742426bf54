//! The `_random` module: `Random`, the Mersenne Twister (MT19937) that the standard
//! library's `random.Random` subclasses. Seeding, output and state are CPython's
//! (`Modules/_randommodule.c`), so the same seed gives the same sequence: an int seed
//! is split into 32-bit words of its absolute value for `init_by_array`, other seeds
//! go through their hash, and None takes 624 words from the OS.
//!
//! A `Random` is an instance (so Python subclasses get attributes and `__slots__` as
//! for any class) whose `builtin_value` holds the generator (`objects::native_state`).

use crate::error::{PyErr, PyResult};
use crate::object::Kind;
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::int::{new_bigint, new_int, to_bigint};
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native_state::{borrow_state, new_native_state, state_object};
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{new_type, type_data, type_name};
use crate::ops;
use crate::types::args::{arity_message, Args};
use crate::types::{add_attr, add_method, add_staticmethod};
use crate::value::Value;
use crate::vm::types;
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive};
use std::cell::RefMut;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

/// The generator's state: 624 words and the position of the next one.
pub struct Mt19937 {
    state: [u32; N],
    index: usize,
}

impl Mt19937 {
    /// The all-zero state of a `Random` that was never seeded (CPython's zeroed object).
    fn zeroed() -> Mt19937 {
        Mt19937 {
            state: [0; N],
            index: 0,
        }
    }

    fn init_genrand(&mut self, seed: u32) {
        self.state[0] = seed;
        for i in 1..N {
            let prev = self.state[i - 1];
            self.state[i] = 1_812_433_253u32
                .wrapping_mul(prev ^ (prev >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    /// Seeds from an array of words (the reference `init_by_array`).
    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        for _ in 0..N.max(key.len()) {
            let prev = mt[i - 1];
            mt[i] = (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
        }
        for _ in 0..N - 1 {
            let prev = mt[i - 1];
            mt[i] =
                (mt[i] ^ (prev ^ (prev >> 30)).wrapping_mul(1_566_083_941)).wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
        }
        mt[0] = 0x8000_0000; // the MSB is 1, assuring a non-zero initial array
    }

    /// The next 32 random bits.
    fn next_u32(&mut self) -> u32 {
        if self.index >= N {
            self.twist();
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn twist(&mut self) {
        let mt = &mut self.state;
        let mag = |y: u32| if y & 1 == 0 { 0 } else { MATRIX_A };
        for kk in 0..N - M {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
        }
        for kk in N - M..N - 1 {
            let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
            mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
        }
        let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
        mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
        self.index = 0;
    }

    /// A float in [0, 1) with 53 random bits.
    fn random(&mut self) -> f64 {
        let a = self.next_u32() >> 5;
        let b = self.next_u32() >> 6;
        (f64::from(a) * 67_108_864.0 + f64::from(b)) * (1.0 / 9_007_199_254_740_992.0)
    }

    /// `k` random bits (k > 0) as an int: 32-bit words from the least significant up,
    /// the last one keeping its top bits.
    fn getrandbits(&mut self, k: u64) -> BigInt {
        let words = (k - 1) / 32 + 1;
        let mut digits = Vec::with_capacity(words as usize);
        let mut left = k;
        for _ in 0..words {
            let mut r = self.next_u32();
            if left < 32 {
                r >>= 32 - left;
            }
            digits.push(r);
            left = left.saturating_sub(32);
        }
        BigInt::from_slice(Sign::Plus, &digits)
    }

    /// Seeds from the OS's entropy (time and process id when there is none).
    fn seed_urandom(&mut self) {
        use std::io::Read;
        let mut bytes = [0u8; N * 4];
        let ok = std::fs::File::open("/dev/urandom")
            .and_then(|mut f| f.read_exact(&mut bytes))
            .is_ok();
        if ok {
            let key: Vec<u32> = bytes
                .chunks_exact(4)
                .map(|c| u32::from_ne_bytes([c[0], c[1], c[2], c[3]]))
                .collect();
            self.init_by_array(&key);
        } else {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            let key = [
                now.as_secs() as u32,
                (now.as_secs() >> 32) as u32,
                now.subsec_nanos(),
                std::process::id(),
            ];
            self.init_by_array(&key);
        }
    }
}

/// A new `_random` module.
pub fn create() -> Value {
    let m = new_module("_random");
    let md = m.downcast::<ModuleData>().expect("new module");
    md.dict()
        .set_str(&StrData::intern_static("Random"), random_type().clone());
    m
}

thread_local! {
    static RANDOM_TYPE: &'static Value = Box::leak(Box::new(make_type()));
}

/// `_random.Random`.
fn random_type() -> &'static Value {
    RANDOM_TYPE.with(|t| *t)
}

fn make_type() -> Value {
    let ty = new_type("Random", vec![types().object.clone()], Kind::Instance, true)
        .expect("a simple class");
    add_attr(&ty, "__module__", new_str("_random"));
    add_attr(
        &ty,
        "__doc__",
        new_str("Random() -> create a random number generator with its own internal state."),
    );
    add_staticmethod(&ty, "__new__", random_new);
    add_method(&ty, "__init__", random_init);
    add_method(&ty, "seed", random_seed);
    add_method(&ty, "random", random_random);
    add_method(&ty, "getrandbits", random_getrandbits);
    add_method(&ty, "getstate", random_getstate);
    add_method(&ty, "setstate", random_setstate);
    ty
}

fn random_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = crate::types::new_target(args, random_type())?;
    if cls.is(random_type()) && !kw.is_empty() {
        return Err(PyErr::type_error("Random() takes no keyword arguments"));
    }
    let obj = new_instance(cls);
    if let Some(inst) = obj.downcast::<InstanceData>() {
        inst.builtin_value.set(new_native_state(Mt19937::zeroed()));
    }
    Ok(obj)
}

/// The generator of `self_` (the first argument of method `name`).
fn generator<'a>(
    name: &str,
    state: &'a Option<Value>,
    self_: &Value,
) -> PyResult<RefMut<'a, Mt19937>> {
    if let Some(s) = state {
        if let Some(mt) = borrow_state::<Mt19937>(s)? {
            return Ok(mt);
        }
    }
    Err(PyErr::type_error(format!(
        "descriptor '{}' for '_random.Random' objects doesn't apply to a '{}' object",
        name,
        type_name(self_)
    )))
}

/// Checks a method's positional count (`self` excluded) with CPython's messages.
fn method_args<'a>(
    name: &str,
    args: &'a [Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<&'a [Value]> {
    let given = args.len().saturating_sub(1);
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "Random.{}() takes no keyword arguments",
            name
        )));
    }
    if given < min || given > max {
        return Err(PyErr::type_error(match (min, max) {
            (0, 0) => format!("Random.{}() takes no arguments ({} given)", name, given),
            (1, 1) => format!(
                "Random.{}() takes exactly one argument ({} given)",
                name, given
            ),
            _ => arity_message(name, min, max, given),
        }));
    }
    Ok(&args[1..])
}

fn random_init(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let self_ = &args[0];
    if type_data(crate::objects::typeobj::type_of(self_))
        .lookup(&StrData::intern_static("__init__"))
        .is_some_and(|i| {
            type_data(random_type())
                .lookup(&StrData::intern_static("__init__"))
                .is_some_and(|r| r.is(&i))
        })
        && !kw.is_empty()
    {
        return Err(PyErr::type_error("Random() takes no keyword arguments"));
    }
    let a = Args::new(args, kw);
    if a.pos.len() > 2 {
        return Err(PyErr::type_error("Random() requires 0 or 1 argument"));
    }
    seed(self_, a.pos.get(1))?;
    Ok(Value::NONE)
}

fn random_seed(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(
            "Random.seed() takes no keyword arguments",
        ));
    }
    let a = Args::new(args, kw);
    if a.pos.len() > 2 {
        return Err(PyErr::type_error(arity_message(
            "seed",
            0,
            1,
            a.pos.len() - 1,
        )));
    }
    seed(&args[0], a.pos.get(1))?;
    Ok(Value::NONE)
}

/// CPython's `random_seed`: None from the OS; an int by its absolute value; anything
/// else by its hash (as an unsigned machine word).
fn seed(self_: &Value, arg: Option<&Value>) -> PyResult<()> {
    let n = match arg.filter(|a| !a.is_none()) {
        None => None,
        Some(a) => Some(match to_bigint(a) {
            Some(i) => i.abs(),
            None => BigInt::from(ops::hash(a)? as u64),
        }),
    };
    let state = state_object(self_);
    let mut mt = generator("seed", &state, self_)?;
    match n {
        None => mt.seed_urandom(),
        Some(n) => {
            let mut key = n.to_u32_digits().1;
            if key.is_empty() {
                key.push(0);
            }
            mt.init_by_array(&key);
        }
    }
    Ok(())
}

fn random_random(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("random", args, kw, 0, 0)?;
    let state = state_object(&args[0]);
    let x = generator("random", &state, &args[0])?.random();
    Ok(crate::objects::float::new_float(x))
}

fn random_getrandbits(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("getrandbits", args, kw, 1, 1)?;
    let k = as_c_int(&a[0])?;
    if k < 0 {
        return Err(PyErr::value_error("number of bits must be non-negative"));
    }
    let state = state_object(&args[0]);
    let mut mt = generator("getrandbits", &state, &args[0])?;
    if k == 0 {
        return Ok(Value::small_int(0));
    }
    if k <= 32 {
        return Ok(new_int(i64::from(mt.next_u32() >> (32 - k))));
    }
    Ok(new_bigint(mt.getrandbits(k as u64)))
}

/// An argument converted as a C `int` (`_PyLong_AsInt`).
fn as_c_int(v: &Value) -> PyResult<i32> {
    let i = crate::modules::math::as_index(v)?;
    i.to_i32()
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C int"))
}

fn random_getstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("getstate", args, kw, 0, 0)?;
    let state = state_object(&args[0]);
    let mt = generator("getstate", &state, &args[0])?;
    let mut items: Vec<Value> = mt.state.iter().map(|&w| new_int(i64::from(w))).collect();
    items.push(new_int(mt.index as i64));
    Ok(new_tuple(items))
}

fn random_setstate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = method_args("setstate", args, kw, 1, 1)?;
    let Some(items) = as_tuple(&a[0]) else {
        return Err(PyErr::type_error("state vector must be a tuple"));
    };
    if items.len() != N + 1 {
        return Err(PyErr::value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (w, v) in words.iter_mut().zip(items) {
        // PyLong_AsUnsignedLong: ints only, then truncated to 32 bits.
        let Some(i) = to_bigint(v) else {
            return Err(PyErr::type_error("an integer is required"));
        };
        if i.is_negative() {
            return Err(PyErr::overflow_error(
                "can't convert negative value to unsigned int",
            ));
        }
        let u = i.to_u64().ok_or_else(|| {
            PyErr::overflow_error("Python int too large to convert to C unsigned long")
        })?;
        *w = u as u32;
    }
    let index = crate::modules::math::as_index(&items[N])?
        .to_i64()
        .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C long"))?;
    if !(0..=N as i64).contains(&index) {
        return Err(PyErr::value_error("invalid state"));
    }
    let state = state_object(&args[0]);
    let mut mt = generator("setstate", &state, &args[0])?;
    mt.state = words;
    mt.index = index as usize;
    Ok(Value::NONE)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference implementation's published output for init_by_array({0x123,
    /// 0x234, 0x345, 0x456}).
    #[test]
    fn matches_the_reference_output() {
        let mut mt = Mt19937::zeroed();
        mt.init_by_array(&[0x123, 0x234, 0x345, 0x456]);
        let first: Vec<u32> = (0..5).map(|_| mt.next_u32()).collect();
        assert_eq!(
            first,
            vec![1067595299, 955945823, 477289528, 4107218783, 4228976476]
        );
    }
}
