//! How numbers, rates, durations and money read on screen and in the report: "no data" instead
//! of NaN. Pure text: it knows the domain's units and nothing of the terminal or the document.

/// A whole number with thousands separators: `12,345` (the English way; see
/// [`crate::i18n::count`] for the other language).
pub fn count(value: i64) -> String {
    crate::i18n::count(crate::i18n::Lang::En, value)
}

/// A share 0–1 as a percentage with one decimal, or `no data`.
pub fn percent(value: Option<f64>) -> String {
    value.map_or_else(|| "no data".to_string(), |v| format!("{:.1}%", v * 100.0))
}

/// Minutes as `45m` or `2h 05m`, or `no data`.
pub fn minutes(value: Option<f64>) -> String {
    match value {
        None => "no data".to_string(),
        Some(m) if m < 60.0 => format!("{m:.0}m"),
        Some(m) => {
            let total = m.round() as i64;
            format!("{}h {:02}m", total / 60, total % 60)
        }
    }
}

/// Cents as euros: `1,234.50 €`.
pub fn euros(cents: i64) -> String {
    format!("{}.{:02} €", count(cents / 100), (cents % 100).abs())
}

/// A change against the previous period: `▲ 12`, `▼ 3`, `= 0`.
pub fn delta(now: i64, before: i64) -> String {
    match now - before {
        0 => "= 0".to_string(),
        d if d > 0 => format!("▲ {}", count(d)),
        d => format!("▼ {}", count(-d)),
    }
}

/// A KPI's value in its unit: rates in %, times in minutes, money in euros, counts whole.
pub fn kpi_value(kpi: crate::domain::Kpi, value: f64) -> String {
    use crate::domain::Kpi;
    match kpi {
        Kpi::EngagementRate
        | Kpi::ShareOfVoice
        | Kpi::PositiveShare
        | Kpi::AnsweredWithinTarget
        | Kpi::Roi => format!("{value:.1}%"),
        Kpi::MedianFirstResponse => minutes(Some(value)),
        Kpi::CostPerResult => format!("{value:.2} €"),
        Kpi::Manual if value.fract() != 0.0 => format!("{value:.2}"),
        _ => count(value.round() as i64),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn figures_read_like_a_person_writes_them() {
        assert_eq!(count(1_234_567), "1,234,567");
        assert_eq!(count(-950), "-950");
        assert_eq!(percent(Some(0.0425)), "4.2%");
        assert_eq!(percent(None), "no data");
        assert_eq!(minutes(Some(125.0)), "2h 05m");
        assert_eq!(minutes(Some(42.0)), "42m");
        assert_eq!(euros(123_450), "1,234.50 €");
        assert_eq!(delta(10, 4), "▲ 6");
        assert_eq!(delta(4, 10), "▼ 6");
    }
}
