//! Packages and returns as bytes: what verifies, what is refused, and how a merge decides.

use super::*;
use crate::model::facts::PackageRecord;
use crate::model::{CycleStatus, Record};

fn key(seed: u8) -> SigningKey {
    signing_key(&[seed; 32])
}

fn cycle() -> ReviewCycle {
    ReviewCycle {
        name: "Review 2025".into(),
        period_from: NaiveDate::from_ymd_opt(2025, 1, 1).unwrap(),
        period_to: NaiveDate::from_ymd_opt(2025, 12, 31).unwrap(),
        quorum: 2,
        status: CycleStatus::Open,
        signed_off_at: None,
        digest: None,
        objectives: vec!["O1".into(), "O2".into()],
        reviewers: vec!["R1".into()],
    }
}

fn issue(database: &SigningKey) -> Issue {
    Issue {
        package: "00112233445566778899aabbccddeeff".into(),
        database: fingerprint(&database.verifying_key()),
        database_key: hex::encode(database.verifying_key().as_bytes()),
        issued_at: "2026-01-10T09:00:00Z".into(),
        deadline: NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
        reviewer: "R1".into(),
        cycle: cycle(),
        objectives: vec![],
        indicators: vec![],
        meetings: vec![],
        contributions: vec![],
        scores: vec![],
        history: Some(crate::model::history::ChainHead { entries: 7, hash: "ab".repeat(32) }),
    }
}

fn returned(objective: &str, level: i64) -> ReturnedScore {
    ReturnedScore { objective: objective.into(), level, rationale: format!("{objective} at {level}"), evidence: vec![] }
}

fn body(scores: Vec<ReturnedScore>, at: &str) -> ReturnBody {
    ReturnBody {
        package: "00112233445566778899aabbccddeeff".into(),
        database: fingerprint(&key(1).verifying_key()),
        cycle: "Review 2025".into(),
        reviewer: "R1".into(),
        returned_at: at.into(),
        scores,
        history: None,
    }
}

fn record() -> PackageRecord {
    PackageRecord {
        id: "00112233445566778899aabbccddeeff".into(),
        cycle_id: 1,
        reviewer: "R1".into(),
        issued_at: "2026-01-10T09:00:00Z".into(),
        deadline: NaiveDate::from_ymd_opt(2026, 2, 1).unwrap(),
        issued_scores: vec![],
        reviewer_key: None,
        last_return: None,
    }
}

fn stored(id: i64, objective: &str, level: i64, package: Option<&str>) -> Record<Score> {
    Record {
        id,
        data: Score {
            cycle: "Review 2025".into(),
            reviewer: "R1".into(),
            objective: objective.into(),
            level,
            rationale: String::new(),
            evidence: vec![],
            source_package: package.map(String::from),
            returned_at: None,
            reviewer_key: None,
        },
    }
}

#[test]
fn a_package_reads_back_with_its_work_and_its_issue_intact() {
    let bytes = write_package(&issue(&key(1)), &key(1), &Work::default()).unwrap();
    let opened = read_package(&bytes, "p.cxopkg").unwrap();
    assert_eq!(opened.issue, issue(&key(1)));
    let work = Work { scores: vec![returned("O1", 3)], saved_at: Some("2026-01-11T10:00:00Z".into()) };
    let rewritten = rewrite_work(&bytes, "p.cxopkg", &work).unwrap();
    assert_eq!(read_package(&rewritten, "p.cxopkg").unwrap().work, work);
}

#[test]
fn every_changed_byte_of_a_signed_part_is_refused() {
    let bytes = write_package(&issue(&key(1)), &key(1), &Work::default()).unwrap();
    let text = String::from_utf8(bytes.clone()).unwrap();
    // Flip characters inside the signed issue and inside the signature.
    for needle in ["Review 2025", "\\\"R1\\\"", "2026-02-01"] {
        let at = text.find(needle).unwrap_or_else(|| panic!("{needle} in the file"));
        let mut changed = bytes.clone();
        changed[at + 1] ^= 0x01;
        let error = read_package(&changed, "p.cxopkg").unwrap_err();
        assert!(matches!(error, Error::WrongFile { .. }), "{needle}: {error}");
    }
    let signature_at = text.find("\"signature\": \"").unwrap() + 14;
    let mut changed = bytes.clone();
    changed[signature_at] = if changed[signature_at] == b'0' { b'1' } else { b'0' };
    let error = read_package(&changed, "p.cxopkg").unwrap_err().to_string();
    assert!(error.contains("was changed after it was signed"), "{error}");
    let truncated = read_package(&bytes[..bytes.len() / 2], "p.cxopkg").unwrap_err().to_string();
    assert!(truncated.contains("is cut short"), "{truncated}");
}

#[test]
fn a_package_signed_by_another_key_than_it_names_is_refused() {
    let mut claimed = issue(&key(1));
    claimed.database_key = hex::encode(key(2).verifying_key().as_bytes());
    let bytes = write_package(&claimed, &key(1), &Work::default()).unwrap();
    assert!(read_package(&bytes, "p").unwrap_err().to_string().contains("signature does not match"));
}

#[test]
fn a_return_verifies_and_names_its_key() {
    let bytes = write_return(&body(vec![returned("O1", 3)], "2026-01-20T10:00:00Z"), &key(7)).unwrap();
    let read = read_return(&bytes, "r").unwrap();
    assert_eq!(read.key, fingerprint(&key(7).verifying_key()));
    assert_eq!(read.body.scores, vec![returned("O1", 3)]);
    let package = write_package(&issue(&key(1)), &key(1), &Work::default()).unwrap();
    assert!(read_return(&package, "p").unwrap_err().to_string().contains("is a review package, not a review return"));
    assert!(read_return(b"{\"format\": \"other\"}", "x").unwrap_err().to_string().contains("is not a CxO Review review return"));
}

#[test]
fn a_merge_applies_what_changed_and_reports_every_conflict() {
    let database = fingerprint(&key(1).verifying_key());
    let ret = read_return(
        &write_return(&body(vec![returned("O1", 3), returned("O2", 2), returned("O9", 1)], "2026-01-20T10:00:00Z"), &key(7))
            .unwrap(),
        "r",
    )
    .unwrap();
    let mut record = record();
    record.issued_scores = vec![stored(5, "O2", 1, None).data];
    // O2 was changed here since the package was issued (1 → 4).
    let current = vec![stored(5, "O2", 4, None)];
    let plan = plan_merge(&ret, "r", &database, &record, &cycle(), &current, false).unwrap();
    assert_eq!(plan.merged.applied, vec![Change { objective: "O1".into(), from: None, to: 3 }]);
    let conflicts: Vec<&str> = plan.merged.conflicts.iter().map(|c| c.objective.as_str()).collect();
    assert_eq!(conflicts, ["O2", "O9"]);
    assert!(plan.merged.conflicts[0].reason.contains("changed here since the package was issued (level 1 then, 4 now)"));
    assert_eq!(plan.writes.len(), 1);
    assert_eq!(plan.writes[0].1.source_package.as_deref(), Some("00112233445566778899aabbccddeeff"));
}

#[test]
fn a_merged_score_is_the_packages_own_and_merging_it_again_changes_nothing() {
    let database = fingerprint(&key(1).verifying_key());
    let ret = read_return(&write_return(&body(vec![returned("O1", 3)], "2026-01-20T10:00:00Z"), &key(7)).unwrap(), "r").unwrap();
    let mut merged = stored(9, "O1", 3, Some("00112233445566778899aabbccddeeff"));
    merged.data.rationale = "O1 at 3".into();
    let plan = plan_merge(&ret, "r", &database, &record(), &cycle(), std::slice::from_ref(&merged), false).unwrap();
    assert_eq!((plan.merged.applied.len(), plan.merged.unchanged.clone()), (0, vec!["O1".to_string()]));
    // A later return of the same package changes its own score without a conflict.
    let later =
        read_return(&write_return(&body(vec![returned("O1", 4)], "2026-01-25T10:00:00Z"), &key(7)).unwrap(), "r").unwrap();
    let plan = plan_merge(&later, "r", &database, &record(), &cycle(), &[merged], false).unwrap();
    assert_eq!(plan.merged.applied, vec![Change { objective: "O1".into(), from: Some(3), to: 4 }]);
}

#[test]
fn returns_that_cannot_be_merged_are_refused_whole() {
    let database = fingerprint(&key(1).verifying_key());
    let make = |at: &str, signer: u8| read_return(&write_return(&body(vec![returned("O1", 3)], at), &key(signer)).unwrap(), "r").unwrap();
    let on_time = make("2026-01-20T10:00:00Z", 7);
    // Another database.
    assert!(plan_merge(&on_time, "r", "ffff", &record(), &cycle(), &[], false).unwrap_err().to_string().contains("another database"));
    // Another key than the first return's.
    let mut pinned = record();
    pinned.reviewer_key = Some(fingerprint(&key(8).verifying_key()));
    let error = plan_merge(&on_time, "r", &database, &pinned, &cycle(), &[], false).unwrap_err().to_string();
    assert!(error.contains("is signed by key") && error.contains("earlier returns"), "{error}");
    // A signed-off cycle.
    let mut signed = cycle();
    signed.status = CycleStatus::SignedOff;
    assert!(matches!(plan_merge(&on_time, "r", &database, &record(), &signed, &[], false), Err(Error::Frozen(_))));
    // After the deadline, unless accepted.
    let late = make("2026-02-02T10:00:00Z", 7);
    assert!(plan_merge(&late, "r", &database, &record(), &cycle(), &[], false).unwrap_err().to_string().contains("--accept-late"));
    assert!(plan_merge(&late, "r", &database, &record(), &cycle(), &[], true).is_ok());
    // Older than the return already merged.
    let mut merged_later = record();
    merged_later.last_return = Some("2026-01-21T00:00:00Z".into());
    assert!(plan_merge(&on_time, "r", &database, &merged_later, &cycle(), &[], false).unwrap_err().to_string().contains("would undo"));
}

#[test]
fn a_return_signed_by_another_reviewers_key_dated_outside_its_package_or_scoring_twice_is_refused() {
    let now = chrono::DateTime::parse_from_rfc3339("2026-01-30T12:00:00Z").unwrap().with_timezone(&chrono::Utc);
    let make = |scores: Vec<ReturnedScore>, at: &str| read_return(&write_return(&body(scores, at), &key(7)).unwrap(), "r").unwrap();
    let good = make(vec![returned("O1", 3)], "2026-01-20T10:00:00Z");
    assert!(check_return(&good, "r", &record(), None, now).is_ok());
    let error = check_return(&good, "r", &record(), Some("R2"), now).unwrap_err().to_string();
    assert!(error.contains("signs R2's returns"), "{error}");
    let early = make(vec![returned("O1", 3)], "2026-01-09T10:00:00Z");
    assert!(check_return(&early, "r", &record(), None, now).unwrap_err().to_string().contains("before its package was issued"));
    // A reviewer's clock a few minutes ahead is allowed; a day is not.
    let ahead = make(vec![returned("O1", 3)], "2026-01-30T12:04:00Z");
    assert!(check_return(&ahead, "r", &record(), None, now).is_ok());
    let future = make(vec![returned("O1", 3)], "2026-01-31T12:00:00Z");
    assert!(check_return(&future, "r", &record(), None, now).unwrap_err().to_string().contains("later than now"));
    let twice = make(vec![returned("O1", 3), returned("O1", 0)], "2026-01-20T10:00:00Z");
    assert!(check_return(&twice, "r", &record(), None, now).unwrap_err().to_string().contains("scores objective O1 more than once"));
}
