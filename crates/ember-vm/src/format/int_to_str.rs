//! `str(int)`, `bin()`, `oct()` and `hex()`, with CPython 3.11's limit on the number of
//! decimal digits converted (`sys.set_int_max_str_digits`, CVE-2020-10735).
//!
//! The limit is process-wide state here (CPython keeps it per interpreter): an atomic, so
//! the VM can read it on every conversion without a lock. It applies to decimal output
//! and to parsing in bases that are not powers of two (see `parse.rs`); `bin/oct/hex`
//! are never limited.

use std::sync::atomic::{AtomicUsize, Ordering};

use num_bigint::{BigInt, Sign};

use super::FormatError;

/// The default of `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS_DEFAULT: usize = 4300;
/// The smallest non-zero limit `sys.set_int_max_str_digits()` accepts; numbers with at
/// most this many digits are never checked.
pub const INT_MAX_STR_DIGITS_THRESHOLD: usize = 640;

static INT_MAX_STR_DIGITS: AtomicUsize = AtomicUsize::new(INT_MAX_STR_DIGITS_DEFAULT);

/// `sys.get_int_max_str_digits()`: the current limit, 0 meaning none.
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(Ordering::Relaxed)
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 removes the limit; otherwise it must be at
/// least [`INT_MAX_STR_DIGITS_THRESHOLD`].
pub fn set_int_max_str_digits(maxdigits: i64) -> Result<(), FormatError> {
    match usize::try_from(maxdigits) {
        Ok(n) if n == 0 || n >= INT_MAX_STR_DIGITS_THRESHOLD => {
            INT_MAX_STR_DIGITS.store(n, Ordering::Relaxed);
            Ok(())
        }
        _ => Err(FormatError::value("maxdigits must be 0 or larger than 640")),
    }
}

/// `str(v)` for an int: its decimal digits, with a `-` when negative. Fails like CPython
/// when the number has more digits than [`int_max_str_digits`] allows.
pub fn int_to_decimal_string(v: &BigInt) -> Result<String, FormatError> {
    let limit = int_max_str_digits();
    if limit > 0 {
        // A number of b bits has at least floor((b - 1) * log10(2)) + 1 digits: reject
        // the certainly-too-long ones before the quadratic conversion.
        let bits = v.bits();
        if bits > 1 && ((bits - 1) as f64 * std::f64::consts::LOG10_2) as u64 + 1 > limit as u64 + 1
        {
            return Err(too_many_digits_to_str(limit));
        }
    }
    let s = v.to_string();
    let digits = s.len() - usize::from(v.sign() == Sign::Minus);
    if limit > 0 && digits > limit {
        return Err(too_many_digits_to_str(limit));
    }
    Ok(s)
}

#[cold]
#[inline(never)]
fn too_many_digits_to_str(limit: usize) -> FormatError {
    FormatError::value(format!(
        "Exceeds the limit ({limit} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// The `0b`/`0o`/`0x` prefix for a radix (none for other radixes).
fn radix_prefix(radix: u32) -> &'static str {
    match radix {
        2 => "0b",
        8 => "0o",
        16 => "0x",
        _ => "",
    }
}

/// `bin(v)`, `oct(v)`, `hex(v)` for radix 2, 8, 16: sign, prefix, lower-case digits
/// (`-0x1f`). Other radixes in 2..=36 give the bare digits, without the digit limit.
pub fn int_to_string_radix(v: &BigInt, radix: u32) -> String {
    let digits = v.magnitude().to_str_radix(radix);
    let sign = if v.sign() == Sign::Minus { "-" } else { "" };
    format!("{sign}{}{digits}", radix_prefix(radix))
}

/// [`int_to_string_radix`] for a machine integer.
pub fn i64_to_string_radix(v: i64, radix: u32) -> String {
    let m = v.unsigned_abs();
    let digits = match radix {
        2 => format!("{m:b}"),
        8 => format!("{m:o}"),
        16 => format!("{m:x}"),
        10 => m.to_string(),
        _ => BigInt::from(m).to_str_radix(radix),
    };
    let sign = if v < 0 { "-" } else { "" };
    format!("{sign}{}{digits}", radix_prefix(radix))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::format::testdata;
    use crate::format::ErrorKind;

    #[test]
    fn radix_examples() {
        assert_eq!(int_to_string_radix(&BigInt::from(-31), 16), "-0x1f");
        assert_eq!(int_to_string_radix(&BigInt::from(0), 2), "0b0");
        assert_eq!(int_to_string_radix(&BigInt::from(8), 8), "0o10");
        assert_eq!(i64_to_string_radix(i64::MIN, 16), "-0x8000000000000000");
        assert_eq!(i64_to_string_radix(-5, 2), "-0b101");
        assert_eq!(i64_to_string_radix(35, 36), "z");
    }

    #[test]
    fn radix_matches_cpython_recorded() {
        let mut checked = 0;
        for fields in testdata::records(testdata::INT_RADIX) {
            let [dec, bin, oct, hex] = &fields[..] else {
                panic!("bad record {fields:?}");
            };
            let v: BigInt = dec.parse().unwrap();
            assert_eq!(&int_to_string_radix(&v, 2), bin);
            assert_eq!(&int_to_string_radix(&v, 8), oct);
            assert_eq!(&int_to_string_radix(&v, 16), hex);
            assert_eq!(&int_to_decimal_string(&v).unwrap(), dec);
            if let Ok(small) = i64::try_from(&v) {
                assert_eq!(&i64_to_string_radix(small, 2), bin);
                assert_eq!(&i64_to_string_radix(small, 8), oct);
                assert_eq!(&i64_to_string_radix(small, 16), hex);
            }
            checked += 1;
        }
        assert!(checked > 200, "only {checked} records");
    }

    /// The one test that changes the process-wide limit: it restores it before asserting.
    #[test]
    fn decimal_digit_limit() {
        let big = BigInt::from(10).pow(4300) - 1; // 4300 nines
        assert_eq!(int_to_decimal_string(&big).unwrap().len(), 4300);
        assert_eq!(int_to_decimal_string(&-&big).unwrap().len(), 4301);
        let err = int_to_decimal_string(&(&big + 1)).unwrap_err();
        assert_eq!(err.kind, ErrorKind::ValueError);
        assert_eq!(
            err.msg,
            "Exceeds the limit (4300 digits) for integer string conversion; \
             use sys.set_int_max_str_digits() to increase the limit"
        );
        assert!(int_to_decimal_string(&BigInt::from(10).pow(100_000)).is_err());
        assert_eq!(
            set_int_max_str_digits(639).unwrap_err().msg,
            "maxdigits must be 0 or larger than 640"
        );
        assert!(set_int_max_str_digits(-1).is_err());
        assert_eq!(int_max_str_digits(), 4300);
    }
}
