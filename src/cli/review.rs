//! `review`: a cycle's results, drafted proposals, sign-off and the summary to TSAG.

use std::io::Write;

use cxo_review::app::Session;
use cxo_review::{Error, Result};

use super::args::{ListFormat, ReviewCommand};
use super::stdout_error;
use super::table::{print_json, print_list, print_table};

pub fn review(session: &mut Session, command: ReviewCommand, out: &mut impl Write) -> Result<()> {
    match command {
        ReviewCommand::List { format } => {
            let cycles = session.cycles()?;
            print_list(
                out,
                format,
                &cycles,
                &["ID", "NAME", "PERIOD", "OBJECTIVES", "REVIEWERS", "STATUS"],
                |c| {
                    vec![
                        c.id.to_string(),
                        c.name.clone(),
                        format!("{} – {}", c.period_from, c.period_to),
                        c.objectives.to_string(),
                        c.reviewers.to_string(),
                        c.status.clone(),
                    ]
                },
                None,
            )?;
        }
        ReviewCommand::Show { cycle, format } => {
            let review = session.cycle_review(session.cycle(&cycle)?.id)?;
            let summary = &review.summary;
            // A signed-off cycle changed outside the product is shown (to see what changed), under
            // a warning, and the command fails.
            if let (Some(error), ListFormat::Text) = (&review.tampered, format) {
                writeln!(out, "WARNING: {error}\n").map_err(stdout_error)?;
            }
            match format {
                ListFormat::Json => print_json(out, summary)?,
                ListFormat::Text => {
                    writeln!(out, "{} ({}), {}\n", summary.cycle.name, summary.cycle.status, summary.period_text())
                        .map_err(stdout_error)?;
                    // On a team database a reviewer sees only their own scores until sign-off.
                    let reviewer = session.team_user()?.filter(|u| u.role == Some(cxo_review::model::TeamRole::Reviewer));
                    if let (Some(user), false) = (reviewer, summary.cycle.status == cxo_review::model::CycleStatus::SignedOff) {
                        writeln!(
                            out,
                            "As a reviewer, {} sees only their own scores until the cycle is signed off.\n",
                            user.login
                        )
                        .map_err(stdout_error)?;
                    }
                    let rows: Vec<Vec<String>> = summary
                        .by_disagreement()
                        .iter()
                        .map(|o| {
                            vec![
                                o.code.clone(),
                                o.title.clone(),
                                o.scores.iter().map(|s| s.level.to_string()).collect::<Vec<_>>().join(" "),
                                o.median.map(|m| format!("{m:.1}")).unwrap_or_else(|| "-".into()),
                                o.spread.map(|s| s.to_string()).unwrap_or_else(|| "-".into()),
                                if o.disagreement { "yes".into() } else { String::new() },
                                o.status.label().to_string(),
                            ]
                        })
                        .collect();
                    print_table(out, &["CODE", "OBJECTIVE", "SCORES", "MEDIAN", "SPREAD", "DISAGREE", "STATUS"], &rows)?;
                    let alpha = |a: Option<f64>| a.map(|a| format!("{a:.3}")).unwrap_or_else(|| "n/a".into());
                    writeln!(
                        out,
                        "\nKrippendorff's alpha: ordinal {}, interval {}, nominal {} ({} objective(s) with two or more scores)",
                        alpha(summary.agreement.ordinal),
                        alpha(summary.agreement.interval),
                        alpha(summary.agreement.nominal),
                        summary.agreement.pairable_units
                    )
                    .map_err(stdout_error)?;
                }
            }
            if let Some(error) = review.tampered {
                return Err(error);
            }
        }
        ReviewCommand::Draft { cycle } => {
            let report = session.draft(session.cycle(&cycle)?.id)?;
            let list = |codes: &[String]| if codes.is_empty() { "none".to_string() } else { codes.join(", ") };
            writeln!(out, "drafted: {}", list(&report.drafted)).map_err(stdout_error)?;
            writeln!(out, "redrafted: {}", list(&report.redrafted)).map_err(stdout_error)?;
            writeln!(out, "kept as edited: {}", list(&report.kept)).map_err(stdout_error)?;
        }
        ReviewCommand::SignOff { cycle } => {
            let id = session.cycle(&cycle)?.id;
            // What the cycle lacks is said (on standard error, so that scripts reading the digest
            // are unchanged) before it is frozen; it does not prevent the sign-off.
            let completeness = session.sign_off_completeness(id)?;
            for gap in &completeness.below_quorum {
                eprintln!(
                    "warning: {} has {} of the {} scores its quorum asks for: it will show insufficient evidence",
                    gap.objective, gap.scores, gap.quorum
                );
            }
            for gap in &completeness.missing {
                eprintln!("warning: {} has not scored {}", gap.reviewer, gap.objectives.join(", "));
            }
            let digest = session.sign_off(id, chrono::Utc::now())?;
            writeln!(out, "signed off; digest {digest}").map_err(stdout_error)?;
        }
        ReviewCommand::Summary {
            cycle,
            format,
            out: path,
            include_confidential,
            td_number,
            place_and_date,
            source,
            contact_name,
            contact_organization,
            contact_country,
            contact_tel,
            contact_email,
            language,
        } => {
            let cycle = session.cycle(&cycle)?;
            // The cycle's stored header block, with what the flags change; a change is saved
            // first, so that the next export (and the app) says the same.
            let stored = session.document_options(cycle.id)?;
            let mut options = stored.clone();
            let given = [
                (&mut options.td_number, td_number),
                (&mut options.place_and_date, place_and_date),
                (&mut options.source, source),
                (&mut options.contact.name, contact_name),
                (&mut options.contact.organization, contact_organization),
                (&mut options.contact.country, contact_country),
                (&mut options.contact.tel, contact_tel),
                (&mut options.contact.email, contact_email),
            ];
            for (field, value) in given {
                if let Some(value) = value {
                    *field = value;
                }
            }
            if options != stored {
                session.set_document_options(cycle.id, &options)?;
                options = session.document_options(cycle.id)?;
            }
            session.export_summary(cycle.id, format, include_confidential, &options, language, &path)?;
            writeln!(out, "wrote the summary of \"{}\" to {}", cycle.data.name, path.display()).map_err(stdout_error)?;
        }
        ReviewCommand::Verify { file } => {
            let differences = session.verify_summary(&Session::read_text(&file)?, &file.display().to_string())?;
            if differences.is_empty() {
                writeln!(out, "ok: {} matches the database", file.display()).map_err(stdout_error)?;
            } else {
                for d in &differences {
                    writeln!(out, "{}: file {} / database {}", d.path, d.in_file, d.in_database).map_err(stdout_error)?;
                }
                return Err(Error::Discrepancies(cxo_review::msg!("discrepancies-summary-differences",
                    count = differences.len(),
                    file = file.display().to_string()
                )));
            }
        }
        ReviewCommand::Package { what } => super::packages::rapporteurs(session, what, out)?,
    }
    Ok(())
}
