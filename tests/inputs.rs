//! Hostile and malformed inputs given to the `cxo-review` command as a process: files that are
//! not what they claim, headers that cannot be trusted, counts no meeting ever had, and user
//! text that would turn into live links or formulas in the documents the tool writes.

mod common;

use common::Workspace;

// ---------------------------------------------------------------------------------------------
// Encodings and syntax

/// A whole-database document whose fourth line holds a Latin-1 "é".
fn latin1_document() -> (Vec<u8>, usize) {
    let before = "  \"organizations\": [{\"name\": \"Caf";
    let mut bytes = b"{\n  \"format\": \"cxo-review\",\n  \"version\": 1,\n".to_vec();
    bytes.extend_from_slice(before.as_bytes());
    bytes.push(0xe9);
    bytes.extend_from_slice(b" SA\", \"category\": \"academia\", \"country\": \"CH\"}]\n}\n");
    (bytes, before.chars().count() + 1)
}

#[test]
fn non_utf8_bytes_are_invalid_input_naming_their_line_and_column_in_every_import() {
    let ws = Workspace::new();
    let (bytes, column) = latin1_document();
    let out = ws.import("all", "all.json", &bytes).invalid();
    assert!(out.stderr.contains("line 4"), "{}", out.stderr);
    assert!(out.stderr.contains(&format!("column {column}")), "{}", out.stderr);
    assert!(out.stderr.contains("UTF-8"), "{}", out.stderr);

    let records = &bytes[bytes.iter().position(|b| *b == b'[').unwrap()..bytes.iter().rposition(|b| *b == b']').unwrap() + 1];
    let out = ws.import("organizations", "orgs.json", records).invalid();
    assert!(out.stderr.contains("line 1") && out.stderr.contains("UTF-8"), "{}", out.stderr);

    let csv = b"name,category,country\nGood,academia,CH\nCaf\xe9 SA,academia,CH\n";
    let out = ws.import("organizations", "orgs.csv", csv).invalid();
    assert!(out.stderr.contains("line 3") && out.stderr.contains("column 4"), "{}", out.stderr);
    assert_eq!(ws.organizations(), 0);
}

#[test]
fn json_syntax_errors_name_line_and_column() {
    let ws = Workspace::new();
    let out = ws.import("organizations", "broken.json", "[{\"name\": \"A\",\n  oops ]").invalid();
    assert!(out.stderr.contains("line 2") && out.stderr.contains("column 3"), "{}", out.stderr);

    let out = ws.import("all", "broken-all.json", "{\n  \"format\": \"cxo-review\",\n  \"version\": 1,,\n}").invalid();
    assert!(out.stderr.contains("line 3") && out.stderr.contains("column 16"), "{}", out.stderr);
}

// ---------------------------------------------------------------------------------------------
// Files without records, and headers that cannot be trusted

#[test]
fn empty_files_are_refused() {
    let ws = Workspace::new();
    for (name, content) in [("empty.csv", ""), ("blank.csv", "  \n\n \r\n"), ("empty.json", ""), ("blank.json", " \n ")] {
        let out = ws.import("organizations", name, content).invalid();
        assert!(out.stderr.contains(&format!("{name} is empty")), "{name}: {}", out.stderr);
    }
    let out = ws.import("all", "empty-all.json", "\n").invalid();
    assert!(out.stderr.contains("empty-all.json is empty"), "{}", out.stderr);
}

#[test]
fn a_header_of_unknown_columns_is_refused_listing_the_expected_ones() {
    let ws = Workspace::new();
    let out = ws.import("organizations", "typo.csv", "nmae,category,land\n").invalid();
    assert!(out.stderr.contains("line 1"), "{}", out.stderr);
    assert!(out.stderr.contains("unknown column(s) \"nmae\", \"land\""), "{}", out.stderr);
    assert!(out.stderr.contains("expected columns: name*, category*, country"), "{}", out.stderr);

    let out = ws.import("organizations", "typo-rows.csv", "nmae,category,country\nA,academia,CH\n").invalid();
    assert!(out.stderr.contains("unknown column(s) \"nmae\""), "{}", out.stderr);
    assert!(!out.stderr.contains("line 2"), "a header problem is reported once, on the header: {}", out.stderr);
    assert_eq!(ws.organizations(), 0);
}

#[test]
fn a_header_without_the_required_columns_is_refused() {
    let ws = Workspace::new();
    let out = ws.import("organizations", "no-required.csv", "country\nCH\nUS\n").invalid();
    assert!(out.stderr.contains("line 1: missing fields `name`, `category`"), "{}", out.stderr);
    assert!(!out.stderr.contains("line 2"), "{}", out.stderr);
    assert_eq!(ws.organizations(), 0);
}

#[test]
fn a_json_document_saved_as_csv_is_refused() {
    let ws = Workspace::new();
    let json = "[\n  {\"name\": \"A\", \"category\": \"academia\", \"country\": \"CH\"}\n]\n";
    let out = ws.import("organizations", "orgs.csv", json).invalid();
    assert!(out.stderr.contains("looks like JSON"), "{}", out.stderr);
    assert_eq!(ws.organizations(), 0);
}

#[test]
fn a_header_without_rows_is_refused() {
    let ws = Workspace::new();
    let out = ws.import("organizations", "header.csv", "name,category,country\n").invalid();
    assert!(out.stderr.contains("header.csv has a header but no rows"), "{}", out.stderr);
    let out = ws.import("organizations", "none.json", "[ ]").invalid();
    assert!(out.stderr.contains("none.json holds no records"), "{}", out.stderr);
}

#[test]
fn a_duplicated_header_column_is_reported_once_on_the_header() {
    let ws = Workspace::new();
    let csv = "name,name,category,country\nA,A2,academia,CH\nB,B2,academia,CH\nC,C2,academia,CH\n";
    let out = ws.import("organizations", "twice.csv", csv).invalid();
    assert!(out.stderr.contains("line 1, column name: appears 2 times in the header"), "{}", out.stderr);
    assert_eq!(out.stderr.matches("column name").count(), 1, "{}", out.stderr);
    assert!(!out.stderr.contains("line 2") && !out.stderr.contains("line 4"), "{}", out.stderr);
    assert_eq!(ws.organizations(), 0);
}

#[test]
fn old_mac_line_endings_give_the_right_lines() {
    let ws = Workspace::new();
    let csv = "name,category,country\rGood,academia,CH\rBad One,academia,ZZ\rAlso good,academia,US\rBad Two,academia,ZZ\r";
    let out = ws.import("organizations", "mac.csv", csv).invalid();
    assert!(out.stderr.contains("2 bad row(s)"), "{}", out.stderr);
    assert!(out.stderr.contains("line 3, column country") && out.stderr.contains("line 5, column country"), "{}", out.stderr);
    assert!(!out.stderr.contains("line 1"), "{}", out.stderr);

    let json = "[\r  {\"name\": \"A\", \"category\": \"academia\", \"country\": \"CH\"},\r  {\"name\": \"B\", \"category\": \"academia\", \"country\": \"ZZ\"}\r]";
    let out = ws.import("organizations", "mac.json", json).invalid();
    assert!(out.stderr.contains("line 3, column country"), "{}", out.stderr);
}

#[test]
fn many_bad_rows_are_counted_exactly_and_the_listing_is_capped() {
    let ws = Workspace::new();
    let mut csv = String::from("name,category,country\n");
    for n in 0..250 {
        csv.push_str(&format!("Bad Org {n},sector_member,ZZ\n"));
    }
    let out = ws.import("organizations", "bad.csv", &csv).invalid();
    assert!(out.stderr.contains("bad.csv: 250 bad row(s), nothing was imported"), "{}", &out.stderr[..300]);
    assert!(out.stderr.contains("\n… and 50 more bad row(s) not listed"), "{}", out.stderr);
    assert!(!out.stderr.contains("line 0"), "{}", out.stderr);
    assert_eq!(out.stderr.lines().filter(|l| l.starts_with("line ")).count(), 200, "{}", out.stderr);
    assert!(out.stderr.contains("line 201,") && !out.stderr.contains("line 202,"), "the first 200 rows are listed");
}

// ---------------------------------------------------------------------------------------------
// Documents written from user text

#[test]
fn csv_exports_neutralise_cells_a_spreadsheet_would_evaluate() {
    let ws = Workspace::new();
    ws.import("organizations", "orgs.csv", "name,category,country\nITU/TSB,secretariat,\n").success();
    let meetings = "key,kind,title,start_date,end_date,venue,status,report_ref,attendance_mode
M-1,workshop,One,2024-07-01,2024-07-01,Geneva,held,-inf,counts
M-2,workshop,Two,2024-07-02,2024-07-02,Geneva,held,+NaN,counts
M-3,workshop,Three,2024-07-03,2024-07-03,Geneva,held,-infinity,counts
M-4,workshop,Four,2024-07-04,2024-07-04,Geneva,held,-3,counts
";
    ws.import("meetings", "meetings.csv", meetings).success();
    let csv = ws.run(&["stats", "--format", "csv"]).success().stdout;
    assert!(csv.contains("Meeting report,'-inf,'+NaN,'-infinity,-3\n"), "{csv}");
}

#[test]
fn markdown_summary_leaves_no_live_link_or_html_from_user_text() {
    let ws = Workspace::demo();
    let link = "[x](javascript:alert(1))";
    let objectives = format!(
        "code,title,description\nO9,Objective {link},<script>alert(1)</script> and ![pic](http://example.org/p.png) <http://example.org>\n"
    );
    ws.import("objectives", "objectives.csv", &objectives).success();
    let cycles = "name,period_from,period_to,quorum,objectives,reviewers\nHostile,2023-01-01,2025-12-31,1,O9,Rapporteur (example)\n";
    ws.import("cycles", "cycles.csv", cycles).success();
    let improvements = format!(
        r#"[{{"cycle": "Hostile", "objective": "O9", "title": "Proposal {link}",
            "body": "Paragraph <script>alert(2)</script> with {link}", "invitation": "TSAG is invited to {link}"}}]"#
    );
    ws.import("improvements", "improvements.json", &improvements).success();
    let out = ws.path("summary.md");
    ws.run(&["review", "summary", "--cycle", "Hostile", "--format", "md", "--out", out.to_str().unwrap()]).success();
    let md = std::fs::read_to_string(out).unwrap();
    assert!(md.contains("javascript:alert"), "the text is kept: {md}");
    assert!(!has_live_link(&md), "a live link or image: {md}");
    assert!(!md.contains("<script") && !md.contains("<http"), "live HTML or autolink: {md}");
    assert!(md.contains(r"### O9 Objective \[x\](javascript:alert(1))"), "{md}");
    assert!(md.contains(r"### 3.1 Proposal \[x\](javascript:alert(1))"), "{md}");
    assert!(md.contains(r"&lt;script&gt;alert(1)&lt;/script&gt; and \!\[pic\](http\://example.org/p.png)"), "{md}");
}

/// What hostile text tries to make of a Markdown summary: links, images, HTML, CommonMark's
/// and GitHub's autolinks, code, blocks of its own, GitHub's extensions.
const MARKDOWN_PAYLOADS: &[&str] = &[
    "[x](javascript:alert(1))",
    "![pic](http://example.org/p.png)",
    "<http://example.org>",
    "<a href=\"http://example.org\">a</a>",
    "<script>alert(1)</script>",
    "<!-- hidden -->",
    "&#106;avascript:alert(1) &amp; &lt;b&gt;",
    "http://example.org/path?q=1",
    "see https://example.org.",
    "ftp://example.org/file",
    "www.example.org",
    "WWW.EXAMPLE.ORG/page",
    "(www.example.org)",
    "*www.example.org*",
    "ann@example.org",
    "mailto:ann@example.org",
    "xmpp:ann@example.org/home",
    "    four spaces make code",
    "\tso does a tab",
    "```\nfenced\n```",
    "~~~\nfenced\n~~~",
    "`a code span`",
    "[ref]: http://example.org\n\n[ref]",
    "> a block quote",
    "- a list",
    "1. a numbered list",
    "# a heading",
    "A setext heading\n===",
    "---",
    "| a | b |\n|---|---|\n| 1 | 2 |",
    "~~struck~~ ~one~",
    "a footnote[^1]\n\n[^1]: the note",
    "- [ ] a task",
    "*em* __strong__ _also_",
    "two spaces  \nmake a break",
];

/// The elements of `html`'s tags, counted: `<p>` → "p".
fn elements(html: &str) -> std::collections::BTreeMap<String, usize> {
    let mut counts = std::collections::BTreeMap::new();
    for tag in html.split('<').skip(1) {
        let name: String = tag.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '!' || *c == '/').collect();
        *counts.entry(name).or_default() += 1;
    }
    counts
}

#[test]
fn markdown_payloads_render_as_plain_text_under_commonmark_and_github() {
    let ws = Workspace::demo();
    ws.import("objectives", "objectives.csv", "code,title,description\nO9,Objective,Plain\n").success();
    let cycles = "name,period_from,period_to,quorum,objectives,reviewers
Hostile,2023-01-01,2025-12-31,1,O9,Rapporteur (example)
Plain,2023-01-01,2025-12-31,1,O9,Rapporteur (example)
";
    ws.import("cycles", "cycles.csv", cycles).success();
    // Each payload as a proposal's title (where it is one line), body and invitation; the
    // plain cycle holds as many proposals of plain words, with as many paragraphs.
    let mut improvements = Vec::new();
    for (n, payload) in MARKDOWN_PAYLOADS.iter().enumerate() {
        let title = if payload.contains(['\n', '\t']) { format!("Proposal {n}") } else { format!("Proposal {n} {payload}") };
        improvements.push(serde_json::json!({"cycle": "Hostile", "objective": "O9", "title": title,
            "body": payload, "invitation": format!("TSAG is invited to {payload}")}));
        improvements.push(serde_json::json!({"cycle": "Plain", "objective": "O9", "title": format!("Proposal {n} plain"),
            "body": payload.split("\n\n").map(|_| format!("plain words {n}")).collect::<Vec<_>>().join("\n\n"), "invitation": format!("TSAG is invited to plain words {n}")}));
    }
    ws.import("improvements", "improvements.json", serde_json::to_string(&improvements).unwrap()).success();
    let summary = |cycle: &str| {
        let out = ws.path(&format!("{cycle}.md"));
        ws.run(&["review", "summary", "--cycle", cycle, "--format", "md", "--out", out.to_str().unwrap()]).success();
        std::fs::read_to_string(out).unwrap()
    };
    let (hostile, plain) = (summary("Hostile"), summary("Plain"));

    let mut github = comrak::Options::default();
    github.extension.autolink = true;
    github.extension.table = true;
    github.extension.strikethrough = true;
    github.extension.tasklist = true;
    github.extension.footnotes = true;
    for (renderer, options) in [("CommonMark", comrak::Options::default()), ("GitHub", github)] {
        let (hostile_html, plain_html) =
            (comrak::markdown_to_html(&hostile, &options), comrak::markdown_to_html(&plain, &options));
        // The same elements, as many of each: the payloads added none (no link, image, code,
        // HTML, list, quote, heading, table, footnote or task of their own).
        assert_eq!(elements(&hostile_html), elements(&plain_html), "{renderer}:\n{hostile_html}");
        for made in ["<a ", "<img", "<code", "<pre", "<script", "<blockquote", "<del", "<input", "<sup", "raw HTML"] {
            assert!(!hostile_html.contains(made), "{renderer} made {made}:\n{hostile_html}");
        }
        // The text reads as typed.
        for typed in ["http://example.org/path?q=1", "www.example.org", "[x](javascript:alert(1))", "~~struck~~", "- [ ] a task"] {
            assert!(hostile_html.contains(typed), "{renderer} lost \"{typed}\":\n{hostile_html}");
        }
        assert!(hostile_html.contains("ann\u{2060}@example.org"), "{renderer}: the address reads as typed");
        assert!(hostile_html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "{renderer}:\n{hostile_html}");
    }
}

/// Whether Markdown has a `](` whose `]` is not escaped (preceded by an odd number of
/// backslashes): the middle of a link or an image.
fn has_live_link(md: &str) -> bool {
    md.match_indices("](").any(|(at, _)| md[..at].chars().rev().take_while(|c| *c == '\\').count() % 2 == 0)
}

// ---------------------------------------------------------------------------------------------
// Counts no meeting ever had

#[test]
fn huge_stored_counts_give_a_clear_error_instead_of_a_panic() {
    let ws = Workspace::demo();
    ws.execute(
        "UPDATE attendance_count SET participants = 9223372036854775807, executives = 9223372036854775807;
         UPDATE meeting_tally SET participants = 9223372036854775807;
         UPDATE meeting SET documents = 9223372036854775807;",
    );
    for args in [
        &["stats"][..],
        &["stats", "--format", "csv"],
        &["metrics"],
        &["metrics", "--from", "2023-01-01", "--to", "2025-12-31"],
        &["review", "show", "--cycle", "1"],
        &["review", "summary", "--cycle", "1", "--format", "md", "--out", ws.path("s.md").to_str().unwrap()],
        &["meetings", "list"],
    ] {
        let out = ws.run(args).no_panic().invalid();
        assert!(out.stderr.contains("add up to more than"), "{args:?}: {}", out.stderr);
        assert!(out.stderr.contains("RGIEM-2023-01") || out.stderr.contains("CTO-2023-10"), "names the meeting: {}", out.stderr);
    }
}

#[test]
fn counts_beyond_any_meeting_are_refused_on_entry() {
    let ws = Workspace::new();
    let meetings = "key,kind,title,start_date,end_date,venue,status,documents,attendance_mode
M-1,workshop,One,2024-07-01,2024-07-01,Geneva,held,9223372036854775807,counts
";
    let out = ws.import("meetings", "meetings.csv", meetings).invalid();
    assert!(out.stderr.contains("line 2, column documents: is implausibly large"), "{}", out.stderr);
    let out = ws.import("meetings", "meetings.csv", meetings.replace("9223372036854775807", "99999999999999999999")).invalid();
    assert!(out.stderr.contains("line 2, column documents"), "{}", out.stderr);
}

#[test]
fn a_row_that_runs_on_for_megabytes_is_refused_at_its_line_before_it_is_read() {
    let ws = Workspace::new();
    let huge = "x".repeat(5 << 20);
    let csv = format!("name,category,country\nGood,academia,CH\n\"{huge}\",academia,CH\nAlso good,academia,US\n");
    let out = ws.import("organizations", "huge.csv", &csv).invalid();
    assert!(out.stderr.contains("line 3: this row runs on for more than 4 MiB"), "{}", &out.stderr[..out.stderr.len().min(400)]);
    // A quote left open: the rest of the file is one row.
    let open = format!("name,category,country\n\"Open,academia,CH\n{}", "Org,academia,CH\n".repeat(400_000));
    let out = ws.import("organizations", "open.csv", &open).invalid();
    assert!(out.stderr.contains("line 2: this row runs on") && out.stderr.contains("a quote left open?"), "{}", out.stderr);
    assert_eq!(ws.organizations(), 0, "nothing was imported");
}

#[test]
fn names_refuse_control_characters_and_stray_byte_order_marks() {
    let ws = Workspace::new();
    for (name, shown) in [("Nul\u{0}Org", "U+0000"), ("Tab\u{b}Org", "U+000B"), ("Feed\u{c}Org", "U+000C"), ("Mid\u{feff}Bom", "U+FEFF")] {
        let csv = format!("name,category,country\n{name},academia,CH\n");
        let out = ws.import("organizations", "names.csv", &csv).invalid();
        assert!(out.stderr.contains(&format!("line 2, column name: holds the control character {shown}")), "{}", out.stderr);
    }
    // A byte-order mark at the start of the file is the file's, not the name's.
    ws.import("organizations", "bom.csv", "\u{feff}name,category,country\nFine Org,academia,CH\n").success();
    assert_eq!(ws.organizations(), 1);
}
