//! `import sheet` and `import undo`: a spreadsheet's plan shown or carried out, and an
//! import's batch taken back.

use std::io::Write;

use cxo_review::app::{Band, DateOrder, PlanMatch, Session, SheetImport, SheetMapping as Mapping, SheetPlan as Plan};
use cxo_review::{Error, Result};

use super::args::{DirectoryCommand, ImportCommand, TableFormat};
use super::stdout_error;
use super::table::print_json;

pub fn import(session: &mut Session, what: ImportCommand, out: &mut impl Write) -> Result<()> {
    match what {
        ImportCommand::Sheet { file, sheet, mapping, meeting, dry_run, accept_review, day_first, month_first, save_mapping, format } => {
            let name = file.display().to_string();
            let bytes = std::fs::read(&file).map_err(|source| Error::Io { path: file.clone(), source })?;
            let mapping = match mapping {
                Some(path) => {
                    let text = std::fs::read_to_string(&path).map_err(|source| Error::Io { path: path.clone(), source })?;
                    let mapping: Mapping = serde_json::from_str(&text)
                        .map_err(|e| Error::invalid("mapping", format!("{}: {e}", path.display())))?;
                    Some(mapping)
                }
                None => None,
            };
            let date_order = match (day_first, month_first) {
                (true, _) => Some(DateOrder::DayFirst),
                (_, true) => Some(DateOrder::MonthFirst),
                _ => None,
            };
            let options = SheetImport { sheet, mapping, meeting, accept_review, date_order, ..SheetImport::default() };
            let plan = session.plan_sheet(&bytes, &name, &options)?;
            if let Some(path) = save_mapping {
                save(&plan, &options, &path)?;
            }
            if dry_run {
                match format {
                    TableFormat::Json => print_json(out, &plan)?,
                    _ => print_plan(&plan, &name, out, "would create", "would update")?,
                }
                // A plan with problems is said on stdout and its refusal on stderr, exit 2: what
                // the import itself would do.
                return plan.refusal(&name).map_or(Ok(()), Err);
            }
            let imported = session.import_sheet(&bytes, &name, &options)?;
            match format {
                TableFormat::Json => print_json(out, &imported),
                _ => {
                    print_plan(&imported.plan, &name, out, "created", "updated")?;
                    writeln!(out, "batch {} (to take it back: cxo-review import undo {})", imported.batch, imported.batch).map_err(stdout_error)
                }
            }
        }
        ImportCommand::Undo { batch } => {
            let undone = session.undo_batch(&batch)?;
            writeln!(out, "undid batch {}: {} record(s) deleted, {} put back as they were", undone.batch, undone.deleted, undone.restored)
                .map_err(stdout_error)
        }
    }
}

/// Writes the mapping the plan used (its columns and fields) to `path`.
fn save(plan: &Plan, options: &SheetImport, path: &std::path::Path) -> Result<()> {
    let mut mapping = options.mapping.clone().unwrap_or_default();
    mapping.columns = plan.columns.iter().filter_map(|c| c.field.map(|f| (c.header.clone(), f))).collect();
    mapping.header_row = Some(plan.header_row);
    if mapping.sheet.is_none() && !plan.source.sheet.is_empty() {
        mapping.sheet = Some(plan.source.sheet.clone());
    }
    let text = serde_json::to_string_pretty(&mapping).map_err(|e| Error::Internal(e.to_string()))?;
    std::fs::write(path, text + "\n").map_err(|source| Error::Io { path: path.to_path_buf(), source })
}

fn band(band: Band) -> &'static str {
    match band {
        Band::Auto => "auto",
        Band::Review => "review",
        Band::New => "new",
    }
}

fn print_matches(out: &mut impl Write, what: &str, lines: &[PlanMatch]) -> Result<()> {
    let count = |b: Band| lines.iter().filter(|l| l.band == b).count();
    writeln!(out, "{what}: {} — {} auto, {} to review, {} new", lines.len(), count(Band::Auto), count(Band::Review), count(Band::New))
        .map_err(stdout_error)?;
    for line in lines {
        let taken = match (&line.matched, line.band) {
            (Some(name), _) => format!("→ {name}"),
            (None, Band::New) => "→ new".to_string(),
            (None, _) => "→ new unless reviewed (--accept-review takes the best candidate)".to_string(),
        };
        writeln!(out, "  row {:<5} {:<7} {} {taken}", line.row, band(line.band), line.text).map_err(stdout_error)?;
        if line.band != Band::Auto {
            for c in &line.candidates {
                let differs = if c.differs.is_empty() { String::new() } else { format!(" ({})", c.differs) };
                writeln!(out, "              candidate {:.3} {}{differs}", c.score, c.name).map_err(stdout_error)?;
            }
        }
    }
    Ok(())
}

fn counts(map: &std::collections::BTreeMap<String, usize>) -> String {
    if map.is_empty() {
        return "nothing".into();
    }
    map.iter().map(|(kind, n)| format!("{n} {kind}")).collect::<Vec<_>>().join(", ")
}

fn print_plan(plan: &Plan, name: &str, out: &mut impl Write, created: &str, updated: &str) -> Result<()> {
    let sheet = if plan.source.sheet.is_empty() {
        format!("{} text, {}, delimiter \"{}\"", plan.source.format, plan.source.encoding, plan.source.delimiter)
    } else {
        format!("sheet \"{}\" of {} ({})", plan.source.sheet, plan.source.sheets.len(), plan.source.format)
    };
    writeln!(out, "{name}: {sheet}; headers on row {}; {} row(s)", plan.header_row, plan.rows).map_err(stdout_error)?;
    let read: Vec<String> = plan
        .columns
        .iter()
        .filter_map(|c| c.field.map(|f| format!("{} \"{}\" → {}", c.letter, c.header, serde_json::to_value(f).ok().and_then(|v| v.as_str().map(str::to_string)).unwrap_or_default())))
        .collect();
    let unread: Vec<String> = plan.columns.iter().filter(|c| c.field.is_none() && !c.header.is_empty()).map(|c| format!("{} \"{}\"", c.letter, c.header)).collect();
    writeln!(out, "columns: {}", read.join(", ")).map_err(stdout_error)?;
    if !unread.is_empty() {
        writeln!(out, "not read: {}", unread.join(", ")).map_err(stdout_error)?;
    }
    if let Some(order) = plan.date_order {
        writeln!(out, "dates written with numbers only: {}", if order == DateOrder::DayFirst { "day first" } else { "month first" })
            .map_err(stdout_error)?;
    }
    if let Some(meeting) = &plan.meeting {
        writeln!(out, "meeting: {meeting}").map_err(stdout_error)?;
    }
    print_matches(out, "organizations", &plan.organizations)?;
    print_matches(out, "people", &plan.people)?;
    writeln!(out, "{created}: {}; {updated}: {}", counts(&plan.create), counts(&plan.update)).map_err(stdout_error)?;
    if plan.problems.is_empty() {
        writeln!(out, "problems: none").map_err(stdout_error)
    } else {
        writeln!(out, "problems: {} (nothing is imported until they are solved)", plan.problems.len()).map_err(stdout_error)?;
        for p in &plan.problems {
            let at = if p.column.is_empty() { format!("row {}", p.row) } else { p.column.clone() };
            writeln!(out, "  {at}: {}", p.message).map_err(stdout_error)?;
        }
        Ok(())
    }
}

/// `directory duplicates` and `directory merge`.
pub fn directory(session: &mut Session, what: DirectoryCommand, out: &mut impl Write) -> Result<()> {
    match what {
        DirectoryCommand::Duplicates { kind, format } => {
            let pairs = session.directory_duplicates(kind)?;
            match format {
                TableFormat::Json => print_json(out, &pairs),
                TableFormat::Csv => {
                    let header: Vec<String> = ["name", "other", "score", "same", "differs"].iter().map(|h| h.to_string()).collect();
                    let rows: Vec<Vec<String>> = pairs
                        .iter()
                        .map(|p| vec![p.name.clone(), p.other.clone(), format!("{:.3}", p.score), p.same.to_string(), p.differs.clone()])
                        .collect();
                    cxo_review::app::write_csv_table(out, &header, &rows)
                }
                TableFormat::Text => {
                    if pairs.is_empty() {
                        return writeln!(out, "no likely duplicates among the {kind}").map_err(stdout_error);
                    }
                    for p in &pairs {
                        let same = if p.same { " (the same name once compared)" } else { "" };
                        writeln!(out, "{:.3}  {}  ~  {}{same}", p.score, p.name, p.other).map_err(stdout_error)?;
                        if !p.differs.is_empty() {
                            writeln!(out, "       {}", p.differs).map_err(stdout_error)?;
                        }
                    }
                    writeln!(out, "{} pair(s); merge one with: cxo-review directory merge --kind {kind} --keep NAME --absorb NAME", pairs.len())
                        .map_err(stdout_error)
                }
            }
        }
        DirectoryCommand::Merge { kind, keep, absorb } => {
            let merged = session.merge(kind, &keep, &absorb)?;
            writeln!(
                out,
                "merged \"{}\" into \"{}\": {} reference(s) moved; batch {} (to take it back: cxo-review import undo {})",
                merged.absorbed, merged.kept, merged.moved, merged.batch, merged.batch
            )
            .map_err(stdout_error)
        }
    }
}
