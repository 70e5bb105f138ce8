//! The Couples Satisfaction Index, 4-item form (CSI-4; Funk & Rogge 2007): each partner's
//! satisfaction with the relationship, asked at check-in and followed across sessions.
//! Where the items come from, and their licence: `assets/measures/CSI-4.md`.

/// One item: what is asked, and its answers from the lowest score (0) up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CsiItem {
    pub text: &'static str,
    pub answers: &'static [&'static str],
}

const TRUE: &[&str] = &[
    "Not at all true",
    "A little true",
    "Somewhat true",
    "Mostly true",
    "Almost completely true",
    "Completely true",
];

const HOW_MUCH: &[&str] = &[
    "Not at all",
    "A little",
    "Somewhat",
    "Mostly",
    "Almost completely",
    "Completely",
];

/// The four items, in their published order.
pub const CSI4: [CsiItem; 4] = [
    CsiItem {
        text: "Please indicate the degree of happiness, all things considered, of your relationship.",
        answers: &[
            "Extremely unhappy",
            "Fairly unhappy",
            "A little unhappy",
            "Happy",
            "Very happy",
            "Extremely happy",
            "Perfect",
        ],
    },
    CsiItem {
        text: "I have a warm and comfortable relationship with my partner.",
        answers: TRUE,
    },
    CsiItem {
        text: "How rewarding is your relationship with your partner?",
        answers: HOW_MUCH,
    },
    CsiItem {
        text: "In general, how satisfied are you with your relationship?",
        answers: HOW_MUCH,
    },
];

/// The highest total: 6 + 5 + 5 + 5.
pub const CSI4_MAX: u8 = 21;

/// Totals below this suggest notable relationship dissatisfaction (the CSI-4 cut-off as Funk &
/// Rogge's scoring is cited; see `assets/measures/CSI-4.md`).
pub const CSI4_CUTOFF: f32 = 13.5;

/// The total of four answers (each the answer's index, from 0), or None until all four are
/// given. An answer out of an item's range counts as not given.
pub fn csi4_score(answers: [Option<u8>; 4]) -> Option<u8> {
    let mut total = 0u8;
    for (item, answer) in CSI4.iter().zip(answers) {
        let a = answer?;
        if usize::from(a) >= item.answers.len() {
            return None;
        }
        total += a;
    }
    Some(total)
}

/// Whether a total falls below the distress cut-off.
pub fn below_cutoff(score: u8) -> bool {
    f32::from(score) < CSI4_CUTOFF
}

/// "12 of 21, below the distress cut-off (13.5)"
pub fn describe_csi4(score: u8) -> String {
    if below_cutoff(score) {
        format!("{score} of {CSI4_MAX}, below the distress cut-off ({CSI4_CUTOFF})")
    } else {
        format!("{score} of {CSI4_MAX}, above the distress cut-off ({CSI4_CUTOFF})")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_total_is_the_sum_of_the_answers_and_the_cut_off_falls_between_13_and_14() {
        // Happy (3), mostly true (3), somewhat (2), mostly (3): 11, below the cut-off.
        assert_eq!(csi4_score([Some(3), Some(3), Some(2), Some(3)]), Some(11));
        assert!(below_cutoff(11));
        // Very happy (4), mostly true (3), mostly (3), mostly (3): 13, still below.
        assert_eq!(csi4_score([Some(4), Some(3), Some(3), Some(3)]), Some(13));
        assert!(below_cutoff(13));
        // One step more: 14, above.
        assert_eq!(csi4_score([Some(4), Some(4), Some(3), Some(3)]), Some(14));
        assert!(!below_cutoff(14));
        // The ends of the scale.
        assert_eq!(csi4_score([Some(0); 4]), Some(0));
        assert_eq!(
            csi4_score([Some(6), Some(5), Some(5), Some(5)]),
            Some(CSI4_MAX)
        );
        // Not all answered, or out of range: no score.
        assert_eq!(csi4_score([Some(3), None, Some(2), Some(3)]), None);
        assert_eq!(csi4_score([Some(3), Some(6), Some(2), Some(3)]), None);
        assert_eq!(
            describe_csi4(11),
            "11 of 21, below the distress cut-off (13.5)"
        );
    }
}
