//! The report model on a small hand-built report: the rows and wording each section holds, the
//! meaning the pane colours, outside text kept raw. Also the report the renderers' tests share.

use super::model::{Block, Cell, Meaning, Row, Section, Show, Source, Table};
use super::sections;
use crate::clock::Clock;
use crate::domain::Kpi;
use crate::domain::report::{ChannelLine, PillarLine, Report, RuleLine};
use crate::domain::strategy::ObjectiveLine;
use crate::domain::week::TrafficLight;
use chrono::{NaiveDate, TimeZone, Utc};

/// A small report: two channels, a pillar, a rule, two voices, an objective and a note.
pub(crate) fn small_report() -> Report {
    let day = |d| NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
    let mut r = Report {
        brand: "Brand".to_string(),
        first: day(16),
        last: day(22),
        target_minutes: 60,
        ..Report::default()
    };
    r.this.posts_planned = 5;
    r.this.posts_published = 3;
    r.before.posts_published = 4;
    r.this.followers_start = Some(1_000);
    r.this.followers_end = Some(995);
    r.channels = vec![
        ChannelLine {
            label: "shop | <b>".to_string(),
            planned: 3,
            published: 2,
            published_before: 1,
            followers_start: Some(1_000),
            followers_end: Some(995),
            ..ChannelLine::default()
        },
        ChannelLine {
            label: "x @brand".to_string(),
            planned: 2,
            published: 1,
            published_before: 3,
            ..ChannelLine::default()
        },
    ];
    r.pillars = vec![PillarLine {
        name: "Recipes".to_string(),
        target: Some(0.5),
        posts: 5,
    }];
    r.rules = vec![RuleLine {
        name: "Brand name".to_string(),
        kind: "brand".to_string(),
        mentions: 12,
        before: 2_000,
    }];
    r.voices = vec![("Brand".to_string(), 3), ("Rival".to_string(), 1)];
    r.strategy.objectives = vec![ObjectiveLine {
        name: "Grow".into(),
        kpi: Kpi::Followers,
        baseline: 900.0,
        target: 1_500.0,
        actual: Some(995.0),
        starts_on: day(1),
        deadline: day(30),
        light: Some(TrafficLight::OffTrack),
    }];
    r.notes = vec![(
        "2026-W47".to_string(),
        "- first win\n\n".to_string(),
        String::new(),
    )];
    r
}

/// The clock the tests read times on.
pub(crate) fn clock() -> Clock {
    Clock::fixed(Utc.with_ymd_and_hms(2026, 11, 25, 12, 0, 0).unwrap())
}

fn section<'a>(all: &'a [Section], title: &str) -> &'a Section {
    all.iter()
        .find(|s| s.title == title && s.show.in_document())
        .unwrap_or_else(|| panic!("no section {title}"))
}

fn tables(section: &Section) -> Vec<&Table> {
    section
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Table(_, t) => Some(t),
            _ => None,
        })
        .collect()
}

/// The document's text of a cell.
fn text(cell: &Cell) -> String {
    cell.pieces.iter().map(|p| p.text.as_str()).collect()
}

fn texts(row: &Row) -> Vec<String> {
    row.cells.iter().map(text).collect()
}

#[test]
fn publishing_holds_a_row_per_channel_then_an_all_channels_total() {
    let all = sections(&small_report(), &clock());
    let channels = tables(section(&all, "Publishing"))[0];
    let headers: Vec<&str> = channels.columns.iter().map(|c| c.header.as_str()).collect();
    assert_eq!(headers, ["Channel", "Planned", "Published", "Change", ""]);
    assert_eq!(
        texts(&channels.rows[0])[..4],
        ["shop | <b>", "3", "2", "+1"]
    );
    assert_eq!(texts(&channels.rows[1])[..4], ["x @brand", "2", "1", "−2"]);
    let total = &channels.rows[2];
    assert!(total.total && !channels.rows[0].total);
    assert_eq!(texts(total)[..4], ["All channels", "5", "3", "−1"]);
    assert_eq!(text(&total.cells[4]), "▼ 1 vs last week");
}

#[test]
fn a_figure_the_pane_words_differently_keeps_both_wordings() {
    let all = sections(&small_report(), &clock());
    let audience = tables(section(&all, "Audience"))[0];
    let growth = &audience.rows[0].cells[3];
    assert_eq!(text(growth), "−5");
    assert_eq!(growth.pane_pieces()[0].text, "-5");
    let total = &audience.rows[2].cells[0];
    assert_eq!(total.pane_pieces()[0].text, "all channels");
}

#[test]
fn outside_text_stays_raw_in_the_model_and_is_marked_as_outside() {
    let all = sections(&small_report(), &clock());
    let channels = tables(section(&all, "Publishing"))[0];
    let label = &channels.rows[0].cells[0].pieces[0];
    assert_eq!(label.text, "shop | <b>");
    assert_eq!(label.source, Source::Outside(None));
    let notes = section(&all, "Small victories and notes");
    let items: Vec<_> = notes
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Items(Show::Both, items) => Some(items),
            _ => None,
        })
        .collect();
    assert_eq!(items.len(), 1, "the empty notes text gives no list");
    assert_eq!(
        items[0].items,
        vec![vec![super::model::Piece::outside("- first win")]]
    );
}

#[test]
fn an_objective_is_a_strategy_section_whose_light_carries_its_meaning() {
    let all = sections(&small_report(), &clock());
    let objectives = section(&all, "Objectives");
    assert!(objectives.strategy && objectives.show == Show::Both);
    let row = &tables(objectives)[0].rows[0];
    assert_eq!(
        texts(row),
        [
            "Grow",
            "followers",
            "900",
            "995",
            "1,500",
            "2026-11-30",
            "✕ off track"
        ]
    );
    let light = objectives.blocks.iter().find_map(|b| match b {
        Block::Line(Show::Pane, line) => line.pieces.first(),
        _ => None,
    });
    let light = light.expect("the objective's pane line");
    assert_eq!(
        (light.text.as_str(), light.meaning),
        ("✕ off track", Meaning::Bad)
    );
}

#[test]
fn an_empty_report_says_there_is_nothing_in_each_mediums_words() {
    let all = sections(&Report::default(), &clock());
    let notes = section(&all, "Small victories and notes");
    let lines: Vec<(Show, String)> = notes
        .blocks
        .iter()
        .filter_map(|b| match b {
            Block::Line(show, line) => Some((*show, line.pieces[0].text.clone())),
            _ => None,
        })
        .collect();
    assert_eq!(
        lines,
        [
            (
                Show::Document,
                "Nothing written for this period.".to_string()
            ),
            (Show::Pane, "Nothing written for this week yet.".to_string()),
        ]
    );
    let pillars = tables(section(&all, "Publishing"))[1];
    assert!(pillars.rows.is_empty());
    let shown = section(&all, "Publishing")
        .blocks
        .iter()
        .find_map(|b| match b {
            Block::Table(show, t) if t.columns[0].header == "Pillar" => Some(*show),
            _ => None,
        });
    assert_eq!(
        shown,
        Some(Show::Document),
        "the pane leaves out an empty pillar table"
    );
}

/// The small report moved to ISO week 49 (30 November – 6 December 2026) with the figures the
/// Spanish tests check by hand: 12,345 impressions and 272 interactions (2.2 %), a campaign that
/// spent 192.02 €, a manual objective at 1,234.5 and a top post published on Monday 30 November.
pub(crate) fn spanish_week() -> Report {
    use crate::domain::report::{CampaignPeriod, PostLine};
    use crate::domain::strategy::CampaignLine;
    let day = |m, d| NaiveDate::from_ymd_opt(2026, m, d).unwrap_or_default();
    let mut r = small_report();
    r.first = day(11, 30);
    r.last = day(12, 6);
    r.this.impressions = 12_345;
    r.this.interactions = 272;
    r.top_posts = vec![PostLine {
        channel: "IG @mimarca".to_string(),
        published_at: Some(Utc.with_ymd_and_hms(2026, 11, 30, 9, 30, 0).unwrap()),
        body: "Receta de otoño".to_string(),
        url: Some("https://example.com/p/1".to_string()),
        interactions: 272,
        rate: Some(0.022),
    }];
    r.campaigns = vec![CampaignPeriod {
        line: CampaignLine {
            name: "Navidad".into(),
            starts_on: day(11, 1),
            ends_on: day(12, 31),
            budget_cents: 150_000,
            spent_cents: 19_202,
            conversions: 4,
            revenue_cents: 60_000,
            ..CampaignLine::default()
        },
        spent_in_period_cents: 19_202,
    }];
    r.strategy.objectives.push(ObjectiveLine {
        name: "Menciones en prensa".into(),
        kpi: Kpi::Manual,
        baseline: 0.0,
        target: 2_000.0,
        actual: Some(1_234.5),
        starts_on: day(11, 1),
        deadline: day(12, 31),
        light: Some(TrafficLight::OnTrack),
    });
    r.notes = vec![(
        "2026-W49".to_string(),
        "- primera victoria".to_string(),
        String::new(),
    )];
    r
}

#[test]
fn the_markdown_report_in_spanish_has_spanish_headings_and_spanish_numbers() {
    use crate::i18n::Lang;
    let text = super::to_markdown_in(&spanish_week(), &clock(), Lang::Es);
    for heading in [
        "# Brand — informe: semana 49 de 2026 (30 nov – 06 dic 2026)\n",
        "## Objetivos\n",
        "## Publicaciones\n",
        "## Interacción\n",
        "### Mejores publicaciones\n",
        "## Audiencia\n",
        "## Comunidad\n",
        "## Escucha\n",
        "### Picos y crisis\n",
        "## Prescriptores\n",
        "## Campañas\n",
        "## Pequeñas victorias y notas\n",
        "### semana 49 de 2026\n",
        "## Próxima semana\n",
        "| Canal | Previstas | Publicadas | Cambio |\n",
        "| **Todos los canales** | 5 | 3 | −1 |\n",
        "*Semáforo:* avance = ",
    ] {
        assert!(text.contains(heading), "{heading:?} missing in:\n{text}");
    }
    // 272 ÷ 12,345 = 2.2 %; 1,000 followers at the start; 19,202 cents; the manual KPI's value.
    for number in [
        "| Impresiones | 12.345 | 0 | +12.345 |",
        "| Tasa de interacción | 2,2\u{a0}% |",
        "1.000",
        "| Navidad | 192,02\u{a0}€ | 192,02\u{a0}€ | 1.500,00\u{a0}€ | 4 | 48,01\u{a0}€ |",
        "| 1.234,50 |",
        "lun 30 nov 09:30",
        "**Resumen.** 3 publicaciones publicadas (−1 respecto al periodo anterior); tasa de interacción: 2,2\u{a0}%;",
    ] {
        assert!(text.contains(number), "{number:?} missing in:\n{text}");
    }
    for english in [
        "Channel",
        "Planned",
        "All channels",
        "report for",
        "no data",
        "Summary",
    ] {
        assert!(!text.contains(english), "{english:?} left in:\n{text}");
    }
    assert!(
        crate::i18n::missing_messages()
            .iter()
            .all(|m| !m.contains("report-")),
        "{:?}",
        crate::i18n::missing_messages()
    );
}

#[test]
fn hostile_text_stays_escaped_in_the_spanish_report_as_in_the_english_one() {
    use crate::i18n::Lang;
    let mut report = spanish_week();
    report.channels[1].label = "<script>x</script> | @todos".to_string();
    let spanish = super::to_markdown_in(&report, &clock(), Lang::Es);
    let english = super::to_markdown(&report, &clock());
    let escaped = crate::report::escape::inline("<script>x</script> | @todos");
    for text in [&spanish, &english] {
        assert!(!text.contains("<script>"), "{text}");
        assert!(text.contains(&escaped), "{escaped} in {text}");
    }
}
