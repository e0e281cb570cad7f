//! How documents word counts and lists, shared by the drafted proposals and the summary.

/// "1 reviewer", "3 reviewers".
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}

/// The text with its first letter upper-case.
pub fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default()
}

/// "A", "A and B", "A, B and C".
pub fn join_and(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_and_lists_read_as_sentences() {
        assert_eq!((plural(1, "score"), plural(0, "score"), plural(3, "score")), ("1 score".into(), "0 scores".into(), "3 scores".into()));
        assert_eq!(capitalised("3 reviewers"), "3 reviewers");
        assert_eq!(capitalised("éa"), "Éa");
        let list = |items: &[&str]| join_and(&items.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!((list(&[]), list(&["A"]), list(&["A", "B"]), list(&["A", "B", "C"])), (String::new(), "A".into(), "A and B".into(), "A, B and C".into()));
    }
}
