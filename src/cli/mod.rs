//! The command groups of `cxo-review`. Each turns one group's commands into calls on the
//! core's [`Session`](cxo_review::app::Session) and prints the results; none touches storage.

pub mod analysis;
pub mod args;
pub mod database;
pub mod files;
pub mod history;
pub mod packages;
pub mod records;
pub mod sheets;
pub mod review;
pub mod table;
pub mod team;
pub mod trash;

use cxo_review::Error;

/// A failed write to standard output. Named so that `main` can tell a reader that stopped
/// early (`| head`, a broken pipe) from a real failure.
pub fn stdout_error(error: std::io::Error) -> Error {
    Error::io("standard output", error)
}

/// `text` from a file or a record, as it may be printed on a terminal: control characters
/// (escape sequences, carriage returns, line breaks) are written out as `\u{..}`, so that a
/// crafted file cannot draw lines of its own or hide ours.
pub fn shown(text: &str) -> String {
    escaped(text, false)
}

/// An error's message as printed: the same, keeping the line breaks the message itself is
/// made of.
pub fn shown_lines(text: &str) -> String {
    escaped(text, true)
}

fn escaped(text: &str, keep_lines: bool) -> String {
    text.chars()
        .map(|c| if c.is_control() && !(keep_lines && c == '\n') { c.escape_unicode().to_string() } else { c.to_string() })
        .collect()
}

#[cfg(test)]
mod tests {
    #[test]
    fn control_characters_are_written_out() {
        assert_eq!(super::shown("O1\x1b[2K\r  O2: applied\n"), "O1\\u{1b}[2K\\u{d}  O2: applied\\u{a}");
        assert_eq!(super::shown_lines("line 1\nline\x07 2"), "line 1\nline\\u{7} 2");
        assert_eq!(super::shown("Ñandú — ok"), "Ñandú — ok");
    }
}
