//! The `select` module: `select()` over lists of descriptors (ints or objects with
//! `fileno()`), `poll` objects (register/modify/unregister/poll), the `POLL*`
//! constants, `PIPE_BUF` and `error` (OSError). No `epoll`, so `selectors` picks its
//! `PollSelector`. Calls interrupted by a signal run the Python handlers and retry with
//! the time left (PEP 475).

use crate::error::{PyErr, PyResult};
use crate::modules::posix::{fileno_arg, last_errno, Params};
use crate::object::Kind;
use crate::objects::dict::DictData;
use crate::objects::instance::{new_instance, InstanceData};
use crate::objects::int::{new_int, to_i64};
use crate::objects::list::new_list;
use crate::objects::module::{new_module, ModuleData};
use crate::objects::str::{new_str, StrData};
use crate::objects::tuple::new_tuple;
use crate::objects::typeobj::new_type;
use crate::ops;
use crate::value::Value;
use crate::vm::types;
use std::cell::RefCell;
use std::time::{Duration, Instant};

thread_local! {
    static POLL_TYPE: RefCell<Option<Value>> = const { RefCell::new(None) };
}

const CONSTANTS: &[(&str, i64)] = &[
    ("POLLIN", libc::POLLIN as i64),
    ("POLLPRI", libc::POLLPRI as i64),
    ("POLLOUT", libc::POLLOUT as i64),
    ("POLLERR", libc::POLLERR as i64),
    ("POLLHUP", libc::POLLHUP as i64),
    ("POLLNVAL", libc::POLLNVAL as i64),
    ("POLLRDNORM", libc::POLLRDNORM as i64),
    ("POLLRDBAND", libc::POLLRDBAND as i64),
    ("POLLWRNORM", libc::POLLWRNORM as i64),
    ("POLLWRBAND", libc::POLLWRBAND as i64),
    ("POLLMSG", 0x400),
    ("POLLRDHUP", libc::POLLRDHUP as i64),
    ("PIPE_BUF", libc::PIPE_BUF as i64),
];

/// A new `select` module.
pub fn create() -> Value {
    let m = new_module("select");
    let md = m.downcast::<ModuleData>().expect("a new module");
    for (name, v) in CONSTANTS {
        md.dict().set_str(&StrData::intern(name), new_int(*v));
    }
    md.dict()
        .set_str(&StrData::intern_static("error"), types().os_error.clone());
    let poll_ty = new_type("poll", vec![types().object.clone()], Kind::Instance, true)
        .expect("a simple type");
    crate::types::add_attr(&poll_ty, "__module__", new_str("select"));
    crate::types::add_method(&poll_ty, "register", poll_register);
    crate::types::add_method(&poll_ty, "modify", poll_modify);
    crate::types::add_method(&poll_ty, "unregister", poll_unregister);
    crate::types::add_method(&poll_ty, "poll", poll_poll);
    POLL_TYPE.with(|p| *p.borrow_mut() = Some(poll_ty));
    crate::modules::add_function(md, "select", select_select);
    crate::modules::add_function(md, "poll", select_poll);
    m
}

/// A timeout in seconds (None: wait for ever).
fn timeout_secs(v: Option<&Value>) -> PyResult<Option<f64>> {
    let Some(v) = v.filter(|v| !v.is_none()) else {
        return Ok(None);
    };
    let t = crate::types::float::to_f64(v)
        .map_err(|_| PyErr::type_error("timeout must be a float or None"))?;
    if t.is_nan() {
        return Err(PyErr::value_error("Invalid value NaN (not a number)"));
    }
    if t < 0.0 {
        return Err(PyErr::value_error("timeout must be non-negative"));
    }
    Ok(Some(t))
}

/// Milliseconds left until `deadline` for poll(2), rounded up; -1 without a deadline.
fn ms_left(deadline: Option<Instant>) -> libc::c_int {
    match deadline {
        None => -1,
        Some(d) => {
            let left = d.saturating_duration_since(Instant::now());
            let ms = left.as_micros().div_ceil(1000);
            ms.min(i32::MAX as u128) as libc::c_int
        }
    }
}

/// Runs poll(2) until it completes, retrying after signal handlers (PEP 475).
fn poll_fds(fds: &mut [libc::pollfd], deadline: Option<Instant>) -> PyResult<usize> {
    loop {
        let timeout = ms_left(deadline);
        // SAFETY: `fds` is a valid array of pollfd for its length.
        let r = unsafe { libc::poll(fds.as_mut_ptr(), fds.len() as libc::nfds_t, timeout) };
        if r >= 0 {
            return Ok(r as usize);
        }
        if last_errno() != libc::EINTR {
            return Err(crate::modules::posix::errno_error(None));
        }
        crate::interp::signals::run_pending()?;
    }
}

fn deadline_of(secs: Option<f64>) -> Option<Instant> {
    secs.map(|t| Instant::now() + Duration::from_secs_f64(t.min(1e9)))
}

/// `select(rlist, wlist, xlist, timeout=None, /)`: the ready subsets of the three lists.
fn select_select(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::modules::posix::positional("select", args, kw, 3, 4)?;
    let timeout = timeout_secs(a.get(3))?;
    let mut lists = Vec::new();
    for l in &a[..3] {
        let items =
            ops::collect(l).map_err(|_| PyErr::type_error("arguments 1-3 must be sequences"))?;
        let mut entries = Vec::new();
        for item in items {
            let fd = fileno_arg(&item)?;
            if fd >= libc::FD_SETSIZE as i32 {
                return Err(PyErr::value_error(
                    "filedescriptor out of range in select()",
                ));
            }
            entries.push((fd, item));
        }
        lists.push(entries);
    }
    let events = [libc::POLLIN, libc::POLLOUT, libc::POLLPRI];
    let mut fds: Vec<libc::pollfd> = Vec::new();
    for (i, l) in lists.iter().enumerate() {
        for (fd, _) in l {
            fds.push(libc::pollfd {
                fd: *fd,
                events: events[i],
                revents: 0,
            });
        }
    }
    poll_fds(&mut fds, deadline_of(timeout))?;
    let mut k = 0;
    let mut out = Vec::new();
    for (i, l) in lists.iter().enumerate() {
        let mut ready = Vec::new();
        for (_, item) in l {
            let rev = fds[k].revents;
            k += 1;
            if rev & libc::POLLNVAL != 0 {
                // SAFETY: reporting EBADF as select(2) does for a closed descriptor.
                unsafe { *libc::__errno_location() = libc::EBADF };
                return Err(crate::modules::posix::errno_error(None));
            }
            let hit = match i {
                0 => rev & (libc::POLLIN | libc::POLLHUP | libc::POLLERR) != 0,
                1 => rev & (libc::POLLOUT | libc::POLLERR) != 0,
                _ => rev & libc::POLLPRI != 0,
            };
            if hit {
                ready.push(item.clone());
            }
        }
        out.push(new_list(ready));
    }
    Ok(new_tuple(out))
}

/// `poll()`: a new poll object (its registrations in a dict fd -> events).
fn select_poll(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::modules::posix::positional("poll", args, kw, 0, 0)?;
    let ty = POLL_TYPE
        .with(|p| p.borrow().clone())
        .expect("created with select");
    let p = new_instance(&ty);
    if let Some(inst) = p.downcast::<InstanceData>() {
        inst.builtin_value.set(DictData::new_value());
    }
    Ok(p)
}

fn registrations(p: &Value) -> PyResult<Value> {
    p.downcast::<InstanceData>()
        .map(|i| i.builtin_value.get())
        .filter(|d| d.downcast::<DictData>().is_some())
        .ok_or_else(|| PyErr::type_error("descriptor requires a 'select.poll' object"))
}

fn event_mask(v: &Value) -> PyResult<i64> {
    if !crate::objects::int::is_int(v) {
        return Err(PyErr::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            crate::objects::typeobj::type_name(v)
        )));
    }
    let n = to_i64(v).unwrap_or(-1);
    if !(0..=0xffff).contains(&n) {
        return Err(PyErr::overflow_error(
            "Python int too large to convert to C unsigned short",
        ));
    }
    Ok(n)
}

/// `poll.register(fd, eventmask=POLLIN|POLLPRI|POLLOUT, /)`.
fn poll_register(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::modules::posix::positional("register", &args[1..], kw, 1, 2)?;
    let regs = registrations(&args[0])?;
    let fd = fileno_arg(&a[0])?;
    let mask = match a.get(1) {
        Some(m) => event_mask(m)?,
        None => (libc::POLLIN | libc::POLLPRI | libc::POLLOUT) as i64,
    };
    regs.downcast::<DictData>()
        .expect("checked")
        .set(new_int(fd as i64), new_int(mask))?;
    Ok(Value::NONE)
}

/// `poll.modify(fd, eventmask, /)`: FileNotFoundError when not registered.
fn poll_modify(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::modules::posix::positional("modify", &args[1..], kw, 2, 2)?;
    let regs = registrations(&args[0])?;
    let d = regs.downcast::<DictData>().expect("checked");
    let fd = fileno_arg(&a[0])?;
    let mask = event_mask(&a[1])?;
    if d.get(&new_int(fd as i64))?.is_none() {
        // SAFETY: reporting ENOENT as CPython does.
        unsafe { *libc::__errno_location() = libc::ENOENT };
        return Err(crate::modules::posix::errno_error(None));
    }
    d.set(new_int(fd as i64), new_int(mask))?;
    Ok(Value::NONE)
}

/// `poll.unregister(fd, /)`: KeyError when not registered.
fn poll_unregister(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let a = crate::modules::posix::positional("unregister", &args[1..], kw, 1, 1)?;
    let regs = registrations(&args[0])?;
    let fd = fileno_arg(&a[0])?;
    let key = new_int(fd as i64);
    match regs.downcast::<DictData>().expect("checked").remove(&key)? {
        Some(_) => Ok(Value::NONE),
        None => Err(PyErr::key_error(key)),
    }
}

/// `poll.poll(timeout=None, /)`: `[(fd, events), ...]`; the timeout in milliseconds.
fn poll_poll(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = Params {
        fname: "poll",
        names: &["timeout"],
        npos: 1,
        required: 0,
    };
    let a = p.parse(&args[1..], kw)?;
    let regs = registrations(&args[0])?;
    let deadline = match a[0].filter(|v| !v.is_none()) {
        None => None,
        Some(v) => {
            let ms = if crate::objects::int::is_int(v) {
                to_i64(v).unwrap_or(i64::MAX) as f64
            } else if let Some(f) = crate::objects::float::as_float(v) {
                f
            } else {
                return Err(PyErr::type_error("timeout must be an integer or None"));
            };
            if ms < 0.0 {
                None
            } else {
                Some(Instant::now() + Duration::from_secs_f64((ms / 1000.0).min(1e9)))
            }
        }
    };
    let mut fds: Vec<libc::pollfd> = regs
        .downcast::<DictData>()
        .expect("checked")
        .items()
        .iter()
        .map(|(k, v)| libc::pollfd {
            fd: to_i64(k).unwrap_or(-1) as i32,
            events: to_i64(v).unwrap_or(0) as i16,
            revents: 0,
        })
        .collect();
    poll_fds(&mut fds, deadline)?;
    Ok(new_list(
        fds.iter()
            .filter(|f| f.revents != 0)
            .map(|f| new_tuple(vec![new_int(f.fd as i64), new_int(f.revents as u16 as i64)]))
            .collect(),
    ))
}
