//! Exception state carried by instances of `BaseException` subclasses: `args`, the
//! traceback entries gathered while unwinding, `__cause__`, `__context__` and
//! `__suppress_context__`.

use crate::object::{alloc, Kind, Payload};
use crate::objects::instance::InstanceData;
use crate::objects::tuple::new_tuple;
use crate::slot::Slot;
use crate::value::Value;
use std::cell::{Cell, RefCell};

/// One traceback entry: a code object and the line executing in it.
#[derive(Clone)]
pub struct TbEntry {
    pub code: Value,
    pub line: u32,
    /// The failing instruction (for the caret positions of the traceback).
    pub pc: u32,
    /// The frame's globals (`tb_frame.f_globals`).
    pub globals: Value,
}

pub struct ExcState {
    pub args: Slot,
    /// Innermost entry first: printing walks it backwards ("most recent call last").
    pub traceback: RefCell<Vec<TbEntry>>,
    pub cause: Slot,
    pub context: Slot,
    pub suppress_context: Cell<bool>,
    /// For NameError: the names visible where it was raised (locals, globals, builtins),
    /// for the traceback's "Did you mean" suggestion.
    pub visible_names: RefCell<Option<[Vec<String>; 3]>>,
}

impl ExcState {
    pub fn new(args: Vec<Value>) -> ExcState {
        ExcState {
            args: Slot::new(new_tuple(args)),
            traceback: RefCell::new(Vec::new()),
            cause: Slot::new(Value::NONE),
            context: Slot::new(Value::NONE),
            suppress_context: Cell::new(false),
            visible_names: RefCell::new(None),
        }
    }
}

/// An instance of built-in exception type `ty` with `args`, without running Python code.
pub fn new_exception(ty: &Value, args: Vec<Value>) -> Value {
    alloc(
        ty,
        InstanceData::new(Some(Box::new(ExcState::new(args))), 0),
    )
}

/// The exception state of `v`, if it is an exception instance.
pub fn exc_state(v: &Value) -> Option<&ExcState> {
    v.downcast::<InstanceData>().and_then(|i| i.exc.as_deref())
}

/// A `traceback` object (materialised on demand from the entries).
pub struct TracebackData {
    pub entries: Vec<TbEntry>,
    /// `tb_next` as assigned to this object (UNBOUND: the next entry's snapshot).
    pub next: crate::slot::Slot,
}

impl Payload for TracebackData {
    const KIND: Kind = Kind::Traceback;
}

/// A frame object: a snapshot of a frame, made on demand (`sys._getframe`, `tb_frame`,
/// `gi_frame`).
pub struct FrameData {
    pub code: Value,
    pub line: u32,
    /// The index of the instruction running (`f_lasti` is twice it), or -1.
    pub lasti: i64,
    pub globals: Value,
    /// `f_locals` as it was when the snapshot was made (NONE when unknown).
    pub locals: Value,
    /// The calling frame's object, or NONE.
    pub back: Value,
}

impl FrameData {
    /// A frame object with only its code, line and globals known.
    pub fn bare(code: Value, line: u32, globals: Value) -> FrameData {
        FrameData {
            code,
            line,
            lasti: -1,
            globals,
            locals: Value::NONE,
            back: Value::NONE,
        }
    }
}

impl Payload for FrameData {
    const KIND: Kind = Kind::Frame;
}

pub fn new_traceback(ty: &Value, entries: Vec<TbEntry>) -> Value {
    alloc(
        ty,
        TracebackData {
            entries,
            next: crate::slot::Slot::new(Value::UNBOUND),
        },
    )
}
