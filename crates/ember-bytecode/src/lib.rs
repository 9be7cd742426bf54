//! Ember's instruction set: the one table (`instr.rs`) that defines every instruction,
//! the operand types it uses, and the code objects that hold compiled instructions.
//!
//! The compiler writes these types, the interpreter executes them, the disassembler and
//! (later) the JIT's HIR builder read them; none of them redefines an instruction.

#![forbid(unsafe_code)]

pub mod code;
pub mod instr;
pub mod operand;
pub mod serial;

pub use code::{flags, CodeObject, Constant, ExceptionEntry, Position};
pub use instr::{Instr, Opcode};
pub use operand::{
    make_function, raise_kind, AnyOperand, BinOp, CmpOp, ConstIdx, Conversion, Count, Imm, Label,
    NameIdx, Operand, Reg, UnOp,
};
