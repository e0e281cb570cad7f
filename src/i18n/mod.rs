//! The product's words in the six languages of ITU, from the Fluent catalogues in `locales/` at
//! the repository's top level: the same files the window reads. The core never hands a face a
//! finished sentence where a user reads it in their language: it hands a [`Message`], an id in
//! the catalogue and its arguments, which each face renders in its user's language. The command
//! line renders English (its output is a scripting interface), and the review summary renders the
//! document language the rapporteur chose.
//!
//! What this module does not know: who the user is or what they chose; a face passes the
//! [`Language`].

use std::collections::BTreeMap;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};

/// One of the six languages of ITU, in the order ITU lists them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    Ar,
    Zh,
    En,
    Fr,
    Ru,
    Es,
}

/// A text as the core hands it over: the catalogue's message id and its arguments. Faces render
/// it in their user's language; `Display`-style English comes from [`Message::english`].
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, specta::Type)]
pub struct Message {
    pub id: String,
    pub args: BTreeMap<String, Arg>,
}

/// An argument of a [`Message`]: a name or other text (isolated by direction when shown), or a
/// number (formatted, and chosen plurals by, the language's own rules).
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize, specta::Type)]
#[serde(untagged)]
pub enum Arg {
    Number(f64),
    Text(String),
}

impl Language {
    pub const ALL: [Language; 6] = [Language::Ar, Language::Zh, Language::En, Language::Fr, Language::Ru, Language::Es];

    /// The ISO 639-1 code, as the catalogue files are named (`ar`, `zh`…).
    pub fn code(self) -> &'static str {
        match self {
            Language::Ar => "ar",
            Language::Zh => "zh",
            Language::En => "en",
            Language::Fr => "fr",
            Language::Ru => "ru",
            Language::Es => "es",
        }
    }

    /// The language of a code or locale tag (`fr`, `fr-CH`, `zh_CN.UTF-8`), if it is one of six.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_', '.', '@']).next()?.to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.code() == primary)
    }

    /// Arabic is written right to left; the others left to right.
    pub fn is_right_to_left(self) -> bool {
        self == Language::Ar
    }

    /// The catalogue's text: `locales/<code>.ftl`, built into the program.
    pub fn source(self) -> &'static str {
        match self {
            Language::Ar => include_str!("../../locales/ar.ftl"),
            Language::Zh => include_str!("../../locales/zh.ftl"),
            Language::En => include_str!("../../locales/en.ftl"),
            Language::Fr => include_str!("../../locales/fr.ftl"),
            Language::Ru => include_str!("../../locales/ru.ftl"),
            Language::Es => include_str!("../../locales/es.ftl"),
        }
    }
}

impl std::str::FromStr for Language {
    type Err = String;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Language::from_tag(text.trim()).ok_or_else(|| format!("\"{text}\" is not one of ITU's languages: ar, zh, en, fr, ru, es"))
    }
}

impl From<&str> for Arg {
    fn from(text: &str) -> Self {
        Arg::Text(text.to_string())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Self {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Self {
        Arg::Text(text.clone())
    }
}

macro_rules! number_args {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            #[allow(clippy::cast_precision_loss, clippy::cast_lossless)]
            fn from(n: $t) -> Self {
                Arg::Number(n as f64)
            }
        }
    )*};
}
number_args!(i32, i64, u32, u64, usize, f64);

impl Message {
    pub fn new(id: &str) -> Self {
        Message { id: id.to_string(), args: BTreeMap::new() }
    }

    pub fn arg(mut self, name: &str, value: impl Into<Arg>) -> Self {
        self.args.insert(name.to_string(), value.into());
        self
    }

    /// The message in `language`, names isolated by direction where their direction could
    /// reorder the sentence: every name in a right-to-left language, a name holding right-to-left
    /// letters in a left-to-right one (for documents and windows).
    pub fn render(&self, language: Language) -> String {
        catalogue(language).render(self, true)
    }

    /// The message in English without direction marks: the command line's text.
    pub fn english(&self) -> String {
        catalogue(Language::En).render(self, false)
    }
}

/// A message by id with its arguments: `msg!("error-busy", path = p, waited = 5)`. The catalogue
/// check (tests/catalogue.rs) finds every id written this way and requires it in all six files.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::i18n::Message::new($id)$(.arg(stringify!($name), $value))*
    };
}

/// Letters written right to left (Hebrew, Arabic, Syriac, Thaana, N'Ko and their forms): a name
/// holding one is isolated even in a left-to-right sentence. A Latin name in a left-to-right
/// sentence has nothing to reorder, and is left as it is (as the window does).
fn has_right_to_left_letters(text: &str) -> bool {
    text.chars().any(|c| matches!(c, '\u{0590}'..='\u{08ff}' | '\u{fb1d}'..='\u{fdff}' | '\u{fe70}'..='\u{feff}'))
}

/// One language's parsed catalogue.
pub struct Catalogue {
    language: Language,
    bundle: FluentBundle<FluentResource>,
}

/// The catalogue of `language`, parsed once. A message missing from a translation falls back to
/// English (the catalogue check keeps that from shipping).
pub fn catalogue(language: Language) -> &'static Catalogue {
    static CATALOGUES: [OnceLock<Catalogue>; 6] = [const { OnceLock::new() }; 6];
    let slot = Language::ALL.iter().position(|l| *l == language).unwrap_or(2);
    CATALOGUES[slot].get_or_init(|| Catalogue::parse(language))
}

impl Catalogue {
    fn parse(language: Language) -> Catalogue {
        let tag = if language == Language::Zh { "zh-Hans" } else { language.code() };
        let langid = tag.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Fluent's own isolation would wrap numbers too; names are isolated in `render`.
        bundle.set_use_isolating(false);
        // The catalogues are the product's own files, checked by a test before they ship; a
        // syntax error there leaves the broken message out rather than stop the program.
        let resource = FluentResource::try_new(language.source().to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        Catalogue { language, bundle }
    }

    /// Whether the catalogue holds the message `id`.
    pub fn has(&self, id: &str) -> bool {
        self.bundle.has_message(id)
    }

    fn render(&self, message: &Message, isolate: bool) -> String {
        let mut args = FluentArgs::new();
        for (name, value) in &message.args {
            match value {
                Arg::Number(n) => args.set(name.as_str(), FluentValue::from(*n)),
                Arg::Text(t) if isolate && (self.language.is_right_to_left() || has_right_to_left_letters(t)) => {
                    args.set(name.as_str(), FluentValue::from(format!("\u{2068}{t}\u{2069}")))
                }
                Arg::Text(t) => args.set(name.as_str(), FluentValue::from(t.as_str())),
            }
        }
        let pattern = self.bundle.get_message(&message.id).and_then(|m| m.value());
        match pattern {
            Some(pattern) => {
                let mut errors = Vec::new();
                let text = self.bundle.format_pattern(pattern, Some(&args), &mut errors);
                text.into_owned()
            }
            None if self.language != Language::En => catalogue(Language::En).render(message, isolate),
            None => message.id.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_renders_in_each_language_with_english_as_the_fallback() {
        assert_eq!(msg!("language-label").render(Language::Fr), "Langue");
        assert_eq!(msg!("language-label").english(), "Language");
        let unknown = "no-such-message";
        assert_eq!(Message::new(unknown).render(Language::Ar), unknown);
    }

    #[test]
    fn names_are_isolated_where_their_direction_could_reorder_the_sentence() {
        let said = |language, address: &str| msg!("error-password-needed", address = address).render(language);
        assert_eq!(said(Language::Fr, "db.example"), "db.example demande un mot de passe");
        assert_eq!(said(Language::Fr, "خادم"), "\u{2068}خادم\u{2069} demande un mot de passe");
        assert!(said(Language::Ar, "db.example").contains("\u{2068}db.example\u{2069}"));
    }

    #[test]
    fn a_locale_tag_names_its_language() {
        assert_eq!(Language::from_tag("fr_CH.UTF-8"), Some(Language::Fr));
        assert_eq!(Language::from_tag("zh-Hant-TW"), Some(Language::Zh));
        assert_eq!(Language::from_tag("de"), None);
        assert_eq!("ar".parse::<Language>(), Ok(Language::Ar));
    }
}
