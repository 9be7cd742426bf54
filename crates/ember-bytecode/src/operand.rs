//! Operand types of Ember instructions: small index newtypes, one per kind of operand.
//!
//! Every operand is at most 32 bits so that an instruction stays at 8 bytes (see
//! `instr.rs`). A code object with more than `u16::MAX` registers, constants or names is
//! rejected by the compiler ("too many ..."), as CPython rejects very large code objects.

use std::fmt;

/// A register of the current frame. Registers are laid out as: named locals (parameters
/// first), then cells for cell variables, then cells for free variables, then temporaries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Reg(pub u16);

/// An index into `CodeObject::consts`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct ConstIdx(pub u16);

/// An index into `CodeObject::names` (global, attribute and import names).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct NameIdx(pub u16);

/// A jump target: the index of an instruction in `CodeObject::instrs`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Label(pub u32);

/// A small count (arguments, items of a display).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Count(pub u16);

/// A one-byte immediate whose meaning the instruction gives (an operator, a flag set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Imm(pub u8);

impl Reg {
    /// The register `n` places after this one (for operand windows such as call arguments).
    #[inline]
    pub fn offset(self, n: usize) -> Reg {
        Reg(self.0 + n as u16)
    }
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

impl Label {
    #[inline]
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// What every operand type can do: print itself in disassembly and, for labels, be patched.
pub trait Operand: Copy + fmt::Display {
    /// The label inside this operand, for the compiler's jump fix-ups.
    fn as_label_mut(&mut self) -> Option<&mut Label> {
        None
    }
    /// Appends the operand's bytes (for the bytecode cache).
    fn encode(self, out: &mut Vec<u8>);
    /// Reads an operand written by `encode`; None when `input` is too short.
    fn decode(input: &mut &[u8]) -> Option<Self>;
    /// The operand with its kind, for code that checks every operand.
    fn any(self) -> AnyOperand;
}

/// Any operand, tagged with its kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AnyOperand {
    Reg(Reg),
    Const(ConstIdx),
    Name(NameIdx),
    Label(Label),
    Count(Count),
    Imm(Imm),
}

impl Operand for Reg {
    fn any(self) -> AnyOperand {
        AnyOperand::Reg(self)
    }
    fn encode(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
    }
    fn decode(input: &mut &[u8]) -> Option<Self> {
        take_u16(input).map(Reg)
    }
}
impl Operand for ConstIdx {
    fn any(self) -> AnyOperand {
        AnyOperand::Const(self)
    }
    fn encode(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
    }
    fn decode(input: &mut &[u8]) -> Option<Self> {
        take_u16(input).map(ConstIdx)
    }
}
impl Operand for NameIdx {
    fn any(self) -> AnyOperand {
        AnyOperand::Name(self)
    }
    fn encode(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
    }
    fn decode(input: &mut &[u8]) -> Option<Self> {
        take_u16(input).map(NameIdx)
    }
}
impl Operand for Count {
    fn any(self) -> AnyOperand {
        AnyOperand::Count(self)
    }
    fn encode(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
    }
    fn decode(input: &mut &[u8]) -> Option<Self> {
        take_u16(input).map(Count)
    }
}
impl Operand for Imm {
    fn any(self) -> AnyOperand {
        AnyOperand::Imm(self)
    }
    fn encode(self, out: &mut Vec<u8>) {
        out.push(self.0);
    }
    fn decode(input: &mut &[u8]) -> Option<Self> {
        let (&b, rest) = input.split_first()?;
        *input = rest;
        Some(Imm(b))
    }
}
impl Operand for Label {
    fn any(self) -> AnyOperand {
        AnyOperand::Label(self)
    }
    fn as_label_mut(&mut self) -> Option<&mut Label> {
        Some(self)
    }
    fn encode(self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.0.to_le_bytes());
    }
    fn decode(input: &mut &[u8]) -> Option<Self> {
        let (b, rest) = input.split_first_chunk::<4>()?;
        *input = rest;
        Some(Label(u32::from_le_bytes(*b)))
    }
}

/// Reads a little-endian u16 from the front of `input`.
fn take_u16(input: &mut &[u8]) -> Option<u16> {
    let (b, rest) = input.split_first_chunk::<2>()?;
    *input = rest;
    Some(u16::from_le_bytes(*b))
}

impl fmt::Display for Reg {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "r{}", self.0)
    }
}
impl fmt::Display for ConstIdx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "k{}", self.0)
    }
}
impl fmt::Display for NameIdx {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "n{}", self.0)
    }
}
impl fmt::Display for Label {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@{}", self.0)
    }
}
impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.0)
    }
}
impl fmt::Display for Imm {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "${}", self.0)
    }
}

/// Binary operators, the `op` immediate of `BinaryOp`. In-place forms (`+=`) come first
/// after their plain forms' block so `op.inplace()` is one comparison.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum BinOp {
    Add = 0,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
    InplaceAdd = 16,
    InplaceSub,
    InplaceMul,
    InplaceMatMul,
    InplaceTrueDiv,
    InplaceFloorDiv,
    InplaceMod,
    InplacePow,
    InplaceLShift,
    InplaceRShift,
    InplaceAnd,
    InplaceOr,
    InplaceXor,
}

impl BinOp {
    pub const INPLACE_OFFSET: u8 = 16;
    const PLAIN: [BinOp; 13] = [
        BinOp::Add,
        BinOp::Sub,
        BinOp::Mul,
        BinOp::MatMul,
        BinOp::TrueDiv,
        BinOp::FloorDiv,
        BinOp::Mod,
        BinOp::Pow,
        BinOp::LShift,
        BinOp::RShift,
        BinOp::And,
        BinOp::Or,
        BinOp::Xor,
    ];

    pub fn from_imm(imm: Imm) -> Option<BinOp> {
        let (base, inplace) = if imm.0 >= Self::INPLACE_OFFSET {
            (imm.0 - Self::INPLACE_OFFSET, true)
        } else {
            (imm.0, false)
        };
        let op = *Self::PLAIN.get(base as usize)?;
        Some(if inplace { op.to_inplace() } else { op })
    }
    pub fn imm(self) -> Imm {
        Imm(self as u8)
    }
    pub fn is_inplace(self) -> bool {
        (self as u8) >= Self::INPLACE_OFFSET
    }
    /// The plain operator of an in-place one (`+=` gives `+`).
    pub fn plain(self) -> BinOp {
        if self.is_inplace() {
            Self::PLAIN[(self as u8 - Self::INPLACE_OFFSET) as usize]
        } else {
            self
        }
    }
    pub fn to_inplace(self) -> BinOp {
        use BinOp::*;
        match self.plain() {
            Add => InplaceAdd,
            Sub => InplaceSub,
            Mul => InplaceMul,
            MatMul => InplaceMatMul,
            TrueDiv => InplaceTrueDiv,
            FloorDiv => InplaceFloorDiv,
            Mod => InplaceMod,
            Pow => InplacePow,
            LShift => InplaceLShift,
            RShift => InplaceRShift,
            And => InplaceAnd,
            Or => InplaceOr,
            Xor => InplaceXor,
            _ => unreachable!("plain() returns a plain operator"),
        }
    }
    /// The operator as Python writes it in error messages (`+`, `+=`, `**`).
    pub fn symbol(self) -> &'static str {
        use BinOp::*;
        match self {
            Add => "+",
            Sub => "-",
            Mul => "*",
            MatMul => "@",
            TrueDiv => "/",
            FloorDiv => "//",
            Mod => "%",
            Pow => "** or pow()",
            LShift => "<<",
            RShift => ">>",
            And => "&",
            Or => "|",
            Xor => "^",
            InplaceAdd => "+=",
            InplaceSub => "-=",
            InplaceMul => "*=",
            InplaceMatMul => "@=",
            InplaceTrueDiv => "/=",
            InplaceFloorDiv => "//=",
            InplaceMod => "%=",
            InplacePow => "**=",
            InplaceLShift => "<<=",
            InplaceRShift => ">>=",
            InplaceAnd => "&=",
            InplaceOr => "|=",
            InplaceXor => "^=",
        }
    }
    /// The dunder names: (`__add__`, `__radd__`, `__iadd__`) of the plain operator.
    pub fn dunders(self) -> (&'static str, &'static str, &'static str) {
        use BinOp::*;
        match self.plain() {
            Add => ("__add__", "__radd__", "__iadd__"),
            Sub => ("__sub__", "__rsub__", "__isub__"),
            Mul => ("__mul__", "__rmul__", "__imul__"),
            MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            Mod => ("__mod__", "__rmod__", "__imod__"),
            Pow => ("__pow__", "__rpow__", "__ipow__"),
            LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            And => ("__and__", "__rand__", "__iand__"),
            Or => ("__or__", "__ror__", "__ior__"),
            Xor => ("__xor__", "__rxor__", "__ixor__"),
            _ => unreachable!("plain() returns a plain operator"),
        }
    }
}

/// Comparison operators, the `op` immediate of `Compare`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum CmpOp {
    Lt = 0,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
    Is,
    IsNot,
    In,
    NotIn,
}

impl CmpOp {
    const ALL: [CmpOp; 10] = [
        CmpOp::Lt,
        CmpOp::Le,
        CmpOp::Eq,
        CmpOp::Ne,
        CmpOp::Gt,
        CmpOp::Ge,
        CmpOp::Is,
        CmpOp::IsNot,
        CmpOp::In,
        CmpOp::NotIn,
    ];
    pub fn from_imm(imm: Imm) -> Option<CmpOp> {
        Self::ALL.get(imm.0 as usize).copied()
    }
    pub fn imm(self) -> Imm {
        Imm(self as u8)
    }
    pub fn symbol(self) -> &'static str {
        use CmpOp::*;
        match self {
            Lt => "<",
            Le => "<=",
            Eq => "==",
            Ne => "!=",
            Gt => ">",
            Ge => ">=",
            Is => "is",
            IsNot => "is not",
            In => "in",
            NotIn => "not in",
        }
    }
    /// The operator with its operands swapped (`a < b` is `b > a`), for rich comparison.
    pub fn swapped(self) -> CmpOp {
        use CmpOp::*;
        match self {
            Lt => Gt,
            Le => Ge,
            Gt => Lt,
            Ge => Le,
            other => other,
        }
    }
    pub fn dunder(self) -> &'static str {
        use CmpOp::*;
        match self {
            Lt => "__lt__",
            Le => "__le__",
            Eq => "__eq__",
            Ne => "__ne__",
            Gt => "__gt__",
            Ge => "__ge__",
            _ => "",
        }
    }
}

/// Unary operators, the `op` immediate of `UnaryOp`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum UnOp {
    Neg = 0,
    Pos,
    Invert,
    Not,
}

impl UnOp {
    pub fn from_imm(imm: Imm) -> Option<UnOp> {
        [UnOp::Neg, UnOp::Pos, UnOp::Invert, UnOp::Not]
            .get(imm.0 as usize)
            .copied()
    }
    pub fn imm(self) -> Imm {
        Imm(self as u8)
    }
}

/// Conversion of an f-string replacement field (`!s`, `!r`, `!a`), the `conv` immediate
/// of `FormatValue`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[repr(u8)]
pub enum Conversion {
    None = 0,
    Str,
    Repr,
    Ascii,
}

impl Conversion {
    pub fn from_imm(imm: Imm) -> Conversion {
        match imm.0 {
            1 => Conversion::Str,
            2 => Conversion::Repr,
            3 => Conversion::Ascii,
            _ => Conversion::None,
        }
    }
    pub fn imm(self) -> Imm {
        Imm(self as u8)
    }
}

/// Flags of `MakeFunction`: which optional parts follow in the operand window.
pub mod make_function {
    /// A tuple of positional defaults.
    pub const DEFAULTS: u8 = 1;
    /// A dict of keyword-only defaults.
    pub const KWDEFAULTS: u8 = 2;
    /// A dict of annotations.
    pub const ANNOTATIONS: u8 = 4;
    /// A tuple of cells for the free variables.
    pub const CLOSURE: u8 = 8;
}

/// Kinds of `Raise`.
pub mod raise_kind {
    /// Bare `raise`: re-raise the exception being handled.
    pub const RERAISE: u8 = 0;
    /// `raise exc`.
    pub const EXC: u8 = 1;
    /// `raise exc from cause`.
    pub const EXC_FROM: u8 = 2;
}
