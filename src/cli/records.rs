//! `meetings` and `contributions`: the lists of TSB staff's daily work.

use std::io::Write;

use cxo_review::app::Session;
use cxo_review::app::MeetingQuery;
use cxo_review::Result;

use super::args::{ContributionsCommand, MeetingsCommand};
use super::table::print_list;

pub fn meetings(session: &Session, command: MeetingsCommand, out: &mut impl Write) -> Result<()> {
    let MeetingsCommand::List { search, format } = command;
    let meetings = session.meetings(&MeetingQuery { search, ..MeetingQuery::default() })?;
    print_list(
        out,
        format,
        &meetings,
        &["KEY", "START", "KIND", "TITLE", "VENUE", "PARTICIPANTS", "STATUS"],
        |m| {
            vec![
                m.key.clone(),
                m.start_date.to_string(),
                m.kind.label().to_string(),
                m.title.clone(),
                m.venue.clone(),
                m.participants.to_string(),
                m.status.to_string(),
            ]
        },
        Some(format!("{} meeting(s)", meetings.len())),
    )
}

pub fn contributions(session: &Session, command: ContributionsCommand, out: &mut impl Write) -> Result<()> {
    let ContributionsCommand::List { format } = command;
    let contributions = session.contributions(None, None, None)?;
    print_list(
        out,
        format,
        &contributions,
        &["SYMBOL", "DATE", "TITLE", "SOURCES", "AGREED", ""],
        |c| {
            vec![
                c.symbol.clone(),
                c.date.to_string(),
                c.title.clone(),
                c.sources.clone(),
                format!("{}/{}", c.agreed, c.proposals),
                if c.is_base_document { "base document".into() } else { String::new() },
            ]
        },
        Some(format!("{} contribution(s)", contributions.len())),
    )
}
