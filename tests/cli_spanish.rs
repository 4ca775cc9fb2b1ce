//! The command line in Spanish: `--help` of cmdeck and of a subcommand, a list and an import
//! summary, from the real binary in a temporary home whose locale the test pins.

// Test fixtures: helpers outside `#[test]` functions may unwrap and panic on a broken setup.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::Path;
use std::process::{Command, Output};

/// `cmdeck ARGS` in the temporary home `dir` with `LANG` set to `lang` (no other locale variable).
fn run(dir: &Path, lang: &str, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_cmdeck"))
        .args(args)
        .env("HOME", dir)
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_CACHE_HOME", dir.join("cache"))
        .env("TZ", "UTC")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", lang)
        .current_dir(dir)
        .output()
        .unwrap_or_else(|error| panic!("cannot run cmdeck {args:?}: {error}"))
}

fn stdout(output: &Output) -> String {
    assert!(output.status.success(), "{output:?}");
    String::from_utf8_lossy(&output.stdout).into_owned()
}

fn assert_spanish(text: &str, spanish: &[&str], english: &[&str]) {
    for expected in spanish {
        assert!(text.contains(expected), "{expected:?} missing in:\n{text}");
    }
    for left in english {
        assert!(!text.contains(left), "{left:?} left in:\n{text}");
    }
    assert!(!text.contains("cli-"), "a catalogue key is shown:\n{text}");
}

#[test]
fn the_help_of_cmdeck_and_of_a_subcommand_is_spanish_with_lang_es() {
    let home = tempfile::tempdir().unwrap();
    let top = stdout(&run(home.path(), "C.UTF-8", &["--lang", "es", "--help"]));
    assert_spanish(
        &top,
        &[
            "Uso: cmdeck",
            "Comandos:",
            "Opciones:",
            "Muestra la ayuda",
            "Planifica y lista publicaciones",
        ],
        &[
            "Usage:",
            "Commands:",
            "Options:",
            "Print help",
            "Plan and list",
        ],
    );
    let post = stdout(&run(
        home.path(),
        "C.UTF-8",
        &["--lang=es", "post", "--help"],
    ));
    assert_spanish(
        &post,
        &[
            "Uso: cmdeck post",
            "Planifica una publicación",
            "Lista las publicaciones",
        ],
        &["Usage:", "Commands:", "Print help", "Plan a post"],
    );
    let english = stdout(&run(
        home.path(),
        "es_ES.UTF-8",
        &["--lang", "en", "post", "--help"],
    ));
    assert!(english.contains("Usage: cmdeck post"), "{english}");
    assert!(
        english.contains("Plan a post on one or more channels"),
        "{english}"
    );
}

#[test]
fn the_locale_makes_the_help_spanish_and_a_broken_config_does_not_break_it() {
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(home.path().join("config/cmdeck")).unwrap();
    std::fs::write(
        home.path().join("config/cmdeck/config.toml"),
        "[general\nlanguage =",
    )
    .unwrap();
    let help = stdout(&run(home.path(), "es_ES.UTF-8", &["post", "add", "--help"]));
    assert_spanish(
        &help,
        &["Uso:", "El texto de la publicación"],
        &["Usage:", "The text of the post"],
    );
}

#[test]
fn post_list_speaks_spanish_when_the_locale_is_spanish() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("marca.sqlite3");
    let db = db.to_str().unwrap();
    let c = "C.UTF-8";
    stdout(&run(
        home.path(),
        c,
        &["--db", db, "channel", "add", "instagram", "@cafelanora"],
    ));
    let planned = stdout(&run(
        home.path(),
        "es_ES.UTF-8",
        &[
            "--db",
            db,
            "post",
            "add",
            "--channel",
            "instagram",
            "--at",
            "2026-11-30 09:30",
            "Abrimos el domingo",
        ],
    ));
    assert_spanish(
        &planned,
        &[
            "Publicación #1 planificada en",
            "para el lun 30 nov 2026 09:30",
        ],
        &["Planned post", " for Mon"],
    );
    let listed = stdout(&run(
        home.path(),
        "es_ES.UTF-8",
        &["--db", db, "post", "list", "--from", "2026-11-30"],
    ));
    assert_spanish(
        &listed,
        &["2026-11-30 09:30  programada", "Abrimos el domingo"],
        &["scheduled"],
    );
    let empty = stdout(&run(
        home.path(),
        "es_ES.UTF-8",
        &["--db", db, "post", "list", "--from", "2027-01-04"],
    ));
    assert_eq!(
        empty,
        "No hay publicaciones del 2027-01-04 al 2027-01-10.\n"
    );
    let channels = stdout(&run(
        home.path(),
        "es_ES.UTF-8",
        &["--db", db, "channel", "list"],
    ));
    assert_spanish(
        &channels,
        &["1 publicación", "0 mensajes", "sin cifra de seguidores"],
        &["post", "follower"],
    );
}

#[test]
fn an_import_summary_is_spanish_with_its_plural() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("marca.sqlite3");
    let db = db.to_str().unwrap();
    let es = "es_ES.UTF-8";
    stdout(&run(
        home.path(),
        "C.UTF-8",
        &["--db", db, "channel", "add", "instagram", "@cafelanora"],
    ));
    let one = home.path().join("one.csv");
    std::fs::write(
        &one,
        "channel,kind,author,body,received_at,external_id\n\
         instagram,dm,Ana,Hola,2026-11-23T09:30:00Z,m-1\n",
    )
    .unwrap();
    let three = home.path().join("three.csv");
    std::fs::write(
        &three,
        "channel,kind,author,body,received_at,external_id\n\
         instagram,dm,Ana,Hola,2026-11-23T09:30:00Z,m-1\n\
         instagram,dm,Luis,Buenas,2026-11-23T10:30:00Z,m-2\n\
         instagram,comment,Marta,Genial,2026-11-23T11:30:00Z,m-3\n\
         instagram,comment,Pau,Bien,2026-11-23T12:30:00Z,m-4\n",
    )
    .unwrap();
    let first = stdout(&run(
        home.path(),
        es,
        &["--db", db, "import", "messages", one.to_str().unwrap()],
    ));
    assert!(first.starts_with("1 mensaje importado de "), "{first}");
    let second = stdout(&run(
        home.path(),
        es,
        &["--db", db, "import", "messages", three.to_str().unwrap()],
    ));
    assert!(second.starts_with("3 mensajes importados de "), "{second}");
    assert!(second.ends_with(" (1 ya estaba).\n"), "{second}");
    assert!(!second.contains("Imported"), "{second}");
    let bad = home.path().join("bad.csv");
    std::fs::write(
        &bad,
        "channel,kind,author,body,received_at,external_id\n\
         instagram,dm,Ana,Hola,not a date,m-9\n",
    )
    .unwrap();
    let refused = run(
        home.path(),
        es,
        &["--db", db, "import", "messages", bad.to_str().unwrap()],
    );
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert!(said.contains("No se ha importado"), "{said}");
    assert!(said.contains("1 fila es errónea"), "{said}");
    assert!(said.contains("  línea 2: "), "{said}");
}

#[test]
fn a_mistyped_command_line_is_refused_in_spanish_with_the_usual_exit_code() {
    let home = tempfile::tempdir().unwrap();
    let out = run(
        home.path(),
        "es_ES.UTF-8",
        &["report", "--fomr", "2026-11-30"],
    );
    assert_eq!(out.status.code(), Some(2), "{out:?}");
    let said = String::from_utf8_lossy(&out.stderr);
    assert_spanish(
        &said,
        &[
            "no se esperaba el argumento «--fomr»",
            "¿Querías decir «--from»?",
            "Uso: cmdeck report",
            "prueba «--help»",
        ],
        &["unexpected", "Usage:", "tip:"],
    );
    let unknown = run(home.path(), "es_ES.UTF-8", &["--lang", "fr", "today"]);
    assert_eq!(unknown.status.code(), Some(2), "{unknown:?}");
    assert_spanish(
        &String::from_utf8_lossy(&unknown.stderr),
        &["«fr» no es un idioma que cmdeck hable: usa es o en"],
        &["invalid value", "is not a language"],
    );
}

#[test]
fn a_plan_exported_and_imported_is_summed_up_in_spanish() {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("demo.db");
    let db = db.to_str().unwrap();
    stdout(&run(home.path(), "C.UTF-8", &["demo", "--db", db]));
    let plan = home.path().join("plan.toml");
    let plan = plan.to_str().unwrap();
    let exported = stdout(&run(
        home.path(),
        "es_ES.UTF-8",
        &["plan", "export", plan, "--db", db],
    ));
    assert_spanish(
        &exported,
        &[
            "Plan exportado a",
            "objetivos",
            "pilares",
            "reglas de escucha",
        ],
        &["Exported", "objectives", "pillars"],
    );
    let imported = stdout(&run(
        home.path(),
        "es_ES.UTF-8",
        &["plan", "import", plan, "--db", db],
    ));
    assert_spanish(
        &imported,
        &["Plan importado de", "campañas"],
        &["Imported", "campaigns"],
    );
    let again = run(
        home.path(),
        "es_ES.UTF-8",
        &["plan", "export", plan, "--db", db],
    );
    assert!(!again.status.success());
    assert_spanish(
        &String::from_utf8_lossy(&again.stderr),
        &["ya existe; añade --force para sobrescribirlo"],
        &["already exists"],
    );
}

#[test]
fn a_rejected_row_its_rejects_file_a_refused_feed_and_the_sentiment_evaluation_read_in_spanish_with_lang_es()
 {
    let home = tempfile::tempdir().unwrap();
    let db = home.path().join("marca.sqlite3");
    let db = db.to_str().unwrap();
    stdout(&run(
        home.path(),
        "C.UTF-8",
        &["--db", db, "channel", "add", "instagram", "@cafelanora"],
    ));
    let bad = home.path().join("bad.csv");
    std::fs::write(
        &bad,
        "channel,kind,author,body,received_at\n\
         instagram,dm,Ana,Hola,2026-11-23T09:30:00Z\n\
         threads,carta,Luis,Buenas,ayer\n",
    )
    .unwrap();
    let rejects = home.path().join("rechazadas.csv");
    let refused = run(
        home.path(),
        "C.UTF-8",
        &[
            "--lang",
            "es",
            "--db",
            db,
            "import",
            "messages",
            bad.to_str().unwrap(),
            "--rejects",
            rejects.to_str().unwrap(),
        ],
    );
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    let said = String::from_utf8_lossy(&refused.stderr);
    assert_spanish(
        &said,
        &[
            "  línea 3: canal desconocido «threads»; los canales son instagram:@cafelanora",
            "  línea 3: «kind» no admite «carta»; los valores posibles son dm, comment",
            "  línea 3: «received_at» «ayer» no es una fecha y hora; escribe 2026-11-23T09:30:00Z",
        ],
        &["unknown channel", "is not a date", "the kinds are"],
    );
    assert!(
        !said.contains("import-"),
        "a catalogue key is shown:\n{said}"
    );
    let written = std::fs::read_to_string(&rejects).unwrap();
    assert!(written.starts_with("line,reason,row\n"), "{written}");
    assert!(
        written.contains("3,\"canal desconocido «threads»; los canales son instagram:@cafelanora; «kind» no admite «carta»"),
        "{written}"
    );

    let page = home.path().join("pagina.html");
    std::fs::write(&page, "<!DOCTYPE html><html><body>hola</body></html>").unwrap();
    let feed = run(
        home.path(),
        "C.UTF-8",
        &[
            "--lang",
            "es",
            "--db",
            db,
            "import",
            "feed",
            page.to_str().unwrap(),
        ],
    );
    assert_eq!(feed.status.code(), Some(2), "{feed:?}");
    let said = String::from_utf8_lossy(&feed.stderr);
    assert_spanish(
        &said,
        &["es una página web (HTML), no un feed; busca en la página su enlace RSS o Atom"],
        &["web page", "not a feed", "was not imported"],
    );

    let labelled = home.path().join("etiquetados.csv");
    std::fs::write(
        &labelled,
        "label,text\n\
         negative,Llevo dos horas esperando y nadie me responde\n\
         positive,¡Me encanta vuestro café!\n\
         positive,Still waiting for my refund after three weeks\n",
    )
    .unwrap();
    let evaluated = stdout(&run(
        home.path(),
        "C.UTF-8",
        &[
            "--lang",
            "es",
            "sentiment",
            "evaluate",
            labelled.to_str().unwrap(),
            "--misses",
            "5",
        ],
    ));
    assert_spanish(
        &evaluated,
        &[
            "etiquetados.csv: 3 textos (idioma detectado: es 2, en 1, otro 0, sin decidir 0)",
            "  exactitud              0,667",
            "  cobertura de negativos 1,000  (objetivo ≥ 0,",
            "  ✗ etiqueta positivo · cmdeck negativo (",
            "velocidad: ",
            " textos por segundo en un núcleo (",
        ],
        &["accuracy", "texts per second", "people ", "target"],
    );
    assert!(!evaluated.contains("sentiment-eval"), "{evaluated}");
}

#[test]
fn a_refused_channel_is_explained_in_spanish() {
    let home = tempfile::tempdir().unwrap();
    let spaced = run(
        home.path(),
        "es_ES.UTF-8",
        &["channel", "add", "instagram", "mi marca"],
    );
    assert_eq!(spaced.status.code(), Some(2), "{spaced:?}");
    let why = String::from_utf8_lossy(&spaced.stderr).into_owned();
    assert_spanish(
        &why,
        &["el nombre de usuario «mi marca» tiene un espacio"],
        &["handle", "space"],
    );
    let unknown = run(
        home.path(),
        "es_ES.UTF-8",
        &["channel", "add", "myspace", "@cafe"],
    );
    let why = String::from_utf8_lossy(&unknown.stderr).into_owned();
    assert_spanish(&why, &["«myspace»", "instagram"], &["unknown network"]);
}

#[test]
fn a_post_for_an_unknown_channel_or_pillar_is_refused_in_spanish() {
    let home = tempfile::tempdir().unwrap();
    let dir = home.path();
    stdout(&run(
        dir,
        "es_ES.UTF-8",
        &[
            "--db",
            "marca.sqlite3",
            "channel",
            "add",
            "instagram",
            "@cafe",
        ],
    ));
    let refused = run(
        dir,
        "es_ES.UTF-8",
        &[
            "--db",
            "marca.sqlite3",
            "post",
            "add",
            "--channel",
            "tiktok",
            "--pillar",
            "Recetas",
            "Hola",
        ],
    );
    assert_eq!(refused.status.code(), Some(2), "{refused:?}");
    let why = String::from_utf8_lossy(&refused.stderr).into_owned();
    assert_spanish(
        &why,
        &[
            "ningún canal coincide con «tiktok»; los canales son instagram:@cafe",
            "ningún pilar se llama «Recetas»; aún no hay ninguno",
        ],
        &["no channel matches", "is named"],
    );
}
