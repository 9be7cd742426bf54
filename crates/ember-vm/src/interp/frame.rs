//! Frames: the state of one running code object. A frame's registers live on the
//! register stack (ordinary calls) or in a boxed slice owned by the frame (generators,
//! whose frames outlive the call that created them).

use crate::interp::stack::{Mark, RegisterStack};
use crate::objects::code::CodeData;
use crate::value::Value;
use std::mem::ManuallyDrop;

pub enum Registers {
    Stack {
        ptr: *mut Value,
        len: usize,
        mark: Mark,
    },
    Heap(Box<[Value]>),
    /// Given back to the register stack by `Frame::release_registers` (frame is ending).
    Released,
}

/// A frame. `code`, `globals` and `builtins` are counted references only when
/// `owns_refs` is set (module and class-body frames); a function's frame borrows them from
/// `func`, which it owns and which keeps them alive (a function's code and globals never
/// change), saving six count updates per call.
pub struct Frame {
    /// The code object (a `CodeData`).
    pub code: ManuallyDrop<Value>,
    pub globals: ManuallyDrop<Value>,
    pub builtins: ManuallyDrop<Value>,
    /// Whether `code`, `globals` and `builtins` are owned references.
    pub owns_refs: bool,
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
    /// The instance being initialised, when this frame runs `__init__` for a class call
    /// made by the loop: `Return` checks that `__init__` returned None and gives the
    /// caller the instance instead. UNBOUND otherwise.
    pub init_self: Value,
    /// For a coroutine frame run eagerly by an awaited call: the position of the `Send`
    /// of the caller's await (whose value register receives the result and whose target
    /// is where the caller goes on); `u32::MAX` otherwise.
    pub eager_send: u32,
}

impl Frame {
    #[inline]
    pub fn code(&self) -> &CodeData {
        // SAFETY: every frame is made from a code object (`new_frame*`, `push_function`).
        unsafe { self.code.downcast_unchecked::<CodeData>() }
    }

    /// The registers as a slice.
    #[inline]
    #[allow(clippy::mut_from_ref)]
    pub fn regs_mut(&mut self) -> &mut [Value] {
        match &mut self.regs {
            // SAFETY: the window was allocated for this frame and stays valid until the
            // frame is released; nothing else accesses it while the frame runs.
            Registers::Stack { ptr, len, .. } => unsafe {
                std::slice::from_raw_parts_mut(*ptr, *len)
            },
            Registers::Heap(b) => b,
            Registers::Released => &mut [],
        }
    }

    /// The registers, read-only (for `locals()`, `super()`, suggestions).
    pub fn regs(&self) -> &[Value] {
        match &self.regs {
            // SAFETY: as for `regs_mut`; the borrow is shared.
            Registers::Stack { ptr, len, .. } => unsafe { std::slice::from_raw_parts(*ptr, *len) },
            Registers::Heap(b) => b,
            Registers::Released => &[],
        }
    }

    /// The line being executed (of the instruction before `pc`).
    pub fn current_line(&self) -> u32 {
        self.code().code.line_at(self.pc.saturating_sub(1))
    }
}

impl Frame {
    /// Pushes the frame of a call to a Python function onto `frames`, writing its fields
    /// straight into the vector's storage. Building a `Frame` on the Rust stack and moving
    /// it in costs a store-forwarding stall (narrow stores read back as wide loads) on the
    /// hottest path of every call.
    ///
    /// # Safety
    /// `func` is a function (whose code and globals, never replaced, the frame borrows);
    /// `builtins` is a borrowed copy (`borrow_ref`) of a dict that outlives the frame;
    /// `regs` is a window just taken from the thread's register stack for this frame.
    #[inline(always)]
    pub unsafe fn push_function(
        frames: &mut Vec<Frame>,
        func: Value,
        builtins: ManuallyDrop<Value>,
        regs: (*mut Value, usize, Mark),
        ret_dst: u16,
        init_self: Value,
        eager_send: u32,
    ) {
        // SAFETY: per the contract, `func` is a function, which owns its code and globals.
        let (code, globals) = unsafe {
            let fd = func.downcast_unchecked::<crate::objects::function::FunctionData>();
            (
                Frame::borrow_ref(fd.code.borrow()),
                Frame::borrow_ref(&fd.globals),
            )
        };
        frames.reserve(1);
        let n = frames.len();
        // SAFETY: `reserve` made room for one more frame at index `n`; every field is
        // written before the length covers it.
        unsafe {
            let p = frames.as_mut_ptr().add(n);
            std::ptr::addr_of_mut!((*p).code).write(code);
            std::ptr::addr_of_mut!((*p).globals).write(globals);
            std::ptr::addr_of_mut!((*p).builtins).write(builtins);
            std::ptr::addr_of_mut!((*p).owns_refs).write(false);
            std::ptr::addr_of_mut!((*p).locals).write(Value::UNBOUND);
            std::ptr::addr_of_mut!((*p).func).write(func);
            std::ptr::addr_of_mut!((*p).regs).write(Registers::Stack {
                ptr: regs.0,
                len: regs.1,
                mark: regs.2,
            });
            std::ptr::addr_of_mut!((*p).pc).write(0);
            std::ptr::addr_of_mut!((*p).ret_dst).write(ret_dst);
            std::ptr::addr_of_mut!((*p).resume_dst).write(None);
            std::ptr::addr_of_mut!((*p).init_self).write(init_self);
            std::ptr::addr_of_mut!((*p).eager_send).write(eager_send);
            frames.set_len(n + 1);
        }
    }

    /// Gives the frame's register window back to `stack` (the caller already holds the
    /// thread state, which `drop` would look up again). The frame must be the top one.
    #[inline(always)]
    pub fn release_registers(&mut self, stack: &std::cell::RefCell<RegisterStack>) {
        if let Registers::Stack { ptr, len, mark } = self.regs {
            self.regs = Registers::Released;
            // SAFETY: this is the top frame (LIFO) and the window was allocated for it.
            unsafe { stack.borrow_mut().free(ptr, len, mark) }
        }
    }

    /// Moves the registers of the top frame from the register stack into a heap slice,
    /// so the frame can outlive its call (an eager coroutine frame that suspended).
    pub fn move_registers_to_heap(&mut self, stack: &std::cell::RefCell<RegisterStack>) {
        if let Registers::Stack { ptr, len, .. } = self.regs {
            let values: Box<[Value]> = (0..len)
                // SAFETY: the window belongs to this frame; each slot is left UNBOUND.
                .map(|i| unsafe { std::ptr::replace(ptr.add(i), Value::UNBOUND) })
                .collect();
            // Gives the (now empty) window back; the frame must be the top one.
            self.release_registers(stack);
            self.regs = Registers::Heap(values);
        }
    }

    /// Removes the top frame of `frames`, dropping it in place (moving a frame out costs
    /// more than the drop). A function's frame (the common case) holds nothing to release
    /// but its registers and its function, done inline here.
    #[inline(always)]
    pub fn pop(frames: &mut Vec<Frame>, stack: &std::cell::RefCell<RegisterStack>) {
        let n = frames.len() - 1;
        let f = &mut frames[n];
        f.release_registers(stack);
        if !f.owns_refs
            && f.locals.is_unbound()
            && f.init_self.is_unbound()
            && matches!(f.regs, Registers::Released)
        {
            let func = std::mem::replace(&mut f.func, Value::NONE);
            // SAFETY: what the frame still holds needs no drop: borrowed references
            // (`owns_refs` false), an UNBOUND `locals` and `init_self`, a None `func`,
            // released registers and plain integers.
            unsafe { frames.set_len(n) };
            drop(func);
        } else {
            frames.truncate(n);
        }
    }

    /// A borrowed copy of a value kept alive by something else (see `Frame`).
    ///
    /// # Safety
    /// `v` outlives the frame.
    #[inline]
    pub unsafe fn borrow_ref(v: &Value) -> ManuallyDrop<Value> {
        // SAFETY: the copy is never dropped (ManuallyDrop, `owns_refs` false), so the
        // count it did not take is never given back.
        ManuallyDrop::new(unsafe { Value::from_raw(v.raw()) })
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        if self.owns_refs {
            // SAFETY: owned references, dropped once here.
            unsafe {
                ManuallyDrop::drop(&mut self.code);
                ManuallyDrop::drop(&mut self.globals);
                ManuallyDrop::drop(&mut self.builtins);
            }
        }
        if matches!(self.regs, Registers::Stack { .. }) {
            self.release_registers(&crate::interp::eval::thread_state().stack);
        }
    }
}
