//! A verifier for compiled code objects, run by the tests over every compiled snippet
//! and by `examples/compile_tree.rs` over whole libraries.
//!
//! Invariants checked, for the code object and every nested one:
//! - `positions` has one entry per instruction;
//! - every register operand, and every register of an operand window (call arguments
//!   and keyword names, display items, `ForIter`'s `iter+1`, `LoadMethod`'s `dst+1`,
//!   `Send`'s `iter+1`, unpacking targets, `MakeFunction`'s optional parts, `CallEx`'s
//!   tuple and dict, `ImportName`'s fromlist and level, `BeforeWith`'s `dst+1`,
//!   `MatchClass`'s descriptor tuple in `cls+1`) is below `nregs`;
//! - constant and name indexes are in range; jump targets and exception handlers are
//!   instructions; exception rows are non-empty ranges inside the code;
//! - the last instruction does not fall through (`Return`, `Jump`, `Raise`, `Reraise`);
//! - `cell_args` has one entry per cell variable.

use ember_bytecode::{CodeObject, Constant, Instr};

/// Checks the invariants above; the error names the code object and instruction.
pub fn verify(code: &CodeObject) -> Result<(), String> {
    let fail = |pc: usize, what: String| Err(format!("{} @{pc}: {what}", code.qualname));
    if code.positions.len() != code.instrs.len() {
        return fail(0, "positions and instructions differ in length".into());
    }
    if code.cell_args.len() != code.cellvars.len() {
        return fail(0, "cell_args and cellvars differ in length".into());
    }
    if (code.nregs as usize) < code.nnamed() {
        return fail(0, "nregs below the named registers".into());
    }
    let n = code.instrs.len();
    for (pc, ins) in code.instrs.iter().enumerate() {
        let text = ins.to_string();
        for field in text.split(' ').skip(1) {
            let Some((name, value)) = field.split_once('=') else {
                continue;
            };
            let num = |prefix: char| {
                value
                    .strip_prefix(prefix)
                    .and_then(|v| v.parse::<usize>().ok())
            };
            if let Some(r) = num('r') {
                if r >= code.nregs as usize {
                    return fail(
                        pc,
                        format!("{name}={value} outside nregs={} in {text}", code.nregs),
                    );
                }
            } else if let Some(k) = num('k') {
                if k >= code.consts.len() {
                    return fail(pc, format!("constant {value} out of range in {text}"));
                }
            } else if let Some(i) = num('n') {
                if i >= code.names.len() {
                    return fail(pc, format!("name {value} out of range in {text}"));
                }
            } else if let Some(l) = num('@') {
                if l >= n {
                    return fail(
                        pc,
                        format!("jump target {value} outside the code in {text}"),
                    );
                }
            }
        }
        if let Some(last) = window_end(ins) {
            if last >= code.nregs as usize {
                return fail(
                    pc,
                    format!(
                        "operand window ends at r{last}, outside nregs={}: {text}",
                        code.nregs
                    ),
                );
            }
        }
    }
    match code.instrs.last() {
        Some(
            Instr::Return { .. } | Instr::Jump { .. } | Instr::Raise { .. } | Instr::Reraise { .. },
        ) => {}
        _ => return fail(n, "the code falls off its end".into()),
    }
    for e in &code.exception_table {
        if e.start.index() >= e.end.index() || e.end.index() > n || e.handler.index() >= n {
            return fail(e.start.index(), format!("bad exception row {e:?}"));
        }
        if e.exc.index() >= code.nregs as usize {
            return fail(
                e.start.index(),
                format!("exception register outside nregs: {e:?}"),
            );
        }
    }
    for c in &code.consts {
        if let Constant::Code(inner) = c {
            verify(inner)?;
        }
    }
    Ok(())
}

/// The last register of an instruction's operand window, if it has one.
fn window_end(ins: &Instr) -> Option<usize> {
    let r = |r: ember_bytecode::Reg, extra: usize| Some(r.index() + extra);
    match *ins {
        Instr::Call { func, argc, .. }
        | Instr::CallMethod { func, argc, .. }
        | Instr::CallAwaited { func, argc, .. }
        | Instr::CallMethodAwaited { func, argc, .. } => {
            let skip = usize::from(matches!(
                ins,
                Instr::CallMethod { .. } | Instr::CallMethodAwaited { .. }
            ));
            r(func, argc.0 as usize + skip)
        }
        Instr::CallKw { func, argc, .. } => r(func, argc.0 as usize + 1),
        Instr::CallMethodKw { func, argc, .. } => r(func, argc.0 as usize + 2),
        Instr::CallEx {
            func, has_kwargs, ..
        } => r(func, 1 + has_kwargs.0 as usize),
        Instr::BuildTuple { start, count, .. }
        | Instr::BuildList { start, count, .. }
        | Instr::BuildSet { start, count, .. }
        | Instr::BuildSlice { start, count, .. }
        | Instr::BuildString { start, count, .. } => {
            (count.0 > 0).then(|| start.index() + count.0 as usize - 1)
        }
        Instr::BuildMap { start, count, .. } => {
            (count.0 > 0).then(|| start.index() + 2 * count.0 as usize - 1)
        }
        Instr::ForIter { iter, .. } | Instr::Send { iter, .. } => r(iter, 1),
        Instr::LoadMethod { dst, .. }
        | Instr::BeforeWith { dst, .. }
        | Instr::BeforeAsyncWith { dst, .. } => r(dst, 1),
        Instr::UnpackSequence { dst, count, .. } => {
            (count.0 > 0).then(|| dst.index() + count.0 as usize - 1)
        }
        Instr::UnpackEx {
            dst, before, after, ..
        } => r(dst, before.0 as usize + after.0 as usize),
        Instr::MakeFunction { args, flags, .. } => {
            let parts = flags.0.count_ones() as usize;
            (parts > 0).then(|| args.index() + parts - 1)
        }
        Instr::ImportName { args, .. } => r(args, 1),
        Instr::MatchClass { cls, .. } => r(cls, 1),
        _ => None,
    }
}
