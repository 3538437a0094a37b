//! Charts drawn on the server as SVG: stacked bars and heat maps. Each is drawn from the same
//! cells as the data table printed beside it (or on the page it links to); every mark that
//! stands for records links to them.
//!
//! The marks carry only what differs between them (where they are, how long, where they link):
//! sizes, alignment and colours come from the stylesheet and from the group a mark is in, and a
//! heat map's cells are one shape drawn again with `<use>`, so that a chart of a hundred marks
//! stays a few kilobytes.

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

/// A coordinate, as short as it can be written: "130", "52.4".
fn num(value: f64) -> String {
    let text = format!("{value:.1}");
    text.strip_suffix(".0")
        .map_or_else(|| text.clone(), str::to_owned)
}

/// Horizontal stacked bars, one per label (a Member State, a year), with a legend. Each
/// segment is a thick line (`path`) in its series' group, whose class gives its colour; the
/// stylesheet gives every bar its thickness.
pub fn stacked_bars(id: &str, title: &str, labels: &[String], series: &[Series]) -> String {
    const LABEL_W: f64 = 130.0;
    const BAR_W: f64 = 440.0;
    const ROW_H: f64 = 22.0;
    const TOP: f64 = 30.0;
    /// A bar's middle, below the top of its row (the stylesheet draws it 16 high).
    const MIDDLE: f64 = 8.0;
    /// A label's baseline, below the top of its row.
    const BASELINE: f64 = 12.0;
    let totals: Vec<i64> = (0..labels.len())
        .map(|i| series.iter().map(|s: &Series| s.cells[i].value).sum())
        .collect();
    let max = totals.iter().copied().max().unwrap_or(0).max(1);
    #[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
    let scale = BAR_W / max as f64;
    #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
    let row_top = |i: usize| TOP + ROW_H * i as f64;
    let height = row_top(labels.len()) + 10.0;
    let width = LABEL_W + BAR_W + 60.0;
    let mut svg = String::new();
    let _ = write!(
        svg,
        r#"<svg class="chart bars" id="{id}" viewBox="0 0 {width} {height}" role="group" aria-labelledby="{id}-title" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><g class="legend">"#,
        esc(title)
    );
    let mut x = LABEL_W;
    for s in series {
        let _ = write!(
            svg,
            r#"<rect x="{}" y="6" width="12" height="12" class="{}"/><text x="{}" y="16">{}</text>"#,
            num(x),
            s.class,
            num(x + 16.0),
            esc(&s.name)
        );
        #[expect(clippy::cast_precision_loss, reason = "short names")]
        let step = 30.0 + 7.0 * s.name.chars().count() as f64;
        x += step;
    }
    let _ = write!(
        svg,
        r#"</g><g class="names" transform="translate({} 0)">"#,
        num(LABEL_W - 6.0)
    );
    for (i, label) in labels.iter().enumerate() {
        let _ = write!(
            svg,
            r#"<text y="{}">{}</text>"#,
            num(row_top(i) + BASELINE),
            esc(label)
        );
    }
    svg.push_str("</g>");
    // Where each bar has got to, series after series.
    let mut ends = vec![LABEL_W; labels.len()];
    for s in series {
        let _ = write!(svg, r#"<g class="{}">"#, s.class);
        for (i, label) in labels.iter().enumerate() {
            let cell = &s.cells[i];
            if cell.value == 0 {
                continue;
            }
            #[expect(clippy::cast_precision_loss, reason = "counts far below 2^52")]
            let w = cell.value as f64 * scale;
            let _ = write!(
                svg,
                r#"<a href="{}" aria-label="{}: {} {}"><path d="M{} {}h{}"/></a>"#,
                esc(&cell.href),
                esc(label),
                cell.value,
                esc(&s.name),
                num(ends[i]),
                num(row_top(i) + MIDDLE),
                num(w),
            );
            ends[i] += w;
        }
        svg.push_str("</g>");
    }
    svg.push_str(r#"<g class="totals">"#);
    for (i, total) in totals.iter().enumerate() {
        let _ = write!(
            svg,
            r#"<text x="{}" y="{}">{total}</text>"#,
            num(ends[i] + 4.0),
            num(row_top(i) + BASELINE),
        );
    }
    svg.push_str("</g></svg>");
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

/// A grid of rows (Member States) by columns (themes, chapters); darker is more. Each row is a
/// group moved to its place; each cell is the one square of the chart (`<use>`) with its shade
/// as a class, and its figure centred on it by the stylesheet.
pub fn heat_map(id: &str, title: &str, columns: &[String], rows: &[HeatRow]) -> String {
    const LABEL_W: f64 = 130.0;
    const CELL_W: f64 = 44.0;
    const CELL_H: f64 = 24.0;
    const TOP: f64 = 24.0;
    /// The figure's baseline, below the top of its cell.
    const BASELINE: f64 = 16.0;
    #[expect(clippy::cast_precision_loss, reason = "a handful of columns")]
    let column_x = |j: usize| LABEL_W + CELL_W * j as f64;
    let width = column_x(columns.len()) + 4.0;
    #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
    let height = TOP + CELL_H * rows.len() as f64 + 4.0;
    let mut svg = String::new();
    // The square, drawn from the baseline of its row's text.
    let _ = write!(
        svg,
        r#"<svg class="chart heat" id="{id}" viewBox="0 0 {} {}" role="group" aria-labelledby="{id}-title" xmlns="http://www.w3.org/2000/svg"><title id="{id}-title">{}</title><defs><rect id="{id}-c" y="-{}" width="{}" height="{}"/></defs><g class="columns" transform="translate(0 16)">"#,
        num(width),
        num(height),
        esc(title),
        num(BASELINE),
        num(CELL_W - 2.0),
        num(CELL_H - 2.0),
    );
    for (j, column) in columns.iter().enumerate() {
        let _ = write!(
            svg,
            r#"<text x="{}">{}</text>"#,
            num(column_x(j) + CELL_W / 2.0),
            esc(column)
        );
    }
    svg.push_str("</g>");
    for (i, row) in rows.iter().enumerate() {
        #[expect(clippy::cast_precision_loss, reason = "a handful of rows")]
        let baseline = TOP + CELL_H * i as f64 + BASELINE;
        let _ = write!(
            svg,
            r#"<g transform="translate(0 {})"><text x="{}" class="name">{}</text>"#,
            num(baseline),
            num(LABEL_W - 6.0),
            esc(&row.name)
        );
        for (j, cell) in row.cells.iter().enumerate() {
            let x = column_x(j);
            let body = format!(
                r##"<use href="#{id}-c" x="{}" class="heat-{}"/><text x="{}">{}</text>"##,
                num(x),
                heat_level(cell.strength),
                num(x + CELL_W / 2.0 - 1.0),
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
        svg.push_str("</g>");
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

    fn bars() -> String {
        stacked_bars(
            "t",
            "Findings <by> kind",
            &["Lao PDR & co".to_owned(), "Viet Nam".to_owned()],
            &[
                Series {
                    name: "Challenges".to_owned(),
                    class: "k1",
                    cells: vec![
                        Cell {
                            value: 3,
                            href: "/findings?state=LA&kind=challenge".to_owned(),
                        },
                        Cell {
                            value: 1,
                            href: "/findings?state=VN&kind=challenge".to_owned(),
                        },
                    ],
                },
                Series {
                    name: "Opportunities".to_owned(),
                    class: "k2",
                    cells: vec![
                        Cell {
                            value: 0,
                            href: "/findings?state=LA&kind=opportunity".to_owned(),
                        },
                        Cell {
                            value: 2,
                            href: "/findings?state=VN&kind=opportunity".to_owned(),
                        },
                    ],
                },
            ],
        )
    }

    #[test]
    fn bars_escape_their_text_and_link_every_mark() {
        let svg = bars();
        assert!(svg.contains("Findings &lt;by&gt; kind"));
        assert!(svg.contains("Lao PDR &amp; co"));
        assert!(svg.contains(r#"href="/findings?state=LA&amp;kind=challenge""#));
        assert!(svg.contains(r#"aria-label="Viet Nam: 2 Opportunities""#));
        assert!(svg.contains(">3</text>"));
        // No mark for nothing: three segments, one link each.
        assert_eq!(svg.matches("<a ").count(), 3);
        assert_eq!(svg.matches("<path ").count(), 3);
    }

    #[test]
    fn a_bar_s_segments_follow_one_another_in_their_series_groups() {
        let svg = bars();
        // The largest bar (Viet Nam's, 3) is 440 long: 1 challenge then 2 opportunities.
        assert!(svg.contains(r#"<path d="M130 60h146.7"/>"#), "{svg}");
        assert!(svg.contains(r#"<path d="M276.7 60h293.3"/>"#), "{svg}");
        let opportunities = svg.find(r#"<g class="k2">"#).expect("a group per series");
        assert!(svg[opportunities..].contains("state=VN&amp;kind=opportunity"));
        // The marks repeat no size or colour: those are the stylesheet's.
        assert!(!svg.contains("<path d=\"M130 60h146.7\" class"));
        assert!(!svg.contains("height=\"16\""));
    }

    #[test]
    fn heat_cells_are_one_shape_used_again_and_link_with_their_label() {
        let row = |name: &str, n: i64| HeatRow {
            name: name.to_owned(),
            cells: vec![HeatCell {
                text: n.to_string(),
                strength: if n > 0 { 1.0 } else { 0.0 },
                href: (n > 0).then(|| format!("/findings?state={name}")),
                label: format!("{name}: {n} findings"),
            }],
        };
        let svg = heat_map(
            "h",
            "Heat",
            &["T1".to_owned()],
            &[row("VN", 2), row("TH", 0)],
        );
        assert_eq!(svg.matches("<rect ").count(), 1, "{svg}");
        assert_eq!(svg.matches(r##"<use href="#h-c""##).count(), 2, "{svg}");
        assert!(svg.contains(
            r##"<a href="/findings?state=VN" aria-label="VN: 2 findings"><use href="#h-c" x="130" class="heat-4"/><text x="151">2</text></a>"##
        ));
        assert!(
            svg.contains(
                r##"<use href="#h-c" x="130" class="heat-0"/><text x="151">0</text></g>"##
            )
        );
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
