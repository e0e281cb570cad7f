//! Which column of a sheet holds what: the fields a registration list can fill, the header
//! names each is recognised by in English, French and Spanish (and the product's own column
//! names), the header row found, and the mapping a user saves to use again (a JSON file,
//! docs/formats.md "Sheet mappings"). Also the values that need reading: a country's name in
//! any of the six UN languages or its ISO code, and the words for taking part.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::matching::fold;
use super::read::{column_name, Sheet};
use crate::model::AttendanceStatus;

/// What a column can hold.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, specta::Type)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// A person's whole name ("Marie Dupont", "DUPONT Marie").
    FullName,
    LastName,
    FirstName,
    Organization,
    /// The organization's country: an ISO code or a name in one of the six UN languages.
    Country,
    /// The person's job title ("Chief Technology Officer"); their role in the directory (CTO,
    /// CEO…) is read from it when no role column is given.
    Title,
    /// The person's role as the directory names it (CEO, CTO, CIO, CSO, CxO, delegate…).
    Role,
    Email,
    Phone,
    /// Whether and how they took part ("Attended", "Présent", "Inscrito", "Remote").
    Participation,
    /// An ITU region (a sheet of counts per region): its code or its name in English, French
    /// or Spanish.
    Region,
    /// How many took part from the region.
    Participants,
    /// How many of them were executives.
    Executives,
    /// A meeting of a register: its key, title, kind, first and last day, venue, host, number
    /// of documents, and how its attendance is kept (roster or counts).
    MeetingKey,
    MeetingTitle,
    MeetingKind,
    StartDate,
    EndDate,
    Venue,
    Host,
    Documents,
    AttendanceMode,
    /// A meeting's outcomes, one a line, as its quick capture takes them ("DECISION: …",
    /// "ACTION: owner | text | due 2026-03-01", "PRIORITY: …").
    Outcomes,
}

impl Field {
    pub const ALL: &'static [Field] = &[
        Field::FullName,
        Field::LastName,
        Field::FirstName,
        Field::Organization,
        Field::Country,
        Field::Title,
        Field::Role,
        Field::Email,
        Field::Phone,
        Field::Participation,
        Field::Region,
        Field::Participants,
        Field::Executives,
    ];

    /// The fields of a register of meetings (one meeting a row).
    pub const REGISTER: &'static [Field] = &[
        Field::MeetingKey,
        Field::MeetingTitle,
        Field::MeetingKind,
        Field::StartDate,
        Field::EndDate,
        Field::Venue,
        Field::Host,
        Field::Documents,
        Field::AttendanceMode,
        Field::Outcomes,
    ];

    /// The header names (folded) this field is recognised by, most specific first.
    fn headers(self) -> &'static [&'static str] {
        match self {
            Field::FullName => &[
                "full name", "name", "participant", "participant name", "delegate", "delegate name", "person", "nom complet",
                "nom et prenom", "participant e", "delegue", "nombre completo", "nombre y apellidos", "apellidos y nombre",
                "participante", "delegado",
            ],
            Field::LastName => &["last name", "surname", "family name", "lastname", "nom", "nom de famille", "apellido", "apellidos", "primer apellido"],
            Field::FirstName => &["first name", "given name", "firstname", "forename", "prenom", "prenoms", "nombre", "nombres"],
            Field::Organization => &[
                "organization", "organisation", "organization name", "organisation name", "company", "entity", "institution",
                "affiliation", "employer", "organisme", "entreprise", "societe", "entite", "organizacion", "empresa", "entidad",
                "institucion",
            ],
            Field::Country => &["country", "country of organization", "country organization", "pays", "pais", "pais de la organizacion"],
            Field::Title => &["title", "job title", "position", "titre", "poste", "fonction", "cargo", "puesto", "titulo"],
            Field::Role => &["executive role", "role in directory"],
            Field::Email => &["email", "e mail", "email address", "e mail address", "courriel", "adresse electronique", "correo", "correo electronico"],
            Field::Phone => &["phone", "telephone", "tel", "mobile", "phone number", "numero de telephone", "telefono", "movil"],
            Field::Participation => &[
                "participation", "participation type", "attendance", "attended", "status", "registration status", "participation mode",
                "type de participation", "statut", "mode de participation", "participacion", "tipo de participacion", "estado",
                "asistencia",
            ],
            Field::Region => &["region", "itu region", "region itu", "region de l uit", "region de la uit"],
            Field::Participants => &[
                "participants", "number of participants", "participant count", "nombre de participants", "participantes",
                "numero de participantes",
            ],
            Field::Executives => &["executives", "number of executives", "nombre de dirigeants", "dirigeants", "ejecutivos", "numero de ejecutivos"],
            Field::MeetingKey => &["key", "meeting key", "code", "meeting code", "reference", "ref", "cle", "code de la reunion", "clave", "codigo"],
            Field::MeetingTitle => &["title", "meeting", "meeting title", "name", "event", "titre", "reunion", "intitule", "titulo", "evento"],
            Field::MeetingKind => &["kind", "type", "meeting type", "type de reunion", "tipo", "tipo de reunion"],
            Field::StartDate => &["start date", "start", "date", "from", "date de debut", "debut", "du", "fecha", "fecha de inicio", "inicio", "desde"],
            Field::EndDate => &["end date", "end", "to", "until", "date de fin", "fin", "au", "fecha de fin", "fecha de termino", "hasta"],
            Field::Venue => &["venue", "place", "location", "city", "lieu", "ville", "lugar", "sede", "ciudad"],
            Field::Host => &["host", "organizer", "organiser", "hote", "organisateur", "anfitrion", "organizador"],
            Field::Documents => &["documents", "number of documents", "nombre de documents", "documentos", "numero de documentos"],
            Field::AttendanceMode => &["attendance mode", "attendance kept as", "mode de presence", "modo de asistencia"],
            Field::Outcomes => &["outcomes", "outcome", "decisions and actions", "resultats", "resultat", "decisions et actions", "resultados", "decisiones y acciones"],
        }
    }

    /// How the field is named in messages and in a mapping file.
    pub fn name(self) -> &'static str {
        match self {
            Field::FullName => "full_name",
            Field::LastName => "last_name",
            Field::FirstName => "first_name",
            Field::Organization => "organization",
            Field::Country => "country",
            Field::Title => "title",
            Field::Role => "role",
            Field::Email => "email",
            Field::Phone => "phone",
            Field::Participation => "participation",
            Field::Region => "region",
            Field::Participants => "participants",
            Field::Executives => "executives",
            Field::MeetingKey => "meeting_key",
            Field::MeetingTitle => "meeting_title",
            Field::MeetingKind => "meeting_kind",
            Field::StartDate => "start_date",
            Field::EndDate => "end_date",
            Field::Venue => "venue",
            Field::Host => "host",
            Field::Documents => "documents",
            Field::AttendanceMode => "attendance_mode",
            Field::Outcomes => "outcomes",
        }
    }
}

/// A saved mapping: which header is which field, and how some values read. The same
/// registration system writes the same layout every time; a mapping saved once is used again.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize, specta::Type)]
#[serde(deny_unknown_fields)]
pub struct Mapping {
    /// A name for people to know it by ("ITU registration, French").
    #[serde(default)]
    pub name: String,
    /// The sheet of a workbook to read; its first when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sheet: Option<String>,
    /// The row of the headers (1 for the first); found when not given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub header_row: Option<u32>,
    /// Header text → field. A header not listed is not read.
    pub columns: BTreeMap<String, Field>,
    /// For a field, a value as the sheet writes it → as the product stores it (a country →
    /// its ISO code, a participation word → `attended`, `registered` or `invited`).
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub values: BTreeMap<Field, BTreeMap<String, String>>,
}

/// The field a header names, when it is one of the known names (of a list of people, or of
/// counts per region).
pub fn field_of_header(header: &str) -> Option<Field> {
    let folded = fold(header);
    Field::ALL.iter().copied().find(|f| f.headers().contains(&folded.as_str()))
}

/// The field a header names in a register of meetings ("Title" is then the meeting's).
pub fn register_field_of_header(header: &str) -> Option<Field> {
    let folded = fold(header);
    Field::REGISTER.iter().copied().find(|f| f.headers().contains(&folded.as_str()))
}

/// Whether headers are a register of meetings': a first day and a key or title, and no
/// person's name nor region.
pub fn is_register(headers: &[String]) -> bool {
    let register: Vec<Field> = headers.iter().filter_map(|h| register_field_of_header(h)).collect();
    let list: Vec<Field> = headers.iter().filter_map(|h| field_of_header(h)).collect();
    register.contains(&Field::StartDate)
        && (register.contains(&Field::MeetingKey) || register.contains(&Field::MeetingTitle))
        && !list.iter().any(|f| matches!(f, Field::FullName | Field::LastName | Field::FirstName | Field::Region))
}

/// The header row: among the first ten rows, the one whose cells name the most known fields
/// (the first non-empty row when none names any).
pub fn find_header_row(sheet: &Sheet) -> Option<usize> {
    let mut best: Option<(usize, usize)> = None;
    for (i, row) in sheet.rows.iter().take(10).enumerate() {
        let known = row.cells.iter().filter(|c| field_of_header(&c.text()).or_else(|| register_field_of_header(&c.text())).is_some()).count();
        if known > best.map_or(0, |(_, k)| k) {
            best = Some((i, known));
        }
    }
    best.map(|(i, _)| i).or_else(|| sheet.rows.iter().position(|r| r.cells.iter().any(|c| !c.is_empty())))
}

/// One column of the sheet: its letter, header and the field it is read as.
#[derive(Debug, Clone, PartialEq, Serialize, specta::Type)]
pub struct Column {
    /// `C`
    pub letter: String,
    pub header: String,
    pub field: Option<Field>,
}

/// The columns of the header row, each with its field: from `mapping` where it names the
/// header, else recognised from the header's name. A field is read from one column only: the
/// first that names it.
pub fn columns(headers: &[String], mapping: Option<&Mapping>) -> Vec<Column> {
    let mut taken = std::collections::HashSet::new();
    let recognise = if is_register(headers) { register_field_of_header } else { field_of_header };
    headers
        .iter()
        .enumerate()
        .map(|(i, header)| {
            let field = match mapping {
                Some(m) if !m.columns.is_empty() => m.columns.get(header.trim()).copied(),
                _ => recognise(header),
            }
            .filter(|f| taken.insert(*f));
            Column { letter: column_name(i), header: header.trim().to_string(), field }
        })
        .collect()
}

/// Countries by every name a sheet may give them: the ISO code, and the name in each of the
/// six UN languages (from CLDR, `country_names.tsv`), folded.
pub struct Countries {
    by_name: std::collections::HashMap<String, String>,
}

impl Countries {
    /// `known` are the product's countries (code, English name as the product writes it).
    pub fn new(known: &[(String, String)]) -> Countries {
        let mut by_name = std::collections::HashMap::new();
        for (code, name) in known {
            by_name.insert(fold(code), code.clone());
            by_name.insert(fold(name), code.clone());
        }
        for line in include_str!("country_names.tsv").lines() {
            let mut fields = line.split('\t');
            let Some(code) = fields.next() else { continue };
            if !known.iter().any(|(c, _)| c == code) {
                continue;
            }
            for name in fields.filter(|n| !n.is_empty()) {
                by_name.entry(fold(name)).or_insert_with(|| code.to_string());
            }
        }
        Countries { by_name }
    }

    /// The ISO code of `text`, a code or a name in any of the six languages.
    pub fn code(&self, text: &str) -> Option<String> {
        self.by_name.get(&fold(text)).cloned()
    }
}

/// What a participation word says, in English, French or Spanish: attended (present, in
/// person or remotely), registered (and not known to have come), or invited.
pub fn participation(text: &str) -> Option<AttendanceStatus> {
    let folded = fold(text);
    const ATTENDED: &[&str] = &[
        "attended", "present", "participated", "participant", "in person", "physical", "physically", "on site", "onsite",
        "remote", "remotely", "online", "virtual", "hybrid", "yes", "y", "x", "1", "true", "oui", "si", "presente", "sur place",
        "en personne", "a distance", "en ligne", "a participe", "asistio", "participo", "presencial", "a distancia", "en linea",
        "virtuel", "virtual participation",
    ];
    const REGISTERED: &[&str] = &[
        "registered", "confirmed", "absent", "no show", "did not attend", "no", "n", "0", "false", "inscrit", "inscrite",
        "confirme", "non", "registrado", "registrada", "inscrito", "inscrita", "confirmado", "ausente", "cancelled", "canceled",
        "annule", "cancelado",
    ];
    const INVITED: &[&str] = &["invited", "invite", "invitee", "invitado", "invitada"];
    if ATTENDED.contains(&folded.as_str()) {
        Some(AttendanceStatus::Attended)
    } else if REGISTERED.contains(&folded.as_str()) {
        Some(AttendanceStatus::Registered)
    } else if INVITED.contains(&folded.as_str()) {
        Some(AttendanceStatus::Invited)
    } else {
        None
    }
}

/// The ITU region `text` names: its code (`AFR`), or its name in English, French or Spanish
/// ("Africa", "Afrique", "África", "The Americas", "États arabes", "Asia-Pacífico"…).
pub fn region(text: &str) -> Option<crate::model::Region> {
    use crate::model::Region;
    let folded = fold(text);
    let names: &[(Region, &[&str])] = &[
        (Region::Africa, &["afr", "africa", "afrique"]),
        (Region::Americas, &["ams", "americas", "the americas", "ameriques", "les ameriques", "americas", "las americas"]),
        (Region::ArabStates, &["arb", "arab states", "etats arabes", "estados arabes"]),
        (Region::AsiaPacific, &["asp", "asia and the pacific", "asia pacific", "asie et pacifique", "asie pacifique", "asia y el pacifico", "asia pacifico"]),
        (Region::Cis, &["cis", "cei", "commonwealth of independent states", "communaute des etats independants", "comunidad de estados independientes"]),
        (Region::Europe, &["eur", "europe", "europa"]),
        (Region::Tsb, &["tsb", "tsb staff", "ituts", "bnt", "tsb itu"]),
    ];
    names.iter().find(|(_, n)| n.contains(&folded.as_str())).map(|(r, _)| *r)
}

/// The directory's role a job title says, and whether it is an executive's: a chief officer's
/// title in English, French or Spanish; anyone else is a delegate.
pub fn role_of_title(title: &str) -> crate::model::Role {
    use crate::model::Role;
    let t = format!(" {} ", fold(title));
    let has = |words: &[&str]| words.iter().any(|w| t.contains(&format!(" {w} ")));
    if has(&["cto", "chief technology officer", "chief technical officer", "directeur technique", "directrice technique", "director de tecnologia", "directora de tecnologia", "director tecnico"]) {
        Role::Cto
    } else if has(&["ceo", "chief executive officer", "chief executive", "president directeur general", "pdg", "directeur general", "directrice generale", "director general", "directora general", "director ejecutivo", "consejero delegado"]) {
        Role::Ceo
    } else if has(&["cio", "chief information officer"]) {
        Role::Cio
    } else if has(&["cso", "chief strategy officer"]) {
        Role::Cso
    } else if t.contains(" chief ") && t.contains(" officer ") || has(&["cxo"]) {
        Role::Cxo
    } else {
        Role::Delegate
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_are_recognised_in_three_languages() {
        for (header, field) in [
            ("Last Name", Field::LastName),
            ("Nom", Field::LastName),
            ("Apellidos", Field::LastName),
            ("Prénom", Field::FirstName),
            ("Nombre", Field::FirstName),
            ("Organisation", Field::Organization),
            ("Organización", Field::Organization),
            ("Pays", Field::Country),
            ("País", Field::Country),
            ("E-mail", Field::Email),
            ("Courriel", Field::Email),
            ("Fonction", Field::Title),
            ("Participation", Field::Participation),
            ("name", Field::FullName),
        ] {
            assert_eq!(field_of_header(header), Some(field), "{header}");
        }
        assert_eq!(field_of_header("Dietary needs"), None);
        assert_eq!(field_of_header("Région"), Some(Field::Region));
        assert_eq!(field_of_header("Nombre de participants"), Some(Field::Participants));
        assert_eq!(field_of_header("Ejecutivos"), Some(Field::Executives));
        use crate::model::Region;
        assert_eq!(region("Afrique"), Some(Region::Africa));
        assert_eq!(region("Asia-Pacífico"), Some(Region::AsiaPacific));
        assert_eq!(region("États arabes"), Some(Region::ArabStates));
        assert_eq!(region("EUR"), Some(Region::Europe));
        assert_eq!(region("Atlantis"), None);
    }

    #[test]
    fn countries_are_read_in_the_six_languages_and_by_code() {
        let countries = Countries::new(&[("CH".into(), "Switzerland".into()), ("CI".into(), "Côte d'Ivoire".into())]);
        for text in ["CH", "ch", "Switzerland", "Suisse", "Suiza", "Швейцария", "瑞士", "سويسرا", "Cote d'Ivoire", "Côte d’Ivoire"] {
            assert_eq!(countries.code(text).as_deref(), Some(text).and(Some(if text.contains("te d") { "CI" } else { "CH" })), "{text}");
        }
        assert_eq!(countries.code("Atlantis"), None);
    }

    #[test]
    fn participation_and_titles_read_as_the_directory_stores_them() {
        assert_eq!(participation("Présent"), Some(AttendanceStatus::Attended));
        assert_eq!(participation("À distance"), Some(AttendanceStatus::Attended));
        assert_eq!(participation("Inscrito"), Some(AttendanceStatus::Registered));
        assert_eq!(participation("Invited"), Some(AttendanceStatus::Invited));
        assert_eq!(participation("maybe"), None);
        use crate::model::Role;
        assert_eq!(role_of_title("Chief Technology Officer"), Role::Cto);
        assert_eq!(role_of_title("Directrice technique"), Role::Cto);
        assert_eq!(role_of_title("Director General"), Role::Ceo);
        assert_eq!(role_of_title("Chief Digital Officer"), Role::Cxo);
        assert_eq!(role_of_title("Senior engineer"), Role::Delegate);
    }
}
