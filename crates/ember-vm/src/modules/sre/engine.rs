//! The backtracking matcher of `_sre`: runs the opcode list that CPython's
//! `re._compiler` produces over a text of code points (a str) or bytes.
//!
//! Backtracking uses one explicit stack (`Entry`), never Rust recursion proportional to
//! the input: choice points (`Branch`, `RepeatOne` ...) and undo records (group marks,
//! repeat contexts) share it, so popping to a choice point restores the state it saw.
//! Only sub-patterns that end in their own SUCCESS (lookarounds, atomic groups,
//! possessive repeats) run as a nested `run`, which nests as deep as the pattern, not
//! the text.

pub const MAXREPEAT: u32 = u32::MAX;

pub mod op {
    pub const FAILURE: u32 = 0;
    pub const SUCCESS: u32 = 1;
    pub const ANY: u32 = 2;
    pub const ANY_ALL: u32 = 3;
    pub const ASSERT: u32 = 4;
    pub const ASSERT_NOT: u32 = 5;
    pub const AT: u32 = 6;
    pub const BRANCH: u32 = 7;
    pub const CATEGORY: u32 = 8;
    pub const CHARSET: u32 = 9;
    pub const BIGCHARSET: u32 = 10;
    pub const GROUPREF: u32 = 11;
    pub const GROUPREF_EXISTS: u32 = 12;
    pub const IN: u32 = 13;
    pub const INFO: u32 = 14;
    pub const JUMP: u32 = 15;
    pub const LITERAL: u32 = 16;
    pub const MARK: u32 = 17;
    pub const MAX_UNTIL: u32 = 18;
    pub const MIN_UNTIL: u32 = 19;
    pub const NOT_LITERAL: u32 = 20;
    pub const NEGATE: u32 = 21;
    pub const RANGE: u32 = 22;
    pub const REPEAT: u32 = 23;
    pub const REPEAT_ONE: u32 = 24;
    pub const MIN_REPEAT_ONE: u32 = 26;
    pub const ATOMIC_GROUP: u32 = 27;
    pub const POSSESSIVE_REPEAT: u32 = 28;
    pub const POSSESSIVE_REPEAT_ONE: u32 = 29;
    pub const GROUPREF_IGNORE: u32 = 30;
    pub const IN_IGNORE: u32 = 31;
    pub const LITERAL_IGNORE: u32 = 32;
    pub const NOT_LITERAL_IGNORE: u32 = 33;
    pub const GROUPREF_LOC_IGNORE: u32 = 34;
    pub const IN_LOC_IGNORE: u32 = 35;
    pub const LITERAL_LOC_IGNORE: u32 = 36;
    pub const NOT_LITERAL_LOC_IGNORE: u32 = 37;
    pub const GROUPREF_UNI_IGNORE: u32 = 38;
    pub const IN_UNI_IGNORE: u32 = 39;
    pub const LITERAL_UNI_IGNORE: u32 = 40;
    pub const NOT_LITERAL_UNI_IGNORE: u32 = 41;
    pub const RANGE_UNI_IGNORE: u32 = 42;
}

/// An error in the code list itself (CPython's "internal error in regular expression
/// engine" / RuntimeError for invalid code).
#[derive(Debug)]
pub struct BadCode;

type R<T> = Result<T, BadCode>;

// ---- characters ----

pub fn lower_ascii(c: u32) -> u32 {
    if (b'A' as u32..=b'Z' as u32).contains(&c) {
        c + 32
    } else {
        c
    }
}
fn upper_ascii(c: u32) -> u32 {
    if (b'a' as u32..=b'z' as u32).contains(&c) {
        c - 32
    } else {
        c
    }
}
/// The single code point that `map` (a case mapping) gives `c`, or `c` itself.
fn simple_case<I: Iterator<Item = char>>(c: u32, map: fn(char) -> I) -> Option<u32> {
    let mut it = map(char::from_u32(c)?);
    match (it.next(), it.next()) {
        (Some(m), None) => Some(m as u32),
        _ => None,
    }
}
/// The simple lowercase mapping of code point `c`.
pub fn lower_unicode(c: u32) -> u32 {
    if c < 128 {
        return lower_ascii(c);
    }
    if c == 0x130 {
        // U+0130 lowers to "i\u0307" in full; its simple mapping is "i".
        return b'i' as u32;
    }
    simple_case(c, char::to_lowercase).unwrap_or(c)
}
/// The simple uppercase mapping of code point `c`.
pub fn upper_unicode(c: u32) -> u32 {
    if c < 128 {
        return upper_ascii(c);
    }
    simple_case(c, char::to_uppercase).unwrap_or(c)
}
pub fn unicode_iscased(c: u32) -> bool {
    c != lower_unicode(c) || c != upper_unicode(c)
}
pub fn ascii_iscased(c: u32) -> bool {
    c < 128 && (c as u8).is_ascii_alphabetic()
}

fn is_ascii_word(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'_' as u32)
}
fn is_uni_word(c: u32) -> bool {
    match char::from_u32(c) {
        Some(ch) => ch == '_' || crate::types::str_unicode::is_alnum(ch),
        None => false,
    }
}
fn is_uni_space(c: u32) -> bool {
    char::from_u32(c).is_some_and(crate::types::str_unicode::is_space)
}
fn is_uni_digit(c: u32) -> bool {
    char::from_u32(c).is_some_and(crate::types::str_unicode::is_decimal)
}
fn is_uni_linebreak(c: u32) -> bool {
    matches!(
        c,
        0x0A | 0x0B | 0x0C | 0x0D | 0x1C | 0x1D | 0x1E | 0x85 | 0x2028 | 0x2029
    )
}

fn category(code: u32, c: u32) -> R<bool> {
    let ascii_space = matches!(c, 9..=13 | 32);
    Ok(match code {
        0 => (b'0' as u32..=b'9' as u32).contains(&c),
        1 => !(b'0' as u32..=b'9' as u32).contains(&c),
        2 => ascii_space,
        3 => !ascii_space,
        4 | 8 => is_ascii_word(c),
        5 | 9 => !is_ascii_word(c),
        6 => c == 10,
        7 => c != 10,
        10 => is_uni_digit(c),
        11 => !is_uni_digit(c),
        12 => is_uni_space(c),
        13 => !is_uni_space(c),
        14 => is_uni_word(c),
        15 => !is_uni_word(c),
        16 => is_uni_linebreak(c),
        17 => !is_uni_linebreak(c),
        _ => return Err(BadCode),
    })
}

fn get(code: &[u32], i: usize) -> R<u32> {
    code.get(i).copied().ok_or(BadCode)
}

/// Whether `c` is in the set starting at `code[p]` (ending with FAILURE).
pub fn in_charset(code: &[u32], mut p: usize, c: u32) -> R<bool> {
    let mut ok = true;
    loop {
        match get(code, p)? {
            op::FAILURE => return Ok(!ok),
            op::LITERAL => {
                if c == get(code, p + 1)? {
                    return Ok(ok);
                }
                p += 2;
            }
            op::CATEGORY => {
                if category(get(code, p + 1)?, c)? {
                    return Ok(ok);
                }
                p += 2;
            }
            op::CHARSET => {
                if c < 256 && get(code, p + 1 + (c as usize >> 5))? & (1 << (c & 31)) != 0 {
                    return Ok(ok);
                }
                p += 9;
            }
            op::RANGE => {
                if get(code, p + 1)? <= c && c <= get(code, p + 2)? {
                    return Ok(ok);
                }
                p += 3;
            }
            op::RANGE_UNI_IGNORE => {
                let (lo, hi) = (get(code, p + 1)?, get(code, p + 2)?);
                if lo <= c && c <= hi {
                    return Ok(ok);
                }
                let u = upper_unicode(c);
                if lo <= u && u <= hi {
                    return Ok(ok);
                }
                p += 3;
            }
            op::NEGATE => {
                ok = !ok;
                p += 1;
            }
            op::BIGCHARSET => {
                let count = get(code, p + 1)? as usize;
                p += 2;
                if c < 65536 {
                    let hi = (c >> 8) as usize;
                    let word = get(code, p + hi / 4)?;
                    let block = ((word >> ((hi % 4) * 8)) & 255) as usize;
                    let lo = c & 255;
                    let w = get(code, p + 64 + block * 8 + (lo as usize >> 5))?;
                    if w & (1 << (lo & 31)) != 0 {
                        return Ok(ok);
                    }
                }
                p += 64 + count * 8;
            }
            _ => return Err(BadCode),
        }
    }
}

/// Whether the single-character item at `code[pc]` matches `c`; None when the op is not
/// a single-character one.
fn match_one(code: &[u32], pc: usize, c: u32) -> R<Option<bool>> {
    let arg = || get(code, pc + 1);
    Ok(Some(match get(code, pc)? {
        op::ANY => c != 10,
        op::ANY_ALL => true,
        op::LITERAL => c == arg()?,
        op::NOT_LITERAL => c != arg()?,
        op::LITERAL_IGNORE => lower_ascii(c) == arg()?,
        op::NOT_LITERAL_IGNORE => lower_ascii(c) != arg()?,
        op::LITERAL_UNI_IGNORE => lower_unicode(c) == arg()?,
        op::NOT_LITERAL_UNI_IGNORE => lower_unicode(c) != arg()?,
        op::LITERAL_LOC_IGNORE => loc_eq(c, arg()?),
        op::NOT_LITERAL_LOC_IGNORE => !loc_eq(c, arg()?),
        op::CATEGORY => category(arg()?, c)?,
        op::IN => in_charset(code, pc + 2, c)?,
        op::IN_IGNORE => in_charset(code, pc + 2, lower_ascii(c))?,
        op::IN_UNI_IGNORE => in_charset(code, pc + 2, lower_unicode(c))?,
        op::IN_LOC_IGNORE => {
            in_charset(code, pc + 2, c)?
                || in_charset(code, pc + 2, lower_ascii(c))?
                || in_charset(code, pc + 2, upper_ascii(c))?
        }
        _ => return Ok(None),
    }))
}

fn loc_eq(c: u32, p: u32) -> bool {
    c == p || lower_ascii(c) == p || upper_ascii(c) == p
}

/// One record of the backtracking stack.
#[derive(Clone, Copy, Debug)]
enum Entry {
    /// Undo: group mark `idx` held `old`.
    Mark { idx: u32, old: isize },
    /// Undo: `lastindex` held `old`.
    LastIndex { old: isize },
    /// Undo: a repeat context was pushed.
    RepeatPushed,
    /// Undo: this repeat context was popped.
    RepeatPopped(Repeat),
    /// Undo: the top repeat context held these.
    RepeatSet { count: isize, last_pos: isize },
    /// Choice: the next alternative of a BRANCH starts at `p` (its skip word).
    Branch { p: usize, pos: usize },
    /// Choice: a greedy single-character repeat may give back characters down to `min`.
    RepeatOne { next: usize, min: usize, cur: usize },
    /// Choice: a lazy single-character repeat may take one more character.
    MinRepeatOne {
        item: usize,
        next: usize,
        pos: usize,
        count: u32,
        max: u32,
    },
    /// Choice: MAX_UNTIL may stop repeating and go on at `next`.
    UntilTail { next: usize, pos: usize },
    /// Choice: MIN_UNTIL may repeat once more.
    MinUntilMore { pos: usize, count: isize },
}

#[derive(Clone, Copy, Debug)]
struct Repeat {
    count: isize,
    /// Index of the REPEAT opcode.
    pc: usize,
    last_pos: isize,
}

/// The state of one match attempt over `text[..end]`.
pub struct Matcher<'a> {
    pub code: &'a [u32],
    pub text: &'a [u32],
    pub end: usize,
    /// Start of the search or match (for `must_advance`).
    pub start: usize,
    pub match_all: bool,
    pub must_advance: bool,
    /// Group marks: `2*g` and `2*g+1` for group `g+1`; -1 when unset.
    pub marks: Vec<isize>,
    pub lastindex: isize,
    repeats: Vec<Repeat>,
    stack: Vec<Entry>,
}

impl<'a> Matcher<'a> {
    pub fn new(code: &'a [u32], text: &'a [u32], groups: usize, end: usize) -> Matcher<'a> {
        Matcher {
            code,
            text,
            end: end.min(text.len()),
            start: 0,
            match_all: false,
            must_advance: false,
            marks: vec![-1; groups * 2],
            lastindex: -1,
            repeats: Vec::new(),
            stack: Vec::new(),
        }
    }

    fn reset(&mut self) {
        self.marks.iter_mut().for_each(|m| *m = -1);
        self.lastindex = -1;
        self.repeats.clear();
        self.stack.clear();
    }

    /// Matches at `pos`; the end of the match.
    pub fn match_at(&mut self, pos: usize) -> R<Option<usize>> {
        self.reset();
        self.start = pos;
        if pos > self.end {
            return Ok(None);
        }
        self.run(0, pos, true)
    }

    /// Searches from `pos`: the start and end of the first match.
    pub fn search(&mut self, pos: usize) -> R<Option<(usize, usize)>> {
        if pos > self.end {
            return Ok(None);
        }
        let code = self.code;
        let mut min = 0usize;
        let mut prefix: &[u32] = &[];
        let mut charset: Option<usize> = None;
        let mut body = 0;
        if get(code, 0)? == op::INFO {
            let skip = get(code, 1)? as usize;
            let flags = get(code, 2)?;
            min = get(code, 3)? as usize;
            if flags & 1 != 0 {
                let len = get(code, 5)? as usize;
                prefix = code.get(7..7 + len).ok_or(BadCode)?;
            } else if flags & 4 != 0 {
                charset = Some(5);
            }
            body = skip + 1;
        }
        let first_literal = match (code.get(body), code.get(body + 1)) {
            (Some(&op::LITERAL), Some(&c)) if prefix.is_empty() => Some(c),
            _ => None,
        };
        let mut s = pos;
        loop {
            if self.end < s || self.end - s < min {
                return Ok(None);
            }
            if let Some(&p0) = prefix.first() {
                match self.text[s..self.end].iter().position(|&c| c == p0) {
                    Some(i) => s += i,
                    None => return Ok(None),
                }
                if !self.text[s..self.end].starts_with(prefix) {
                    s += 1;
                    continue;
                }
            } else if let Some(c0) = first_literal {
                match self.text[s..self.end].iter().position(|&c| c == c0) {
                    Some(i) => s += i,
                    None => return Ok(None),
                }
            } else if let Some(cs) = charset {
                while s < self.end && !in_charset(code, cs, self.text[s])? {
                    s += 1;
                }
                if s >= self.end {
                    return Ok(None);
                }
            }
            self.reset();
            self.start = s;
            if let Some(e) = self.run(0, s, true)? {
                return Ok(Some((s, e)));
            }
            if s >= self.end {
                return Ok(None);
            }
            s += 1;
            self.must_advance = false;
        }
    }

    fn set_mark(&mut self, idx: usize, pos: usize) -> R<()> {
        // CPython's code validation refuses marks past the pattern's groups.
        if idx >= self.marks.len() {
            return Err(BadCode);
        }
        let old = self.marks[idx];
        self.stack.push(Entry::Mark {
            idx: idx as u32,
            old,
        });
        self.marks[idx] = pos as isize;
        if idx & 1 == 1 {
            self.stack.push(Entry::LastIndex {
                old: self.lastindex,
            });
            self.lastindex = (idx / 2 + 1) as isize;
        }
        Ok(())
    }

    fn group_span(&self, g: usize) -> Option<(usize, usize)> {
        let (s, e) = (*self.marks.get(2 * g)?, *self.marks.get(2 * g + 1)?);
        (s >= 0 && e >= 0 && s <= e).then_some((s as usize, e as usize))
    }

    /// How many characters from `pos` (at most `max`) the single-character item at `pc`
    /// matches; None when the item is not single-character.
    fn count(&mut self, pc: usize, pos: usize, max: u32) -> R<Option<usize>> {
        let limit = if max == MAXREPEAT {
            self.end
        } else {
            self.end.min(pos.saturating_add(max as usize))
        };
        let mut p = pos;
        if p >= limit {
            return Ok(if match_one(self.code, pc, 0)?.is_some() {
                Some(0)
            } else {
                None
            });
        }
        let code = self.code;
        match get(code, pc)? {
            op::ANY_ALL => return Ok(Some(limit - pos)),
            op::LITERAL => {
                let c = get(code, pc + 1)?;
                while p < limit && self.text[p] == c {
                    p += 1;
                }
                return Ok(Some(p - pos));
            }
            _ => {}
        }
        while p < limit {
            match match_one(code, pc, self.text[p])? {
                Some(true) => p += 1,
                Some(false) => break,
                None => return Ok(None),
            }
        }
        Ok(Some(p - pos))
    }

    /// Applies undo records until a choice point above `base`; false when none is left.
    fn backtrack(&mut self, base: usize) -> R<Option<(usize, usize)>> {
        while self.stack.len() > base {
            let e = self.stack.pop().expect("stack longer than base");
            match e {
                Entry::Mark { .. }
                | Entry::LastIndex { .. }
                | Entry::RepeatPushed
                | Entry::RepeatPopped(_)
                | Entry::RepeatSet { .. } => self.undo(e),
                Entry::Branch { p, pos } => {
                    if let Some(r) = self.next_branch(p, pos)? {
                        return Ok(Some(r));
                    }
                }
                Entry::RepeatOne { next, min, cur } => {
                    if cur > min {
                        let mut c = cur - 1;
                        // Followed by a literal: give back to where it can match.
                        if get(self.code, next)? == op::LITERAL {
                            let lit = get(self.code, next + 1)?;
                            while c > min && (c >= self.end || self.text[c] != lit) {
                                c -= 1;
                            }
                            if c >= self.end || self.text[c] != lit {
                                continue;
                            }
                        }
                        self.stack.push(Entry::RepeatOne { next, min, cur: c });
                        return Ok(Some((next, c)));
                    }
                }
                Entry::MinRepeatOne {
                    item,
                    next,
                    pos,
                    count,
                    max,
                } => {
                    if (max == MAXREPEAT || count < max)
                        && pos < self.end
                        && match_one(self.code, item, self.text[pos])? == Some(true)
                    {
                        self.stack.push(Entry::MinRepeatOne {
                            item,
                            next,
                            pos: pos + 1,
                            count: count + 1,
                            max,
                        });
                        return Ok(Some((next, pos + 1)));
                    }
                }
                Entry::UntilTail { next, pos } => {
                    let r = self.repeats.pop().ok_or(BadCode)?;
                    self.stack.push(Entry::RepeatPopped(r));
                    return Ok(Some((next, pos)));
                }
                Entry::MinUntilMore { pos, count } => {
                    let r = *self.repeats.last().ok_or(BadCode)?;
                    let max = get(self.code, r.pc + 3)?;
                    if (max != MAXREPEAT && count >= max as isize) || pos as isize == r.last_pos {
                        continue;
                    }
                    self.stack.push(Entry::RepeatSet {
                        count: r.count,
                        last_pos: r.last_pos,
                    });
                    let top = self.repeats.last_mut().expect("checked above");
                    top.count = count;
                    top.last_pos = pos as isize;
                    return Ok(Some((r.pc + 4, pos)));
                }
            }
        }
        Ok(None)
    }

    /// Tries the BRANCH alternatives from the one whose skip word is at `p`.
    fn next_branch(&mut self, mut p: usize, pos: usize) -> R<Option<(usize, usize)>> {
        loop {
            let skip = get(self.code, p)? as usize;
            if skip == 0 {
                return Ok(None);
            }
            // An alternative starting with a literal that cannot match is skipped.
            if get(self.code, p + 1)? == op::LITERAL
                && (pos >= self.end || self.text[pos] != get(self.code, p + 2)?)
            {
                p += skip;
                continue;
            }
            self.stack.push(Entry::Branch { p: p + skip, pos });
            return Ok(Some((p + 1, pos)));
        }
    }

    /// Runs the code from `pc` at `pos` until SUCCESS; the end position, or None.
    /// Nested runs (lookarounds, atomic groups) keep their mark records but drop their
    /// choice points on success.
    fn run(&mut self, pc: usize, pos: usize, toplevel: bool) -> R<Option<usize>> {
        let base = self.stack.len();
        let code = self.code;
        let (mut pc, mut pos) = (pc, pos);
        macro_rules! fail {
            () => {{
                match self.backtrack(base)? {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                        continue;
                    }
                    None => return Ok(None),
                }
            }};
        }
        loop {
            let opc = get(code, pc)?;
            match opc {
                op::FAILURE => fail!(),
                op::SUCCESS => {
                    if toplevel
                        && ((self.match_all && pos != self.end)
                            || (self.must_advance && pos == self.start))
                    {
                        fail!();
                    }
                    if !toplevel {
                        self.drop_choices(base);
                    }
                    return Ok(Some(pos));
                }
                op::ANY
                | op::ANY_ALL
                | op::LITERAL
                | op::NOT_LITERAL
                | op::LITERAL_IGNORE
                | op::NOT_LITERAL_IGNORE
                | op::LITERAL_UNI_IGNORE
                | op::NOT_LITERAL_UNI_IGNORE
                | op::LITERAL_LOC_IGNORE
                | op::NOT_LITERAL_LOC_IGNORE
                | op::CATEGORY => {
                    if pos >= self.end || match_one(code, pc, self.text[pos])? != Some(true) {
                        fail!();
                    }
                    pos += 1;
                    pc += if opc <= op::ANY_ALL { 1 } else { 2 };
                }
                op::IN | op::IN_IGNORE | op::IN_UNI_IGNORE | op::IN_LOC_IGNORE => {
                    if pos >= self.end || match_one(code, pc, self.text[pos])? != Some(true) {
                        fail!();
                    }
                    pos += 1;
                    pc += 1 + get(code, pc + 1)? as usize;
                }
                op::INFO => {
                    let min = get(code, pc + 3)? as usize;
                    if self.end.saturating_sub(pos) < min {
                        fail!();
                    }
                    pc += 1 + get(code, pc + 1)? as usize;
                }
                op::JUMP => pc += 1 + get(code, pc + 1)? as usize,
                op::AT => {
                    if !self.at(get(code, pc + 1)?, pos)? {
                        fail!();
                    }
                    pc += 2;
                }
                op::MARK => {
                    self.set_mark(get(code, pc + 1)? as usize, pos)?;
                    pc += 2;
                }
                op::BRANCH => match self.next_branch(pc + 1, pos)? {
                    Some((p, q)) => {
                        pc = p;
                        pos = q;
                    }
                    None => fail!(),
                },
                op::REPEAT_ONE | op::MIN_REPEAT_ONE | op::POSSESSIVE_REPEAT_ONE => {
                    let skip = get(code, pc + 1)? as usize;
                    let min = get(code, pc + 2)?;
                    let max = get(code, pc + 3)?;
                    let next = pc + 1 + skip;
                    if (self.end.saturating_sub(pos) as u64) < min as u64 {
                        fail!();
                    }
                    let item = pc + 4;
                    if opc == op::MIN_REPEAT_ONE {
                        let Some(n) = self.count(item, pos, min)? else {
                            return Err(BadCode);
                        };
                        if n < min as usize {
                            fail!();
                        }
                        pos += n;
                        if get(code, next)? != op::SUCCESS || !toplevel || self.match_all {
                            self.stack.push(Entry::MinRepeatOne {
                                item,
                                next,
                                pos,
                                count: n as u32,
                                max,
                            });
                        }
                        pc = next;
                    } else {
                        let Some(n) = self.count(item, pos, max)? else {
                            return Err(BadCode);
                        };
                        if n < min as usize {
                            fail!();
                        }
                        if opc == op::REPEAT_ONE && n > min as usize {
                            self.stack.push(Entry::RepeatOne {
                                next,
                                min: pos + min as usize,
                                cur: pos + n,
                            });
                        }
                        pos += n;
                        pc = next;
                    }
                }
                op::REPEAT => {
                    self.repeats.push(Repeat {
                        count: -1,
                        pc,
                        last_pos: -1,
                    });
                    self.stack.push(Entry::RepeatPushed);
                    pc += 1 + get(code, pc + 1)? as usize;
                }
                op::MAX_UNTIL | op::MIN_UNTIL => {
                    let r = *self.repeats.last().ok_or(BadCode)?;
                    let count = r.count + 1;
                    let min = get(code, r.pc + 2)? as isize;
                    let max = get(code, r.pc + 3)?;
                    let body = r.pc + 4;
                    let top = self.repeats.len() - 1;
                    if count < min {
                        self.stack.push(Entry::RepeatSet {
                            count: r.count,
                            last_pos: r.last_pos,
                        });
                        self.repeats[top].count = count;
                        pc = body;
                        continue;
                    }
                    if opc == op::MAX_UNTIL {
                        if (max == MAXREPEAT || count < max as isize) && pos as isize != r.last_pos
                        {
                            self.stack.push(Entry::UntilTail { next: pc + 1, pos });
                            self.stack.push(Entry::RepeatSet {
                                count: r.count,
                                last_pos: r.last_pos,
                            });
                            self.repeats[top].count = count;
                            self.repeats[top].last_pos = pos as isize;
                            pc = body;
                        } else {
                            self.repeats.pop();
                            self.stack.push(Entry::RepeatPopped(r));
                            pc += 1;
                        }
                    } else {
                        self.stack.push(Entry::MinUntilMore { pos, count });
                        self.repeats.pop();
                        self.stack.push(Entry::RepeatPopped(r));
                        pc += 1;
                    }
                }
                op::POSSESSIVE_REPEAT => {
                    let skip = get(code, pc + 1)? as usize;
                    let min = get(code, pc + 2)?;
                    let max = get(code, pc + 3)?;
                    let mut count: u32 = 0;
                    let mut ok = true;
                    while max == MAXREPEAT || count < max {
                        match self.run(pc + 4, pos, false)? {
                            Some(p) => {
                                let empty = p == pos;
                                pos = p;
                                count += 1;
                                if empty && count >= min {
                                    break;
                                }
                            }
                            None => {
                                ok = count >= min;
                                break;
                            }
                        }
                    }
                    if !ok {
                        fail!();
                    }
                    // The skip leads to the body's SUCCESS; the pattern goes on after it.
                    pc += 2 + skip;
                }
                op::ATOMIC_GROUP => match self.run(pc + 2, pos, false)? {
                    Some(p) => {
                        pos = p;
                        pc += 1 + get(code, pc + 1)? as usize;
                    }
                    None => fail!(),
                },
                op::ASSERT | op::ASSERT_NOT => {
                    let skip = get(code, pc + 1)? as usize;
                    let back = get(code, pc + 2)? as usize;
                    let found = if back > pos {
                        false
                    } else if opc == op::ASSERT {
                        self.run(pc + 3, pos - back, false)?.is_some()
                    } else {
                        let b = self.stack.len();
                        let r = self.run(pc + 3, pos - back, false)?.is_some();
                        // A negative lookahead leaves no groups behind.
                        self.backtrack_undo(b);
                        r
                    };
                    if found != (opc == op::ASSERT) {
                        fail!();
                    }
                    pc += 1 + skip;
                }
                op::GROUPREF
                | op::GROUPREF_IGNORE
                | op::GROUPREF_UNI_IGNORE
                | op::GROUPREF_LOC_IGNORE => {
                    let g = get(code, pc + 1)? as usize;
                    let Some((s, e)) = self.group_span(g) else {
                        fail!()
                    };
                    let n = e - s;
                    if self.end.saturating_sub(pos) < n {
                        fail!();
                    }
                    let fold: fn(u32) -> u32 = match opc {
                        op::GROUPREF => |c| c,
                        op::GROUPREF_UNI_IGNORE => lower_unicode,
                        _ => lower_ascii,
                    };
                    let same = (0..n).all(|i| fold(self.text[s + i]) == fold(self.text[pos + i]));
                    if !same {
                        fail!();
                    }
                    pos += n;
                    pc += 2;
                }
                op::GROUPREF_EXISTS => {
                    let g = get(code, pc + 1)? as usize;
                    if self.group_span(g).is_some() {
                        pc += 3;
                    } else {
                        pc += 1 + get(code, pc + 2)? as usize;
                    }
                }
                _ => return Err(BadCode),
            }
        }
    }

    /// Removes the choice points above `base`, keeping the undo records.
    fn drop_choices(&mut self, base: usize) {
        let mut w = base;
        for r in base..self.stack.len() {
            let e = self.stack[r];
            if matches!(
                e,
                Entry::Mark { .. }
                    | Entry::LastIndex { .. }
                    | Entry::RepeatPushed
                    | Entry::RepeatPopped(_)
                    | Entry::RepeatSet { .. }
            ) {
                self.stack[w] = e;
                w += 1;
            }
        }
        self.stack.truncate(w);
    }

    /// Applies every undo record above `base` (choice points are dropped).
    fn backtrack_undo(&mut self, base: usize) {
        while self.stack.len() > base {
            let e = self.stack.pop().expect("stack longer than base");
            self.undo(e);
        }
    }

    /// Applies undo record `e` (a choice point is ignored).
    fn undo(&mut self, e: Entry) {
        match e {
            Entry::Mark { idx, old } => self.marks[idx as usize] = old,
            Entry::LastIndex { old } => self.lastindex = old,
            Entry::RepeatPushed => {
                self.repeats.pop();
            }
            Entry::RepeatPopped(r) => self.repeats.push(r),
            Entry::RepeatSet { count, last_pos } => {
                if let Some(r) = self.repeats.last_mut() {
                    r.count = count;
                    r.last_pos = last_pos;
                }
            }
            _ => {}
        }
    }

    fn at(&self, code: u32, pos: usize) -> R<bool> {
        let t = self.text;
        let end = self.end;
        let word = |f: fn(u32) -> bool| -> (bool, bool) {
            let that = pos > 0 && pos <= t.len() && f(t[pos - 1]);
            let this = pos < end && f(t[pos]);
            (that, this)
        };
        Ok(match code {
            0 | 2 => pos == 0,
            1 => pos == 0 || t[pos - 1] == 10,
            5 => pos == end || (pos + 1 == end && t[pos] == 10),
            6 => pos == end || t[pos] == 10,
            7 => pos == end,
            3 | 8 | 10 | 4 | 9 | 11 => {
                if end == 0 {
                    return Ok(false);
                }
                let (that, this) = word(if code >= 10 {
                    is_uni_word
                } else {
                    is_ascii_word
                });
                if matches!(code, 3 | 8 | 10) {
                    that != this
                } else {
                    that == this
                }
            }
            _ => return Err(BadCode),
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn text(s: &str) -> Vec<u32> {
        s.chars().map(|c| c as u32).collect()
    }

    #[test]
    fn star_of_branch_does_not_overflow() {
        // (a|b)*c as CPython 3.11 compiles it
        let code = [
            14, 4, 0, 1, MAXREPEAT, 23, 13, 0, MAXREPEAT, 17, 0, 13, 5, 22, 97, 98, 0, 17, 1, 18,
            16, 99, 1,
        ];
        let mut s = "ab".repeat(50_000);
        s.push('c');
        let t = text(&s);
        let mut m = Matcher::new(&code, &t, 1, t.len());
        assert_eq!(m.match_at(0).unwrap(), Some(100_001));
        assert_eq!(m.marks, vec![99_999, 100_000]);
    }

    #[test]
    fn greedy_repeat_one_gives_back() {
        // a.*b as CPython 3.11 compiles it
        let code = [
            14, 8, 1, 2, MAXREPEAT, 1, 1, 97, 0, 16, 97, 24, 5, 0, MAXREPEAT, 2, 1, 16, 98, 1,
        ];
        let t = text("xaxxbxxbx");
        let mut m = Matcher::new(&code, &t, 0, t.len());
        assert_eq!(m.search(0).unwrap(), Some((1, 8)));
    }
}
