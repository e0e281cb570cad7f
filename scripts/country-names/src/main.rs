// The name of each country in the six UN languages (code, ar, zh, en, fr, ru, es), from CLDR.
use icu_experimental::displaynames::{multi::RegionDisplayNames, DisplayNamesOptions};
use icu_locale::{subtags::Region, Locale};
use std::io::BufRead;

fn main() {
    let languages = ["ar", "zh", "en", "fr", "ru", "es"];
    let names: Vec<RegionDisplayNames> = languages
        .iter()
        .map(|l| RegionDisplayNames::try_new(l.parse::<Locale>().unwrap().into(), DisplayNamesOptions::default()).unwrap())
        .collect();
    for line in std::io::stdin().lock().lines() {
        let code = line.unwrap();
        let region: Region = code.trim().parse().unwrap();
        let row: Vec<String> = names.iter().map(|n| n.of(region).unwrap_or("").to_string()).collect();
        println!("{}\t{}", code.trim(), row.join("\t"));
    }
}
