//! The catalogue check: the six files in `locales/` say the same messages. Every message the code
//! names exists in all six; no file holds a message nothing names; each translation uses the
//! English source's placeholders, no more and no fewer; and where English chooses a plural form
//! by a number, each language covers the plural forms its own CLDR rules give whole numbers
//! (Arabic six, Russian four, Chinese one).
//!
//! What the code names is found by reading it: `t("id"` in the window's Svelte and TypeScript,
//! `msg!("id"` and `Message::new("id"` in Rust. A key built at run time is written as a template
//! with a literal prefix, `` t(`region-${code}`) ``, which counts every message of that prefix as
//! named.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use fluent_syntax::ast::{Entry, Expression, InlineExpression, Pattern, PatternElement, VariantKey};
use intl_pluralrules::{PluralRuleType, PluralRules};

const LANGUAGES: [&str; 6] = ["ar", "zh", "en", "fr", "ru", "es"];

/// What one message of a catalogue is made of, for comparing it with the English source.
#[derive(Debug, Default)]
struct Shape {
    /// Every `$variable` the message refers to, in its text or its selectors.
    variables: BTreeSet<String>,
    /// For each variable a select chooses by: the keys of its variants.
    selects: BTreeMap<String, BTreeSet<String>>,
}

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn catalogue(language: &str) -> BTreeMap<String, Shape> {
    let path = root().join("locales").join(format!("{language}.ftl"));
    let text = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = match fluent_syntax::parser::parse(text.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("locales/{language}.ftl does not parse: {errors:#?}"),
    };
    let mut messages = BTreeMap::new();
    for entry in resource.body {
        match entry {
            Entry::Message(message) => {
                let mut shape = Shape::default();
                if let Some(pattern) = &message.value {
                    read_pattern(pattern, &mut shape);
                }
                for attribute in &message.attributes {
                    read_pattern(&attribute.value, &mut shape);
                }
                let id = message.id.name.to_string();
                assert!(messages.insert(id.clone(), shape).is_none(), "locales/{language}.ftl defines {id} twice");
            }
            Entry::Junk { content } => panic!("locales/{language}.ftl has text Fluent cannot read: {content}"),
            _ => {}
        }
    }
    messages
}

fn read_pattern(pattern: &Pattern<&str>, shape: &mut Shape) {
    for element in &pattern.elements {
        if let PatternElement::Placeable { expression } = element {
            read_expression(expression, shape);
        }
    }
}

fn read_expression(expression: &Expression<&str>, shape: &mut Shape) {
    match expression {
        Expression::Select { selector, variants } => {
            read_inline(selector, shape);
            if let InlineExpression::VariableReference { id } = selector {
                let keys = shape.selects.entry(id.name.to_string()).or_default();
                for variant in variants {
                    keys.insert(match &variant.key {
                        VariantKey::Identifier { name } => name.to_string(),
                        VariantKey::NumberLiteral { value } => value.to_string(),
                    });
                }
            }
            for variant in variants {
                read_pattern(&variant.value, shape);
            }
        }
        Expression::Inline(inline) => read_inline(inline, shape),
    }
}

fn read_inline(inline: &InlineExpression<&str>, shape: &mut Shape) {
    match inline {
        InlineExpression::VariableReference { id } => {
            shape.variables.insert(id.name.to_string());
        }
        InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                read_inline(argument, shape);
            }
        }
        InlineExpression::Placeable { expression } => read_expression(expression, shape),
        _ => {}
    }
}

/// The plural categories a language's CLDR rules give the whole numbers a count can be.
fn plural_forms(language: &str) -> BTreeSet<String> {
    let langid: unic_langid::LanguageIdentifier = language.parse().expect("a language tag");
    let rules = PluralRules::create(langid, PluralRuleType::CARDINAL).expect("CLDR rules for the language");
    (0..=1000u32).map(|n| format!("{:?}", rules.select(n).expect("a category")).to_lowercase()).collect()
}

const PLURAL_KEYS: [&str; 6] = ["zero", "one", "two", "few", "many", "other"];

#[test]
fn every_catalogue_has_the_english_messages_with_their_placeholders_and_plural_forms() {
    let english = catalogue("en");
    assert!(english.len() > 100, "the English catalogue holds only {} messages", english.len());
    let mut problems = Vec::new();
    for language in LANGUAGES.into_iter().filter(|l| *l != "en") {
        let translated = catalogue(language);
        let needed = plural_forms(language);
        for id in english.keys().filter(|id| !translated.contains_key(*id)) {
            problems.push(format!("{language}: {id} is missing"));
        }
        for id in translated.keys().filter(|id| !english.contains_key(*id)) {
            problems.push(format!("{language}: {id} is not in the English source"));
        }
        for (id, source) in &english {
            let Some(shape) = translated.get(id) else { continue };
            // A language with one plural form (Chinese) need not name a count English only
            // chooses its plural by.
            let only_chosen_by = |v: &String| needed.len() == 1 && source.selects.contains_key(v);
            let missing = source.variables.difference(&shape.variables).any(|v| !only_chosen_by(v));
            if missing || !shape.variables.is_subset(&source.variables) {
                problems.push(format!(
                    "{language}: {id} uses {:?}, the English source {:?}",
                    shape.variables, source.variables
                ));
            }
            for (variable, keys) in &source.selects {
                if !keys.iter().all(|k| PLURAL_KEYS.contains(&k.as_str())) || needed.len() == 1 {
                    continue; // not a plural, or a language with one form for every number
                }
                let have = shape.selects.get(variable).cloned().unwrap_or_default();
                let lacking: Vec<_> = needed.difference(&have).collect();
                if !lacking.is_empty() {
                    problems.push(format!("{language}: {id} chooses by ${variable} without the plural forms {lacking:?}"));
                }
            }
        }
    }
    assert!(problems.is_empty(), "{} problems in the catalogues:\n{}", problems.len(), problems.join("\n"));
}

/// Every message id the code names, and the prefixes of ids it builds at run time.
fn named_in_code() -> (BTreeSet<String>, BTreeSet<String>) {
    let mut ids = BTreeSet::new();
    let mut prefixes = BTreeSet::new();
    let mut files = Vec::new();
    for dir in ["ui/src", "src", "src-tauri/src"] {
        collect(&root().join(dir), &mut files);
    }
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap_or_default();
        for opener in ["t(\"", "t('", "msg!(\"", "Message::new(\"", "tr(\""] {
            for (at, _) in text.match_indices(opener) {
                // `t(` must be the function itself, not the end of another name (`split(`).
                let before = text[..at].chars().next_back();
                if opener.starts_with('t') && before.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '.') {
                    continue;
                }
                let rest = &text[at + opener.len()..];
                let id: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
                if !id.is_empty() && rest[id.len()..].starts_with(['"', '\'']) {
                    ids.insert(id);
                }
            }
        }
        for (at, _) in text.match_indices("t(`") {
            let rest = &text[at + 3..];
            let prefix: String = rest.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '-').collect();
            if rest[prefix.len()..].starts_with("${") && !prefix.is_empty() {
                prefixes.insert(prefix);
            } else if rest[prefix.len()..].starts_with('`') {
                ids.insert(prefix);
            }
        }
    }
    (ids, prefixes)
}

fn collect(dir: &Path, files: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            collect(&path, files);
        } else if path.extension().is_some_and(|e| e == "svelte" || e == "ts" || e == "rs")
            && !path.to_string_lossy().ends_with(".test.ts")
        {
            files.push(path);
        }
    }
}

#[test]
fn every_message_the_code_names_exists_and_every_message_is_named() {
    let english = catalogue("en");
    let (ids, prefixes) = named_in_code();
    let missing: Vec<_> = ids.iter().filter(|id| !english.contains_key(*id)).collect();
    assert!(missing.is_empty(), "named in the code but not in locales/en.ftl: {missing:?}");
    let unused: Vec<_> = english
        .keys()
        .filter(|id| !ids.contains(*id) && !prefixes.iter().any(|p| id.starts_with(p.as_str())))
        .collect();
    assert!(unused.is_empty(), "in locales/en.ftl but named nowhere in the code: {unused:?}");
}

#[test]
fn the_translations_are_marked_as_awaiting_review() {
    for language in LANGUAGES.into_iter().filter(|l| *l != "en") {
        let text = std::fs::read_to_string(root().join("locales").join(format!("{language}.ftl"))).unwrap_or_default();
        assert!(text.lines().take(3).any(|l| l.contains("NEEDS REVIEW")), "locales/{language}.ftl is not marked as awaiting review");
    }
}
