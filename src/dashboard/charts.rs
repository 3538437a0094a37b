//! Charts drawn on the server as SVG: stacked bars and heat maps. Each is drawn from the same
//! cells as the data table printed beside it; every mark that stands for records links to them.

use std::fmt::Write as _;

/// One value of a chart, with where its records are listed.
#[derive(Debug, Clone)]
pub struct Cell {
    pub value: i64,
    pub href: String,
}

/// A series of a stacked bar chart: its name, its CSS class (colour) and one cell per bar.
#[derive(Debug, Clone)]
pub struct Series {
    pub name: String,
    pub class: &'static str,
    pub cells: Vec<Cell>,
}

/// Escapes text for SVG (XML).
fn esc(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(ch),
        }
    }
    out
}

/// Horizontal stacked bars, one per label (a Member State, a year), with a legend.
pub fn stacked_bars(id: &str, title: &str, labels: &[String], series: &[Series]) -> String {
    const LABEL_W: f64 = 130.0;
    const BAR_W: f64 = 440.0;
    const ROW_H: f64 = 22.0;
    const TOP: f64 = 30.0;
    let totals: Vec<i64> = (0..labels.len())
        .map(|i| series.iter().map(|s: &Series| s.cells[i].value).sum())
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1);
    #[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
    let scale = BAR_W / max as f64;
    #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
    let height = TOP + ROW_H * labels.len() as f64 + 10.0;
    let width = LABEL_W + BAR_W + 60.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart" id="{id}" viewBox="0 0 {width} {height}" role="group" aria-labelledby="{id}-title" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title>"#,
        esc(title)
    );
    // Legend.
    let mut x = LABEL_W;
    for s in series {
        let _ = write!(
            svg,
            r#"<rect x="{x}" y="6" width="12" height="12" class="{}"/><text x="{}" y="16" class="legend">{}</text>"#,
            s.class,
            x + 16.0,
            esc(&s.name)
        );
        #[expect(clippy::cast_precision_loss, reason = "short names")]
        let step = 30.0 + 7.0 * s.name.chars().count() as f64;
        x += step;
    }
    for (i, label) in labels.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
        let y = TOP + ROW_H * i as f64;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" class="axis" text-anchor="end">{}</text>"#,
            LABEL_W - 6.0,
            y + 15.0,
            esc(label)
        );
        let mut x = LABEL_W;
        for s in series {
            let cell = &s.cells[i];
            if cell.value == 0 {
                continue;
            }
            #[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
            let w = cell.value as f64 * scale;
            let _ = write!(
                svg,
                r#"<a href="{}" aria-label="{}: {} {}"><rect x="{x:.1}" y="{y}" width="{w:.1}" height="{}" class="{}"/></a>"#,
                esc(&cell.href),
                esc(label),
                cell.value,
                esc(&s.name),
                ROW_H - 6.0,
                s.class
            );
            x += w;
        }
        let _ = write!(
            svg,
            r#"<text x="{:.1}" y="{}" class="total">{}</text>"#,
            x + 4.0,
            y + 15.0,
            totals[i]
        );
    }
    svg.push_str("</svg>");
    svg
}

/// A cell of a heat map: the figure shown, how strong its colour is (0 to 1), where it links.
#[derive(Debug, Clone)]
pub struct HeatCell {
    pub text: String,
    pub strength: f64,
    pub href: Option<String>,
    /// What a screen reader says for the cell ("Viet Nam, Recruitment: 3 findings").
    pub label: String,
}

/// A row of a heat map (a Member State): its name and one cell per column.
#[derive(Debug, Clone)]
pub struct HeatRow {
    pub name: String,
    pub cells: Vec<HeatCell>,
}

/// A grid of rows (Member States) by columns (themes, chapters); darker is more.
pub fn heat_map(id: &str, title: &str, columns: &[String], rows: &[HeatRow]) -> String {
    const LABEL_W: f64 = 130.0;
    const CELL_W: f64 = 44.0;
    const CELL_H: f64 = 24.0;
    const TOP: f64 = 24.0;
    #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
    let width = LABEL_W + CELL_W * columns.len() as f64 + 4.0;
    #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
    let height = TOP + CELL_H * rows.len() as f64 + 4.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart heat" id="{id}" viewBox="0 0 {width} {height}" role="group" aria-labelledby="{id}-title" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title>"#,
        esc(title)
    );
    for (j, column) in columns.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
        let x = LABEL_W + CELL_W * j as f64 + CELL_W / 2.0;
        let _ = write!(
            svg,
            r#"<text x="{x}" y="16" class="axis" text-anchor="middle">{}</text>"#,
            esc(column)
        );
    }
    for (i, row) in rows.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
        let y = TOP + CELL_H * i as f64;
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}" class="axis" text-anchor="end">{}</text>"#,
            LABEL_W - 6.0,
            y + 16.0,
            esc(&row.name)
        );
        for (j, cell) in row.cells.iter().enumerate() {
            #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
            let x = LABEL_W + CELL_W * j as f64;
            let level = heat_level(cell.strength);
            let body = format!(
                r#"<rect x="{x}" y="{y}" width="{}" height="{}" class="heat-{level}"/><text x="{}" y="{}" class="cell heat-text-{level}" text-anchor="middle">{}</text>"#,
                CELL_W - 2.0,
                CELL_H - 2.0,
                x + CELL_W / 2.0 - 1.0,
                y + 16.0,
                esc(&cell.text)
            );
            match &cell.href {
                Some(href) => {
                    let _ = write!(
                        svg,
                        r#"<a href="{}" aria-label="{}">{body}</a>"#,
                        esc(href),
                        esc(&cell.label)
                    );
                }
                None => svg.push_str(&body),
            }
        }
    }
    svg.push_str("</svg>");
    svg
}

/// One of five shades, 0 for nothing.
pub fn heat_level(strength: f64) -> u8 {
    if strength.is_nan() || strength <= 0.0 {
        0
    } else if strength < 0.25 {
        1
    } else if strength < 0.5 {
        2
    } else if strength < 0.75 {
        3
    } else {
        4
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bars_escape_their_text_and_link_every_mark() {
        let svg = stacked_bars(
            "t",
            "Findings <by> kind",
            &["Lao PDR & co".to_owned()],
            &[Series {
                name: "Challenges".to_owned(),
                class: "k1",
                cells: vec![Cell {
                    value: 3,
                    href: "/findings?state=LA&kind=challenge".to_owned(),
                }],
            }],
        );
        assert!(svg.contains("Findings &lt;by&gt; kind"));
        assert!(svg.contains("Lao PDR &amp; co"));
        assert!(svg.contains(r#"href="/findings?state=LA&amp;kind=challenge""#));
        assert!(svg.contains(">3</text>"));
    }

    #[test]
    fn shades_grow_with_the_figure_and_nothing_is_unshaded() {
        assert_eq!(heat_level(0.0), 0);
        assert_eq!(heat_level(f64::NAN), 0);
        assert_eq!(heat_level(0.1), 1);
        assert_eq!(heat_level(0.3), 2);
        assert_eq!(heat_level(0.6), 3);
        assert_eq!(heat_level(1.0), 4);
    }
}
