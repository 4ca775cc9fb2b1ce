//! The importers' reasons in Spanish: a rejected row of each format, a refused file and header,
//! a refused feed and a feed's notes, each worded from import.ftl; the English wording is the
//! one the other tests hold.

use super::messages::import_messages;
use super::tests::{csv, db, import, write};
use crate::i18n::Lang;

fn spanish(report: &super::messages::ImportReport) -> Vec<(usize, String)> {
    report
        .rejected
        .iter()
        .map(|error| (error.line, error.message(Lang::Es)))
        .collect()
}

#[test]
fn a_rejected_row_is_explained_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let rows = "threads,dm,Ana,Hola,2026-11-23 09:30,\n\
                instagram,carta,,Hola,ayer,\n\
                instagram,dm,Ana,\"sin cerrar,2026-11-23 09:30,\n";
    let report = import(&mut db, &write(dir.path(), "m.csv", csv(rows)), false);
    let said = spanish(&report);
    assert_eq!(
        said[0],
        (
            2,
            "canal desconocido «threads»; los canales son instagram:@cafelanora, x:@cafelanora, \
             mastodon:@cafelanora@mastodon.social"
                .to_string()
        )
    );
    assert_eq!(said[1], (3, "falta «author»".to_string()));
    assert_eq!(
        said[2],
        (
            3,
            "«kind» no admite «carta»; los valores posibles son dm, comment, reply, review, \
             email, mention"
                .to_string()
        )
    );
    assert_eq!(
        said[3],
        (
            3,
            "«received_at» «ayer» no es una fecha y hora; escribe 2026-11-23T09:30:00Z, \
             2026-11-23T10:30:00+01:00 o 2026-11-23 09:30 (se toma como UTC)"
                .to_string()
        )
    );
    assert_eq!(
        said[4],
        (
            4,
            "el valor entre comillas de la columna 4 no se cierra nunca; una comilla dentro de \
             un valor se escribe doble (\"\")"
                .to_string()
        )
    );
    // The same reasons, in English, as they always read.
    assert_eq!(
        report.rejected[1].message(Lang::En),
        "“author” is missing".to_string()
    );
    assert!(
        report.rejected[2]
            .reason
            .to_string()
            .starts_with("unknown kind “carta”; the kinds are dm")
    );
}

#[test]
fn a_row_with_too_many_values_and_an_overlong_field_are_counted_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let long = "a".repeat(super::MAX_FIELD_CHARS + 1);
    let rows = format!(
        "instagram,dm,Ana,Hola,2026-11-23 09:30,,sobra\ninstagram,dm,Ana,{long},2026-11-23 09:30,\n"
    );
    let report = import(&mut db, &write(dir.path(), "m.csv", csv(&rows)), false);
    let said = spanish(&report);
    assert_eq!(
        said[0].1,
        "tiene 7 valores, pero la cabecera nombra 6 columnas; un valor que lleva una coma debe ir \
         entre comillas"
    );
    assert_eq!(
        said[1].1,
        "«body» tiene 100.001 caracteres; un campo admite 100.000 como máximo"
    );
}

#[test]
fn a_refused_file_and_its_header_are_explained_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let columns = write(dir.path(), "m.csv", "channel,autor,kind,body,received_at\n");
    let error = import_messages(&mut db, &columns, false, &|_| {}).unwrap_err();
    let said = error.message(Lang::Es);
    assert!(
        said.starts_with("no se ha importado ") && said.contains("m.csv: línea 1: "),
        "{said}"
    );
    assert!(
        said.contains(
            "«autor» no es una columna de mensajes, falta la columna obligatoria «author»; las \
             columnas son channel, kind"
        ),
        "{said}"
    );
    assert_eq!(error.message(Lang::En), error.to_string());
    let missing = import_messages(&mut db, &dir.path().join("nope.csv"), false, &|_| {})
        .unwrap_err()
        .message(Lang::Es);
    assert!(missing.starts_with("no se ha podido leer "), "{missing}");
    assert!(
        missing.ends_with(": no existe el archivo o la carpeta"),
        "{missing}"
    );
    let latin1 = write(dir.path(), "l.json", b"[\n{\"body\": \"caf\xe9\"}]");
    let error = import_messages(&mut db, &latin1, false, &|_| {}).unwrap_err();
    assert!(
        error
            .message(Lang::Es)
            .ends_with("no es texto UTF-8 (línea 2); guárdalo como UTF-8 y vuelve a importarlo"),
        "{}",
        error.message(Lang::Es)
    );
    let json = write(dir.path(), "m.json", r#"{"mensajes": []}"#);
    let error = import_messages(&mut db, &json, false, &|_| {}).unwrap_err();
    assert!(
        error.message(Lang::Es).ends_with(
            "el JSON debe ser una lista de mensajes o un objeto con una lista «messages»"
        ),
        "{}",
        error.message(Lang::Es)
    );
}

#[test]
fn a_rejected_mention_and_person_are_explained_in_spanish() {
    let dir = tempfile::tempdir().unwrap();
    let mut db = db();
    let mentions = write(
        dir.path(),
        "m.json",
        r#"[{"source": "web", "text": "hola", "published_at": "2026-11-20 10:00", "reach": "mucho", "rule": "Nada"}]"#,
    );
    let report =
        super::mentions::import_mentions(&mut db, &mentions, false, &|_, _, _| None).unwrap();
    assert_eq!(
        spanish(&report),
        [
            (
                1,
                "«reach» «mucho» no es un número entero de 0 o más".to_string()
            ),
            (
                1,
                "regla desconocida «Nada»; aún no hay reglas de escucha".to_string()
            ),
        ]
    );
    let people = write(
        dir.path(),
        "p.csv",
        "name,handles,next_follow_up\nAna,ana,mañana\n",
    );
    let report = super::people::import_people(&mut db, &people, false, chrono::Utc::now()).unwrap();
    let said: Vec<String> = spanish(&report).into_iter().map(|(_, why)| why).collect();
    assert_eq!(
        said,
        [
            "«next_follow_up» «mañana» no es una fecha; escríbela AAAA-MM-DD, como 2026-11-23",
            "la cuenta «ana» no tiene la forma red:usuario (como instagram:@ana); las redes son \
             x, bluesky, mastodon, threads, instagram, linkedin, facebook, tiktok, youtube, email, \
             web, other",
        ]
    );
}

#[test]
fn a_refused_feed_is_explained_in_spanish() {
    let why = |xml: &str| {
        let error = feed_rs::parser::parse(xml.as_bytes()).unwrap_err();
        super::feed_refusal::why_not_a_feed(xml, &error)
    };
    assert_eq!(why("").message(Lang::Es), "está vacío");
    assert_eq!(
        why("<!DOCTYPE html><html><head><link rel=\"alternate\" type=\"application/rss+xml\" href=\"https://cafe.example/feed.xml\"></head></html>")
            .message(Lang::Es),
        "es una página web (HTML), no un feed; la página indica su feed: https://cafe.example/feed.xml"
    );
    assert_eq!(
        why("<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"/>").message(Lang::Es),
        "es XML, pero no un feed: su elemento raíz es <svg> (el de un feed es <rss>, <feed> o <rdf:RDF>)"
    );
    let malformed = why("<rss version=\"2.0\">\n<channel><title>Té</titel></channel></rss>");
    assert!(
        malformed
            .message(Lang::Es)
            .starts_with("no es XML bien formado: línea 2, columna 19: "),
        "{}",
        malformed.message(Lang::Es)
    );
    let too_large = vec![b' '; super::feeds::MAX_FEED_BYTES + 1];
    let refused = super::feeds::parse_feed(&too_large, "f.xml", chrono::Utc::now()).unwrap_err();
    assert_eq!(
        refused.message(Lang::Es),
        "ocupa 11 MB, más de los 10 MB que puede ocupar un feed"
    );
    assert_eq!(
        refused.to_string(),
        "it is 11 MB, over the 10 MB a feed may be"
    );
}

#[test]
fn a_feed_s_notes_are_worded_in_spanish() {
    let parsed = super::feeds::parse_feed(
        b"<?xml version=\"1.0\" encoding=\"klingon\"?>\n<rss><channel><title>A & B</title><item><title>caf\xe9 &amp; t\xe9</title></item></channel></rss>",
        "f.xml",
        chrono::Utc::now(),
    )
    .unwrap();
    let said: Vec<String> = parsed.notes.iter().map(|n| n.message(Lang::Es)).collect();
    assert!(
        said.contains(
            &"dice estar en la codificación «klingon», que cmdeck no conoce; se ha leído como UTF-8"
                .to_string()
        ),
        "{said:?}"
    );
    assert!(
        said.contains(
            &"2 bytes no válidos se han sustituido por «\u{FFFD}» (ahí el feed no es UTF-8 válido)"
                .to_string()
        ),
        "{said:?}"
    );
    assert!(
        said.contains(
            &"un «&» que no empezaba ninguna referencia de carácter se ha leído como «&amp;»"
                .to_string()
        ),
        "{said:?}"
    );
    assert!(
        said.contains(&"su <rss> no dice ninguna versión; se ha leído como RSS 2.0".to_string()),
        "{said:?}"
    );
    let english: Vec<String> = parsed.notes.iter().map(ToString::to_string).collect();
    assert!(
        english.contains(&"its <rss> says no version; it was read as RSS 2.0".to_string()),
        "{english:?}"
    );
    assert!(
        crate::i18n::missing_messages().is_empty(),
        "{:?}",
        crate::i18n::missing_messages()
    );
}
