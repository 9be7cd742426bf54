//! The C library's math functions, for `math` and `cmath`: they must give CPython's
//! digits, and CPython calls the platform libm. Rust's `f64` methods that are LLVM
//! intrinsics (`sin`, `cos`, `exp`, `exp2`, `ln`, `log2`, `log10`, `powf`, `sqrt`)
//! become libm calls too, but others (`cbrt` at least) are Rust's own code with other
//! results, so everything else is declared here.

mod ffi {
    extern "C" {
        pub fn acos(x: f64) -> f64;
        pub fn acosh(x: f64) -> f64;
        pub fn asin(x: f64) -> f64;
        pub fn asinh(x: f64) -> f64;
        pub fn atan(x: f64) -> f64;
        pub fn atan2(y: f64, x: f64) -> f64;
        pub fn atanh(x: f64) -> f64;
        // compiler-builtins links its own `cbrt` into the binary, which wins over
        // glibc's; glibc also exports its `cbrt` as `cbrtf64` (since 2.27).
        #[link_name = "cbrtf64"]
        pub fn cbrt(x: f64) -> f64;
        pub fn cosh(x: f64) -> f64;
        pub fn erf(x: f64) -> f64;
        pub fn erfc(x: f64) -> f64;
        pub fn expm1(x: f64) -> f64;
        pub fn hypot(x: f64, y: f64) -> f64;
        pub fn log1p(x: f64) -> f64;
        pub fn nextafter(x: f64, y: f64) -> f64;
        pub fn sinh(x: f64) -> f64;
        pub fn tan(x: f64) -> f64;
        pub fn tanh(x: f64) -> f64;
    }
}

/// Safe wrappers over the declarations above.
macro_rules! safe {
    ($($name:ident($($arg:ident),*);)*) => {$(
        pub fn $name($($arg: f64),*) -> f64 {
            // SAFETY: the libm functions are pure functions of their f64 arguments,
            // defined for every input (NaNs and infinities included), with no pointer
            // arguments and no state but errno, which nobody here reads.
            unsafe { ffi::$name($($arg),*) }
        }
    )*};
}

safe! {
    acos(x);
    acosh(x);
    asin(x);
    asinh(x);
    atan(x);
    atan2(y, x);
    atanh(x);
    cbrt(x);
    cosh(x);
    erf(x);
    erfc(x);
    expm1(x);
    hypot(x, y);
    log1p(x);
    nextafter(x, y);
    sinh(x);
    tan(x);
    tanh(x);
}
