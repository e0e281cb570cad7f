//! Lines and positions in a text: the 1-based line and column of an offset, of the end of a
//! text, or of a serde_json error in a slice that starts inside the file.
//!
//! It knows nothing of records, formats or imports.

/// A 1-based line and column (in characters) of a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Position {
    pub(super) line: u64,
    pub(super) column: u64,
}

impl Position {
    pub(super) const START: Position = Position { line: 1, column: 1 };

    /// Where the character after `text` is; `\n`, `\r\n` and a lone `\r` each end a line.
    pub(super) fn end_of(text: &str) -> Position {
        let mut position = Position::START;
        let mut chars = text.chars().peekable();
        while let Some(c) = chars.next() {
            let line_break = c == '\n' || (c == '\r' && chars.peek() != Some(&'\n'));
            if line_break {
                position = Position { line: position.line + 1, column: 1 };
            } else if c != '\r' {
                position.column += 1;
            }
        }
        position
    }

    /// The position in the whole file of a serde_json error in a text that starts here.
    pub(super) fn advanced_by(self, error: &serde_json::Error) -> Position {
        // serde_json gives column 0 for an error before a line's first character.
        let (line, column) = (error.line() as u64, (error.column() as u64).max(1));
        if line <= 1 {
            Position { line: self.line, column: self.column.saturating_sub(1).saturating_add(column) }
        } else {
            Position { line: self.line.saturating_add(line - 1), column }
        }
    }
}

/// Where each line of a text starts, to give the line of any offset in O(log n). `\n`, `\r\n`
/// and a lone `\r` each end a line, as spreadsheets on every platform write them.
pub(super) struct LineIndex {
    breaks: Vec<usize>,
}

impl LineIndex {
    pub(super) fn new(text: &str) -> Self {
        let bytes = text.as_bytes();
        let breaks = (0..bytes.len())
            .filter(|&i| bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')))
            .collect();
        LineIndex { breaks }
    }

    /// 1-based line of a byte offset.
    pub(super) fn line_of(&self, offset: usize) -> u64 {
        self.breaks.partition_point(|line_break| *line_break < offset) as u64 + 1
    }

    /// Line and column of a byte offset of `text` (the text this index was made from).
    pub(super) fn position_of(&self, text: &str, offset: usize) -> Position {
        let line = self.line_of(offset);
        let index = self.breaks.partition_point(|line_break| *line_break < offset);
        let start = index.checked_sub(1).and_then(|i| self.breaks.get(i)).map_or(0, |line_break| line_break + 1);
        let column = text.get(start..offset).map_or(0, |before| before.chars().count() as u64);
        Position { line, column: column + 1 }
    }
}
