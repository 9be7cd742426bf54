//! Calls: `Call` / `CallKw` with an operand window, `LoadMethod` + `CallMethod[Kw]` for
//! `obj.meth(...)`, and `CallEx` with a tuple and a dict when `*args` / `**kwargs`
//! appear.

use crate::compiler::{Compiler, Res};
use ember_bytecode::{Constant, Count, Imm, Instr, Reg};
use ruff_python_ast::{self as ast, Expr};
use std::collections::HashSet;

/// Calls with more arguments than this go through `CallEx`.
const MAX_CALL_ARGS: usize = 1024;

impl<'a> Compiler<'_, 'a> {
    pub(crate) fn call(&mut self, c: &'a ast::ExprCall, dst: Reg) -> Res<()> {
        let args = &c.arguments.args;
        let kws = &c.arguments.keywords[..];
        self.check_keywords(kws)?;
        let star = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || kws.iter().any(|k| k.arg.is_none())
            || args.len() + kws.len() > MAX_CALL_ARGS;
        if !star {
            if let Expr::Attribute(a) = &*c.func {
                // The object goes straight into the call window when it is not a
                // local, so the call consumes it (nothing keeps it alive after).
                let w = self.u().alloc_n(2);
                let obj = self.expr_or_to(&a.value, w.offset(1))?;
                let n = self.mangle(&a.attr);
                let name = self.u().name_idx(&n);
                self.emit(Instr::LoadMethod { dst: w, obj, name });
                return self.call_window(w, 2, 0, args, kws, dst, true);
            }
        }
        let w = self.u().alloc();
        self.expr_to(&c.func, w)?;
        self.finish_call(w, 0, args, kws, dst)
    }

    /// Calls the callable in `w` with `npre` arguments already in `w+1 ..` followed by
    /// `args` and `kws`.
    pub(crate) fn finish_call(
        &mut self,
        w: Reg,
        npre: usize,
        args: &'a [Expr],
        kws: &'a [ast::Keyword],
        dst: Reg,
    ) -> Res<()> {
        let star = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || kws.iter().any(|k| k.arg.is_none())
            || npre + args.len() + kws.len() > MAX_CALL_ARGS;
        if star {
            self.call_ex(w, npre, args, kws, dst)
        } else {
            self.call_window(w, 1, npre, args, kws, dst, false)
        }
    }

    /// Plain window call: the callable (and `self` for methods) occupies `skip`
    /// registers from `w`, then `npre` evaluated arguments, then `args`, keyword values
    /// and the keyword-names tuple.
    #[allow(clippy::too_many_arguments)]
    fn call_window(
        &mut self,
        w: Reg,
        skip: usize,
        npre: usize,
        args: &'a [Expr],
        kws: &'a [ast::Keyword],
        dst: Reg,
        method: bool,
    ) -> Res<()> {
        let first = skip + npre;
        let n = args.len() + kws.len();
        let start = self.u().alloc_n(n);
        debug_assert_eq!(start.index(), w.index() + first);
        for (i, a) in args.iter().enumerate() {
            self.expr_to(a, start.offset(i))?;
        }
        let mut names = Vec::new();
        for (i, k) in kws.iter().enumerate() {
            self.expr_to(&k.value, start.offset(args.len() + i))?;
            if let Some(name) = &k.arg {
                names.push(Constant::Str(name.to_string()));
            }
        }
        let argc = Count((npre + n) as u16);
        if kws.is_empty() {
            self.emit(if method {
                Instr::CallMethod { dst, func: w, argc }
            } else {
                Instr::Call { dst, func: w, argc }
            });
        } else {
            let kn = self.u().alloc();
            self.u().load_const(kn, Constant::Tuple(names));
            self.emit(if method {
                Instr::CallMethodKw { dst, func: w, argc }
            } else {
                Instr::CallKw { dst, func: w, argc }
            });
        }
        Ok(())
    }

    /// `CallEx`: positional arguments collected in a list turned tuple in `w+1`, keyword
    /// arguments merged into a dict in `w+2`.
    fn call_ex(
        &mut self,
        w: Reg,
        npre: usize,
        args: &'a [Expr],
        kws: &'a [ast::Keyword],
        dst: Reg,
    ) -> Res<()> {
        while self.u().top() < w.0 as u32 + 3 {
            self.u().alloc();
        }
        // A lone `*x` is passed as it is (CPython does the same): `CallEx` turns it into a
        // tuple and names the callee when it is not iterable.
        let lone_star = match args {
            [Expr::Starred(s)] if npre == 0 => Some(&s.value),
            _ => None,
        };
        let list = self.u().alloc();
        if let Some(v) = lone_star {
            let mark = self.u().top();
            let r = self.expr(v)?;
            self.emit(Instr::Move { dst: list, src: r });
            self.u().free_to(mark);
        } else {
            self.emit(Instr::BuildList {
                dst: list,
                start: if npre > 0 { w.offset(1) } else { list },
                count: Count(npre as u16),
            });
        }
        for a in args.iter().filter(|_| lone_star.is_none()) {
            let mark = self.u().top();
            match a {
                Expr::Starred(s) => {
                    let v = self.expr(&s.value)?;
                    self.emit(Instr::ListExtend { list, iterable: v });
                }
                other => {
                    let v = self.expr(other)?;
                    self.emit(Instr::ListAppend { list, item: v });
                }
            }
            self.u().free_to(mark);
        }
        let mut dict: Option<Reg> = None;
        let mut pending: Vec<&'a ast::Keyword> = Vec::new();
        for k in kws {
            if k.arg.is_some() {
                pending.push(k);
                continue;
            }
            self.flush_keywords(w, &mut dict, &mut pending)?;
            let d = self.keyword_dict(&mut dict);
            let mark = self.u().top();
            let v = self.expr(&k.value)?;
            self.emit(Instr::DictMerge {
                dict: d,
                other: v,
                func: w,
            });
            self.u().free_to(mark);
        }
        self.flush_keywords(w, &mut dict, &mut pending)?;
        if lone_star.is_some() {
            self.emit(Instr::Move {
                dst: w.offset(1),
                src: list,
            });
        } else {
            self.emit(Instr::ListToTuple {
                dst: w.offset(1),
                src: list,
            });
        }
        if let Some(d) = dict {
            self.emit(Instr::Move {
                dst: w.offset(2),
                src: d,
            });
        }
        self.emit(Instr::CallEx {
            dst,
            func: w,
            has_kwargs: Imm(u8::from(dict.is_some())),
        });
        Ok(())
    }

    fn keyword_dict(&mut self, dict: &mut Option<Reg>) -> Reg {
        if let Some(d) = *dict {
            return d;
        }
        let d = self.u().alloc();
        self.emit(Instr::BuildMap {
            dst: d,
            start: d,
            count: Count(0),
        });
        *dict = Some(d);
        d
    }

    /// Merges the pending `name=value` keywords into the keyword dict.
    fn flush_keywords(
        &mut self,
        w: Reg,
        dict: &mut Option<Reg>,
        pending: &mut Vec<&'a ast::Keyword>,
    ) -> Res<()> {
        if pending.is_empty() {
            return Ok(());
        }
        let target = match *dict {
            Some(_) => None,
            None => {
                let d = self.u().alloc();
                *dict = Some(d);
                Some(d)
            }
        };
        let mark = self.u().top();
        let start = self.u().alloc_n(2 * pending.len());
        for (i, k) in pending.iter().enumerate() {
            let name = k.arg.as_ref().map(|a| a.to_string()).unwrap_or_default();
            self.u()
                .load_const(start.offset(2 * i), Constant::Str(name));
            self.expr_to(&k.value, start.offset(2 * i + 1))?;
        }
        let count = Count(pending.len() as u16);
        match target {
            Some(d) => self.emit(Instr::BuildMap {
                dst: d,
                start,
                count,
            }),
            None => {
                let t = self.u().alloc();
                self.emit(Instr::BuildMap {
                    dst: t,
                    start,
                    count,
                });
                let d = dict.expect("keyword dict exists");
                self.emit(Instr::DictMerge {
                    dict: d,
                    other: t,
                    func: w,
                });
            }
        }
        self.u().free_to(mark);
        pending.clear();
        Ok(())
    }

    /// "keyword argument repeated: x".
    pub(crate) fn check_keywords(&self, kws: &[ast::Keyword]) -> Res<()> {
        let mut seen = HashSet::new();
        for k in kws {
            if let Some(a) = &k.arg {
                if a.as_str() == "__debug__" {
                    return Err(self.err("cannot assign to __debug__", k.range));
                }
                if !seen.insert(a.as_str()) {
                    return Err(self.err(
                        format!("keyword argument repeated: {}", a.as_str()),
                        k.range,
                    ));
                }
            }
        }
        Ok(())
    }
}
