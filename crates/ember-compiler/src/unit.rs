//! The code object under construction: instruction buffer with positions, constant and
//! name pools, labels, the stack-like temporary register allocator and the exception
//! table regions.
//!
//! Invariants: temporaries are allocated and freed like a stack (`top` / `free_to`), so
//! an operand window is always "allocate n registers at the top"; every emitted
//! instruction gets the current `loc`; labels are ids until `finish` turns them into
//! instruction indexes.

use ember_bytecode::{
    CodeObject, ConstIdx, Constant, ExceptionEntry, Instr, Label, NameIdx, Position, Reg,
};
use std::collections::HashMap;

/// An open (or closed) range of instructions protected by one handler.
struct Region {
    handler: Label,
    exc: Reg,
    /// The first register allocated after the region opened.
    temps: Reg,
    depth: usize,
    /// Start of the currently open fragment.
    open: Option<u32>,
}

/// Identifies a region created by `push_region`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct RegionId(usize);

pub(crate) struct CodeUnit {
    pub code: CodeObject,
    const_index: HashMap<String, u16>,
    name_index: HashMap<String, u16>,
    labels: Vec<Option<u32>>,
    top: u32,
    max: u32,
    /// The first temporary register (after locals, cells and free variables).
    pub nnamed: u32,
    pub loc: Position,
    regions: Vec<Region>,
    active_regions: usize,
    rows: Vec<(usize, u32, u32, Label, Reg, Reg)>,
    overflow: Option<&'static str>,
}

impl CodeUnit {
    pub fn new(code: CodeObject) -> CodeUnit {
        let nnamed = code.nnamed() as u32;
        CodeUnit {
            code,
            const_index: HashMap::new(),
            name_index: HashMap::new(),
            labels: Vec::new(),
            top: nnamed,
            max: nnamed,
            nnamed,
            loc: Position::default(),
            regions: Vec::new(),
            active_regions: 0,
            rows: Vec::new(),
            overflow: None,
        }
    }

    pub fn emit(&mut self, mut i: Instr) {
        // An empty operand window names a register that exists (its destination), so
        // that no operand ever points past `nregs`.
        match &mut i {
            Instr::BuildTuple { dst, start, count }
            | Instr::BuildList { dst, start, count }
            | Instr::BuildSet { dst, start, count }
            | Instr::BuildMap { dst, start, count }
            | Instr::BuildString { dst, start, count }
                if count.0 == 0 =>
            {
                *start = *dst
            }
            Instr::MakeFunction {
                dst, args, flags, ..
            } if flags.0 == 0 => *args = *dst,
            Instr::UnpackSequence { src, dst, count } if count.0 == 0 => *dst = *src,
            _ => {}
        }
        self.code.instrs.push(i);
        self.code.positions.push(self.loc);
    }

    pub fn pc(&self) -> u32 {
        self.code.instrs.len() as u32
    }

    // ---- registers ----

    pub fn top(&self) -> u32 {
        self.top
    }

    /// Allocates `n` consecutive temporaries at the top and returns the first.
    pub fn alloc_n(&mut self, n: usize) -> Reg {
        let r = self.top;
        self.top += n as u32;
        if self.top > self.max {
            self.max = self.top;
        }
        if self.top > u16::MAX as u32 {
            self.overflow = Some("too many registers in one code object");
            return Reg(0);
        }
        Reg(r as u16)
    }

    pub fn alloc(&mut self) -> Reg {
        self.alloc_n(1)
    }

    /// Frees every temporary from `mark` up.
    pub fn free_to(&mut self, mark: u32) {
        debug_assert!(mark >= self.nnamed);
        self.top = mark;
    }

    // ---- pools ----

    pub fn const_idx(&mut self, c: Constant) -> ConstIdx {
        let key = match &c {
            Constant::Code(_) => None,
            other => Some(format!("{other:?}")),
        };
        if let Some(k) = &key {
            if let Some(&i) = self.const_index.get(k) {
                return ConstIdx(i);
            }
        }
        let i = self.code.consts.len();
        if i > u16::MAX as usize {
            self.overflow = Some("too many constants in one code object");
            return ConstIdx(0);
        }
        self.code.consts.push(c);
        if let Some(k) = key {
            self.const_index.insert(k, i as u16);
        }
        ConstIdx(i as u16)
    }

    pub fn load_const(&mut self, dst: Reg, c: Constant) {
        let k = self.const_idx(c);
        self.emit(Instr::LoadConst { dst, k });
    }

    pub fn name_idx(&mut self, name: &str) -> NameIdx {
        if let Some(&i) = self.name_index.get(name) {
            return NameIdx(i);
        }
        let i = self.code.names.len();
        if i > u16::MAX as usize {
            self.overflow = Some("too many names in one code object");
            return NameIdx(0);
        }
        self.code.names.push(name.to_string());
        self.name_index.insert(name.to_string(), i as u16);
        NameIdx(i as u16)
    }

    // ---- labels ----

    pub fn new_label(&mut self) -> Label {
        self.labels.push(None);
        Label(self.labels.len() as u32 - 1)
    }

    pub fn bind(&mut self, l: Label) {
        self.labels[l.index()] = Some(self.pc());
    }

    pub fn jump(&mut self, target: Label) {
        self.emit(Instr::Jump { target });
    }

    // ---- exception table ----

    /// Starts protecting the following instructions: an exception goes to `handler` with
    /// the exception object in `exc`.
    pub fn push_region(&mut self, handler: Label, exc: Reg) -> RegionId {
        self.active_regions += 1;
        let temps = Reg(self.top.max(exc.0 as u32 + 1) as u16);
        self.regions.push(Region {
            handler,
            exc,
            temps,
            depth: self.active_regions,
            open: Some(self.pc()),
        });
        RegionId(self.regions.len() - 1)
    }

    /// Stops protecting instructions with region `id` (for good).
    pub fn pop_region(&mut self, id: RegionId) {
        self.suspend_region(id);
        self.active_regions -= 1;
    }

    /// Temporarily stops protecting with `id` (unwinding code for `return`/`break`).
    pub fn suspend_region(&mut self, id: RegionId) {
        let pc = self.pc();
        let r = &mut self.regions[id.0];
        if let Some(start) = r.open.take() {
            if start < pc {
                self.rows
                    .push((r.depth, start, pc, r.handler, r.exc, r.temps));
            }
        }
    }

    pub fn resume_region(&mut self, id: RegionId) {
        let pc = self.pc();
        let r = &mut self.regions[id.0];
        if r.open.is_none() {
            r.open = Some(pc);
        }
    }

    /// Resolves labels and the exception table and returns the finished code object.
    pub fn finish(mut self) -> Result<CodeObject, &'static str> {
        if let Some(msg) = self.overflow {
            return Err(msg);
        }
        let end = self.pc();
        let labels = self.labels;
        let resolve = |l: &mut Label| {
            l.0 = labels[l.index()].unwrap_or(end);
        };
        for i in self.code.instrs.iter_mut() {
            i.for_each_label_mut(resolve);
        }
        // Innermost (deepest) rows first; rows of equal depth never overlap.
        self.rows.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
        self.code.exception_table = self
            .rows
            .iter()
            .map(|&(_, start, stop, mut handler, exc, temps)| {
                resolve(&mut handler);
                ExceptionEntry {
                    start: Label(start),
                    end: Label(stop),
                    handler,
                    exc,
                    temps,
                }
            })
            .collect();
        self.code.nregs = self.max;
        Ok(self.code)
    }
}
