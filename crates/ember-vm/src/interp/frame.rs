//! Frames: the state of one running code object. A frame's registers live on the
//! register stack (ordinary calls) or in a boxed slice owned by the frame (generators,
//! whose frames outlive the call that created them).

use crate::interp::stack::Mark;
use crate::objects::code::CodeData;
use crate::value::Value;

pub enum Registers {
    Stack { ptr: *mut Value, len: usize, mark: Mark },
    Heap(Box<[Value]>),
}

pub struct Frame {
    /// The code object (a `CodeData`).
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    /// The locals mapping of an unoptimised scope (module, class body), else UNBOUND.
    pub locals: Value,
    /// The function being run (for introspection), or NONE.
    pub func: Value,
    pub regs: Registers,
    /// Index of the next instruction.
    pub pc: usize,
    /// The caller's register receiving the return value (frames pushed by the loop).
    pub ret_dst: u16,
    /// When resuming a generator: the register receiving the sent value.
    pub resume_dst: Option<u16>,
}

impl Frame {
    #[inline]
    pub fn code(&self) -> &CodeData {
        self.code.downcast::<CodeData>().expect("a frame's code is a code object")
    }

    /// The registers as a slice.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn regs_mut(&mut self) -> &mut [Value] {
        match &mut self.regs {
            // SAFETY: the window was allocated for this frame and stays valid until the
            // frame is released; nothing else accesses it while the frame runs.
            Registers::Stack { ptr, len, .. } => unsafe { std::slice::from_raw_parts_mut(*ptr, *len) },
            Registers::Heap(b) => b,
        }
    }

    /// The line being executed (of the instruction before `pc`).
    pub fn current_line(&self) -> u32 {
        self.code().code.line_at(self.pc.saturating_sub(1))
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        if let Registers::Stack { ptr, len, mark } = self.regs {
            crate::vm::with_thread(|t| {
                // SAFETY: frames are dropped in LIFO order on each thread's stack, and this
                // window was allocated for this frame.
                unsafe { t.stack.borrow_mut().free(ptr, len, mark) }
            });
        }
    }
}
