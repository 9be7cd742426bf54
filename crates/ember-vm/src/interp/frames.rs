//! The Python frames running on a thread, seen from Python: `sys._getframe` and frame
//! objects (`f_code`, `f_lineno`, `f_globals`, `f_locals`, `f_back`, ...). Frame objects
//! are snapshots taken when asked for; the live frames stay in the dispatch loops' frame
//! lists, which each loop registers on the thread while it runs.

use crate::error::{PyErr, PyResult};
use crate::interp::frame::Frame;
use crate::object::alloc;
use crate::objects::exception::FrameData;
use crate::objects::int::new_int;
use crate::value::Value;
use crate::vm::{types, ThreadState};

/// Registers a dispatch loop's frame list on the thread for as long as it lives.
pub struct ListedFrames<'a> {
    ts: &'a ThreadState,
}

impl<'a> ListedFrames<'a> {
    #[inline]
    pub fn new(ts: &'a ThreadState, frames: &Vec<Frame>) -> ListedFrames<'a> {
        ts.frame_lists
            .borrow_mut()
            .push(frames as *const Vec<Frame>);
        ListedFrames { ts }
    }
}

impl Drop for ListedFrames<'_> {
    #[inline]
    fn drop(&mut self) {
        self.ts.frame_lists.borrow_mut().pop();
    }
}

/// Calls `f` on each live frame of this thread, innermost first, until it returns false.
fn each_frame(mut f: impl FnMut(&Frame) -> bool) {
    let lists = crate::vm::with_thread(|t| t.frame_lists.borrow().clone());
    for list in lists.iter().rev() {
        // SAFETY: a registered list belongs to a dispatch loop that is running further
        // down this thread's stack (it unregisters before returning), and native code
        // called from it does not run while the list is being resized.
        let frames = unsafe { &**list };
        for fr in frames.iter().rev() {
            if !f(fr) {
                return;
            }
        }
    }
}

/// The snapshot of a live frame, without its caller.
fn snapshot(fr: &Frame) -> FrameData {
    let locals = if fr.locals.is_unbound() {
        crate::interp::frame_locals(fr)
    } else {
        fr.locals.clone()
    };
    FrameData {
        code: (*fr.code).clone(),
        line: fr.current_line(),
        lasti: fr.pc.saturating_sub(1) as i64,
        globals: (*fr.globals).clone(),
        locals,
        back: Value::NONE,
    }
}

/// `sys._getframe(depth)`: the frame `depth` calls up from the caller, with its callers
/// linked through `f_back`.
pub fn get_frame(depth: usize) -> PyResult<Value> {
    let mut chain = Vec::new();
    let mut skipped = 0;
    each_frame(|fr| {
        if skipped < depth {
            skipped += 1;
        } else {
            chain.push(snapshot(fr));
        }
        true
    });
    if chain.is_empty() {
        return Err(PyErr::value_error("call stack is not deep enough"));
    }
    let mut back = Value::NONE;
    for mut data in chain.into_iter().rev() {
        data.back = back;
        back = alloc(&types().frame, data);
    }
    Ok(back)
}

/// Attributes of frame objects.
pub fn frame_attr(f: &FrameData, name: &str) -> Option<Value> {
    Some(match name {
        "f_code" => f.code.clone(),
        "f_lineno" => new_int(f.line as i64),
        "f_globals" => f.globals.clone(),
        "f_locals" => {
            if f.locals.is_none() {
                crate::objects::dict::DictData::new_value()
            } else {
                f.locals.clone()
            }
        }
        "f_builtins" => crate::builtins::builtins_dict(),
        "f_back" => f.back.clone(),
        "f_lasti" => new_int(if f.lasti < 0 { -1 } else { 2 * f.lasti }),
        "f_trace" => Value::NONE,
        "f_trace_lines" => Value::TRUE,
        "f_trace_opcodes" => Value::FALSE,
        _ => return None,
    })
}

/// `frame.clear()`: a snapshot holds no live frame, so there is nothing to release.
pub fn frame_clear(_args: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(Value::NONE)
}
