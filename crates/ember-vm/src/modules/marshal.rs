//! `marshal`: CPython's value serialisation (`dumps`, `loads`, `dump`, `load`, `version`)
//! in CPython's format for every value type, so data marshalled by either runtime reads
//! back in the other. Code objects are Ember's own: a private type code followed by
//! `ember_bytecode::serial`'s encoding (CPython's bytecode means nothing to Ember).
//! `dumps` writes no back-references; `loads` understands them.

use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{bytes_like, new_bytes, BytesData};
use crate::objects::complex::{new_complex, ComplexData};
use crate::objects::dict::DictData;
use crate::objects::float::{as_float, new_float};
use crate::objects::int::{new_bigint, to_bigint};
use crate::objects::list::{as_list, new_list};
use crate::objects::module::{new_module, ModuleData};
use crate::objects::native::{new_native, Binding, NativeFn};
use crate::objects::set::{as_set, new_set};
use crate::objects::str::{as_str_data, str_from_generalised_utf8, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::type_of;
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use crate::vm::types;
use num_bigint::{BigInt, Sign};
use num_traits::{ToPrimitive, Zero};

const VERSION: i64 = 4;
/// The type code of an Ember code object (CPython does not use it).
const TYPE_EMBER_CODE: u8 = b'E';
const FLAG_REF: u8 = 0x80;
const MAX_DEPTH: usize = 2000;

pub fn create() -> Value {
    let m = new_module("marshal");
    let d = m.downcast::<ModuleData>().expect("module").dict();
    let fns: [(&'static str, NativeFn); 4] = [
        ("dumps", marshal_dumps),
        ("loads", marshal_loads),
        ("dump", marshal_dump),
        ("load", marshal_load),
    ];
    for (name, f) in fns {
        d.set_str(
            &StrData::intern(name),
            new_native(name, f, Binding::Function, Value::NONE),
        );
    }
    d.set_str(
        &StrData::intern_static("version"),
        crate::objects::int::new_int(VERSION),
    );
    m
}

fn unmarshallable() -> PyErr {
    PyErr::value_error("unmarshallable object")
}

fn w_long(n: i32, out: &mut Vec<u8>) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn w_bytes(tag: u8, b: &[u8], out: &mut Vec<u8>) -> PyResult<()> {
    let n = i32::try_from(b.len()).map_err(|_| unmarshallable())?;
    out.push(tag);
    w_long(n, out);
    out.extend_from_slice(b);
    Ok(())
}

fn w_items(tag: u8, items: &[Value], out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
    if tag == b'(' && items.len() < 256 {
        out.push(b')');
        out.push(items.len() as u8);
    } else {
        out.push(tag);
        w_long(
            i32::try_from(items.len()).map_err(|_| unmarshallable())?,
            out,
        );
    }
    for v in items {
        w_object(v, out, depth + 1)?;
    }
    Ok(())
}

/// Appends the marshal form of `v`.
fn w_object(v: &Value, out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
    if depth > MAX_DEPTH {
        return Err(PyErr::value_error("object too deeply nested to marshal"));
    }
    let t = types();
    let ty = type_of(v);
    if v.is_none() {
        out.push(b'N');
    } else if v.is(&Value::TRUE) {
        out.push(b'T');
    } else if v.is(&Value::FALSE) {
        out.push(b'F');
    } else if v.is(&t.stop_iteration) {
        out.push(b'S');
    } else if ty.is(&t.ellipsis_type) {
        out.push(b'.');
    } else if ty.is(&t.int) {
        let n = to_bigint(v).expect("an int");
        match n.to_i32() {
            Some(i) => {
                out.push(b'i');
                w_long(i, out);
            }
            None => {
                // Base 2**15 digits, least significant first; the count carries the sign.
                out.push(b'l');
                let mut digits = Vec::new();
                let mut m = n.magnitude().clone();
                while !m.is_zero() {
                    digits.push(
                        (&m & num_bigint::BigUint::from(0x7fffu32))
                            .to_u16()
                            .unwrap_or(0),
                    );
                    m >>= 15;
                }
                let count = digits.len() as i32;
                w_long(
                    if n.sign() == Sign::Minus {
                        -count
                    } else {
                        count
                    },
                    out,
                );
                for d in digits {
                    out.extend_from_slice(&d.to_le_bytes());
                }
            }
        }
    } else if ty.is(&t.float) {
        out.push(b'g');
        out.extend_from_slice(&as_float(v).expect("a float").to_le_bytes());
    } else if ty.is(&t.complex) {
        let c = v.downcast::<ComplexData>().expect("a complex");
        out.push(b'y');
        out.extend_from_slice(&c.re.to_le_bytes());
        out.extend_from_slice(&c.im.to_le_bytes());
    } else if ty.is(&t.str) {
        let s = as_str_data(v).expect("a str");
        if s.is_ascii() && s.as_bytes().len() < 256 {
            out.push(b'z');
            out.push(s.as_bytes().len() as u8);
            out.extend_from_slice(s.as_bytes());
        } else {
            // Generalised UTF-8 is what `surrogatepass` gives for lone surrogates.
            w_bytes(b'u', s.as_bytes(), out)?;
        }
    } else if ty.is(&t.bytes) {
        w_bytes(b's', &v.downcast::<BytesData>().expect("bytes").0, out)?;
    } else if ty.is(&t.bytearray) {
        w_bytes(b's', &bytes_like(v).unwrap_or_default(), out)?;
    } else if ty.is(&t.tuple) {
        w_items(b'(', as_tuple(v).expect("a tuple"), out, depth)?;
    } else if ty.is(&t.list) {
        w_items(b'[', &as_list(v).expect("a list").to_vec(), out, depth)?;
    } else if ty.is(&t.dict) {
        out.push(b'{');
        for (k, val) in v.downcast::<DictData>().expect("a dict").items() {
            w_object(&k, out, depth + 1)?;
            w_object(&val, out, depth + 1)?;
        }
        out.push(b'0');
    } else if ty.is(&t.set) || ty.is(&t.frozenset) {
        let items = as_set(v).expect("a set").items();
        w_items(if ty.is(&t.set) { b'<' } else { b'>' }, &items, out, depth)?;
    } else if let Some(c) = v.downcast::<crate::objects::code::CodeData>() {
        let payload = ember_bytecode::serial::encode(&c.code);
        w_bytes(TYPE_EMBER_CODE, &payload, out)?;
    } else {
        return Err(unmarshallable());
    }
    Ok(())
}

/// Reads values back, remembering those flagged for back-references.
struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    refs: Vec<Value>,
}

fn bad_data() -> PyErr {
    PyErr::value_error("bad marshal data (unknown type code)")
}

fn eof() -> PyErr {
    PyErr::new(&types().eof_error, "marshal data too short")
}

impl Reader<'_> {
    fn take(&mut self, n: usize) -> PyResult<&[u8]> {
        let end = self.pos.checked_add(n).filter(|&e| e <= self.data.len());
        let Some(end) = end else {
            return Err(eof());
        };
        let b = &self.data[self.pos..end];
        self.pos = end;
        Ok(b)
    }
    fn byte(&mut self) -> PyResult<u8> {
        Ok(self.take(1)?[0])
    }
    fn long(&mut self) -> PyResult<i32> {
        Ok(i32::from_le_bytes(
            self.take(4)?.try_into().expect("4 bytes"),
        ))
    }
    fn f64(&mut self) -> PyResult<f64> {
        Ok(f64::from_le_bytes(
            self.take(8)?.try_into().expect("8 bytes"),
        ))
    }
    fn size(&mut self) -> PyResult<usize> {
        let n = self.long()?;
        usize::try_from(n).map_err(|_| PyErr::value_error("bad marshal data (size out of range)"))
    }
    fn items(&mut self, n: usize, depth: usize) -> PyResult<Vec<Value>> {
        (0..n).map(|_| self.object(depth + 1)).collect()
    }

    fn object(&mut self, depth: usize) -> PyResult<Value> {
        if depth > MAX_DEPTH {
            return Err(PyErr::value_error("recursion limit exceeded"));
        }
        if self.pos >= self.data.len() {
            return Err(PyErr::new(
                &types().eof_error,
                "EOF read where object expected",
            ));
        }
        let code = self.byte()?;
        let flagged = code & FLAG_REF != 0;
        // A flagged container is registered before its items (they may refer to it).
        let slot = if flagged {
            self.refs.push(Value::NONE);
            Some(self.refs.len() - 1)
        } else {
            None
        };
        let v = self.value(code & !FLAG_REF, depth, slot)?;
        if let Some(i) = slot {
            self.refs[i] = v.clone();
        }
        Ok(v)
    }

    /// Registers a mutable container under its back-reference slot before its items are
    /// read (they may refer to it).
    fn early(&mut self, slot: Option<usize>, v: &Value) {
        if let Some(i) = slot {
            self.refs[i] = v.clone();
        }
    }

    fn value(&mut self, code: u8, depth: usize, slot: Option<usize>) -> PyResult<Value> {
        let t = types();
        Ok(match code {
            b'N' => Value::NONE,
            b'T' => Value::TRUE,
            b'F' => Value::FALSE,
            b'S' => t.stop_iteration.clone(),
            b'.' => Value::ELLIPSIS,
            b'i' => crate::objects::int::new_int(self.long()? as i64),
            b'l' => {
                let n = self.long()?;
                let count = n.unsigned_abs() as usize;
                let mut m = BigInt::zero();
                let digits = self.take(count.checked_mul(2).ok_or_else(eof)?)?.to_vec();
                for pair in digits.chunks(2).rev() {
                    let d = u16::from_le_bytes([pair[0], pair[1]]);
                    if d > 0x7fff {
                        return Err(PyErr::value_error(
                            "bad marshal data (digit out of range in long)",
                        ));
                    }
                    m = (m << 15) + BigInt::from(d);
                }
                new_bigint(if n < 0 { -m } else { m })
            }
            b'g' => new_float(self.f64()?),
            b'y' => {
                let re = self.f64()?;
                new_complex(re, self.f64()?)
            }
            b'f' | b'x' => {
                // The old text forms of floats and complexes.
                let parse = |r: &mut Self| -> PyResult<f64> {
                    let n = r.byte()? as usize;
                    let s = String::from_utf8_lossy(r.take(n)?).into_owned();
                    s.parse::<f64>().map_err(|_| bad_data())
                };
                let re = parse(self)?;
                if code == b'f' {
                    new_float(re)
                } else {
                    new_complex(re, parse(self)?)
                }
            }
            b's' => {
                let n = self.size()?;
                new_bytes(self.take(n)?.to_vec())
            }
            b'u' | b't' | b'a' | b'A' => {
                let n = self.size()?;
                let b = self.take(n)?.to_vec();
                str_from_generalised_utf8(b)
                    .ok_or_else(|| PyErr::value_error("bad marshal data (invalid string)"))?
            }
            b'z' | b'Z' => {
                let n = self.byte()? as usize;
                let b = self.take(n)?.to_vec();
                str_from_generalised_utf8(b)
                    .ok_or_else(|| PyErr::value_error("bad marshal data (invalid string)"))?
            }
            b')' => {
                let n = self.byte()? as usize;
                new_tuple(self.items(n, depth)?)
            }
            b'(' => {
                let n = self.size()?;
                new_tuple(self.items(n, depth)?)
            }
            b'[' => {
                let n = self.size()?;
                let l = new_list(Vec::new());
                self.early(slot, &l);
                for _ in 0..n {
                    let item = self.object(depth + 1)?;
                    as_list(&l).expect("list").push(item);
                }
                l
            }
            b'{' => {
                let d = DictData::new_value();
                self.early(slot, &d);
                let dd = d.downcast::<DictData>().expect("dict");
                loop {
                    if self.data.get(self.pos) == Some(&b'0') {
                        self.pos += 1;
                        break;
                    }
                    let k = self.object(depth + 1)?;
                    let v = self.object(depth + 1)?;
                    dd.set(k, v)?;
                }
                d
            }
            b'<' | b'>' => {
                let n = self.size()?;
                let items = self.items(n, depth)?;
                let s = new_set(code == b'>');
                let sd = as_set(&s).expect("set");
                for i in items {
                    sd.add(i)?;
                }
                s
            }
            b'r' => {
                let i = self.size()?;
                self.refs
                    .get(i)
                    .cloned()
                    .ok_or_else(|| PyErr::value_error("bad marshal data (invalid reference)"))?
            }
            TYPE_EMBER_CODE => {
                let n = self.size()?;
                let code = ember_bytecode::serial::decode(self.take(n)?)
                    .ok_or_else(|| PyErr::value_error("bad marshal data (invalid code object)"))?;
                crate::objects::code::new_code(std::rc::Rc::new(code))
            }
            b'c' => {
                return Err(PyErr::value_error(
                    "bad marshal data (CPython code objects cannot run on Ember)",
                ))
            }
            _ => return Err(bad_data()),
        })
    }
}

fn check_version(a: &Args) -> PyResult<()> {
    if let Some(v) = a.get(usize::MAX, "version") {
        crate::objects::int::to_i64(v)
            .ok_or_else(|| PyErr::type_error("'version' must be an integer"))?;
    }
    Ok(())
}

fn dumps(v: &Value) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    w_object(v, &mut out, 0)?;
    Ok(out)
}

fn loads(data: &[u8]) -> PyResult<(Value, usize)> {
    let mut r = Reader {
        data,
        pos: 0,
        refs: Vec::new(),
    };
    let v = r.object(0)?;
    Ok((v, r.pos))
}

/// `marshal.dumps(value, version=4, /)`.
fn marshal_dumps(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("dumps", 1, 2)?;
    check_version(&a)?;
    Ok(new_bytes(dumps(&args[0])?))
}

/// `marshal.loads(bytes, /)`.
fn marshal_loads(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("loads", 1, 1)?;
    let data = bytes_like(&args[0]).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            crate::objects::typeobj::type_name(&args[0])
        ))
    })?;
    Ok(loads(&data)?.0)
}

/// `marshal.dump(value, file, version=4, /)`.
fn marshal_dump(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("dump", 2, 3)?;
    let data = new_bytes(dumps(&args[0])?);
    ops::call_method(&args[1], "write", &[data])?;
    Ok(Value::NONE)
}

/// `marshal.load(file, /)`: reads the whole file's remaining bytes, then seeks back to
/// just after the value when the file can seek.
fn marshal_load(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.arity("load", 1, 1)?;
    let data = ops::call_method(&args[0], "read", &[])?;
    let bytes = bytes_like(&data).unwrap_or_default();
    if bytes.is_empty() {
        return Err(PyErr::new(
            &types().eof_error,
            "EOF read where object expected",
        ));
    }
    let (v, used) = loads(&bytes)?;
    if used < bytes.len() {
        let back = crate::objects::int::new_int(used as i64 - bytes.len() as i64);
        let _ = ops::call_method(&args[0], "seek", &[back, crate::objects::int::new_int(1)]);
    }
    Ok(v)
}
