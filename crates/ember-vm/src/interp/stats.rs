//! Execution statistics (`ember -X stats`, or `EMBER_STATS=1`): per instruction family,
//! how often it executed, how often its inline cache answered (the specialised path),
//! missed, and was deoptimised (a filled cache whose guard failed), with the reasons
//! for misses. Printed to stderr at exit, so that speed work starts from facts. When off,
//! the dispatch loop pays one predictable branch per instruction.

use ember_bytecode::Opcode;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::sync::atomic::{AtomicBool, Ordering};

static ENABLED: AtomicBool = AtomicBool::new(false);

/// Whether statistics are being collected.
#[inline(always)]
pub fn enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Starts collecting.
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed);
}

#[derive(Default)]
struct Counts {
    executed: Vec<u64>,
    missed: Vec<u64>,
    deoptimised: Vec<u64>,
    reasons: BTreeMap<(u8, &'static str), u64>,
}

thread_local! {
    static COUNTS: RefCell<Counts> = RefCell::new(Counts {
        executed: vec![0; Opcode::ALL.len()],
        missed: vec![0; Opcode::ALL.len()],
        deoptimised: vec![0; Opcode::ALL.len()],
        reasons: BTreeMap::new(),
    });
}

/// Counts one execution of `op`.
#[inline(never)]
pub fn executed(op: Opcode) {
    COUNTS.with(|c| c.borrow_mut().executed[op as usize] += 1);
}

/// Counts an inline-cache miss of `op`; `was_filled` says the cache held an entry whose
/// guard failed (a deoptimisation) rather than being cold.
#[cold]
pub fn missed(op: Opcode, was_filled: bool, reason: &'static str) {
    COUNTS.with(|c| {
        let mut c = c.borrow_mut();
        c.missed[op as usize] += 1;
        if was_filled {
            c.deoptimised[op as usize] += 1;
        }
        *c.reasons.entry((op as u8, reason)).or_insert(0) += 1;
    });
}

/// Instructions whose execution goes through an inline cache.
fn cached(op: Opcode) -> bool {
    matches!(
        op,
        Opcode::LoadGlobal | Opcode::LoadAttr | Opcode::StoreAttr | Opcode::LoadMethod
    )
}

/// The report, one line per instruction family that ran, most executed first.
pub fn report() -> String {
    COUNTS.with(|c| {
        let c = c.borrow();
        let mut families: BTreeMap<Opcode, [u64; 4]> = BTreeMap::new();
        for op in Opcode::ALL {
            let i = *op as usize;
            if c.executed[i] == 0 {
                continue;
            }
            let row = families.entry(op.family()).or_insert([0; 4]);
            row[0] += c.executed[i];
            if cached(*op) {
                row[1] += c.executed[i].saturating_sub(c.missed[i]);
            }
            row[2] += c.missed[i];
            row[3] += c.deoptimised[i];
        }
        let mut rows: Vec<_> = families.into_iter().collect();
        rows.sort_by(|a, b| b.1[0].cmp(&a.1[0]).then(a.0.cmp(&b.0)));
        let total: u64 = rows.iter().map(|r| r.1[0]).sum();
        let mut out = format!(
            "ember statistics: {} instructions executed\n{:<24} {:>14} {:>7} {:>14} {:>12} {:>12}\n",
            total, "family", "executed", "share", "specialised", "missed", "deoptimised"
        );
        for (family, [exec, spec, miss, deopt]) in &rows {
            out.push_str(&format!(
                "{:<24} {:>14} {:>6.2}% {:>14} {:>12} {:>12}\n",
                family.name(),
                exec,
                100.0 * *exec as f64 / total.max(1) as f64,
                spec,
                miss,
                deopt
            ));
        }
        if !c.reasons.is_empty() {
            out.push_str("misses by reason:\n");
            for ((op, reason), n) in &c.reasons {
                out.push_str(&format!(
                    "  {:<22} {:<36} {:>12}\n",
                    Opcode::ALL[*op as usize].name(),
                    reason,
                    n
                ));
            }
        }
        out
    })
}
