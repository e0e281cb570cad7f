//! Matching the names a sheet spells to the records of the directory: pure computations, no
//! database. A name is first normalised (case, accents, punctuation, Arabic letter forms, an
//! organization's legal form, a person's honorifics and word order), then scored against each
//! candidate (Jaro-Winkler on the whole name, and the share of words in common), and the best
//! candidate put in one of three bands:
//!
//! - **auto**: the same name once normalised, held by one record only, with no country that
//!   contradicts it; or the same e-mail address;
//! - **review**: candidates close enough to be worth a look, with their scores and what differs;
//! - **new**: nothing close.
//!
//! The thresholds are constants here, stated in docs/import-sheets.md and measured by the
//! labelled set in `tests/matching.rs`.

use std::collections::{HashMap, HashSet};

use serde::Serialize;
use unicode_normalization::UnicodeNormalization;

/// Where a name falls.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Band {
    Auto,
    Review,
    New,
}

/// A record of the directory a name may be: its name as stored, its country (organizations),
/// and its e-mail address (people).
#[derive(Debug, Clone, PartialEq)]
pub struct Known {
    pub id: i64,
    pub name: String,
    pub country: Option<String>,
    pub email: Option<String>,
}

/// One candidate for a name, with its score (0–1) and what differs from the name given.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Candidate {
    pub name: String,
    pub score: f64,
    pub differs: String,
    #[serde(skip)]
    pub id: i64,
}

/// Where a name falls and why.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Matched {
    pub band: Band,
    /// The record taken in the auto band; the best candidate in review; none when new.
    pub candidates: Vec<Candidate>,
}

impl Matched {
    /// The best candidate's score, 0 when there is none.
    pub fn score(&self) -> f64 {
        self.candidates.first().map_or(0.0, |c| c.score)
    }
}

/// At or above this score a candidate is shown for review.
pub const REVIEW_AT: f64 = 0.86;
/// The candidates shown for review, at most.
pub const SHOWN: usize = 3;

/// Words of an organization's legal form, dropped before comparing: "Huawei Technologies Co.,
/// Ltd." and "Huawei Technologies" are one name.
const LEGAL_FORMS: &[&str] = &[
    "co", "company", "ltd", "limited", "inc", "incorporated", "corp", "corporation", "llc", "plc", "ag", "sa", "s a",
    "gmbh", "srl", "spa", "s p a", "bv", "nv", "ab", "oy", "oyj", "as", "asa", "kk", "sas", "sarl", "sl", "pte", "pty",
    "bhd", "sdn", "jsc", "pjsc", "ojsc", "oao", "pao", "ooo", "group", "holding", "holdings", "the", "de", "cv", "sab",
];

/// Words before or after a person's name that are not their name.
const HONORIFICS: &[&str] = &[
    "mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "m", "mme", "mlle", "sr", "sra", "srta", "don", "dona",
    "ing", "eng", "h e", "he", "excellency",
];

/// Text folded for comparison: Unicode compatibility forms, lower case, accents and Arabic
/// short vowels dropped, Arabic letter variants made one (alef forms, teh marbuta, alef
/// maqsura), punctuation to spaces, spaces collapsed.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.nfkd() {
        if unicode_normalization::char::is_combining_mark(c) || ('\u{064B}'..='\u{065F}').contains(&c) || c == '\u{0640}' {
            continue;
        }
        let c = match c {
            'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
            'ة' => 'ه',
            'ى' => 'ي',
            'ß' => 's',
            _ => c,
        };
        if c.is_alphanumeric() {
            out.extend(c.to_lowercase());
        } else if c == '&' {
            out.push_str(" and ");
        } else {
            out.push(' ');
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Drops the words of `drop` (single words, or two-word forms such as "s a") from folded text.
fn without(folded: &str, drop: &[&str]) -> String {
    let words: Vec<&str> = folded.split(' ').collect();
    let mut kept = Vec::new();
    let mut i = 0;
    while i < words.len() {
        if i + 1 < words.len() && drop.contains(&format!("{} {}", words[i], words[i + 1]).as_str()) {
            i += 2;
            continue;
        }
        // A long word of the list mistyped ("Coproration", "Liimted") is the word.
        let dropped = drop.contains(&words[i])
            || (words[i].len() >= 6 && drop.iter().any(|d| d.len() >= 6 && strsim::osa_distance(d, words[i]) <= 1));
        if !dropped {
            kept.push(words[i]);
        }
        i += 1;
    }
    // A name made only of such words ("The Group") keeps them.
    if kept.is_empty() {
        return folded.to_string();
    }
    kept.join(" ")
}

/// An organization's name as compared: folded, its legal form dropped.
pub fn organization_key(name: &str) -> String {
    without(&fold(name), LEGAL_FORMS)
}

/// A person's name as compared: folded, honorifics dropped, words sorted (so that "DUPONT
/// Marie", "Marie Dupont" and "Dupont, Marie" are one name).
pub fn person_key(name: &str) -> String {
    let folded = without(&fold(name), HONORIFICS);
    let mut words: Vec<&str> = folded.split(' ').filter(|w| !w.is_empty()).collect();
    words.sort_unstable();
    words.join(" ")
}

/// The score of two compared keys: the better of Jaro-Winkler on the whole keys and on their
/// words sorted, and of the share of the shorter key's words found in the longer one, that
/// share weighed down when the longer has many more words.
pub fn similarity(a: &str, b: &str) -> f64 {
    if a == b {
        return 1.0;
    }
    if a.is_empty() || b.is_empty() {
        return 0.0;
    }
    let whole = strsim::jaro_winkler(a, b);
    let (wa, wb): (HashSet<&str>, HashSet<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let common = wa.intersection(&wb).count() as f64;
    let (short, long) = if wa.len() <= wb.len() { (wa.len(), wb.len()) } else { (wb.len(), wa.len()) };
    let contained = common / short as f64 * (short as f64 / long as f64).sqrt();
    whole.max(contained)
}

/// What differs between a name given and a candidate, for the reviewer: the words only one
/// has, and the countries when they differ.
fn differs(given: &str, candidate: &Known, country: Option<&str>, key: fn(&str) -> String, (here, there): (&str, &str)) -> String {
    let (a, b) = (key(given), key(&candidate.name));
    let (wa, wb): (HashSet<&str>, HashSet<&str>) = (a.split(' ').collect(), b.split(' ').collect());
    let mut parts = Vec::new();
    let only_given: Vec<&str> = a.split(' ').filter(|w| !wb.contains(w)).collect();
    let only_known: Vec<&str> = b.split(' ').filter(|w| !wa.contains(w)).collect();
    if !only_given.is_empty() {
        parts.push(format!("only in {here}: {}", only_given.join(" ")));
    }
    if !only_known.is_empty() {
        parts.push(format!("only in {there}: {}", only_known.join(" ")));
    }
    if let (Some(given), Some(known)) = (country, candidate.country.as_deref()) {
        if !given.eq_ignore_ascii_case(known) {
            parts.push(format!("country {given} in {here}, {known} in {there}"));
        }
    }
    if parts.is_empty() && given.trim() != candidate.name.trim() {
        parts.push("spelling only (case, accents, punctuation, legal form or word order)".into());
    }
    parts.join("; ")
}

/// The index entry of a word's first three letters (`nok…`), for words longer than that.
fn prefix(word: &str) -> Option<String> {
    let letters: Vec<char> = word.chars().collect();
    (letters.len() > 3).then(|| format!("{}…", letters[..3].iter().collect::<String>()))
}

/// The directory of one kind, indexed for matching: by compared key, by word, by e-mail, and
/// by the aliases accepted before.
pub struct Directory {
    known: Vec<Known>,
    keys: Vec<String>,
    /// Each name's letters without spaces (`minjunkim`), for names split or joined otherwise.
    compact: Vec<String>,
    by_key: HashMap<String, Vec<usize>>,
    by_word: HashMap<String, Vec<usize>>,
    /// By each three letters of the compact name, for a name mistyped anywhere.
    by_trigram: HashMap<String, Vec<usize>>,
    by_email: HashMap<String, usize>,
    key: fn(&str) -> String,
    /// How what differs names the name looked for and the record found.
    labels: (&'static str, &'static str),
}

/// A name's letters without its spaces, honorifics and legal form left out as `key` leaves them,
/// in the order written.
fn compact(name: &str, key: fn(&str) -> String) -> String {
    let folded = fold(name);
    let kept: HashSet<String> = key(name).split(' ').map(str::to_string).collect();
    folded.split(' ').filter(|w| kept.contains(*w)).collect()
}

/// The three-letter pieces of `text`.
fn trigrams(text: &str) -> Vec<String> {
    let letters: Vec<char> = text.chars().collect();
    if letters.len() < 3 {
        return vec![text.to_string()];
    }
    letters.windows(3).map(|w| w.iter().collect()).collect()
}

impl Directory {
    pub fn organizations(known: Vec<Known>) -> Directory {
        Directory::new(known, organization_key)
    }

    pub fn people(known: Vec<Known>) -> Directory {
        Directory::new(known, person_key)
    }

    fn new(known: Vec<Known>, key: fn(&str) -> String) -> Directory {
        let keys: Vec<String> = known.iter().map(|k| key(&k.name)).collect();
        let compacts: Vec<String> = known.iter().map(|k| compact(&k.name, key)).collect();
        let mut by_key: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_word: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_trigram: HashMap<String, Vec<usize>> = HashMap::new();
        let mut by_email = HashMap::new();
        for (i, c) in compacts.iter().enumerate() {
            let mut seen = HashSet::new();
            for t in trigrams(c) {
                if seen.insert(t.clone()) {
                    by_trigram.entry(t).or_default().push(i);
                }
            }
        }
        for (i, k) in keys.iter().enumerate() {
            by_key.entry(k.clone()).or_default().push(i);
            for word in k.split(' ').filter(|w| w.chars().count() > 1) {
                by_word.entry(word.to_string()).or_default().push(i);
                // And by its first three letters, for a word misspelt after them ("Nokla").
                if let Some(prefix) = prefix(word) {
                    by_word.entry(prefix).or_default().push(i);
                }
            }
            if let Some(email) = known[i].email.as_deref().filter(|e| !e.trim().is_empty()) {
                by_email.insert(email.trim().to_lowercase(), i);
            }
        }
        Directory { known, keys, compact: compacts, by_key, by_word, by_trigram, by_email, key, labels: ("the sheet", "the directory") }
    }

    /// Says what differs as between two records of the directory ("only in the one", "only in
    /// the other"), not a sheet's name and a record.
    pub fn among_themselves(mut self) -> Directory {
        self.labels = ("the one", "the other");
        self
    }

    /// Teaches the directory that `text` is record `id` (an alias accepted before): a name
    /// spelled so is then found as that record, in the auto band when no other has it. An
    /// alias of a record not in the directory is passed over.
    pub fn alias(&mut self, text: &str, id: i64) {
        let Some(known) = self.known.iter().find(|k| k.id == id).cloned() else { return };
        let i = self.known.len();
        self.known.push(known);
        let key = (self.key)(text);
        self.keys.push(key.clone());
        self.compact.push(compact(text, self.key));
        self.by_key.entry(key).or_default().push(i);
    }

    /// The record already taken for a name a sheet spells the same way once compared (a name
    /// earlier in the same sheet, or an alias), added as known.
    pub fn remember(&mut self, name: &str, id: i64, country: Option<String>) {
        let i = self.known.len();
        self.known.push(Known { id, name: name.to_string(), country, email: None });
        let key = (self.key)(name);
        self.keys.push(key.clone());
        self.compact.push(compact(name, self.key));
        self.by_key.entry(key).or_default().push(i);
    }

    /// Where `name` falls (with `country` and `email` from the same row, when the sheet has
    /// them), and its candidates, best first.
    pub fn find(&self, name: &str, country: Option<&str>, email: Option<&str>) -> Matched {
        let key = (self.key)(name);
        if let Some(&i) = email.map(|e| e.trim().to_lowercase()).and_then(|e| self.by_email.get(&e)) {
            let candidate = self.candidate(i, name, country, 1.0);
            return Matched { band: Band::Auto, candidates: vec![candidate] };
        }
        // Candidates: the records with the same key, and those sharing a word (the rarest
        // words first, so that a common first name does not bring in half the directory).
        // A word (or three-letter piece) most names have says nothing, and is passed over.
        let common = (self.keys.len() / 50).max(50);
        // Candidates: the records with the same key, and those sharing a rarer word or the
        // first three letters of one.
        let mut pool: Vec<usize> = self.by_key.get(&key).cloned().unwrap_or_default();
        for word in key.split(' ').flat_map(|w| [Some(w.to_string()), prefix(w)]).flatten() {
            if let Some(list) = self.by_word.get(&word).filter(|l| l.len() <= common) {
                pool.extend(list);
            }
        }
        pool.sort_unstable();
        pool.dedup();
        let own = compact(name, self.key);
        let reversed: String = {
            // The compact name with its last word first ("Kim Min-jun" for "Min-jun Kim").
            let folded = fold(name);
            let mut words: Vec<&str> = folded.split(' ').collect();
            if let Some(last) = words.pop() {
                words.insert(0, last);
            }
            words.concat()
        };
        let score = |i: usize| {
            let compact = &self.compact[i];
            let joined = strsim::jaro_winkler(&own, compact).max(strsim::jaro_winkler(&reversed, compact));
            // Written apart or together only ("Min-jun" and "Minjun"): close, never the same.
            (i, similarity(&key, &self.keys[i]).max(joined.min(0.97)))
        };
        let mut scored: Vec<(usize, f64)> = pool.into_iter().map(score).filter(|(_, s)| *s >= REVIEW_AT).collect();
        if scored.is_empty() {
            // Nothing by its words: the names sharing the most three-letter pieces, for a name
            // mistyped anywhere ("Teelfónica").
            let mut shared: HashMap<usize, usize> = HashMap::new();
            for t in trigrams(&own).into_iter().collect::<HashSet<_>>() {
                if let Some(list) = self.by_trigram.get(&t).filter(|l| l.len() <= common) {
                    for &i in list {
                        *shared.entry(i).or_default() += 1;
                    }
                }
            }
            let mut by_shared: Vec<(usize, usize)> = shared.into_iter().collect();
            by_shared.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            scored = by_shared.into_iter().take(40).map(|(i, _)| score(i)).filter(|(_, s)| *s >= REVIEW_AT).collect();
        }
        // Best first, each record once (a record may be found by its name and by an alias).
        scored.sort_by(|a, b| b.1.total_cmp(&a.1).then_with(|| self.known[a.0].name.cmp(&self.known[b.0].name)));
        let mut seen = HashSet::new();
        scored.retain(|(i, _)| seen.insert(self.known[*i].id));
        // The records that have the name looked for once compared, by their name or an alias.
        let same_key = scored.iter().filter(|(i, _)| self.keys[*i] == key).count();
        let first_same = scored.first().is_some_and(|(i, _)| self.keys[*i] == key);
        scored.truncate(SHOWN);
        let candidates: Vec<Candidate> = scored.into_iter().map(|(i, score)| self.candidate(i, name, country, score)).collect();
        let band = match candidates.as_slice() {
            [] => Band::New,
            [first, ..] => {
                // The same name once compared, and the only one: another that differs only
                // slightly (a digit, a letter) is a different record, not a doubt.
                let conflict = first.differs.contains("country ");
                if first_same && same_key == 1 && !conflict {
                    Band::Auto
                } else {
                    Band::Review
                }
            }
        };
        Matched { band, candidates }
    }

    fn candidate(&self, i: usize, name: &str, country: Option<&str>, score: f64) -> Candidate {
        let known = &self.known[i];
        Candidate {
            name: known.name.clone(),
            score: (score * 1000.0).round() / 1000.0,
            differs: differs(name, known, country, self.key, self.labels),
            id: known.id,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn org(id: i64, name: &str, country: &str) -> Known {
        Known { id, name: name.into(), country: Some(country.into()), email: None }
    }

    #[test]
    fn names_are_folded_before_they_are_compared() {
        assert_eq!(organization_key("Huawei Technologies Co., Ltd."), "huawei technologies");
        assert_eq!(organization_key("HUAWEI TECHNOLOGIES"), "huawei technologies");
        assert_eq!(organization_key("Telefónica, S.A."), "telefonica");
        assert_eq!(organization_key("Deutsche Telekom AG"), "deutsche telekom");
        assert_eq!(organization_key("AT&T Inc."), "at and t");
        assert_eq!(person_key("DUPONT Marie"), person_key("Marie Dupont"));
        assert_eq!(person_key("Dr. Marie DUPONT"), person_key("dupont, marie"));
        assert_eq!(person_key("Mme Renée Lefèvre"), "lefevre renee");
        // Arabic: hamza forms, teh marbuta and short vowels are one.
        assert_eq!(fold("أَحْمَد"), fold("احمد"));
        assert_eq!(fold("مؤسسة"), fold("مؤسسه"));
    }

    #[test]
    fn each_band_is_reached_for_what_it_means() {
        let directory = Directory::organizations(vec![
            org(1, "Huawei Technologies Co., Ltd.", "CN"),
            org(2, "Orange", "FR"),
            org(3, "Orange Belgium", "BE"),
            org(4, "Nokia", "FI"),
        ]);
        let found = directory.find("HUAWEI TECHNOLOGIES", Some("CN"), None);
        assert_eq!((found.band, found.candidates[0].id), (Band::Auto, 1));
        // A shorter spelling is a question, not an answer.
        let found = directory.find("Huawei", Some("CN"), None);
        assert_eq!(found.band, Band::Review, "{found:?}");
        assert_eq!(found.candidates[0].id, 1);
        // Same name, another country: one group's operator elsewhere is asked about.
        let found = directory.find("Orange", Some("BE"), None);
        assert_eq!(found.band, Band::Review, "{found:?}");
        assert!(found.candidates[0].differs.contains("country BE in the sheet, FR in the directory"), "{found:?}");
        // Nothing close.
        assert_eq!(directory.find("Ericsson", Some("SE"), None).band, Band::New);
        assert_eq!(directory.find("Nokla", None, None).band, Band::Review);
    }

    #[test]
    fn an_alias_taught_once_is_matched_at_once() {
        let mut directory = Directory::organizations(vec![org(1, "Huawei Technologies Co., Ltd.", "CN"), org(2, "Nokia", "FI")]);
        assert_eq!(directory.find("Huawei Tech.", Some("CN"), None).band, Band::Review);
        directory.alias("Huawei Tech.", 1);
        let found = directory.find("HUAWEI TECH", Some("CN"), None);
        assert_eq!((found.band, found.candidates[0].id, found.candidates[0].name.as_str()), (Band::Auto, 1, "Huawei Technologies Co., Ltd."));
        assert_eq!(found.candidates.len(), 1, "the record once, though found by its name and its alias: {found:?}");
        // An alias of a record that is gone teaches nothing.
        directory.alias("Alcatel", 99);
        assert_eq!(directory.find("Alcatel", None, None).band, Band::New);
    }

    #[test]
    fn a_person_is_found_by_e_mail_whatever_the_spelling() {
        let directory = Directory::people(vec![Known { id: 7, name: "Ana Pérez".into(), country: None, email: Some("ana@example.org".into()) }]);
        let found = directory.find("PEREZ GARCIA Ana", None, Some("ANA@example.org "));
        assert_eq!((found.band, found.candidates[0].id), (Band::Auto, 7));
        assert_eq!(directory.find("Perez, Ana", None, None).band, Band::Auto);
        assert_eq!(directory.find("Ana Perez Garcia", None, None).band, Band::Review);
    }
}
