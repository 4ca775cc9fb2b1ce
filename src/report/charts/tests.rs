//! Each chart drawn from the small hand-built report, read back as XML: the document parses,
//! and its texts hold the title, the categories and the values counted by hand.

use super::{Chart, charts};
use crate::domain::report::Report;
use crate::i18n::Lang;
use crate::report::tests::small_report;
use quick_xml::events::Event;

/// The texts of an SVG document, one per element that holds text, entities resolved; fails the
/// test when the document is not well-formed XML.
fn texts(svg: &str) -> Vec<String> {
    let mut reader = quick_xml::Reader::from_str(svg);
    reader.config_mut().check_end_names = true;
    let mut out = Vec::new();
    let mut current = String::new();
    let mut depth = 0i64;
    let mut flush = |current: &mut String| {
        let text = current.trim().to_string();
        if !text.is_empty() {
            out.push(text);
        }
        current.clear();
    };
    loop {
        match reader.read_event() {
            Ok(Event::Start(_)) => {
                flush(&mut current);
                depth += 1;
            }
            Ok(Event::End(_)) => {
                flush(&mut current);
                depth -= 1;
            }
            Ok(Event::Text(text)) => current.push_str(&text.xml10_content()),
            Ok(Event::GeneralRef(reference)) => {
                let name = reference.xml10_content().into_owned();
                let resolved = match name.as_str() {
                    "lt" => "<".to_string(),
                    "gt" => ">".to_string(),
                    "amp" => "&".to_string(),
                    "quot" => "\"".to_string(),
                    "apos" => "'".to_string(),
                    other => other
                        .strip_prefix('#')
                        .and_then(|n| n.parse::<u32>().ok())
                        .and_then(char::from_u32)
                        .map(String::from)
                        .unwrap_or_else(|| panic!("an unknown entity &{other};")),
                };
                current.push_str(&resolved);
            }
            Ok(Event::Eof) => break,
            Ok(_) => {}
            Err(error) => panic!("the SVG is not well-formed XML: {error}\n{svg}"),
        }
    }
    assert_eq!(depth, 0, "every element is closed");
    out
}

fn chart<'a>(all: &'a [Chart], file: &str) -> &'a Chart {
    all.iter().find(|c| c.file == file).unwrap_or_else(|| {
        panic!(
            "no {file} among {:?}",
            all.iter().map(|c| c.file).collect::<Vec<_>>()
        )
    })
}

fn with_trends() -> Report {
    let mut report = small_report();
    report.trends.weeks = vec!["2026-W45".into(), "2026-W46".into(), "2026-W47".into()];
    report.trends.engagement = vec![Some(0.021), None, Some(0.034)];
    report.trends.messages = vec![Some(12.0), Some(30.0), Some(7.0)];
    report.trends.median_response = vec![Some(45.0), Some(95.0), None];
    report
}

#[test]
fn posts_per_channel_show_what_was_planned_and_published_on_each_channel() {
    let all = charts(&small_report()).expect("drawn");
    let posts = chart(&all, "posts-per-channel.svg");
    let texts = texts(&posts.svg);
    assert!(
        texts.contains(&"Posts published per channel against the plan".to_string()),
        "{texts:?}"
    );
    for expected in [
        "shop | <b>",
        "x @brand",
        "planned",
        "published",
        "3",
        "2",
        "1",
    ] {
        assert!(
            texts.contains(&expected.to_string()),
            "{expected} in {texts:?}"
        );
    }
    assert!(
        posts.svg.contains("shop | &lt;b&gt;") || posts.svg.contains("shop | &lt;b>"),
        "the channel's markup is escaped, not drawn"
    );
}

#[test]
fn share_of_voice_writes_each_voices_share_and_count() {
    let all = charts(&small_report()).expect("drawn");
    let texts = texts(&chart(&all, "share-of-voice.svg").svg);
    assert!(texts.contains(&"Brand 75.0%".to_string()), "{texts:?}");
    assert!(texts.contains(&"Rival 25.0%".to_string()), "{texts:?}");
    assert!(texts.contains(&"3".to_string()) && texts.contains(&"1".to_string()));
}

#[test]
fn the_objectives_progress_is_measured_from_the_baseline_against_the_time_gone() {
    let all = charts(&small_report()).expect("drawn");
    let texts = texts(&chart(&all, "objectives-progress.svg").svg);
    // (995 − 900) ÷ (1,500 − 900) = 15.8 %; 21 of the 29 days from 1 to 30 November = 72.4 %.
    for expected in ["Grow", "15.8%", "72.4%", "target: 100.0%"] {
        assert!(
            texts.contains(&expected.to_string()),
            "{expected} in {texts:?}"
        );
    }
}

#[test]
fn followers_are_drawn_only_for_the_channels_that_have_counts() {
    let all = charts(&small_report()).expect("drawn");
    let texts = texts(&chart(&all, "followers-per-channel.svg").svg);
    assert!(
        texts.contains(&"1,000".to_string()) && texts.contains(&"995".to_string()),
        "{texts:?}"
    );
    assert!(texts.contains(&"on 16 Nov".to_string()) && texts.contains(&"on 22 Nov".to_string()));
    assert!(
        !texts.contains(&"x @brand".to_string()),
        "no counts, no bar: {texts:?}"
    );
}

#[test]
fn the_trend_charts_follow_the_weeks_and_leave_out_a_week_without_data() {
    let all = charts(&with_trends()).expect("drawn");
    let engagement = texts(&chart(&all, "engagement-rate.svg").svg);
    for expected in [
        "Engagement rate, last 3 weeks",
        "W45",
        "W46",
        "W47",
        "2.1%",
        "3.4%",
    ] {
        assert!(
            engagement.contains(&expected.to_string()),
            "{expected} in {engagement:?}"
        );
    }
    let inbox = texts(&chart(&all, "inbox-volume.svg").svg);
    for expected in ["12", "30", "7"] {
        assert!(
            inbox.contains(&expected.to_string()),
            "{expected} in {inbox:?}"
        );
    }
    let response = texts(&chart(&all, "first-response.svg").svg);
    for expected in ["45m", "1h 35m", "target: 1h 00m"] {
        assert!(
            response.contains(&expected.to_string()),
            "{expected} in {response:?}"
        );
    }
}

#[test]
fn a_report_without_data_has_no_chart_rather_than_empty_ones() {
    let all = charts(&Report::default()).expect("drawn");
    assert!(
        all.is_empty(),
        "{:?}",
        all.iter().map(|c| c.file).collect::<Vec<_>>()
    );
    let without_trends = charts(&small_report()).expect("drawn");
    assert!(
        without_trends
            .iter()
            .all(|c| c.file != "engagement-rate.svg")
    );
}

#[test]
fn control_characters_from_outside_never_reach_the_svg() {
    let mut report = small_report();
    report.voices = vec![("Ri\u{1b}[31mval\u{7}".to_string(), 2)];
    let all = charts(&report).expect("drawn");
    let svg = &chart(&all, "share-of-voice.svg").svg;
    assert!(
        !svg.chars()
            .any(|c| c.is_control() && c != '\n' && c != '\t'),
        "{svg}"
    );
    texts(svg);
}

#[test]
fn mentions_by_sentiment_count_each_day_with_the_threshold_drawn_over_them() {
    use crate::domain::report::DaySentiment;
    let mut report = small_report();
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
    report.daily_sentiment = vec![
        DaySentiment {
            day: day(16),
            positive: 4,
            neutral: 2,
            negative: 1,
            threshold: Some(5.0),
        },
        DaySentiment {
            day: day(17),
            positive: 0,
            neutral: 3,
            negative: 9,
            threshold: Some(6.5),
        },
    ];
    let all = charts(&report).expect("drawn");
    let texts = texts(&chart(&all, "mentions-by-sentiment.svg").svg);
    for expected in [
        "Mon 16",
        "Tue 17",
        "positive",
        "neutral",
        "negative",
        "4",
        "9",
        "negative spike alert above",
    ] {
        assert!(
            texts.contains(&expected.to_string()),
            "{expected} in {texts:?}"
        );
    }
    report.daily_sentiment = vec![DaySentiment {
        day: day(16),
        ..DaySentiment::default()
    }];
    let quiet = charts(&report).expect("drawn");
    assert!(
        quiet.iter().all(|c| c.file != "mentions-by-sentiment.svg"),
        "no mention, no chart"
    );
}

#[test]
fn the_charts_in_spanish_parse_as_xml_and_speak_spanish_in_titles_legends_ticks_and_dates() {
    use crate::domain::report::DaySentiment;
    use crate::i18n::Lang;
    let mut report = with_trends();
    report.channels[0].planned = 1_234;
    let day = |d| chrono::NaiveDate::from_ymd_opt(2026, 11, d).unwrap_or_default();
    report.daily_sentiment = vec![DaySentiment {
        day: day(30),
        positive: 2,
        neutral: 1,
        negative: 4,
        threshold: Some(3.5),
    }];
    let all = super::charts_in(&report, Lang::Es).expect("drawn");
    assert_eq!(all.len(), charts(&report).expect("drawn").len());
    let of = |file: &str| texts(&chart(&all, file).svg);
    let posts = of("posts-per-channel.svg");
    for expected in [
        "Publicaciones publicadas por canal frente al plan",
        "previstas",
        "publicadas",
        "1.234",
        "shop | <b>",
    ] {
        assert!(
            posts.contains(&expected.to_string()),
            "{expected} in {posts:?}"
        );
    }
    let engagement = of("engagement-rate.svg");
    for expected in [
        "Tasa de interacción, últimas 3 semanas",
        "sem. 45",
        "2,1\u{a0}%",
        "3,4\u{a0}%",
    ] {
        assert!(
            engagement.contains(&expected.to_string()),
            "{expected} in {engagement:?}"
        );
    }
    let response = of("first-response.svg");
    for expected in ["45 min", "1 h 35 min", "objetivo: 1 h 00 min"] {
        assert!(
            response.contains(&expected.to_string()),
            "{expected} in {response:?}"
        );
    }
    let followers = of("followers-per-channel.svg");
    assert!(
        followers.contains(&"el 16 nov".to_string()) && followers.contains(&"1.000".to_string()),
        "{followers:?}"
    );
    let sentiment = of("mentions-by-sentiment.svg");
    for expected in ["lun 30", "positivas", "neutras", "negativas"] {
        assert!(
            sentiment.contains(&expected.to_string()),
            "{expected} in {sentiment:?}"
        );
    }
    let voice = of("share-of-voice.svg");
    assert!(
        voice.contains(&"Brand 75,0\u{a0}%".to_string()),
        "{voice:?}"
    );
    let objectives = of("objectives-progress.svg");
    for expected in [
        "15,8\u{a0}%",
        "72,4\u{a0}%",
        "objetivo: 100,0\u{a0}%",
        "tiempo transcurrido",
    ] {
        assert!(
            objectives.contains(&expected.to_string()),
            "{expected} in {objectives:?}"
        );
    }
    let english = [
        "planned",
        "published",
        "weeks",
        "target",
        "positive",
        "on 16 Nov",
        "Mon 30",
    ];
    for chart in &all {
        let words = texts(&chart.svg);
        for left in english {
            assert!(
                words.iter().all(|w| !w.contains(left)),
                "{left} left in {}: {words:?}",
                chart.file
            );
        }
    }
}

#[test]
fn a_chart_that_cannot_be_drawn_is_explained_in_the_report_s_language() {
    let error = super::ChartError {
        file: "posts-per-channel.svg",
        reason: "the drawing area is empty".into(),
    };
    assert_eq!(
        error.to_string(),
        "the chart posts-per-channel.svg could not be drawn: the drawing area is empty"
    );
    assert_eq!(error.message(Lang::En), error.to_string());
    assert_eq!(
        error.message(Lang::Es),
        "no se ha podido dibujar el gráfico posts-per-channel.svg: the drawing area is empty"
    );
}
