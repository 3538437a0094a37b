//! Averages and differences of ratings: "not applicable" and "no information" are left out of
//! averages and counted apart.

use super::Answer;

/// One side's answers on a set of provisions.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Summary {
    /// The mean of the numeric ratings, if there is any.
    pub average: Option<f64>,
    pub rated: usize,
    pub not_applicable: usize,
    pub no_information: usize,
    /// Provisions with no answer yet.
    pub unanswered: usize,
}

impl Summary {
    pub fn of(answers: &[Option<(Answer, Option<i16>)>]) -> Self {
        let mut s = Self::default();
        let mut total = 0_i64;
        for a in answers {
            match a {
                Some((Answer::Rated, Some(r))) => {
                    s.rated += 1;
                    total += i64::from(*r);
                }
                Some((Answer::NotApplicable, _)) => s.not_applicable += 1,
                Some((Answer::NoInformation, _)) => s.no_information += 1,
                _ => s.unanswered += 1,
            }
        }
        if s.rated > 0 {
            #[expect(clippy::cast_precision_loss, reason = "small counts")]
            let average = total as f64 / s.rated as f64;
            s.average = Some(average);
        }
        s
    }

    /// "2.5", or "n/a" without ratings.
    pub fn shown(&self) -> String {
        self.average
            .map_or_else(|| "no rating".to_owned(), |a| format!("{a:.1}"))
    }
}

/// The gap between two ratings of one provision, when both are numbers.
pub fn difference(
    a: Option<(Answer, Option<i16>)>,
    b: Option<(Answer, Option<i16>)>,
) -> Option<i16> {
    match (a, b) {
        (Some((Answer::Rated, Some(x))), Some((Answer::Rated, Some(y)))) => Some((x - y).abs()),
        _ => None,
    }
}

/// Whether a gap deserves the dialogue's attention.
pub fn divergent(gap: Option<i16>) -> bool {
    gap.is_some_and(|g| g >= 2)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(n: i16) -> Option<(Answer, Option<i16>)> {
        Some((Answer::Rated, Some(n)))
    }

    #[test]
    fn averages_leave_out_not_applicable_and_no_information_and_count_them() {
        let s = Summary::of(&[
            r(4),
            r(1),
            Some((Answer::NotApplicable, None)),
            Some((Answer::NoInformation, None)),
            None,
        ]);
        assert_eq!(s.average, Some(2.5));
        assert_eq!(
            (s.rated, s.not_applicable, s.no_information, s.unanswered),
            (2, 1, 1, 1)
        );
        assert_eq!(
            Summary::of(&[Some((Answer::NotApplicable, None))]).average,
            None
        );
    }

    #[test]
    fn a_gap_of_two_or_more_is_divergent() {
        assert_eq!(difference(r(4), r(1)), Some(3));
        assert!(divergent(difference(r(4), r(2))));
        assert!(!divergent(difference(r(3), r(2))));
        assert_eq!(difference(r(3), Some((Answer::NoInformation, None))), None);
    }
}
