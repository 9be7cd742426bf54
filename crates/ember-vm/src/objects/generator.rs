//! Generator objects (heap frames resumed by the dispatch loop; see DESIGN.md section 6),
//! shared by generators, coroutines and asynchronous generators, and the awaitables an
//! asynchronous generator's `asend()`/`athrow()`/`aclose()` return.

use crate::object::{Kind, Payload};
use crate::value::Value;
use std::cell::{Cell, RefCell};

pub struct GeneratorData {
    /// The suspended frame, or None once finished.
    pub frame: RefCell<Option<Box<crate::interp::frame::Frame>>>,
    pub name: Value,
    pub qualname: Value,
    /// The code object (`gi_code` stays readable once the frame is gone).
    pub code: Value,
    pub running: Cell<bool>,
    /// Asynchronous generators: an `asend()`/`athrow()` awaitable is driving it
    /// (CPython's `ag_running_async`, the value of `ag_running`).
    pub running_async: Cell<bool>,
    /// Asynchronous generators: closed by `aclose()` or by finishing with
    /// StopAsyncIteration or GeneratorExit (CPython's `ag_closed`).
    pub closed: Cell<bool>,
}

impl GeneratorData {
    pub fn new(
        frame: Box<crate::interp::frame::Frame>,
        name: Value,
        qualname: Value,
    ) -> GeneratorData {
        let code = (*frame.code).clone();
        GeneratorData {
            frame: RefCell::new(Some(frame)),
            name,
            qualname,
            code,
            running: Cell::new(false),
            running_async: Cell::new(false),
            closed: Cell::new(false),
        }
    }
}

impl Payload for GeneratorData {
    const KIND: Kind = Kind::Generator;
}

/// Which method of an asynchronous generator made an awaitable.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AsyncGenOp {
    /// `asend(value)` and `__anext__()`.
    Asend,
    /// `athrow(...)`.
    Athrow,
    /// `aclose()`.
    Aclose,
    /// `anext(it, default)`: `gen` is the `__anext__()` awaitable, then its iterator;
    /// `arg` is the default.
    AnextDefault,
}

/// Where an `asend()`/`athrow()` awaitable is (CPython's `AwaitableState`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum AwaitableState {
    Init,
    Iter,
    Closed,
}

/// `async_generator_asend` / `async_generator_athrow`: one step of an asynchronous
/// generator, as an awaitable (see `types::async_generator`).
pub struct AsyncGenAwaitableData {
    pub gen: crate::slot::Slot,
    pub op: AsyncGenOp,
    /// `asend`: the value to send first; `athrow`: the tuple of its arguments.
    pub arg: Value,
    pub state: Cell<AwaitableState>,
}

impl Payload for AsyncGenAwaitableData {
    const KIND: Kind = Kind::AsyncGenAwaitable;
}
