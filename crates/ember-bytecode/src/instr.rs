//! The instruction table: every Ember instruction, declared once, with its operands,
//! its family and its documentation. The enum, the opcode list, names, families,
//! disassembly and jump fix-ups are generated from this table by `define_instructions!`.
//!
//! Encoding: an instruction is the Rust enum itself, 8 bytes (a one-byte tag and at most
//! three 16-bit operands, or one 16-bit and one 32-bit operand). The interpreter matches
//! on it directly; quickening rewrites an entry of a code object's instruction array in
//! place with a specialised member of the same family.
//!
//! Operand windows. Several instructions read or write a run of consecutive registers
//! starting at a named one:
//! - calls: `func` holds the callable and `func+1 ..= func+argc` the arguments; for
//!   `CallKw` the register after the arguments holds the tuple of keyword names, which
//!   name the last `len(kwnames)` arguments;
//! - method calls: `LoadMethod` writes the function into `dst` and `self` into `dst+1`
//!   (or, when the attribute is not a plain method, the bound value into `dst` and
//!   `UNBOUND` into `dst+1`); `CallMethod` then reads arguments from `func+2` on;
//! - displays: `BuildTuple { dst, start, count }` reads `start .. start+count`;
//! - iteration: `ForIter { iter, .. }` writes the next item into `iter+1`;
//! - class patterns: `MatchClass { cls, .. }` reads the class from `cls` and the
//!   sub-pattern descriptor tuple from `cls+1`.
//!
//! Unless an instruction says otherwise, it borrows its source registers and writes a
//! new reference to its destination, releasing what the destination held.

use crate::operand::*;
use std::fmt;

macro_rules! define_instructions {
    (
        $(
            $(#[doc = $doc:literal])*
            $name:ident { $($field:ident : $ty:ty),* $(,)? } in $family:ident;
        )*
    ) => {
        /// One instruction with its operands (see the module documentation).
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Instr {
            $(
                $(#[doc = $doc])*
                $name { $($field: $ty),* },
            )*
        }

        /// The opcode of an instruction, without operands.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        #[repr(u8)]
        pub enum Opcode {
            $($name,)*
        }

        impl Opcode {
            /// Every opcode, in table order.
            pub const ALL: &'static [Opcode] = &[$(Opcode::$name,)*];

            /// The instruction's name as the disassembler prints it.
            pub fn name(self) -> &'static str {
                match self {
                    $(Opcode::$name => stringify!($name),)*
                }
            }

            /// The head of this instruction's family: the generic form that a specialised
            /// instruction falls back to. A generic instruction is its own head.
            pub fn family(self) -> Opcode {
                match self {
                    $(Opcode::$name => Opcode::$family,)*
                }
            }

            /// The documentation written in the table.
            pub fn doc(self) -> &'static str {
                match self {
                    $(Opcode::$name => concat!($($doc, "\n",)* ""),)*
                }
            }

            /// The names of the operands, in order.
            pub fn operand_names(self) -> &'static [&'static str] {
                match self {
                    $(Opcode::$name => &[$(stringify!($field)),*],)*
                }
            }
        }

        impl Instr {
            #[inline]
            pub fn opcode(&self) -> Opcode {
                match self {
                    $(Instr::$name { .. } => Opcode::$name,)*
                }
            }

            /// Appends the instruction's bytes: its opcode, then its operands.
            pub fn encode(&self, out: &mut Vec<u8>) {
                out.push(self.opcode() as u8);
                match *self {
                    $(
                        #[allow(unused_variables)]
                        Instr::$name { $($field),* } => {
                            $( Operand::encode($field, out); )*
                        }
                    )*
                }
            }

            /// Reads an instruction written by `encode`; None for an unknown opcode or
            /// missing bytes.
            pub fn decode(input: &mut &[u8]) -> Option<Instr> {
                let (&op, rest) = input.split_first()?;
                *input = rest;
                let opcode = *Opcode::ALL.get(op as usize)?;
                Some(match opcode {
                    $(
                        Opcode::$name => Instr::$name {
                            $( $field: <$ty as Operand>::decode(input)?, )*
                        },
                    )*
                })
            }

            /// Calls `f` on every operand of this instruction, in order.
            pub fn for_each_operand(&self, mut f: impl FnMut(AnyOperand)) {
                match *self {
                    $(
                        #[allow(unused_variables)]
                        Instr::$name { $($field),* } => {
                            $( f(Operand::any($field)); )*
                        }
                    )*
                }
            }

            /// Calls `f` on every jump target of this instruction.
            pub fn for_each_label_mut(&mut self, mut f: impl FnMut(&mut Label)) {
                match self {
                    $(
                        #[allow(unused_variables)]
                        Instr::$name { $($field),* } => {
                            $(
                                if let Some(l) = Operand::as_label_mut($field) {
                                    f(l);
                                }
                            )*
                        }
                    )*
                }
            }
        }

        impl fmt::Display for Instr {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                match self {
                    $(
                        #[allow(unused_variables)]
                        Instr::$name { $($field),* } => {
                            f.write_str(stringify!($name))?;
                            $( write!(f, " {}={}", stringify!($field), $field)?; )*
                            Ok(())
                        }
                    )*
                }
            }
        }
    };
}

define_instructions! {
    /// Does nothing.
    Nop {} in Nop;

    // ---- loads, stores, registers ----

    /// `dst = consts[k]`.
    LoadConst { dst: Reg, k: ConstIdx } in LoadConst;
    /// `dst = src` (both registers; `src` must be bound).
    Move { dst: Reg, src: Reg } in Move;
    /// Raises UnboundLocalError ("cannot access local variable 'x' where it is not
    /// associated with a value") when local register `reg` is unbound.
    CheckLocal { reg: Reg } in CheckLocal;
    /// `del x` of a local: raises like `CheckLocal` when unbound, then unbinds `reg`.
    DeleteLocal { reg: Reg } in DeleteLocal;
    /// Unbinds `reg` without a check (the cleanup of `except ... as e`).
    ClearLocal { reg: Reg } in ClearLocal;
    /// `dst = globals[names[name]]`, else `builtins[...]`, else NameError.
    LoadGlobal { dst: Reg, name: NameIdx } in LoadGlobal;
    /// `globals[names[name]] = src`.
    StoreGlobal { name: NameIdx, src: Reg } in StoreGlobal;
    /// `del globals[names[name]]` (NameError when missing).
    DeleteGlobal { name: NameIdx } in DeleteGlobal;
    /// Unoptimised scopes (module, class body, exec): locals mapping, then globals, then
    /// builtins.
    LoadName { dst: Reg, name: NameIdx } in LoadName;
    /// `locals[names[name]] = src` in an unoptimised scope.
    StoreName { name: NameIdx, src: Reg } in StoreName;
    /// `del locals[names[name]]` in an unoptimised scope.
    DeleteName { name: NameIdx } in DeleteName;
    /// `dst = cell.contents` where register `cell` holds a cell (NameError or
    /// UnboundLocalError-style "free variable referenced before assignment" when empty).
    LoadDeref { dst: Reg, cell: Reg } in LoadDeref;
    /// In a class body: the class namespace first, then the cell in `cell`.
    LoadClassDeref { dst: Reg, cell: Reg, name: NameIdx } in LoadClassDeref;
    /// `cell.contents = src`.
    StoreDeref { cell: Reg, src: Reg } in StoreDeref;
    /// Empties the cell in register `cell` (NameError when already empty).
    DeleteDeref { cell: Reg } in DeleteDeref;
    /// `dst = the mapping of the current unoptimised scope` (a class body's namespace).
    LoadLocals { dst: Reg } in LoadLocals;
    /// `dst = AssertionError` (the builtin, never a shadowing global).
    LoadAssertionError { dst: Reg } in LoadAssertionError;
    /// `dst = builtins.__build_class__`.
    LoadBuildClass { dst: Reg } in LoadBuildClass;
    /// Creates `__annotations__ = {}` in the current unoptimised scope if it is missing.
    SetupAnnotations {} in SetupAnnotations;

    // ---- attributes and items ----

    /// `dst = obj.names[name]`.
    LoadAttr { dst: Reg, obj: Reg, name: NameIdx } in LoadAttr;
    /// `obj.names[name] = src`.
    StoreAttr { obj: Reg, name: NameIdx, src: Reg } in StoreAttr;
    /// `del obj.names[name]`.
    DeleteAttr { obj: Reg, name: NameIdx } in DeleteAttr;
    /// Method lookup for a following `CallMethod`/`CallMethodKw`: writes `dst` and `dst+1`
    /// (see the module documentation).
    LoadMethod { dst: Reg, obj: Reg, name: NameIdx } in LoadMethod;
    /// `dst = obj[key]`.
    GetItem { dst: Reg, obj: Reg, key: Reg } in GetItem;
    /// `obj[key] = src`.
    SetItem { obj: Reg, key: Reg, src: Reg } in SetItem;
    /// `del obj[key]`.
    DeleteItem { obj: Reg, key: Reg } in DeleteItem;

    // ---- operators ----

    /// `dst = lhs <op> rhs`, `op` a `BinOp` (plain or in-place).
    BinaryOp { op: Imm, dst: Reg, lhs: Reg, rhs: Reg } in BinaryOp;
    /// `dst = lhs <op> consts[k]`: a constant right operand needs no register or load.
    BinaryOpK { op: Imm, dst: Reg, lhs: Reg, k: ConstIdx } in BinaryOpK;
    /// `dst = <op> src`, `op` a `UnOp`.
    UnaryOp { op: Imm, dst: Reg, src: Reg } in UnaryOp;
    /// `dst = lhs <op> rhs`, `op` a `CmpOp` (result of rich comparison, `is`, `in`).
    Compare { op: Imm, dst: Reg, lhs: Reg, rhs: Reg } in Compare;
    /// `dst = lhs <op> consts[k]`, as `Compare` with a constant right operand.
    CompareK { op: Imm, dst: Reg, lhs: Reg, k: ConstIdx } in CompareK;
    /// `dst = bool(src)` as a `bool` object.
    ToBool { dst: Reg, src: Reg } in ToBool;
    /// `sys.displayhook(src)`: an expression statement of interactive code (`single`).
    PrintExpr { src: Reg } in PrintExpr;

    // ---- control flow ----

    /// Jumps to `target`.
    Jump { target: Label } in Jump;
    /// Jumps to `target` when `cond` is true (by `bool()`).
    JumpIfTrue { cond: Reg, target: Label } in JumpIfTrue;
    /// Jumps to `target` when `cond` is false (by `bool()`).
    JumpIfFalse { cond: Reg, target: Label } in JumpIfFalse;
    /// Jumps to `target` when `cond` is `None`.
    JumpIfNone { cond: Reg, target: Label } in JumpIfNone;
    /// Jumps to `target` when `cond` is not `None`.
    JumpIfNotNone { cond: Reg, target: Label } in JumpIfNotNone;
    /// Returns `src` from the frame.
    Return { src: Reg } in Return;
    /// `dst = iter(src)`.
    GetIter { dst: Reg, src: Reg } in GetIter;
    /// Advances the iterator in `iter`: on an item, writes it into `iter+1` and goes on;
    /// when exhausted, jumps to `target`.
    ForIter { iter: Reg, target: Label } in ForIter;

    // ---- calls and functions ----

    /// `dst = func(func+1 .. func+argc)`.
    Call { dst: Reg, func: Reg, argc: Count } in Call;
    /// Like `Call`; the register after the arguments holds the keyword-names tuple.
    CallKw { dst: Reg, func: Reg, argc: Count } in CallKw;
    /// Calls what `LoadMethod` left in `func`/`func+1` with arguments from `func+2`.
    CallMethod { dst: Reg, func: Reg, argc: Count } in CallMethod;
    /// `CallMethod` with a keyword-names tuple after the arguments.
    CallMethodKw { dst: Reg, func: Reg, argc: Count } in CallMethodKw;
    /// `dst = func(*(func+1), **(func+2))`: `func+1` holds a tuple, `func+2` a dict when
    /// `has_kwargs` is 1.
    CallEx { dst: Reg, func: Reg, has_kwargs: Imm } in CallEx;
    /// Creates a function from the code constant `code`. The optional parts named by
    /// `flags` (see `make_function`) are read, in the order defaults, kwdefaults,
    /// annotations, closure, from consecutive registers starting at `args`.
    MakeFunction { dst: Reg, code: ConstIdx, args: Reg, flags: Imm } in MakeFunction;
    /// `dst = the cell object in register cell` (not its contents), for closures.
    LoadCell { dst: Reg, cell: Reg } in LoadCell;

    // ---- building values ----

    /// `dst = (start, .., start+count-1)`.
    BuildTuple { dst: Reg, start: Reg, count: Count } in BuildTuple;
    /// `dst = [start, ..]`.
    BuildList { dst: Reg, start: Reg, count: Count } in BuildList;
    /// `dst = {start, ..}`.
    BuildSet { dst: Reg, start: Reg, count: Count } in BuildSet;
    /// `dst = {start: start+1, ..}` with `count` pairs.
    BuildMap { dst: Reg, start: Reg, count: Count } in BuildMap;
    /// `dst = slice(start, start+1, start+2)`; `count` is 2 or 3.
    BuildSlice { dst: Reg, start: Reg, count: Count } in BuildSlice;
    /// `dst = "".join(start .. start+count)` (all registers hold `str`): f-strings.
    BuildString { dst: Reg, start: Reg, count: Count } in BuildString;
    /// `dst = format(src, "")` after conversion `conv` (a `Conversion`).
    FormatValue { conv: Imm, dst: Reg, src: Reg } in FormatValue;
    /// `dst = format(src, spec)` (the conversion is applied by a previous `FormatValue`).
    FormatWithSpec { dst: Reg, src: Reg, spec: Reg } in FormatWithSpec;
    /// `list.append(item)` on the list in `list` (comprehensions).
    ListAppend { list: Reg, item: Reg } in ListAppend;
    /// `list.extend(iterable)` (star-unpacking in displays).
    ListExtend { list: Reg, iterable: Reg } in ListExtend;
    /// `set.add(item)`.
    SetAdd { set: Reg, item: Reg } in SetAdd;
    /// `set.update(iterable)`.
    SetUpdate { set: Reg, iterable: Reg } in SetUpdate;
    /// `dict[key] = value`.
    MapAdd { dict: Reg, key: Reg, value: Reg } in MapAdd;
    /// `dict.update(other)` (`{**a}`), TypeError "'x' object is not a mapping".
    DictUpdate { dict: Reg, other: Reg } in DictUpdate;
    /// Like `DictUpdate` for `f(**a)`: duplicate keys raise "got multiple values for
    /// keyword argument"; `func` names the callee for the messages.
    DictMerge { dict: Reg, other: Reg, func: Reg } in DictMerge;
    /// `dst = tuple(src)` where `src` is a list.
    ListToTuple { dst: Reg, src: Reg } in ListToTuple;
    /// Unpacks exactly `count` items of `src` into `dst ..`.
    UnpackSequence { src: Reg, dst: Reg, count: Count } in UnpackSequence;
    /// `a, *b, c = src`: `before` items, a list of the rest, `after` items, into `dst ..`.
    UnpackEx { src: Reg, dst: Reg, before: Imm, after: Imm } in UnpackEx;

    // ---- exceptions ----

    /// `raise` per `kind` (see `raise_kind`): `exc` and `cause` as the kind needs.
    Raise { kind: Imm, exc: Reg, cause: Reg } in Raise;
    /// Re-raises the exception object in `exc` unchanged (its traceback kept): the end of
    /// a `finally` or of an `except` that did not match.
    Reraise { exc: Reg } in Reraise;
    /// Enters an exception handler: saves the exception being handled (`sys.exc_info()`)
    /// into `save` and makes the one in `exc` current.
    PushExcInfo { exc: Reg, save: Reg } in PushExcInfo;
    /// Leaves an exception handler: makes the exception saved in `save` current again.
    PopExcInfo { save: Reg } in PopExcInfo;
    /// `dst = isinstance(exc, type)` for `except type:`, with CPython's TypeError when
    /// `type` is not an exception class or a tuple of them.
    CheckExcMatch { dst: Reg, exc: Reg, ty: Reg } in CheckExcMatch;
    /// `with`: calls `mgr.__enter__()` into `dst+1` and stores the bound `__exit__` into
    /// `dst`; TypeError when `mgr` does not support the protocol.
    BeforeWith { dst: Reg, mgr: Reg } in BeforeWith;
    /// `dst = exit(type(exc), exc, exc.__traceback__)` for the exception in `exc`.
    WithExceptStart { dst: Reg, exit: Reg, exc: Reg } in WithExceptStart;

    // ---- generators ----

    /// Suspends a generator frame, handing `src` to its caller; when resumed, the value
    /// sent in lands in `dst` (or the thrown exception is raised here). `delegating` is 1
    /// when this `Yield` is the one of a `yield from` loop, whose `Send` is the previous
    /// instruction: `throw()` and `close()` are then passed to the sub-iterator.
    Yield { dst: Reg, src: Reg, delegating: Imm } in Yield;
    /// `dst = iter(src)` for `yield from` (a generator or coroutine is used as it is).
    GetYieldFromIter { dst: Reg, src: Reg } in GetYieldFromIter;
    /// One step of `yield from`: sends the value in `iter+1` into the sub-iterator in
    /// `iter` (`next()` when it is None). A yielded value replaces `iter+1` and execution
    /// goes on (to `Yield { dst: iter+1, src: iter+1, delegating: 1 }` and a jump back);
    /// when the sub-iterator returns, its return value replaces `iter+1` and execution
    /// jumps to `target`.
    Send { iter: Reg, target: Label } in Send;

    // ---- coroutines ----

    /// `dst = the iterator to await for src`: a coroutine itself, a generator-based
    /// coroutine, or what `src.__await__()` returns (an iterator); TypeError otherwise.
    GetAwaitable { dst: Reg, src: Reg } in GetAwaitable;
    /// `Call` of a call being awaited (`await f(x)`), followed by `GetAwaitable`,
    /// `LoadConst None` and the `Send` loop of the await. When the callee is an
    /// `async def` function taking these arguments exactly, its frame runs at once
    /// (eagerly): a return delivers the value straight to the `Send`'s value register and
    /// continues at its target, with no coroutine object; only a suspension makes one.
    CallAwaited { dst: Reg, func: Reg, argc: Count } in CallAwaited;
    /// `CallMethod` being awaited, as `CallAwaited`.
    CallMethodAwaited { dst: Reg, func: Reg, argc: Count } in CallAwaited;
    /// `async with`: stores the bound `__aexit__` into `dst` and the awaitable returned by
    /// `mgr.__aenter__()` into `dst+1`; TypeError when `mgr` lacks the protocol.
    BeforeAsyncWith { dst: Reg, mgr: Reg } in BeforeAsyncWith;
    /// `dst = src.__aiter__()` for `async for`.
    GetAIter { dst: Reg, src: Reg } in GetAIter;
    /// `dst = iter.__anext__()` (an awaitable) for one step of `async for`.
    GetANext { dst: Reg, iter: Reg } in GetANext;
    /// The handler of an `async for` step: a StopAsyncIteration in `exc` ends the loop
    /// (execution goes on), anything else is re-raised.
    EndAsyncFor { exc: Reg } in EndAsyncFor;

    // ---- pattern matching (`match`) ----

    /// Jumps to `target` unless `subject` is a sequence for pattern matching: an instance
    /// of `list`, `tuple` or `range` or of a class whose MRO holds one of them (CPython's
    /// `Py_TPFLAGS_SEQUENCE`); `str`, `bytes` and `bytearray` are not.
    MatchSequence { subject: Reg, target: Label } in MatchSequence;
    /// Jumps to `target` unless `subject` is a mapping for pattern matching: a `dict`,
    /// a `mappingproxy`, or an instance of a class whose MRO holds one (CPython's
    /// `Py_TPFLAGS_MAPPING`).
    MatchMapping { subject: Reg, target: Label } in MatchMapping;
    /// `dst = len(src)` (the length checks of sequence and mapping patterns).
    GetLen { dst: Reg, src: Reg } in GetLen;
    /// Mapping-pattern lookup: `keys` holds a tuple of keys; `dst` becomes the tuple of
    /// `subject.get(key, sentinel)` for each, or `None` as soon as one is missing (so
    /// `__missing__` never runs). A key equal to an earlier one raises ValueError
    /// "mapping pattern checks duplicate key (...)".
    MatchKeys { dst: Reg, subject: Reg, keys: Reg } in MatchKeys;
    /// Class pattern: `cls` holds the class and `cls+1` a tuple describing the
    /// sub-patterns, `None` for each positional one, then the attribute name of each
    /// keyword one. `dst` becomes the tuple of the extracted values (positional ones
    /// through `__match_args__`, or the subject itself for the built-ins that match
    /// themselves), or `None` when `subject` is not an instance or lacks an attribute.
    /// TypeError when `cls` is not a type or `__match_args__` is unusable.
    MatchClass { dst: Reg, subject: Reg, cls: Reg } in MatchClass;
    /// The `**rest` of a mapping pattern: `dst = dict(subject)` without the keys of the
    /// tuple in `keys`.
    CopyDictWithoutKeys { dst: Reg, subject: Reg, keys: Reg } in CopyDictWithoutKeys;

    // ---- imports ----

    /// `dst = __import__(names[name], globals, None, fromlist=args, level=args+1)`.
    ImportName { dst: Reg, name: NameIdx, args: Reg } in ImportName;
    /// `dst = module.names[name]`, ImportError "cannot import name ..." when missing.
    ImportFrom { dst: Reg, module: Reg, name: NameIdx } in ImportFrom;
    /// `from module import *` into the current scope.
    ImportStar { module: Reg } in ImportStar;
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn instruction_is_eight_bytes() {
        assert_eq!(std::mem::size_of::<Instr>(), 8);
    }

    #[test]
    fn every_opcode_has_a_distinct_name() {
        let mut names: Vec<_> = Opcode::ALL.iter().map(|o| o.name()).collect();
        names.sort();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len());
    }

    #[test]
    fn disassembly_names_operands() {
        let i = Instr::BinaryOp {
            op: BinOp::Add.imm(),
            dst: Reg(2),
            lhs: Reg(0),
            rhs: Reg(1),
        };
        assert_eq!(i.to_string(), "BinaryOp op=$0 dst=r2 lhs=r0 rhs=r1");
    }

    #[test]
    fn labels_are_patchable() {
        let mut i = Instr::ForIter {
            iter: Reg(3),
            target: Label(0),
        };
        i.for_each_label_mut(|l| l.0 = 42);
        assert_eq!(
            i,
            Instr::ForIter {
                iter: Reg(3),
                target: Label(42)
            }
        );
    }

    #[test]
    fn binop_roundtrips_through_imm() {
        for op in [BinOp::Add, BinOp::InplaceXor, BinOp::Pow, BinOp::InplaceAdd] {
            assert_eq!(BinOp::from_imm(op.imm()), Some(op));
        }
        assert_eq!(BinOp::InplaceMod.plain(), BinOp::Mod);
    }
}
