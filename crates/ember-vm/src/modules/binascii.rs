//! `binascii`: conversions between binary data and ASCII encodings (hex, base64, uu,
//! quoted-printable, CRCs), with CPython's arguments and `binascii.Error` messages.
//! The exception classes are Python (`py/binascii.py`).

use super::frozen;
use crate::error::{PyErr, PyResult};
use crate::objects::bytes::{bytes_like, new_bytes};
use crate::objects::int::{new_int, to_bigint};
use crate::objects::module::ModuleData;
use crate::objects::str::{as_str, StrData};
use crate::objects::typeobj::type_name;
use crate::types::args::Args;
use crate::value::Value;
use num_traits::ToPrimitive;

thread_local! {
    static ERROR: std::cell::OnceCell<Value> = const { std::cell::OnceCell::new() };
}

pub fn create() -> Value {
    let m = frozen::create(
        "binascii",
        include_str!("py/binascii.py"),
        &[
            ("hexlify", hexlify),
            ("b2a_hex", b2a_hex),
            ("unhexlify", unhexlify),
            ("a2b_hex", a2b_hex),
            ("a2b_base64", a2b_base64),
            ("b2a_base64", b2a_base64),
            ("a2b_uu", a2b_uu),
            ("b2a_uu", b2a_uu),
            ("a2b_qp", a2b_qp),
            ("b2a_qp", b2a_qp),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
        ],
    );
    if let Some(md) = m.downcast::<ModuleData>() {
        if let Some(e) = md.dict().get_str(&StrData::intern_static("Error")) {
            ERROR.with(|c| {
                c.get_or_init(|| e);
            });
        }
    }
    m
}

/// `binascii.Error(msg)`.
#[cold]
fn error(msg: impl Into<String>) -> PyErr {
    match ERROR.with(|c| c.get().cloned()) {
        Some(ty) => PyErr::new(&ty, msg),
        None => PyErr::value_error(msg),
    }
}

/// A bytes-like argument (binary data).
fn binary(v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name(v)
        ))
    })
}

/// An ASCII argument: bytes-like or an ASCII-only str.
fn ascii(v: &Value) -> PyResult<Vec<u8>> {
    if let Some(s) = as_str(v) {
        if !s.is_ascii() {
            return Err(PyErr::value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    bytes_like(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            type_name(v)
        ))
    })
}

/// Parses `fname(data, /, ...)` with keyword-or-positional `names` after the data.
fn parse<'a>(
    args: &'a [Value],
    kw: &'a [Value],
    fname: &str,
    names: &[&str],
    kw_only: bool,
) -> PyResult<(&'a Value, Vec<Option<&'a Value>>)> {
    let a = Args::new(args, kw);
    a.only_kwargs(fname, names)?;
    let max = if kw_only { 1 } else { 1 + names.len() };
    if a.pos.is_empty() || a.pos.len() > max {
        return Err(PyErr::type_error(if a.pos.is_empty() {
            format!("{}() missing required argument 'data' (pos 1)", fname)
        } else if kw_only {
            format!(
                "{}() takes exactly 1 positional argument ({} given)",
                fname,
                a.pos.len()
            )
        } else {
            format!(
                "{}() takes at most {} arguments ({} given)",
                fname,
                max,
                a.pos.len()
            )
        }));
    }
    let rest = names
        .iter()
        .enumerate()
        .map(|(i, n)| if kw_only { a.kw(n) } else { a.get(i + 1, n) })
        .collect();
    Ok((&a.pos[0], rest))
}

fn flag(v: Option<&Value>) -> PyResult<bool> {
    v.map_or(Ok(false), crate::ops::is_true)
}

fn hex_of(data: &[u8], sep: Option<&Value>, per_sep: Option<&Value>) -> PyResult<Value> {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let sep = match sep {
        None => None,
        Some(s) if s.is_none() => None,
        Some(s) => {
            let b = match as_str(s) {
                Some(t) => t.as_bytes().to_vec(),
                None => binary(s)?,
            };
            if b.len() != 1 || as_str(s).is_some_and(|t| t.chars().count() != 1) {
                return Err(PyErr::value_error("sep must be length 1."));
            }
            if b[0] > 127 {
                return Err(PyErr::value_error("sep must be ASCII."));
            }
            Some(b[0])
        }
    };
    let per = match per_sep {
        Some(v) => crate::objects::int::to_i64(v).ok_or_else(|| {
            PyErr::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name(v)
            ))
        })?,
        None => 1,
    };
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    for (i, &b) in data.iter().enumerate() {
        if let Some(s) = sep {
            if i > 0 && group > 0 {
                // Positive counts groups from the right, negative from the left.
                let boundary = if per > 0 {
                    (data.len() - i).is_multiple_of(group)
                } else {
                    i.is_multiple_of(group)
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(DIGITS[(b >> 4) as usize]);
        out.push(DIGITS[(b & 15) as usize]);
    }
    Ok(new_bytes(out))
}

fn hexlify_named(args: &[Value], kw: &[Value], fname: &str) -> PyResult<Value> {
    let (data, rest) = parse(args, kw, fname, &["sep", "bytes_per_sep"], false)?;
    hex_of(&binary(data)?, rest[0], rest[1])
}

fn hexlify(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    hexlify_named(args, kw, "hexlify")
}

fn b2a_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    hexlify_named(args, kw, "b2a_hex")
}

fn unhex(args: &[Value], kw: &[Value], fname: &str) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.only_kwargs(fname, &["hexstr"])?;
    let Some(v) = a.get(0, "hexstr") else {
        return Err(PyErr::type_error(format!(
            "{}() missing required argument 'hexstr' (pos 1)",
            fname
        )));
    };
    let data = ascii(v)?;
    if !data.len().is_multiple_of(2) {
        return Err(error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for pair in data.chunks_exact(2) {
        let d = |c: u8| (c as char).to_digit(16);
        match (d(pair[0]), d(pair[1])) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(out))
}

fn unhexlify(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unhex(args, kw, "unhexlify")
}

fn a2b_hex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    unhex(args, kw, "a2b_hex")
}

const BASE64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn base64_value(c: u8) -> Option<u32> {
    Some(match c {
        b'A'..=b'Z' => c - b'A',
        b'a'..=b'z' => c - b'a' + 26,
        b'0'..=b'9' => c - b'0' + 52,
        b'+' => 62,
        b'/' => 63,
        _ => return None,
    } as u32)
}

/// `a2b_base64(data, /, *, strict_mode=False)`, CPython's algorithm: characters outside
/// the alphabet are skipped unless strict, and a complete pad ends the data.
fn a2b_base64(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, rest) = parse(args, kw, "a2b_base64", &["strict_mode"], true)?;
    let strict = flag(rest[0])?;
    let data = ascii(data)?;
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let (mut quad_pos, mut left, mut pads) = (0u32, 0u32, 0u32);
    let mut padding_started = false;
    let mut complete = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    complete = true;
                    break;
                }
            }
            continue;
        }
        let Some(v) = base64_value(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                left = v;
            }
            1 => {
                quad_pos = 2;
                out.push(((left << 2) | (v >> 4)) as u8);
                left = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push(((left << 4) | (v >> 2)) as u8);
                left = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push(((left << 6) | v) as u8);
                left = 0;
            }
        }
    }
    if !complete && quad_pos != 0 {
        return Err(if quad_pos == 1 {
            error(format!(
                "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
                out.len() / 3 * 4 + 1
            ))
        } else {
            error("Incorrect padding")
        });
    }
    Ok(new_bytes(out))
}

/// `b2a_base64(data, /, *, newline=True)`.
fn b2a_base64(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, rest) = parse(args, kw, "b2a_base64", &["newline"], true)?;
    let newline = match rest[0] {
        Some(v) => crate::ops::is_true(v)?,
        None => true,
    };
    let data = binary(data)?;
    let mut out = Vec::with_capacity(data.len().div_ceil(3) * 4 + 1);
    for chunk in data.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |acc, (i, &b)| acc | (b as u32) << (16 - 8 * i));
        for k in 0..4 {
            if k <= chunk.len() {
                out.push(BASE64[((n >> (18 - 6 * k)) & 63) as usize]);
            } else {
                out.push(b'=');
            }
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(out))
}

fn a2b_uu(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, _) = parse(args, kw, "a2b_uu", &[], false)?;
    let data = ascii(data)?;
    // An empty line reads as CPython's terminating NUL: a length of 32.
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = (first.wrapping_sub(b' ') & 0o77) as usize;
    let mut out = Vec::with_capacity(bin_len);
    let rest = data.get(1..).unwrap_or(&[]);
    let (mut left, mut bits) = (0u32, 0u32);
    let mut i = 0;
    while bin_len > 0 {
        let c = rest.get(i).copied().unwrap_or(0);
        let v = if c == b'\n' || c == b'\r' || i >= rest.len() {
            0
        } else {
            if !(b' '..=b' ' + 64).contains(&c) {
                return Err(error("Illegal char"));
            }
            ((c - b' ') & 0o77) as u32
        };
        left = (left << 6) | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((left >> bits) as u8);
            left &= (1 << bits) - 1;
            bin_len -= 1;
        }
        i += 1;
    }
    for &c in rest.get(i..).unwrap_or(&[]) {
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
    }
    Ok(new_bytes(out))
}

fn b2a_uu(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, rest) = parse(args, kw, "b2a_uu", &["backtick"], true)?;
    let backtick = flag(rest[0])?;
    let data = binary(data)?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let ch = |v: u32| {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v as u8
        }
    };
    let mut out = vec![ch(data.len() as u32)];
    let (mut left, mut bits) = (0u32, 0u32);
    let mut i = 0;
    while i < data.len() || bits != 0 {
        left = (left << 8) | data.get(i).copied().unwrap_or(0) as u32;
        bits += 8;
        while bits >= 6 {
            out.push(ch((left >> (bits - 6)) & 0x3f));
            bits -= 6;
        }
        left &= (1 << bits) - 1;
        i += 1;
    }
    out.push(b'\n');
    Ok(new_bytes(out))
}

/// A CRC's starting value: any int, reduced modulo 2**bits.
fn crc_arg(v: Option<&Value>, mask: u32) -> PyResult<u32> {
    let Some(v) = v else { return Ok(0) };
    let n = to_bigint(v).ok_or_else(|| {
        PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name(v)
        ))
    })?;
    let m = n & num_bigint::BigInt::from(mask);
    Ok(m.to_u32().unwrap_or(0))
}

/// `crc32(data, crc=0, /)`.
fn crc32(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("crc32")?;
    a.arity("crc32", 1, 2)?;
    let data = binary(&a.pos[0])?;
    let start = crc_arg(a.pos.get(1), u32::MAX)?;
    Ok(new_int(super::zlib::crc32(start, &data) as i64))
}

/// `crc_hqx(data, crc, /)`: CRC-CCITT (polynomial 0x1021), as binhex uses.
fn crc_hqx(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    a.no_kwargs("crc_hqx")?;
    a.arity("crc_hqx", 2, 2)?;
    let data = binary(&a.pos[0])?;
    let mut crc = crc_arg(a.pos.get(1), 0xffff)? as u16;
    for &b in &data {
        crc ^= (b as u16) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                (crc << 1) ^ 0x1021
            } else {
                crc << 1
            };
        }
    }
    Ok(new_int(crc as i64))
}

/// `a2b_qp(data, header=False)`: quoted-printable decoding.
fn a2b_qp(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, rest) = parse(args, kw, "a2b_qp", &["header"], false)?;
    let header = flag(rest[0])?;
    let data = ascii(data)?;
    let mut out = Vec::with_capacity(data.len());
    let hex = |c: u8| (c as char).to_digit(16);
    let mut i = 0;
    while i < data.len() {
        let c = data[i];
        if c == b'=' {
            i += 1;
            if i >= data.len() {
                break;
            }
            // A soft line break: '=' at the end of a line.
            if data[i] == b'\n' || data[i] == b'\r' {
                if data[i] != b'\n' {
                    while i < data.len() && data[i] != b'\n' {
                        i += 1;
                    }
                }
                if i < data.len() {
                    i += 1;
                }
            } else if data[i] == b'=' {
                // Broken case from broken Python QP.
                out.push(b'=');
                i += 1;
            } else if i + 1 < data.len() && hex(data[i]).is_some() && hex(data[i + 1]).is_some() {
                out.push((hex(data[i]).unwrap_or(0) * 16 + hex(data[i + 1]).unwrap_or(0)) as u8);
                i += 2;
            } else {
                out.push(b'=');
            }
        } else if header && c == b'_' {
            out.push(b' ');
            i += 1;
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(new_bytes(out))
}

/// `b2a_qp(data, quotetabs=False, istext=True, header=False)`: CPython's encoder
/// (lines of at most 76 characters with soft breaks, trailing whitespace encoded).
fn b2a_qp(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (data, rest) = parse(
        args,
        kw,
        "b2a_qp",
        &["quotetabs", "istext", "header"],
        false,
    )?;
    let quotetabs = flag(rest[0])?;
    let istext = match rest[1] {
        Some(v) => crate::ops::is_true(v)?,
        None => true,
    };
    let header = flag(rest[2])?;
    let data = binary(data)?;
    const MAXLINESIZE: usize = 76;
    let len = data.len();
    // CRLF line endings when the first line ends so.
    let crlf = data
        .iter()
        .position(|&c| c == b'\n')
        .is_some_and(|p| p > 0 && data[p - 1] == b'\r');
    let needs_quote = |i: usize| {
        let c = data[i];
        c > 126
            || c == b'='
            || (header && c == b'_')
            || (c == b'.'
                && i + 1 < len
                && (i == 0 || data[i - 1] == b'\n')
                && (data[i + 1] == b'\n'
                    || (data[i + 1] == b'\r' && i + 2 < len && data[i + 2] == b'\n')))
            || (!istext && (c == b'\r' || c == b'\n'))
            || ((c == b'\t' || c == b' ') && i + 1 == len)
            || (c < 33 && c != b'\r' && c != b'\n' && (quotetabs || (c != b'\t' && c != b' ')))
    };
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = Vec::with_capacity(len * 2);
    let mut linelen = 0;
    let mut i = 0;
    while i < len {
        if needs_quote(i) {
            if linelen + 3 >= MAXLINESIZE {
                out.push(b'=');
                if crlf {
                    out.push(b'\r');
                }
                out.push(b'\n');
                linelen = 0;
            }
            out.push(b'=');
            out.push(HEX[(data[i] >> 4) as usize]);
            out.push(HEX[(data[i] & 15) as usize]);
            i += 1;
            linelen += 3;
        } else if istext
            && (data[i] == b'\n' || (i + 1 < len && data[i] == b'\r' && data[i + 1] == b'\n'))
        {
            linelen = 0;
            // Protect against whitespace on end of line.
            if let Some(&last) = out.last() {
                if last == b' ' || last == b'\t' {
                    out.pop();
                    out.push(b'=');
                    out.push(HEX[(last >> 4) as usize]);
                    out.push(HEX[(last & 15) as usize]);
                }
            }
            if crlf {
                out.push(b'\r');
            }
            out.push(b'\n');
            i += if data[i] == b'\r' { 2 } else { 1 };
        } else {
            if i + 1 != len && data[i + 1] != b'\n' && linelen + 1 >= MAXLINESIZE {
                out.push(b'=');
                if crlf {
                    out.push(b'\r');
                }
                out.push(b'\n');
                linelen = 0;
            }
            linelen += 1;
            if header && data[i] == b' ' {
                out.push(b'_');
            } else {
                out.push(data[i]);
            }
            i += 1;
        }
    }
    Ok(new_bytes(out))
}
