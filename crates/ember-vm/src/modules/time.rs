//! The `time` module (CPython 3.11's `Modules/timemodule.c` on Linux): the clocks
//! through `clock_gettime`, `sleep`, `struct_time` (a struct sequence with the hidden
//! `tm_zone` and `tm_gmtoff`), conversions through the C library's `gmtime_r`,
//! `localtime_r`, `mktime` and `strftime` (so `%`-directives and time zones are the
//! platform's, as in CPython), and `timezone`/`altzone`/`daylight`/`tzname` computed as
//! CPython computes them on glibc. `strptime` imports the pure-Python `_strptime`.

use crate::error::{PyErr, PyResult};
use crate::modules::structseq::{new_structseq, new_structseq_type_hidden};
use crate::objects::float::{as_float, new_float};
use crate::objects::instance::InstanceData;
use crate::objects::int::new_int;
use crate::objects::module::ModuleData;
use crate::objects::native::NativeFn;
use crate::objects::str::{as_str, new_str, new_string, StrData};
use crate::objects::tuple::{as_tuple, new_tuple};
use crate::objects::typeobj::{type_name, type_of};
use crate::ops;
use crate::types::args::Args;
use crate::value::Value;
use num_traits::ToPrimitive;
use std::ffi::{CStr, CString};

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("asctime", time_asctime),
    ("clock_getres", time_clock_getres),
    ("clock_gettime", time_clock_gettime),
    ("clock_gettime_ns", time_clock_gettime_ns),
    ("clock_settime", time_clock_settime),
    ("clock_settime_ns", time_clock_settime_ns),
    ("ctime", time_ctime),
    ("get_clock_info", time_get_clock_info),
    ("gmtime", time_gmtime),
    ("localtime", time_localtime),
    ("mktime", time_mktime),
    ("monotonic", time_monotonic),
    ("monotonic_ns", time_monotonic_ns),
    ("perf_counter", time_monotonic),
    ("perf_counter_ns", time_monotonic_ns),
    ("process_time", time_process_time),
    ("process_time_ns", time_process_time_ns),
    ("pthread_getcpuclockid", time_pthread_getcpuclockid),
    ("sleep", time_sleep),
    ("strftime", time_strftime),
    ("strptime", time_strptime),
    ("thread_time", time_thread_time),
    ("thread_time_ns", time_thread_time_ns),
    ("time", time_time),
    ("time_ns", time_time_ns),
    ("tzset", time_tzset),
];

const STRUCT_TIME_FIELDS: [&str; 11] = [
    "tm_year",
    "tm_mon",
    "tm_mday",
    "tm_hour",
    "tm_min",
    "tm_sec",
    "tm_wday",
    "tm_yday",
    "tm_isdst",
    "tm_zone",
    "tm_gmtoff",
];

thread_local! {
    static STRUCT_TIME: &'static Value = Box::leak(Box::new(new_structseq_type_hidden(
        "time",
        "struct_time",
        &STRUCT_TIME_FIELDS.map(Some),
        9,
    )));
    static MODULE: std::cell::RefCell<Option<Value>> = const { std::cell::RefCell::new(None) };
}

fn struct_time_type() -> &'static Value {
    STRUCT_TIME.with(|t| *t)
}

/// A new `time` module.
pub fn create() -> Value {
    let m = super::new_native_module("time", FUNCTIONS);
    let md = m.downcast::<ModuleData>().expect("new module");
    let d = md.dict();
    d.set_str(
        &StrData::intern_static("struct_time"),
        struct_time_type().clone(),
    );
    let consts: [(&str, i64); 8] = [
        ("_STRUCT_TM_ITEMS", 11),
        ("CLOCK_REALTIME", libc::CLOCK_REALTIME.into()),
        ("CLOCK_MONOTONIC", libc::CLOCK_MONOTONIC.into()),
        ("CLOCK_MONOTONIC_RAW", libc::CLOCK_MONOTONIC_RAW.into()),
        (
            "CLOCK_PROCESS_CPUTIME_ID",
            libc::CLOCK_PROCESS_CPUTIME_ID.into(),
        ),
        (
            "CLOCK_THREAD_CPUTIME_ID",
            libc::CLOCK_THREAD_CPUTIME_ID.into(),
        ),
        ("CLOCK_BOOTTIME", libc::CLOCK_BOOTTIME.into()),
        ("CLOCK_TAI", libc::CLOCK_TAI.into()),
    ];
    for (name, v) in consts {
        d.set_str(&StrData::intern(name), new_int(v));
    }
    init_timezone(md);
    MODULE.with(|s| *s.borrow_mut() = Some(m.clone()));
    m
}

// ---- errors and arguments ----------------------------------------------------------

/// OSError for the current `errno`.
#[cold]
fn os_error_errno() -> PyErr {
    let code = std::io::Error::last_os_error()
        .raw_os_error()
        .unwrap_or(libc::EINVAL);
    crate::types::exception::os_error_from_errno(code, None, None)
}

fn no_args(name: &str, args: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "time.{}() takes no keyword arguments",
            name
        )));
    }
    if !args.is_empty() {
        return Err(PyErr::type_error(format!(
            "time.{}() takes no arguments ({} given)",
            name,
            args.len()
        )));
    }
    Ok(())
}

fn one_arg<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<&'a Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "time.{}() takes no keyword arguments",
            name
        )));
    }
    if args.len() != 1 {
        return Err(PyErr::type_error(format!(
            "time.{}() takes exactly one argument ({} given)",
            name,
            args.len()
        )));
    }
    Ok(&args[0])
}

/// `PyArg_ParseTuple(args, "|O:name")`-style: an optional single argument.
fn optional_arg<'a>(name: &str, args: &'a [Value], kw: &[Value]) -> PyResult<Option<&'a Value>> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "{}() takes at most 1 argument ({} given)",
            name,
            args.len()
        )));
    }
    Ok(args.first().filter(|v| !v.is_none()))
}

/// A C `int` argument (`"i"` format).
fn as_c_int(v: &Value) -> PyResult<i32> {
    if as_float(v).is_some() {
        return Err(PyErr::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let i = crate::modules::math::as_index(v)?;
    i.to_i32().ok_or_else(|| {
        PyErr::overflow_error(if i.sign() == num_bigint::Sign::Minus {
            "signed integer is less than minimum"
        } else {
            "signed integer is greater than maximum"
        })
    })
}

#[cold]
fn time_t_overflow() -> PyErr {
    PyErr::overflow_error("timestamp out of range for platform time_t")
}

#[cold]
fn nan_error() -> PyErr {
    PyErr::value_error("Invalid value NaN (not a number)")
}

/// A timestamp in seconds as a `time_t`, floats rounded down (`_PyTime_ObjectToTime_t`).
fn as_time_t(v: &Value) -> PyResult<libc::time_t> {
    if let Some(d) = as_float(v) {
        if d.is_nan() {
            return Err(nan_error());
        }
        let d = d.floor();
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&d) {
            return Err(time_t_overflow());
        }
        return Ok(d as libc::time_t);
    }
    crate::modules::math::as_index(v)?
        .to_i64()
        .ok_or_else(time_t_overflow)
}

/// Seconds as nanoseconds, floats rounded as `round` does (`_PyTime_FromSecondsObject`).
fn seconds_to_ns(v: &Value, round: fn(f64) -> f64) -> PyResult<i64> {
    if let Some(d) = as_float(v) {
        if d.is_nan() {
            return Err(nan_error());
        }
        let ns = round(d * 1e9);
        if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&ns) {
            return Err(time_t_overflow());
        }
        return Ok(ns as i64);
    }
    let secs = crate::modules::math::as_index(v)?;
    (secs * 1_000_000_000i64)
        .to_i64()
        .ok_or_else(|| PyErr::overflow_error("timestamp too large to convert to C _PyTime_t"))
}

// ---- clocks ------------------------------------------------------------------------

/// The clock's current time in nanoseconds.
fn clock_ns(clock: libc::clockid_t) -> PyResult<i64> {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to fill.
    if unsafe { libc::clock_gettime(clock, &mut ts) } != 0 {
        return Err(os_error_errno());
    }
    Ok(ts.tv_sec * 1_000_000_000 + ts.tv_nsec)
}

/// Nanoseconds as float seconds (`_PyTime_AsSecondsDouble`): whole seconds exactly.
fn ns_to_seconds(ns: i64) -> f64 {
    if ns % 1_000_000_000 == 0 {
        (ns / 1_000_000_000) as f64
    } else {
        ns as f64 / 1e9
    }
}

macro_rules! clock_fns {
    ($($float_fn:ident, $ns_fn:ident = $name:literal, $ns_name:literal, $clock:expr;)*) => {$(
        fn $float_fn(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            no_args($name, args, kw)?;
            Ok(new_float(ns_to_seconds(clock_ns($clock)?)))
        }
        fn $ns_fn(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            no_args($ns_name, args, kw)?;
            Ok(new_int(clock_ns($clock)?))
        }
    )*};
}

clock_fns! {
    time_time, time_time_ns = "time", "time_ns", libc::CLOCK_REALTIME;
    time_monotonic, time_monotonic_ns = "monotonic", "monotonic_ns", libc::CLOCK_MONOTONIC;
    time_process_time, time_process_time_ns =
        "process_time", "process_time_ns", libc::CLOCK_PROCESS_CPUTIME_ID;
    time_thread_time, time_thread_time_ns =
        "thread_time", "thread_time_ns", libc::CLOCK_THREAD_CPUTIME_ID;
}

/// The clock id argument of `clock_gettime` and friends.
fn clock_arg<'a>(name: &str, args: &'a [Value], kw: &[Value], n: usize) -> PyResult<&'a [Value]> {
    if !kw.is_empty() {
        return Err(PyErr::type_error(format!(
            "{}() takes no keyword arguments",
            name
        )));
    }
    if args.len() != n {
        return Err(PyErr::type_error(format!(
            "{}() takes exactly {} argument{} ({} given)",
            name,
            n,
            if n == 1 { "" } else { "s" },
            args.len()
        )));
    }
    Ok(args)
}

fn time_clock_gettime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = clock_arg("clock_gettime", args, kw, 1)?;
    let ns = clock_ns(as_c_int(&a[0])?)?;
    Ok(new_float(
        (ns / 1_000_000_000) as f64 + (ns % 1_000_000_000) as f64 * 1e-9,
    ))
}

fn time_clock_gettime_ns(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = clock_arg("clock_gettime_ns", args, kw, 1)?;
    Ok(new_int(clock_ns(as_c_int(&a[0])?)?))
}

fn time_clock_getres(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = clock_arg("clock_getres", args, kw, 1)?;
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: `ts` is a valid timespec for the call to fill.
    if unsafe { libc::clock_getres(as_c_int(&a[0])?, &mut ts) } != 0 {
        return Err(os_error_errno());
    }
    Ok(new_float(ts.tv_sec as f64 + ts.tv_nsec as f64 * 1e-9))
}

fn set_clock(clock: libc::clockid_t, ns: i64) -> PyResult<Value> {
    let ts = libc::timespec {
        tv_sec: ns.div_euclid(1_000_000_000),
        tv_nsec: ns.rem_euclid(1_000_000_000),
    };
    // SAFETY: `ts` is a valid timespec read by the call.
    if unsafe { libc::clock_settime(clock, &ts) } != 0 {
        return Err(os_error_errno());
    }
    Ok(Value::NONE)
}

fn time_clock_settime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = clock_arg("clock_settime", args, kw, 2)?;
    let clock = as_c_int(&a[0])?;
    set_clock(clock, seconds_to_ns(&a[1], f64::floor)?)
}

fn time_clock_settime_ns(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = clock_arg("clock_settime_ns", args, kw, 2)?;
    let clock = as_c_int(&a[0])?;
    let ns = crate::modules::math::as_index(&a[1])?
        .to_i64()
        .ok_or_else(|| PyErr::overflow_error("timestamp too large to convert to C _PyTime_t"))?;
    set_clock(clock, ns)
}

fn time_pthread_getcpuclockid(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = clock_arg("pthread_getcpuclockid", args, kw, 1)?;
    let id = crate::modules::math::as_index(&a[0])?
        .to_u64()
        .ok_or_else(|| {
            PyErr::overflow_error("Python int too large to convert to C unsigned long")
        })?;
    let mut clock: libc::clockid_t = 0;
    // SAFETY: `clock` is a valid out-pointer; an unknown thread id gives an error code.
    let err = unsafe { libc::pthread_getcpuclockid(id as libc::pthread_t, &mut clock) };
    if err != 0 {
        // SAFETY: errno is thread-local and writable.
        unsafe { *libc::__errno_location() = err };
        return Err(os_error_errno());
    }
    Ok(new_int(clock.into()))
}

fn time_sleep(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg("sleep", args, kw)?;
    // _PyTime_ROUND_TIMEOUT rounds away from zero.
    let ns = seconds_to_ns(v, |x| if x >= 0.0 { x.ceil() } else { x.floor() })?;
    if ns < 0 {
        return Err(PyErr::value_error("sleep length must be non-negative"));
    }
    std::thread::sleep(std::time::Duration::from_nanos(ns as u64));
    Ok(Value::NONE)
}

fn time_get_clock_info(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = clock_arg("get_clock_info", args, kw, 1)?;
    let Some(name) = as_str(&a[0]) else {
        return Err(PyErr::type_error(format!(
            "get_clock_info() argument 1 must be str, not {}",
            type_name(&a[0])
        )));
    };
    let (implementation, monotonic, adjustable) = match name {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false),
        _ => return Err(PyErr::value_error("unknown clock")),
    };
    Ok(super::simple_namespace::new_namespace(vec![
        ("implementation", new_str(implementation)),
        ("monotonic", Value::bool(monotonic)),
        ("adjustable", Value::bool(adjustable)),
        ("resolution", new_float(1e-09)),
    ]))
}

// ---- struct tm ---------------------------------------------------------------------

fn empty_tm() -> libc::tm {
    // SAFETY: `tm` is plain data (ints, a long and a nullable pointer): all-zero is a
    // valid value.
    unsafe { std::mem::zeroed() }
}

/// `gmtime_r`/`localtime_r` of `t`, OSError when the C library cannot.
fn broken_down(t: libc::time_t, local: bool) -> PyResult<libc::tm> {
    let mut tm = empty_tm();
    // SAFETY: `t` and `tm` are valid for the call; errno is reset first so that a
    // failure is reported with the C library's reason.
    let ok = unsafe {
        *libc::__errno_location() = 0;
        if local {
            !libc::localtime_r(&t, &mut tm).is_null()
        } else {
            !libc::gmtime_r(&t, &mut tm).is_null()
        }
    };
    if !ok {
        // SAFETY: errno is thread-local and writable.
        unsafe {
            if *libc::__errno_location() == 0 {
                *libc::__errno_location() = libc::EINVAL;
            }
        }
        return Err(os_error_errno());
    }
    Ok(tm)
}

/// The name in `tm_zone` ("" when the C library left none).
fn zone_name(tm: &libc::tm) -> String {
    if tm.tm_zone.is_null() {
        return String::new();
    }
    // SAFETY: a non-null tm_zone set by the C library points to a NUL-terminated name
    // that lives as long as the time zone data.
    unsafe { CStr::from_ptr(tm.tm_zone) }
        .to_string_lossy()
        .into_owned()
}

/// A `struct_time` from a C `tm`.
fn struct_time_of(tm: &libc::tm) -> Value {
    let i = |n: libc::c_int| new_int(n.into());
    new_structseq(
        struct_time_type(),
        vec![
            new_int(i64::from(tm.tm_year) + 1900),
            i(tm.tm_mon + 1),
            i(tm.tm_mday),
            i(tm.tm_hour),
            i(tm.tm_min),
            i(tm.tm_sec),
            i((tm.tm_wday + 6) % 7),
            i(tm.tm_yday + 1),
            i(tm.tm_isdst),
            new_string(zone_name(tm)),
            new_int(tm.tm_gmtoff),
        ],
    )
}

/// A C `tm` from a 9-tuple or `struct_time` (CPython's `gettmarg`); the zone name, when
/// a struct_time has one, is returned too so that it outlives the `tm` pointing at it.
fn tm_of(v: &Value, fname: &str) -> PyResult<(libc::tm, Option<CString>)> {
    let st = v
        .downcast::<InstanceData>()
        .filter(|_| type_of(v).is(struct_time_type()))
        .map(|i| i.builtin_value.get());
    let items: Vec<Value> = match (&st, as_tuple(v)) {
        (Some(t), _) => as_tuple(t).map(<[Value]>::to_vec).unwrap_or_default(),
        (None, Some(t)) => t.to_vec(),
        (None, None) => return Err(PyErr::type_error("Tuple or struct_time argument required")),
    };
    if items.len() != 9 {
        return Err(PyErr::type_error(format!(
            "{}(): illegal time tuple argument",
            fname
        )));
    }
    let mut f = [0i32; 9];
    for (slot, item) in f.iter_mut().zip(&items) {
        *slot = as_c_int(item)?;
    }
    if f[0] < i32::MIN + 1900 {
        return Err(PyErr::overflow_error("year out of range"));
    }
    let mut tm = empty_tm();
    tm.tm_year = f[0] - 1900;
    tm.tm_mon = f[1] - 1;
    tm.tm_mday = f[2];
    tm.tm_hour = f[3];
    tm.tm_min = f[4];
    tm.tm_sec = f[5];
    tm.tm_wday = (f[6] + 1) % 7;
    tm.tm_yday = f[7] - 1;
    tm.tm_isdst = f[8];
    let mut zone = None;
    if st.is_some() {
        let zv = crate::modules::structseq::field(v, "tm_zone").unwrap_or(Value::NONE);
        if let Some(z) = as_str(&zv) {
            let c = CString::new(z).map_err(|_| PyErr::value_error("embedded null character"))?;
            tm.tm_zone = c.as_ptr();
            zone = Some(c);
        }
        let off = crate::modules::structseq::field(v, "tm_gmtoff").unwrap_or(Value::NONE);
        if !off.is_none() {
            tm.tm_gmtoff = crate::modules::math::as_index(&off)?
                .to_i64()
                .ok_or_else(|| {
                    PyErr::overflow_error("Python int too large to convert to C long")
                })?;
        }
    }
    Ok((tm, zone))
}

/// CPython's `checktm`: the ranges `asctime` and `strftime` index tables with.
fn check_tm(tm: &mut libc::tm) -> PyResult<()> {
    let bad = |m: &str| Err(PyErr::value_error(m));
    if tm.tm_mon == -1 {
        tm.tm_mon = 0;
    } else if !(0..=11).contains(&tm.tm_mon) {
        return bad("month out of range");
    }
    if tm.tm_mday == 0 {
        tm.tm_mday = 1;
    } else if !(0..=31).contains(&tm.tm_mday) {
        return bad("day of month out of range");
    }
    if !(0..=23).contains(&tm.tm_hour) {
        return bad("hour out of range");
    }
    if !(0..=59).contains(&tm.tm_min) {
        return bad("minute out of range");
    }
    if !(0..=61).contains(&tm.tm_sec) {
        return bad("seconds out of range");
    }
    if tm.tm_wday < 0 {
        return bad("day of week out of range");
    }
    if tm.tm_yday == -1 {
        tm.tm_yday = 0;
    } else if !(0..=365).contains(&tm.tm_yday) {
        return bad("day of year out of range");
    }
    Ok(())
}

/// The current local time.
fn now_local() -> PyResult<libc::tm> {
    broken_down(
        clock_ns(libc::CLOCK_REALTIME)?.div_euclid(1_000_000_000),
        true,
    )
}

fn time_gmtime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = match optional_arg("gmtime", args, kw)? {
        Some(v) => as_time_t(v)?,
        None => clock_ns(libc::CLOCK_REALTIME)?.div_euclid(1_000_000_000),
    };
    Ok(struct_time_of(&broken_down(t, false)?))
}

fn time_localtime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let tm = match optional_arg("localtime", args, kw)? {
        Some(v) => broken_down(as_time_t(v)?, true)?,
        None => now_local()?,
    };
    Ok(struct_time_of(&tm))
}

fn time_mktime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (mut tm, _zone) = tm_of(one_arg("mktime", args, kw)?, "mktime")?;
    tm.tm_wday = -1; // sentinel: mktime sets it when it succeeds
                     // SAFETY: `tm` is a valid, initialised struct tm.
    let t = unsafe { libc::mktime(&mut tm) };
    if t == -1 && tm.tm_wday == -1 {
        return Err(PyErr::overflow_error("mktime argument out of range"));
    }
    Ok(new_float(t as f64))
}

const WDAY_NAMES: [&str; 7] = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MON_NAMES: [&str; 12] = [
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
];

/// `asctime`'s fixed format: "Sun Jun 20 23:21:05 1993".
fn asctime_of(tm: &libc::tm) -> Value {
    new_string(format!(
        "{} {}{:3} {:02}:{:02}:{:02} {}",
        WDAY_NAMES[tm.tm_wday as usize % 7],
        MON_NAMES[tm.tm_mon as usize % 12],
        tm.tm_mday,
        tm.tm_hour,
        tm.tm_min,
        tm.tm_sec,
        1900 + i64::from(tm.tm_year)
    ))
}

fn time_asctime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(PyErr::type_error("asctime() takes no keyword arguments"));
    }
    if args.len() > 1 {
        return Err(PyErr::type_error(format!(
            "asctime expected at most 1 argument, got {}",
            args.len()
        )));
    }
    let tm = match args.first() {
        Some(v) => {
            let (mut tm, _zone) = tm_of(v, "asctime")?;
            check_tm(&mut tm)?;
            tm
        }
        None => now_local()?,
    };
    Ok(asctime_of(&tm))
}

fn time_ctime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let tm = match optional_arg("ctime", args, kw)? {
        Some(v) => broken_down(as_time_t(v)?, true)?,
        None => now_local()?,
    };
    Ok(asctime_of(&tm))
}

fn time_strftime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = Args::new(args, kw);
    if !kw.is_empty() {
        return Err(PyErr::type_error("strftime() takes no keyword arguments"));
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return Err(PyErr::type_error(format!(
            "strftime() takes {} ({} given)",
            if a.pos.is_empty() {
                "at least 1 argument"
            } else {
                "at most 2 arguments"
            },
            a.pos.len()
        )));
    }
    let Some(format) = as_str(&a.pos[0]) else {
        return Err(PyErr::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            type_name(&a.pos[0])
        )));
    };
    let (mut tm, _zone) = match a.pos.get(1) {
        Some(v) => {
            let (mut tm, zone) = tm_of(v, "strftime")?;
            check_tm(&mut tm)?;
            (tm, zone)
        }
        None => (now_local()?, None),
    };
    tm.tm_isdst = tm.tm_isdst.clamp(-1, 1);
    let fmt = CString::new(format).map_err(|_| PyErr::value_error("embedded null character"))?;
    let fmtlen = format.len();
    let mut size = 1024usize;
    loop {
        let mut buf = vec![0u8; size];
        // SAFETY: `buf` has `size` writable bytes, `fmt` is NUL-terminated and `tm` is a
        // valid struct tm whose zone name (if any) is kept alive by `_zone`.
        let n = unsafe { libc::strftime(buf.as_mut_ptr().cast(), size, fmt.as_ptr(), &tm) };
        if n > 0 || size >= 256 * fmtlen {
            buf.truncate(n);
            return Ok(new_string(String::from_utf8_lossy(&buf).into_owned()));
        }
        size += size;
    }
}

fn time_strptime(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let module = crate::import::find_and_load("_strptime")?;
    let f = ops::getattr(&module, &StrData::intern_static("_strptime_time"))?;
    ops::call(&f, args, kw)
}

// ---- time zone ---------------------------------------------------------------------

/// Sets `timezone`, `altzone`, `daylight` and `tzname` from the local time of January
/// and July of this year, as CPython does on glibc.
fn init_timezone(m: &ModuleData) {
    const YEAR: i64 = (365 * 24 + 6) * 3600;
    let now = clock_ns(libc::CLOCK_REALTIME)
        .unwrap_or(0)
        .div_euclid(1_000_000_000);
    let t = now / YEAR * YEAR;
    let zone = |t: i64| match broken_down(t, true) {
        Ok(tm) => {
            let mut name = zone_name(&tm);
            name.truncate(9);
            (name, -tm.tm_gmtoff)
        }
        Err(_) => (String::new(), 0),
    };
    let (janname, janzone) = zone(t);
    let (julyname, julyzone) = zone(t + YEAR / 2);
    let (tz, alt, names) = if janzone < julyzone {
        // DST is reversed in the southern hemisphere.
        (julyzone, janzone, (julyname, janname))
    } else {
        (janzone, julyzone, (janname, julyname))
    };
    let d = m.dict();
    d.set_str(&StrData::intern_static("timezone"), new_int(tz));
    d.set_str(&StrData::intern_static("altzone"), new_int(alt));
    d.set_str(
        &StrData::intern_static("daylight"),
        new_int(i64::from(janzone != julyzone)),
    );
    d.set_str(
        &StrData::intern_static("tzname"),
        new_tuple(vec![new_string(names.0), new_string(names.1)]),
    );
}

fn time_tzset(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_args("tzset", args, kw)?;
    extern "C" {
        fn tzset();
    }
    // SAFETY: tzset only rereads the TZ environment variable into libc's globals.
    unsafe { tzset() };
    if let Some(m) = MODULE.with(|s| s.borrow().clone()) {
        init_timezone(m.downcast::<ModuleData>().expect("the time module"));
    }
    Ok(Value::NONE)
}
