//! printf-style `%` formatting of `str` and `bytes` (CPython's `PyUnicode_Format` in
//! `unicodeobject.c` and `_PyBytes_FormatEx` in `bytesobject.c`): one engine for both,
//! which differ only in `%s`/`%b`/`%c` and in whether the result is text or bytes.
//!
//! The argument state follows CPython exactly (`args`, `arglen`, `argidx`), which decides
//! the "not enough arguments" / "not all arguments converted" errors: a tuple supplies
//! its items one by one, any other object is the single argument, a mapping may be used
//! by `%(key)s` fields, and a keyed lookup replaces the current argument.

use crate::error::{PyErr, PyResult};
use crate::format::{double_to_string, FloatFormat};
use crate::object::Kind;
use crate::objects::bytes::{bytes_like, new_bytearray, new_bytes};
use crate::objects::str::{as_str_data, new_string, str_from_generalised_utf8, StrBuf, StrData};
use crate::objects::typeobj::type_name;
use crate::ops;
use crate::value::Value;
use num_bigint::{BigInt, Sign};

/// `str % args`. The output is generalised UTF-8 (`objects/str_utf8.rs`), so lone
/// surrogates in the format, the arguments and `%c` carry over exactly.
pub fn str_percent_format(s: &Value, args: &Value) -> PyResult<Value> {
    let Some(sd) = s.downcast::<StrData>() else {
        return Err(PyErr::type_error("str % formatting needs a str"));
    };
    // The lossy view is parsed; literal text is copied from the exact code points.
    let fmt: Vec<char> = sd.as_str().chars().collect();
    let mut engine = Engine::new(args, false);
    if sd.has_surrogates() {
        engine.exact = sd.code_points().collect();
    }
    let out = engine.run(&fmt)?;
    str_from_generalised_utf8(out)
        .ok_or_else(|| PyErr::runtime_error("internal error: % produced invalid text"))
}

/// `bytes % args` and `bytearray % args` (the result has the left operand's type).
pub fn bytes_percent_format(b: &Value, args: &Value) -> PyResult<Value> {
    let fmt: Vec<char> = bytes_like(b)
        .unwrap_or_default()
        .into_iter()
        .map(|c| c as char)
        .collect();
    let out = Engine::new(args, true).run(&fmt)?;
    Ok(if b.kind() == Some(Kind::ByteArray) {
        new_bytearray(out)
    } else {
        new_bytes(out)
    })
}

#[derive(Default, Clone, Copy)]
struct Flags {
    ljust: bool,
    sign: bool,
    blank: bool,
    alt: bool,
    zero: bool,
}

struct Engine<'a> {
    bytes: bool,
    args: Value,
    arglen: isize,
    argidx: isize,
    dict: Option<&'a Value>,
    out: Vec<u8>,
    /// The format's code points when it holds lone surrogates (else empty).
    exact: Vec<u32>,
}

#[cold]
fn type_error(msg: String) -> PyErr {
    PyErr::type_error(msg)
}

/// `PyMapping_Check` for the `%` operator: the object has `__getitem__` and is neither a
/// tuple nor a str.
fn is_mapping(v: &Value) -> bool {
    match v.kind() {
        Some(Kind::Tuple | Kind::Str) => false,
        Some(Kind::Dict | Kind::List | Kind::Bytes | Kind::ByteArray | Kind::Range) => true,
        Some(Kind::Instance) => ops::lookup_special(v, "__getitem__").is_some(),
        _ => false,
    }
}

impl<'a> Engine<'a> {
    fn new(args: &'a Value, bytes: bool) -> Self {
        let (arglen, argidx) = match crate::objects::tuple::as_tuple(args) {
            Some(t) => (t.len() as isize, 0),
            None => (-1, -2),
        };
        Engine {
            bytes,
            args: args.clone(),
            arglen,
            argidx,
            dict: is_mapping(args).then_some(args),
            out: Vec::new(),
            exact: Vec::new(),
        }
    }

    fn next_arg(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args.clone());
            }
            if let Some(t) = crate::objects::tuple::as_tuple(&self.args) {
                if let Some(v) = t.get(i as usize) {
                    return Ok(v.clone());
                }
            }
        }
        Err(type_error("not enough arguments for format string".into()))
    }

    fn push_char(&mut self, c: char) {
        if self.bytes {
            self.out.push(c as u32 as u8);
        } else {
            let mut buf = [0u8; 4];
            self.out
                .extend_from_slice(c.encode_utf8(&mut buf).as_bytes());
        }
    }

    /// The length of a piece in the units widths count: characters or bytes.
    fn units(&self, piece: &[u8]) -> usize {
        if self.bytes {
            piece.len()
        } else {
            piece.iter().filter(|&&b| (b & 0xC0) != 0x80).count()
        }
    }

    fn run(mut self, fmt: &[char]) -> PyResult<Vec<u8>> {
        let mut i = 0;
        while i < fmt.len() {
            let c = fmt[i];
            i += 1;
            if c != '%' {
                match self.exact.get(i - 1) {
                    Some(&code) => crate::objects::str_utf8::push_code_point(&mut self.out, code),
                    None => self.push_char(c),
                }
                continue;
            }
            if fmt.get(i) == Some(&'%') {
                self.push_char('%');
                i += 1;
                continue;
            }
            i = self.one(fmt, i)?;
        }
        if self.argidx < self.arglen && self.dict.is_none() {
            return Err(type_error(format!(
                "not all arguments converted during {} formatting",
                if self.bytes { "bytes" } else { "string" }
            )));
        }
        Ok(self.out)
    }

    /// Reads a `*` width or precision argument.
    fn star_arg(&mut self) -> PyResult<i64> {
        let v = self.next_arg()?;
        if !crate::objects::int::is_int(&v) {
            return Err(type_error("* wants int".into()));
        }
        crate::objects::int::to_i64(&v)
            .filter(|n| n.unsigned_abs() <= isize::MAX as u64)
            .ok_or_else(|| PyErr::overflow_error("Python int too large to convert to C ssize_t"))
    }

    /// Formats one conversion starting after its `%`; returns the index after it.
    fn one(&mut self, fmt: &[char], mut i: usize) -> PyResult<usize> {
        let incomplete = || PyErr::value_error("incomplete format");
        if fmt.get(i) == Some(&'(') {
            let Some(dict) = self.dict else {
                return Err(type_error("format requires a mapping".into()));
            };
            let start = i + 1;
            let mut depth = 1;
            i += 1;
            while i < fmt.len() {
                match fmt[i] {
                    '(' => depth += 1,
                    ')' => {
                        depth -= 1;
                        if depth == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                i += 1;
            }
            if depth > 0 {
                return Err(PyErr::value_error("incomplete format key"));
            }
            let key = if self.bytes {
                new_bytes(fmt[start..i].iter().map(|&c| c as u32 as u8).collect())
            } else if self.exact.is_empty() {
                new_string(fmt[start..i].iter().collect())
            } else {
                let mut k = StrBuf::new();
                self.exact[start..i]
                    .iter()
                    .for_each(|&c| k.push_code_point(c));
                k.finish()
            };
            i += 1;
            self.args = ops::getitem(dict, &key)?;
            self.arglen = -1;
            self.argidx = -2;
        }
        let mut flags = Flags::default();
        while let Some(&c) = fmt.get(i) {
            match c {
                '-' => flags.ljust = true,
                '+' => flags.sign = true,
                ' ' => flags.blank = true,
                '#' => flags.alt = true,
                '0' => flags.zero = true,
                _ => break,
            }
            i += 1;
        }
        let mut width: usize = 0;
        if fmt.get(i) == Some(&'*') {
            i += 1;
            let w = self.star_arg()?;
            if w < 0 {
                flags.ljust = true;
            }
            width = w.unsigned_abs() as usize;
        } else {
            while let Some(d) = fmt.get(i).and_then(|c| c.to_digit(10)) {
                width = width
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(d as usize))
                    .filter(|&w| w <= isize::MAX as usize)
                    .ok_or_else(|| PyErr::value_error("width too big"))?;
                i += 1;
            }
        }
        let mut prec: Option<usize> = None;
        if fmt.get(i) == Some(&'.') {
            i += 1;
            if fmt.get(i) == Some(&'*') {
                i += 1;
                prec = Some(self.star_arg()?.max(0) as usize);
            } else {
                let mut p: usize = 0;
                while let Some(d) = fmt.get(i).and_then(|c| c.to_digit(10)) {
                    p = p
                        .checked_mul(10)
                        .and_then(|p| p.checked_add(d as usize))
                        .filter(|&p| p <= i32::MAX as usize)
                        .ok_or_else(|| PyErr::value_error("precision too big"))?;
                    i += 1;
                }
                prec = Some(p);
            }
        }
        while matches!(fmt.get(i), Some('h' | 'l' | 'L')) {
            i += 1;
        }
        let Some(&conv) = fmt.get(i) else {
            return Err(incomplete());
        };
        let conv_index = i;
        i += 1;
        let v = self.next_arg()?;
        let (piece, numeric) = match conv {
            's' | 'r' | 'a' | 'b' if self.bytes => (self.bytes_text(conv, &v, prec)?, false),
            's' | 'r' | 'a' => {
                let text = match conv {
                    's' => ops::str_value(&v)?,
                    'r' => ops::repr_value(&v)?,
                    _ => new_string(ops::ascii_of(&v)?),
                };
                let s = as_str_data(&text).map_or(&[][..], StrData::as_bytes);
                let s = match prec {
                    // Code points start at the bytes that are not continuation bytes.
                    Some(p) => match s
                        .iter()
                        .enumerate()
                        .filter(|(_, &b)| crate::objects::str_utf8::is_boundary_byte(b))
                        .nth(p)
                    {
                        Some((cut, _)) => &s[..cut],
                        None => s,
                    },
                    None => s,
                };
                (s.to_vec(), false)
            }
            'd' | 'i' | 'u' => {
                // bytes formatting reports %i as %d.
                let shown = if self.bytes && conv == 'i' { 'd' } else { conv };
                (int_piece(&as_int(&v, shown)?, 10, flags, prec, false), true)
            }
            'x' | 'X' | 'o' => {
                let n = as_index(&v, conv)?;
                let radix = if conv == 'o' { 8 } else { 16 };
                (int_piece(&n, radix, flags, prec, conv == 'X'), true)
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => float_piece(&v, conv, flags, prec, self.bytes)?,
            'c' => (self.char_piece(&v)?, false),
            _ => {
                let shown = if (' '..='\x7e').contains(&conv) {
                    conv
                } else {
                    '?'
                };
                return Err(PyErr::value_error(format!(
                    "unsupported format character '{}' (0x{:x}) at index {}",
                    shown, conv as u32, conv_index
                )));
            }
        };
        self.pad(piece, width, flags, numeric);
        Ok(i)
    }

    /// Appends `piece` padded to `width`: numbers zero-pad after their sign and prefix.
    fn pad(&mut self, piece: Vec<u8>, width: usize, flags: Flags, numeric: bool) {
        let len = self.units(&piece);
        if len >= width {
            self.out.extend_from_slice(&piece);
            return;
        }
        let fill = width - len;
        if flags.ljust {
            self.out.extend_from_slice(&piece);
            self.out.extend(std::iter::repeat_n(b' ', fill));
        } else if flags.zero && numeric {
            let mut k = 0;
            if matches!(piece.first(), Some(b'-' | b'+' | b' ')) {
                k = 1;
            }
            if piece.len() >= k + 2
                && piece[k] == b'0'
                && matches!(piece[k + 1], b'x' | b'X' | b'o')
            {
                k += 2;
            }
            self.out.extend_from_slice(&piece[..k]);
            self.out.extend(std::iter::repeat_n(b'0', fill));
            self.out.extend_from_slice(&piece[k..]);
        } else {
            self.out.extend(std::iter::repeat_n(b' ', fill));
            self.out.extend_from_slice(&piece);
        }
    }

    /// `%s`/`%b`/`%r`/`%a` of bytes formatting.
    fn bytes_text(&self, conv: char, v: &Value, prec: Option<usize>) -> PyResult<Vec<u8>> {
        let mut b = if conv == 'r' || conv == 'a' {
            ops::ascii_of(v)?.into_bytes()
        } else if let Some(b) = bytes_like(v) {
            b
        } else if let Some(m) = ops::lookup_special(v, "__bytes__") {
            let r = ops::call_method_value(&m, v, &[])?;
            match r.kind() {
                Some(Kind::Bytes) => bytes_like(&r).unwrap_or_default(),
                _ => {
                    return Err(type_error(format!(
                        "__bytes__ returned non-bytes (type {})",
                        type_name(&r)
                    )))
                }
            }
        } else {
            return Err(type_error(format!(
                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                type_name(v)
            )));
        };
        if let Some(p) = prec {
            b.truncate(p);
        }
        Ok(b)
    }

    fn char_piece(&self, v: &Value) -> PyResult<Vec<u8>> {
        if self.bytes {
            if let Some(b) = bytes_like(v) {
                if b.len() == 1 {
                    return Ok(b);
                }
            } else if let Some(i) = ops::index_opt(v)? {
                return match crate::objects::int::to_i64(&i) {
                    Some(n @ 0..=255) => Ok(vec![n as u8]),
                    _ => Err(PyErr::overflow_error("%c arg not in range(256)")),
                };
            }
            return Err(type_error(
                "%c requires an integer in range(256) or a single byte".into(),
            ));
        }
        let mut out = Vec::new();
        if let Some(s) = as_str_data(v) {
            if s.char_len() == 1 {
                return Ok(s.as_bytes().to_vec());
            }
        } else if let Some(i) = ops::index_opt(v)? {
            return match crate::objects::int::to_i64(&i)
                .and_then(|n| u32::try_from(n).ok())
                .filter(|&n| n <= 0x10FFFF)
            {
                Some(c) => {
                    crate::objects::str_utf8::push_code_point(&mut out, c);
                    Ok(out)
                }
                None => Err(PyErr::overflow_error("%c arg not in range(0x110000)")),
            };
        }
        Err(type_error("%c requires int or char".into()))
    }
}

/// The integer `%d` formats: ints as they are, floats truncated, objects through
/// `__index__` or `__int__`.
fn as_int(v: &Value, conv: char) -> PyResult<BigInt> {
    if let Some(n) = crate::objects::int::to_bigint(v) {
        return Ok(n);
    }
    if let Some(f) = crate::objects::float::as_float(v) {
        if f.is_nan() {
            return Err(PyErr::value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(PyErr::overflow_error(
                "cannot convert float infinity to integer",
            ));
        }
        return Ok(num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default());
    }
    if let Some(i) = ops::index_opt(v)? {
        return Ok(crate::objects::int::to_bigint(&i).unwrap_or_default());
    }
    if v.kind() == Some(Kind::Instance) {
        if let Some(m) = ops::lookup_special(v, "__int__") {
            let r = ops::call_method_value(&m, v, &[])?;
            if let Some(n) = crate::objects::int::to_bigint(&r) {
                return Ok(n);
            }
        }
    }
    Err(type_error(format!(
        "%{} format: a real number is required, not {}",
        conv,
        type_name(v)
    )))
}

/// The integer `%x`/`%o` format: only through `__index__`.
fn as_index(v: &Value, conv: char) -> PyResult<BigInt> {
    match ops::index_opt(v)? {
        Some(i) => Ok(crate::objects::int::to_bigint(&i).unwrap_or_default()),
        None => Err(type_error(format!(
            "%{} format: an integer is required, not {}",
            conv,
            type_name(v)
        ))),
    }
}

/// Sign, `#` prefix and digits (zero-extended to `prec`) of an integer conversion.
fn int_piece(n: &BigInt, radix: u32, flags: Flags, prec: Option<usize>, upper: bool) -> Vec<u8> {
    let mut digits = n.magnitude().to_str_radix(radix);
    if upper {
        digits.make_ascii_uppercase();
    }
    let mut out = String::with_capacity(digits.len() + 4);
    if n.sign() == Sign::Minus {
        out.push('-');
    } else if flags.sign {
        out.push('+');
    } else if flags.blank {
        out.push(' ');
    }
    if flags.alt && radix != 10 {
        out.push_str(match (radix, upper) {
            (8, _) => "0o",
            (_, true) => "0X",
            _ => "0x",
        });
    }
    if let Some(p) = prec {
        out.extend(std::iter::repeat_n('0', p.saturating_sub(digits.len())));
    }
    out.push_str(&digits);
    out.into_bytes()
}

/// A float conversion, and whether it may be zero-padded (always: `%05f` of `-inf` is
/// `-0inf` in CPython).
fn float_piece(
    v: &Value,
    conv: char,
    flags: Flags,
    prec: Option<usize>,
    bytes: bool,
) -> PyResult<(Vec<u8>, bool)> {
    let x = match crate::objects::float::as_float(v) {
        Some(x) => x,
        None => match crate::objects::int::to_bigint(v) {
            Some(n) => num_traits::ToPrimitive::to_f64(&n)
                .filter(|f| f.is_finite())
                .ok_or_else(|| PyErr::overflow_error("int too large to convert to float"))?,
            None => {
                if let Some(m) = ops::lookup_special(v, "__float__") {
                    let r = ops::call_method_value(&m, v, &[])?;
                    crate::objects::float::as_float(&r).ok_or_else(|| {
                        type_error(format!(
                            "{}.__float__ returned non-float (type {})",
                            type_name(v),
                            type_name(&r)
                        ))
                    })?
                } else if let Some(i) = ops::index_opt(v)? {
                    crate::objects::int::to_bigint(&i)
                        .and_then(|n| num_traits::ToPrimitive::to_f64(&n))
                        .unwrap_or(f64::INFINITY)
                } else {
                    return Err(type_error(format!(
                        "{}, not {}",
                        if bytes {
                            "float argument required"
                        } else {
                            "must be real number"
                        },
                        type_name(v)
                    )));
                }
            }
        },
    };
    let mut ff = FloatFormat::new(conv, Some(prec.unwrap_or(6)));
    ff.alternate = flags.alt;
    ff.sign_plus = flags.sign;
    let mut s = double_to_string(x, &ff);
    if flags.blank && !s.starts_with(['-', '+']) {
        s.insert(0, ' ');
    }
    Ok((s.into_bytes(), true))
}
