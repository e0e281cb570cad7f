//! The use cases of a review, on a fixture whose figures were computed by hand: the core as
//! the faces see it, through [`Session`].

use super::*;
use crate::model::*;
use crate::review::{draft_for, is_disagreement, status_of, ObjectiveStatus, SentenceSource, SummaryDocument, SummaryOptions};
use crate::testing::{date, meeting, organization, person, store_with_organizations};
use crate::Error;

type Store = Session;

fn summarize(session: &Session, cycle: i64, options: SummaryOptions) -> Result<crate::review::CycleSummary> {
    session.cycle_summary(cycle, options)
}

fn edit_improvement(session: &mut Session, id: i64, improvement: Improvement) -> Result<()> {
    session.update_record(Kind::Improvements, id, serde_json::to_value(improvement).unwrap())
}

fn attend(store: &mut Store, meeting: &str, name: &str, org: &str, status: AttendanceStatus, executive: bool) {
    if store.list::<Person>().unwrap().iter().all(|p| p.data.name != name) {
        store.create(&person(name, org)).unwrap();
    }
    store.create(&Attendance { meeting: meeting.into(), person: name.into(), status, executive }).unwrap();
}

fn action(store: &mut Store, meeting: &str, text: &str, due: Option<&str>, status: ActionStatus, closed: Option<&str>) {
    store
        .create(&Action {
            meeting: meeting.into(),
            text: text.into(),
            owner: "TSB".into(),
            due_date: due.map(date),
            status,
            closed_date: closed.map(date),
        })
        .unwrap();
}

fn count(store: &mut Store, meeting: &str, region: Region, participants: i64, executives: i64) {
    store.create(&AttendanceCount { meeting: meeting.into(), region, participants, executives }).unwrap();
}

fn objective(code: &str, title: &str, indicators: &[&str], action_plan: &[&str]) -> Objective {
    Objective {
        code: code.into(),
        title: title.into(),
        description: format!("{title}, as the process intends."),
        source: "Resolution 68 (practice)".into(),
        indicators: indicators.iter().map(|i| i.parse().unwrap()).collect(),
        rubric: vec![],
        action_plan: action_plan.iter().map(|c| c.to_string()).collect(),
    }
}

fn score(store: &mut Store, reviewer: &str, objective: &str, level: i64, rationale: &str) {
    store
        .create(&Score {
            cycle: "Review 2024".into(),
            reviewer: reviewer.into(),
            objective: objective.into(),
            level,
            rationale: rationale.into(),
            evidence: vec!["meeting:CTO-A".parse().unwrap()],
            source_package: None,
            returned_at: None,
            reviewer_key: None,
        })
        .unwrap();
}

/// Two executive meetings in 2024 (one roster, one counts), an RG-IEM meeting that metrics
/// ignore, a 2023 meeting that makes one organization a returning one, actions, contributions,
/// and a cycle of four objectives scored by three reviewers.
fn fixture() -> (Store, i64) {
    let mut store = Session::on(store_with_organizations());
    store.create(&organization("Uni EG", Category::Academia, Some("EG"))).unwrap();

    let mut earlier = meeting("CTO-2023", "2023-06-01", AttendanceMode::Roster);
    earlier.kind = MeetingKind::CtoMeeting;
    store.create(&earlier).unwrap();
    attend(&mut store, "CTO-2023", "Usha US", "Org US", AttendanceStatus::Attended, true);
    action(&mut store, "CTO-2023", "Old action", Some("2023-12-01"), ActionStatus::Open, None);

    let mut a = meeting("CTO-A", "2024-03-05", AttendanceMode::Roster);
    a.communique_date = Some(date("2024-03-15"));
    store.create(&a).unwrap();
    attend(&mut store, "CTO-A", "Kofi KE", "Org KE", AttendanceStatus::Attended, true);
    attend(&mut store, "CTO-A", "Kim KE", "Org KE", AttendanceStatus::Attended, false);
    attend(&mut store, "CTO-A", "Usha US", "Org US", AttendanceStatus::Attended, true);
    attend(&mut store, "CTO-A", "Uma US", "Org US", AttendanceStatus::Attended, true);
    attend(&mut store, "CTO-A", "Ulf US", "Org US", AttendanceStatus::Attended, false);
    attend(&mut store, "CTO-A", "Chen CN", "Org CN", AttendanceStatus::Attended, false);
    attend(&mut store, "CTO-A", "Tariq TSB", "ITU/TSB", AttendanceStatus::Attended, false);
    attend(&mut store, "CTO-A", "Tina TSB", "ITU/TSB", AttendanceStatus::Attended, false);
    attend(&mut store, "CTO-A", "Elif EG", "Org EG", AttendanceStatus::Registered, false);
    for (rank, topic) in ["AI", "Quantum-safe security", "Digital twins"].iter().enumerate() {
        store.create(&Priority { meeting: "CTO-A".into(), rank: rank as i64 + 1, topic: topic.to_string() }).unwrap();
    }
    action(&mut store, "CTO-A", "Done in 20 days", Some("2024-04-01"), ActionStatus::Done, Some("2024-03-25"));
    action(&mut store, "CTO-A", "Overdue", Some("2024-06-01"), ActionStatus::Open, None);
    action(&mut store, "CTO-A", "Dropped", Some("2024-05-01"), ActionStatus::Dropped, Some("2024-04-01"));

    let mut b = meeting("RT-B", "2024-09-10", AttendanceMode::Counts);
    b.kind = MeetingKind::CxoRoundtable;
    b.end_date = date("2024-09-11");
    b.communique_date = Some(date("2024-09-21"));
    store.create(&b).unwrap();
    for (region, n, execs) in [
        (Region::Africa, 1, 1),
        (Region::Americas, 2, 1),
        (Region::ArabStates, 2, 1),
        (Region::AsiaPacific, 3, 1),
        (Region::Cis, 1, 0),
        (Region::Europe, 4, 1),
        (Region::Tsb, 3, 0),
    ] {
        count(&mut store, "RT-B", region, n, execs);
    }
    for rank in 1..=5 {
        store.create(&Priority { meeting: "RT-B".into(), rank, topic: format!("Topic {rank}") }).unwrap();
    }
    action(&mut store, "RT-B", "Done in 30 days", Some("2024-10-30"), ActionStatus::Done, Some("2024-10-11"));
    action(&mut store, "RT-B", "Not yet due", Some("2025-01-31"), ActionStatus::InProgress, None);

    let mut rg = meeting("RG-C", "2024-05-01", AttendanceMode::Counts);
    rg.kind = MeetingKind::RgIem;
    store.create(&rg).unwrap();
    count(&mut store, "RG-C", Region::Europe, 40, 0);

    let contribution = |symbol: &str, day: &str, sources: &[&str], base: bool| Contribution {
        symbol: symbol.into(),
        title: format!("Contribution {symbol}"),
        date: date(day),
        considered_at: String::new(),
        is_base_document: base,
        reproduced_in: String::new(),
        sources: sources.iter().map(|s| s.to_string()).collect(),
    };
    store.create(&contribution("WTSA-20 C103", "2024-01-15", &["Org CH"], true)).unwrap();
    store.create(&contribution("TSAG-C1", "2024-02-01", &["Org CH", "Org KE"], false)).unwrap();
    store.create(&contribution("TSAG-C2", "2024-07-01", &["Uni EG"], false)).unwrap();

    for (code, pillar) in [("AP1.4", Pillar::AttractingMembers), ("AP5", Pillar::RaisingAwareness)] {
        store
            .create(&ActionPlanItem { code: code.into(), pillar, title: format!("Item {code}"), status: PlanStatus::Planned })
            .unwrap();
    }
    store.create(&objective("O1", "Priorities are identified", &["priorities_per_meeting >= 3"], &[])).unwrap();
    store.create(&objective("O2", "Coordination across SDOs", &[], &[])).unwrap();
    store
        .create(&objective(
            "O3",
            "Industry participates widely",
            &["participants_per_meeting >= 15", "regions_represented >= 5", "first_time_organizations >= 3"],
            &["AP1.4", "AP5"],
        ))
        .unwrap();
    store.create(&objective("O4", "Developing countries are included", &[], &[])).unwrap();

    let proposal = |symbol: &str, seq: i64, disposition: Disposition, objectives: &[&str]| Proposal {
        contribution: symbol.into(),
        seq,
        text: format!("Proposal {seq} of {symbol}."),
        disposition,
        objectives: objectives.iter().map(|o| o.to_string()).collect(),
    };
    store.create(&proposal("TSAG-C1", 1, Disposition::Agreed, &["O1"])).unwrap();
    store.create(&proposal("TSAG-C1", 2, Disposition::Noted, &["O3"])).unwrap();
    store.create(&proposal("TSAG-C2", 1, Disposition::NotAgreed, &[])).unwrap();
    store.create(&proposal("TSAG-C2", 2, Disposition::Pending, &[])).unwrap();

    for name in ["R1", "R2", "R3"] {
        store.create(&Reviewer { name: name.into(), affiliation: "Example (example)".into(), email: Some(format!("{name}@example.org")) }).unwrap();
    }
    let cycle = store
        .create(&ReviewCycle {
            name: "Review 2024".into(),
            period_from: date("2024-01-01"),
            period_to: date("2024-12-31"),
            quorum: 2,
            status: CycleStatus::Open,
            objectives: vec!["O1".into(), "O2".into(), "O3".into(), "O4".into()],
            reviewers: vec!["R1".into(), "R2".into(), "R3".into()],
            signed_off_at: None,
            digest: None,
        })
        .unwrap();
    score(&mut store, "R1", "O1", 4, "Ranked priorities in every communiqué.");
    score(&mut store, "R2", "O1", 3, "");
    score(&mut store, "R3", "O1", 4, "");
    score(&mut store, "R1", "O2", 1, "Little evidence of coordination.");
    score(&mut store, "R2", "O2", 3, "");
    score(&mut store, "R3", "O2", 4, "");
    score(&mut store, "R1", "O3", 1, "Few new organizations.");
    score(&mut store, "R2", "O3", 1, "Europe dominates.");
    score(&mut store, "R1", "O4", 2, "");
    (store, cycle)
}

fn metric(values: &[crate::metrics::MetricValue], name: &str) -> Option<f64> {
    values.iter().find(|v| v.name == name).unwrap_or_else(|| panic!("metric {name}")).value
}

#[test]
fn indicators_match_hand_computed_values() {
    let (store, _) = fixture();
    let values = store.indicators(Some(date("2024-01-01")), Some(date("2024-12-31")), date("2024-12-31")).unwrap().values;
    let expected: &[(&str, f64)] = &[
        ("meetings_held", 2.0),
        ("participants_per_meeting", 12.0),
        ("executives_per_meeting", 4.0),
        ("regions_represented", 6.0),
        ("developing_region_share", 9.0 / 19.0),
        ("tsb_share", 5.0 / 24.0),
        ("distinct_organizations", 3.0),
        ("first_time_organizations", 2.0),
        ("priorities_per_meeting", 4.0),
        ("actions_done_share", 0.4),
        ("median_days_to_close", 25.0),
        ("overdue_actions", 2.0),
        ("communique_latency_days", 10.0),
        ("contributions_received", 2.0),
        ("contribution_source_categories", 2.0),
        ("contribution_source_regions", 3.0),
        ("proposals_agreed_share", 1.0 / 3.0),
    ];
    assert_eq!(expected.len(), crate::metrics::METRICS.len(), "every metric has a hand-computed value");
    for (name, value) in expected {
        let got = metric(&values, name).unwrap_or(f64::NAN);
        assert!((got - value).abs() < 1e-9, "{name}: expected {value}, got {got}");
    }
}

#[test]
fn metrics_of_an_empty_period_are_undefined_not_zero_divisions() {
    let (store, _) = fixture();
    let values = store.indicators(Some(date("2030-01-01")), Some(date("2030-12-31")), date("2030-12-31")).unwrap().values;
    assert_eq!(metric(&values, "meetings_held"), Some(0.0));
    assert_eq!(metric(&values, "participants_per_meeting"), None);
    assert_eq!(metric(&values, "actions_done_share"), None);
    assert_eq!(metric(&values, "median_days_to_close"), None);
}

#[test]
fn aggregation_gives_median_spread_status_and_disagreement() {
    let (store, cycle) = fixture();
    let summary = summarize(&store, cycle, SummaryOptions::default()).unwrap();
    let by_code = |code: &str| summary.objectives.iter().find(|o| o.code == code).unwrap();
    let o1 = by_code("O1");
    assert_eq!((o1.n, o1.median, o1.spread, o1.status, o1.disagreement), (3, Some(4.0), Some(1), ObjectiveStatus::Met, false));
    let o2 = by_code("O2");
    assert_eq!((o2.n, o2.median, o2.spread, o2.status, o2.disagreement), (3, Some(3.0), Some(3), ObjectiveStatus::Met, true));
    let o3 = by_code("O3");
    assert_eq!((o3.n, o3.median, o3.status), (2, Some(1.0), ObjectiveStatus::NotMet));
    let o4 = by_code("O4");
    assert_eq!((o4.n, o4.status), (1, ObjectiveStatus::InsufficientEvidence), "one score is below the quorum of 2");
    let order: Vec<&str> = summary.by_disagreement().iter().map(|o| o.code.as_str()).collect();
    assert_eq!(order, ["O2", "O1", "O3", "O4"], "widest disagreement first");
    assert_eq!(summary.status_counts(), [2, 0, 1, 1]);
}

#[test]
fn status_thresholds_follow_the_rubric() {
    assert_eq!(status_of(3, 2, Some(3.0), 4), ObjectiveStatus::Met);
    assert_eq!(status_of(3, 2, Some(2.5), 4), ObjectiveStatus::PartlyMet);
    assert_eq!(status_of(3, 2, Some(2.0), 4), ObjectiveStatus::PartlyMet);
    assert_eq!(status_of(3, 2, Some(1.5), 4), ObjectiveStatus::NotMet);
    assert_eq!(status_of(1, 2, Some(4.0), 4), ObjectiveStatus::InsufficientEvidence);
    assert_eq!(status_of(0, 1, None, 4), ObjectiveStatus::InsufficientEvidence);
    assert!(is_disagreement(Some(2), 4));
    assert!(!is_disagreement(Some(1), 4));
    assert!(!is_disagreement(None, 4));
}

#[test]
fn cycle_agreement_matches_an_independent_computation() {
    let (store, cycle) = fixture();
    let summary = summarize(&store, cycle, SummaryOptions::default()).unwrap();
    // Units O1 [4,3,4], O2 [1,3,4], O3 [1,1,-], O4 [2,-,-], computed with a separate script.
    assert!((summary.agreement.interval.unwrap() - 55.0 / 111.0).abs() < 1e-12);
    assert!((summary.agreement.nominal.unwrap() - 1.0 / 6.0).abs() < 1e-12);
    assert_eq!(summary.agreement.pairable_units, 3);
}

#[test]
fn indicators_are_compared_with_targets() {
    let (store, cycle) = fixture();
    let summary = summarize(&store, cycle, SummaryOptions::default()).unwrap();
    let o3 = summary.objectives.iter().find(|o| o.code == "O3").unwrap();
    let met: Vec<(&str, Option<bool>)> = o3.indicators.iter().map(|i| (i.metric.as_str(), i.met)).collect();
    assert_eq!(
        met,
        [("participants_per_meeting", Some(false)), ("regions_represented", Some(true)), ("first_time_organizations", Some(false))]
    );
    assert_eq!(o3.indicators[0].value_text, "12.0");
    assert_eq!(o3.indicators[0].target_text, "≥ 15.0");
}

#[test]
fn drafting_proposes_for_objectives_not_met_from_their_evidence() {
    let (mut store, cycle) = fixture();
    let report = store.draft(cycle).unwrap();
    assert_eq!(report.drafted, ["O3"]);
    let drafted = store.list::<Improvement>().unwrap();
    assert_eq!(drafted.len(), 1);
    let draft = &drafted[0].data;
    assert_eq!(draft.title, "O3: improving industry participates widely");
    assert_eq!(draft.origin, Origin::Drafted);
    assert!(draft.body.starts_with(
        "Objective O3 (Industry participates widely) is not met: 2 reviewers scored it at a median of 1 (slightly met) on the 0–4 rubric (scores 1, 1)."
    ), "{}", draft.body);
    assert!(draft.body.contains("R1 noted: “Few new organizations.”"), "{}", draft.body);
    assert!(draft.body.contains("Participants per meeting was 12.0 over 1 January 2024 – 31 December 2024, against a target of ≥ 15.0."), "{}", draft.body);
    assert!(draft.body.contains("First-time organizations was 2 over"), "{}", draft.body);
    assert!(!draft.body.contains("Regions represented was"), "met indicators are not cited as shortfalls");
    assert!(draft.body.contains("Contribution TSAG-C1 proposed: “Proposal 2 of TSAG-C1” (disposition: noted)."), "{}", draft.body);
    assert!(draft.body.contains("through AP1.4 (attracting potential new sector members) and AP5 (raising awareness)."), "{}", draft.body);
    assert_eq!(
        draft.invitation,
        "TSAG is invited to ask TSB and RG-IEM to address the shortfalls identified for objective O3 (industry participates widely), through action-plan items AP1.4 and AP5, taking into account TSAG-C1, and to review progress at its next meeting."
    );
    assert_eq!(draft.action_plan, ["AP1.4", "AP5"]);
    assert_eq!(draft.contributions, ["TSAG-C1"]);

    // Every sentence names its source.
    let summary = summarize(&store, cycle, SummaryOptions::default()).unwrap();
    let o3 = summary.objectives.iter().find(|o| o.code == "O3").unwrap();
    let explained = draft_for(o3, &summary.period_text(), &summary.action_plan);
    assert_eq!(explained.body(), draft.body, "drafting is deterministic");
    let sources: Vec<&SentenceSource> = explained.paragraphs.iter().flatten().map(|s| &s.source).collect();
    assert!(sources.contains(&&SentenceSource::Indicator { metric: "participants_per_meeting".into() }));
    assert!(sources.contains(&&SentenceSource::Rationale { reviewer: "R2".into() }));
    assert!(sources.contains(&&SentenceSource::Contribution { symbol: "TSAG-C1".into(), seq: 2 }));
}

#[test]
fn redrafting_never_overwrites_an_edited_proposal() {
    let (mut store, cycle) = fixture();
    store.draft(cycle).unwrap();
    let again = store.draft(cycle).unwrap();
    assert_eq!(again.redrafted, ["O3"]);
    assert_eq!(store.list::<Improvement>().unwrap().len(), 1, "redrafting replaces, not duplicates");

    let stored = store.list::<Improvement>().unwrap().remove(0);
    let mut edited = stored.data.clone();
    edited.body = "Our own words.".into();
    edit_improvement(&mut store, stored.id, edited).unwrap();
    assert_eq!(store.get::<Improvement>(stored.id).unwrap().data.origin, Origin::Edited);

    let third = store.draft(cycle).unwrap();
    assert_eq!(third.kept, ["O3"]);
    assert_eq!(store.get::<Improvement>(stored.id).unwrap().data.body, "Our own words.");
}

#[test]
fn signed_off_cycle_is_frozen() {
    let (mut store, cycle) = fixture();
    store.draft(cycle).unwrap();
    let digest = store.sign_off(cycle, chrono::Utc::now()).unwrap();
    // This version's rule: the content's hash, then the hash of what the summary states.
    assert!(digest.starts_with("v2:sha256:") && digest.len() == 10 + 64 + 1 + 64, "{digest}");
    let stored = store.get::<ReviewCycle>(cycle).unwrap().data;
    assert_eq!((stored.status, stored.digest.as_deref()), (CycleStatus::SignedOff, Some(digest.as_str())));

    let new_score = Score {
        cycle: "Review 2024".into(),
        reviewer: "R3".into(),
        objective: "O3".into(),
        level: 4,
        rationale: String::new(),
        evidence: vec![],
        source_package: None,
        returned_at: None,
        reviewer_key: None,
    };
    assert!(matches!(store.create(&new_score), Err(Error::Frozen(_))));
    let existing = store.list::<Score>().unwrap().remove(0);
    let mut changed = existing.data.clone();
    changed.level = 0;
    assert!(matches!(store.update(existing.id, &changed), Err(Error::Frozen(_))));
    assert!(matches!(store.delete::<Score>(existing.id), Err(Error::Frozen(_))));
    let proposal = store.list::<Improvement>().unwrap().remove(0);
    assert!(matches!(edit_improvement(&mut store, proposal.id, proposal.data.clone()), Err(Error::Frozen(_))));
    assert!(matches!(store.draft(cycle), Err(Error::Frozen(_))));
    assert!(matches!(store.sign_off(cycle, chrono::Utc::now()), Err(Error::Frozen(_))));
    let content = store.store.cycle_content(cycle).unwrap();
    let content_part = crate::review::content_digest(&content).unwrap();
    assert!(digest.starts_with(&format!("v2:{content_part}:")), "the frozen content is unchanged: {digest}");
    let data = store.store.cycle_data(cycle).unwrap();
    assert_eq!(crate::review::cycle_digest(&data).unwrap(), digest, "what it states is unchanged");
}

#[test]
fn verify_finds_no_difference_in_a_faithful_export_and_every_tampered_one() {
    let (mut store, cycle) = fixture();
    store.sign_off(cycle, chrono::Utc::now()).unwrap();
    let summary = summarize(&store, cycle, SummaryOptions::default()).unwrap();
    let digest = crate::review::cycle_digest(&store.store.cycle_data(cycle).unwrap()).unwrap();
    let document = SummaryDocument::new(summary, digest).unwrap();
    let text = serde_json::to_string_pretty(&document).unwrap();
    assert!(store.verify_summary(&text, "summary.json").unwrap().is_empty());

    let mut tampered: serde_json::Value = serde_json::from_str(&text).unwrap();
    tampered["summary"]["objectives"][2]["scores"][0]["level"] = serde_json::json!(4);
    tampered["digest"] = serde_json::json!("sha256:0000");
    let differences = store.verify_summary(&tampered.to_string(), "summary.json").unwrap();
    let paths: Vec<&str> = differences.iter().map(|d| d.path.as_str()).collect();
    assert_eq!(paths, ["digest", "summary.objectives[2].scores[0].level"]);
    assert_eq!(differences[1].in_file, "4");
    assert_eq!(differences[1].in_database, "1");

    assert!(matches!(store.verify_summary("{\"format\": \"other\"}", "other.json"), Err(Error::WrongFile { .. })));
}

#[test]
fn summary_leaves_out_contact_data_unless_asked() {
    let (store, cycle) = fixture();
    let public = summarize(&store, cycle, SummaryOptions::default()).unwrap();
    assert!(public.reviewers.iter().all(|r| r.email.is_none()));
    let full = summarize(&store, cycle, SummaryOptions { include_confidential: true }).unwrap();
    assert!(full.reviewers.iter().all(|r| r.email.is_some()));
}

#[test]
fn summary_statistics_cover_the_cycle_period() {
    let (store, cycle) = fixture();
    let summary = summarize(&store, cycle, SummaryOptions::default()).unwrap();
    let keys: Vec<&str> = summary.statistics.columns.iter().map(|c| c.meeting_key.as_str()).collect();
    assert_eq!(keys, ["CTO-A", "RG-C", "RT-B"]);
}

#[test]
fn a_saved_score_returns_what_the_whole_review_says_of_its_objective() {
    let (mut store, cycle) = fixture();
    let (id, mut score) = store
        .cycle_scores(cycle)
        .unwrap()
        .into_iter()
        .find(|s| s.data.reviewer == "R3" && s.data.objective == "O2")
        .map(|s| (s.id, s.data))
        .unwrap();
    score.level = 1;
    let saved = store.save_score(Some(id), &score).unwrap();
    let review = store.cycle_review(cycle).unwrap().summary;
    let whole = review.objectives.iter().find(|o| o.code == "O2").unwrap();
    assert_eq!(
        (&saved.result.scores, saved.result.n, saved.result.median, saved.result.spread, saved.result.status),
        (&whole.scores, whole.n, whole.median, whole.spread, whole.status)
    );
    assert_eq!(saved.result.scores.iter().map(|s| s.level).collect::<Vec<_>>(), [1, 3, 1], "in the cycle's order of reviewers");
    // A score for an objective the cycle does not review is refused, and says which.
    let mut stray = score.clone();
    stray.objective = "O9".into();
    assert!(store.save_score(None, &stray).is_err());
}

#[test]
fn the_meetings_list_pages_through_the_same_order_filtered_or_not() {
    let (store, _) = fixture();
    let keys = |query: MeetingQuery| -> Vec<String> { store.meetings(&query).unwrap().into_iter().map(|m| m.key).collect() };
    // A filter that keeps every meeting takes the other statement; pages of two take the
    // unfiltered one, which chooses each page from the start date's index.
    let all = keys(MeetingQuery { from: Some(date("1900-01-01")), ..Default::default() });
    assert!(all.len() >= 4, "{all:?}");
    let paged: Vec<String> = (0..all.len() as i64)
        .step_by(2)
        .flat_map(|offset| keys(MeetingQuery { limit: Some(2), offset: Some(offset), ..Default::default() }))
        .collect();
    assert_eq!(paged, all);
    assert_eq!(keys(MeetingQuery::default()), all);
    let participants = |query: MeetingQuery| -> Vec<(i64, i64, i64)> {
        store.meetings(&query).unwrap().into_iter().map(|m| (m.participants, m.documents, m.open_actions)).collect()
    };
    assert_eq!(participants(MeetingQuery::default()), participants(MeetingQuery { from: Some(date("1900-01-01")), ..Default::default() }));
}

#[test]
fn dashboard_aggregates_participation_actions_and_the_current_cycle() {
    let (store, _) = fixture();
    let dashboard = store.dashboard(date("2024-12-31")).unwrap();
    let years: Vec<(i32, i64, [i64; 7], i64, i64)> = dashboard
        .participation
        .iter()
        .map(|y| (y.year, y.meetings, y.regions, y.executives, y.first_time_organizations))
        .collect();
    assert_eq!(years, [(2023, 1, [0, 1, 0, 0, 0, 0, 0], 1, 1), (2024, 3, [3, 5, 2, 4, 1, 44, 5], 8, 2)]);
    assert_eq!((dashboard.open_actions, dashboard.overdue_actions), (3, 2));
    let overdue: Vec<&str> = dashboard.most_overdue.iter().map(|a| a.text.as_str()).collect();
    assert_eq!(overdue, ["Old action", "Overdue"], "oldest due first");
    assert_eq!((dashboard.contributions, dashboard.pending_proposals), (2, 1));
    let cycle = dashboard.current_cycle.unwrap();
    assert_eq!((cycle.name.as_str(), cycle.objectives, cycle.reviewers, cycle.scores), ("Review 2024", 4, 3, 9));
}

#[test]
fn sign_off_says_what_the_cycle_lacks_first() {
    let (store, cycle) = fixture();
    let completeness = store.sign_off_completeness(cycle).unwrap();
    // O4 has one score for a quorum of 2; R2 and R3 did not score O4, R3 not O3 either.
    let below: Vec<(&str, usize)> = completeness.below_quorum.iter().map(|b| (b.objective.as_str(), b.scores)).collect();
    assert_eq!(below, [("O4", 1)]);
    let missing: Vec<(&str, Vec<String>)> =
        completeness.missing.iter().map(|m| (m.reviewer.as_str(), m.objectives.clone())).collect();
    assert_eq!(missing, [("R2", vec!["O4".to_string()]), ("R3", vec!["O3".to_string(), "O4".to_string()])]);
    assert!(!completeness.is_complete());
}

#[test]
fn another_writer_on_the_same_file_changes_the_data_version() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("shared.sqlite");
    let mut writer = Session::open(&path, super::Opening::New).unwrap();
    let reader = Session::open(&path, super::Opening::Existing).unwrap();
    let seen = reader.data_version().unwrap();
    assert_eq!(reader.data_version().unwrap(), seen, "unchanged while nobody writes");
    writer.create(&organization("Org (example)", Category::Academia, Some("KE"))).unwrap();
    assert_ne!(reader.data_version().unwrap(), seen);
}

#[test]
fn document_options_default_to_the_first_reviewer_without_personal_data_until_saved() {
    let (store, cycle) = fixture();
    let options = store.document_options(cycle).unwrap();
    assert_eq!(options.contact.name, "R1");
    assert_eq!(options.contact.organization, "Example (example)");
    assert_eq!((options.contact.tel.as_str(), options.contact.email.as_str()), ("", ""), "R1's e-mail is personal data");
    assert_eq!(options.source, crate::model::document::DEFAULT_SOURCE);
    assert_eq!((options.td_number.as_str(), options.place_and_date.as_str()), ("", ""));
}

#[test]
fn document_options_are_remembered_per_cycle_and_survive_sign_off() {
    let (mut store, cycle) = fixture();
    let other = store
        .create(&ReviewCycle {
            name: "Review 2025".into(),
            period_from: date("2025-01-01"),
            period_to: date("2025-12-31"),
            quorum: 2,
            status: CycleStatus::Open,
            objectives: vec!["O1".into()],
            reviewers: vec!["R2".into()],
            signed_off_at: None,
            digest: None,
        })
        .unwrap();
    let options = DocumentOptions {
        td_number: " TSAG-TD123 ".into(),
        place_and_date: "Geneva, 26–30 January 2026".into(),
        source: "Rapporteur, RG-IEM".into(),
        contact: Contact {
            name: "Ann Example".into(),
            organization: "Example Ltd".into(),
            country: "Kenya".into(),
            tel: "+254 20 000 0000".into(),
            email: "ann@example.org".into(),
        },
    };
    store.set_document_options(cycle, &options).unwrap();
    let saved = store.document_options(cycle).unwrap();
    assert_eq!(saved.td_number, "TSAG-TD123", "stored trimmed");
    assert_eq!(saved.contact, options.contact);
    assert_eq!(store.document_options(other).unwrap().contact.name, "R2", "the other cycle keeps its defaults");

    // The digest does not cover them: a TD number assigned after sign-off is filled in.
    store.draft(cycle).unwrap();
    let digest = store.sign_off(cycle, chrono::Utc::now()).unwrap();
    let later = DocumentOptions { td_number: "TSAG-TD124".into(), ..saved };
    store.set_document_options(cycle, &later).unwrap();
    assert_eq!(store.document_options(cycle).unwrap(), later);
    let data = store.store.cycle_data(cycle).unwrap();
    assert_eq!(crate::review::cycle_digest(&data).unwrap(), digest);
    assert!(store.tampered_cycles().unwrap().is_empty());
}

#[test]
fn bad_document_options_are_refused_naming_the_field_and_nothing_is_saved() {
    let (mut store, cycle) = fixture();
    let mut options = store.document_options(cycle).unwrap();
    options.contact.email = "not an address".into();
    options.contact.tel = "ask TSB".into();
    let Err(Error::Invalid(fields)) = store.set_document_options(cycle, &options) else { panic!("accepted") };
    let names: Vec<&str> = fields.iter().map(|f| f.field.as_str()).collect();
    assert_eq!(names, ["contact.tel", "contact.email"]);
    assert!(store.store.document_options(cycle).unwrap().is_none(), "nothing was saved");
    assert!(matches!(store.set_document_options(9999, &DocumentOptions::default()), Err(Error::NotFound { .. })));
}

#[test]
fn the_td_header_shows_the_contact_as_tsag_tds_do() {
    let (mut store, cycle) = fixture();
    let mut options = store.document_options(cycle).unwrap();
    options.contact.country = "Switzerland".into();
    options.contact.tel = "+41 22 730 5851".into();
    options.contact.email = "tsbtsag@itu.int".into();
    store.set_document_options(cycle, &options).unwrap();
    let stored = store.document_options(cycle).unwrap();
    let md = String::from_utf8(store.render_summary(cycle, SummaryFormat::Md, false, &stored, crate::i18n::Language::En).unwrap()).unwrap();
    assert!(
        // The address stays text: a word joiner before its `@` keeps GitHub from linking it.
        md.contains("| **Contact:** | R1, Example (example), Switzerland; Tel: +41 22 730 5851; E-mail: tsbtsag\u{2060}@itu.int |"),
        "{md}"
    );
    let docx = store.render_summary(cycle, SummaryFormat::Docx, false, &stored, crate::i18n::Language::En).unwrap();
    let mut xml = String::new();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    std::io::Read::read_to_string(&mut archive.by_name("word/document.xml").unwrap(), &mut xml).unwrap();
    // Each is a paragraph of its own in the Contact row, after the "Contact:" label.
    let contact = &xml[xml.find("Contact:").expect("a Contact row")..];
    let mut at = 0;
    for line in ["R1", "Example (example)", "Switzerland", "Tel: +41 22 730 5851", "E-mail: tsbtsag@itu.int"] {
        let found = contact[at..].find(&format!(">{line}</w:t></w:r></w:p>")).unwrap_or_else(|| panic!("{line} is not a line of its own"));
        at += found + 1;
    }
}

/// A part of a .docx file (`word/document.xml`, `docProps/core.xml`…), unzipped.
fn docx_part(docx: &[u8], name: &str) -> String {
    let mut xml = String::new();
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(docx)).unwrap();
    std::io::Read::read_to_string(&mut archive.by_name(name).unwrap(), &mut xml).unwrap();
    xml
}

/// Each table of a document's XML, in order.
fn tables_of(xml: &str) -> Vec<&str> {
    xml.split("<w:tbl>").skip(1).map(|table| &table[..table.find("</w:tbl>").unwrap()]).collect()
}

/// The summary of the fixture's cycle as a Word document in `language`, its document options
/// as stored with `contact` as the contact's name.
fn summary_docx(language: crate::i18n::Language, contact: &str) -> Vec<u8> {
    let (store, cycle) = fixture();
    let mut options = store.document_options(cycle).unwrap();
    options.contact.name = contact.into();
    store.render_summary(cycle, SummaryFormat::Docx, false, &options, language).unwrap()
}

#[test]
fn every_header_row_repeats_on_each_page_and_the_contact_is_the_author() {
    let docx = summary_docx(crate::i18n::Language::En, "Ann Rapporteur & Co");
    let xml = docx_part(&docx, "word/document.xml");
    let tables = tables_of(&xml);
    // The banner and the header block have no header row; Table 1, Table 2 and Annex B's table do.
    let repeated: Vec<bool> = tables
        .iter()
        .map(|table| {
            let first_row = &table[table.find("<w:tr>").unwrap()..table.find("</w:tr>").unwrap()];
            first_row.contains("<w:tblHeader />")
        })
        .collect();
    assert_eq!(repeated, [false, false, true, true, true], "{xml}");
    assert!(tables.iter().all(|table| table.matches("<w:tblHeader />").count() <= 1), "only the first row is a header");
    let core = docx_part(&docx, "docProps/core.xml");
    assert!(core.contains("<dc:creator>Ann Rapporteur &amp; Co</dc:creator>"), "{core}");
    assert!(core.contains("<cp:lastModifiedBy>Ann Rapporteur &amp; Co</cp:lastModifiedBy>"), "{core}");
    assert!(docx_part(&docx, "word/styles.xml").contains(r#"<w:lang w:val="en-GB" />"#));
    // Without a contact, the program is the author.
    let core = docx_part(&summary_docx(crate::i18n::Language::En, " "), "docProps/core.xml");
    assert!(core.contains("<dc:creator>CxO Review</dc:creator>"), "{core}");
}

#[test]
fn an_arabic_summary_runs_right_to_left_in_arabic() {
    let docx = summary_docx(crate::i18n::Language::Ar, "R1");
    let xml = docx_part(&docx, "word/document.xml");
    for fixed in ["الاتحاد الدولي للاتصالات", "قطاع تقييس الاتصالات", "الفريق الاستشاري لتقييس الاتصالات", "مقدمة", "الملحق A: الأهداف وسلّم التقدير", "الجدول 1 – أهداف عملية CTO/CxO", "متحقق"] {
        assert!(xml.contains(fixed), "{fixed} is missing");
    }
    for english in ["INTERNATIONAL TELECOMMUNICATION UNION", "Introduction", "Annex A", "Table 1"] {
        assert!(!xml.contains(english), "{english} is left in English");
    }
    // The review's own words stay as entered.
    assert!(xml.contains("O1 Priorities are identified"));
    // Every paragraph is right to left, every run, every table.
    let paragraphs = xml.matches("<w:p ").count() + xml.matches("<w:p>").count();
    assert!(paragraphs > 50);
    assert_eq!(xml.matches("<w:pPr><w:bidi />").count(), paragraphs, "a paragraph without w:bidi");
    let runs: Vec<&str> = xml.split("<w:r>").skip(1).collect();
    assert!(runs.len() > 50);
    for run in &runs {
        let properties = &run[..run.find("</w:rPr>").expect("run properties")];
        assert!(properties.contains("<w:rtl />"), "a run without w:rtl: {run}");
    }
    let tables = tables_of(&xml);
    assert_eq!(tables.len(), 5);
    assert!(tables.iter().all(|table| table.starts_with("<w:tblPr><w:bidiVisual />")), "a table without w:bidiVisual");
    // What is on the left of an English page is on the right, at the leading edge.
    assert!(!xml.contains(r#"<w:jc w:val="left" />"#) && !xml.contains(r#"<w:jc w:val="right" />"#));
    assert!(xml.contains(r#"<w:jc w:val="start" />"#) && xml.contains(r#"<w:jc w:val="end" />"#));
    let header = docx_part(&docx, "word/header2.xml");
    assert!(header.contains("<w:pPr><w:bidi />") && header.contains("<w:rtl />"), "{header}");
    assert!(docx_part(&docx, "word/styles.xml").contains(r#"w:bidi="ar-SA""#));
    assert!(docx_part(&docx, "docProps/core.xml").contains("<dc:creator>R1</dc:creator>"));
}

#[test]
fn a_french_summary_says_its_own_text_in_french() {
    let docx = summary_docx(crate::i18n::Language::Fr, "R1");
    let xml = docx_part(&docx, "word/document.xml");
    for fixed in [
        "UNION INTERNATIONALE DES TÉLÉCOMMUNICATIONS",
        "SECTEUR DE LA NORMALISATION DES TÉLÉCOMMUNICATIONS",
        ">GCNT<",
        "Original : français",
        "Résumé :",
        "Résultats",
        "Tableau 1 – Objectifs du processus CTO/CxO",
        "Améliorations proposées",
        "Annexe A : Objectifs et barème",
        "Nombre de participants",
        "Empreinte du contenu :",
    ] {
        assert!(xml.contains(fixed), "{fixed} is missing");
    }
    for english in ["INTERNATIONAL TELECOMMUNICATION UNION", "Results", "Table 1", "Number of participants", "Content digest"] {
        assert!(!xml.contains(english), "{english} is left in English");
    }
    assert!(xml.contains("O1 Priorities are identified"), "the review's own words stay as entered");
    assert!(!xml.contains("<w:bidi />") && !xml.contains("<w:rtl />") && !xml.contains("<w:bidiVisual />"));
    assert!(docx_part(&docx, "word/styles.xml").contains(r#"<w:lang w:val="fr-FR" />"#));
    assert_eq!(tables_of(&xml).iter().filter(|table| table.contains("<w:tblHeader />")).count(), 3);

    // The Markdown document says the same.
    let (store, cycle) = fixture();
    let options = store.document_options(cycle).unwrap();
    let md = String::from_utf8(store.render_summary(cycle, SummaryFormat::Md, false, &options, crate::i18n::Language::Fr).unwrap()).unwrap();
    for fixed in ["# Numéro de TD non encore attribué", "## 1 Introduction", "## 2 Résultats", "**Tableau 1 – Objectifs du processus CTO/CxO**", "| Objectif | Statut | Médiane |"] {
        assert!(md.contains(fixed), "{fixed} is missing from\n{md}");
    }
}

/// The meeting's priorities as (rank, topic), in rank order.
fn priorities_of(store: &Store, meeting: &str) -> Vec<(i64, String)> {
    let mut found: Vec<(i64, String)> = store
        .list::<Priority>()
        .unwrap()
        .into_iter()
        .filter(|p| p.data.meeting == meeting)
        .map(|p| (p.data.rank, p.data.topic))
        .collect();
    found.sort();
    found
}

#[test]
fn two_priorities_swap_ranks_in_one_step_and_only_within_a_meeting() {
    let (mut store, _) = fixture();
    let before = priorities_of(&store, "CTO-A");
    assert!(before.len() >= 2, "{before:?}");
    let id_of = |store: &Store, meeting: &str, rank: i64| {
        store.list::<Priority>().unwrap().into_iter().find(|p| p.data.meeting == meeting && p.data.rank == rank).unwrap().id
    };
    let (first, second) = (id_of(&store, "CTO-A", before[0].0), id_of(&store, "CTO-A", before[1].0));
    store.swap_priorities(first, second).unwrap();
    let after = priorities_of(&store, "CTO-A");
    assert_eq!(after[0], (before[0].0, before[1].1.clone()));
    assert_eq!(after[1], (before[1].0, before[0].1.clone()));
    assert_eq!(after[2..], before[2..]);

    // With another meeting's priority: refused, and nothing moved (not even set aside).
    let other = id_of(&store, "RT-B", priorities_of(&store, "RT-B")[0].0);
    let refused = store.swap_priorities(first, other).unwrap_err();
    assert!(refused.to_string().contains("two meetings"), "{refused}");
    assert_eq!(priorities_of(&store, "CTO-A"), after);
}

/// A list brought back from the history (a score's evidence before an item was added) is the
/// record's list again, recorded as a restore.
#[test]
fn a_list_is_brought_back_from_the_history() {
    use crate::model::history::HistoryQuery;
    let mut session = Session::in_memory().unwrap();
    session.load_demo().unwrap();
    let score = session.store.list::<Score>().unwrap().into_iter().find(|s| !s.data.evidence.is_empty()).unwrap();
    let key = session.store.key_of(Kind::Scores, score.id).unwrap();
    session.restore_value(Kind::Scores, &key, "evidence", serde_json::json!([])).unwrap();
    assert!(session.store.get::<Score>(score.id).unwrap().data.evidence.is_empty());
    // One entry per item removed, each with the whole list before and after it: the oldest of
    // the save holds the list as it was.
    let n = score.data.evidence.len();
    let entries = session.history(&HistoryQuery { key: Some(key.clone()), limit: Some(n as i64), ..Default::default() }).unwrap();
    assert!(entries.iter().all(|e| e.cause == "restore" && e.fields.len() == 1 && e.fields[0].field == "evidence"), "{entries:?}");
    assert_eq!(entries[0].fields[0].new, serde_json::json!([]));
    let was = entries[n - 1].fields[0].old.clone();
    assert_eq!(was.as_array().map(Vec::len), Some(n));
    session.restore_value(Kind::Scores, &key, "evidence", was).unwrap();
    assert_eq!(session.store.get::<Score>(score.id).unwrap().data.evidence, score.data.evidence);
}
