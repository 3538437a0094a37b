//! The one shape of every enum that users choose from or read: `ALL` (in the order forms list
//! them), `value()` (what forms, URLs and the command line carry), `label()` (how pages name
//! it), `parse()` (a typed value back to the enum) and `options()` (for select boxes and radio
//! buttons). An enum gets all five from one table, through [`enumerated!`], so a value and its
//! label cannot drift apart and a new variant that is left out does not compile.

/// An enum with one value and one label for each variant. Implemented by [`enumerated!`],
/// which also gives the enum the same five items as inherent methods, so callers need not
/// import this trait; generic code (and the round-trip test) uses it.
pub trait Enumerated: Copy + PartialEq + Sized + 'static {
    /// Every variant, in the order forms list them.
    const ALL: &'static [Self];

    /// The value in forms, URLs and on the command line.
    fn value(self) -> &'static str;

    /// How pages name it.
    fn label(self) -> &'static str;

    /// The variant whose value is `value` (spaces around it ignored), if there is one.
    fn parse(value: &str) -> Option<Self> {
        let value = value.trim();
        Self::ALL.iter().copied().find(|v| v.value() == value)
    }

    /// `(value, label, selected)` for each variant, for a select box or radio buttons.
    fn options(selected: Option<Self>) -> Vec<(&'static str, &'static str, bool)> {
        Self::ALL
            .iter()
            .map(|v| (v.value(), v.label(), Some(*v) == selected))
            .collect()
    }
}

/// Gives an enum the one shape from a table of `Variant => "value", "label";` lines: the
/// inherent `ALL`, `value()`, `label()`, `parse()` and `options()`, and [`Enumerated`].
///
/// ```ignore
/// crate::domain::enumerated! {
///     Visibility {
///         Public => "public", "Public";
///         Staff => "staff", "Staff only";
///     }
/// }
/// ```
macro_rules! enumerated {
    ($ty:ident { $($variant:ident => $value:literal, $label:literal;)+ }) => {
        impl $ty {
            /// Every variant, in the order forms list them.
            pub const ALL: [Self; [$($value),+].len()] = [$(Self::$variant),+];

            /// The value in forms, URLs and on the command line.
            pub fn value(self) -> &'static str {
                match self {
                    $(Self::$variant => $value,)+
                }
            }

            /// How pages name it, in the language of the request: the English here, or the
            /// catalogue's `<Type>-<value>` message.
            pub fn label(self) -> &'static str {
                let (id, english) = match self {
                    $(Self::$variant => (concat!(stringify!($ty), "-", $value), $label),)+
                };
                $crate::i18n::label(id, english)
            }

            /// The catalogue ids and English labels of every variant, for the check that
            /// every catalogue names them all.
            #[allow(dead_code)]
            pub const LABELS: &'static [(&'static str, &'static str)] =
                &[$((concat!(stringify!($ty), "-", $value), $label)),+];

            /// The variant whose value is `value` (spaces around it ignored), if there is one.
            pub fn parse(value: &str) -> Option<Self> {
                <Self as $crate::domain::Enumerated>::parse(value)
            }

            /// `(value, label, selected)` for each variant, for a select box or radio buttons.
            pub fn options(selected: Option<Self>) -> Vec<(&'static str, &'static str, bool)> {
                <Self as $crate::domain::Enumerated>::options(selected)
            }
        }

        impl $crate::domain::Enumerated for $ty {
            const ALL: &'static [Self] = &<$ty>::ALL;

            fn value(self) -> &'static str {
                <$ty>::value(self)
            }

            fn label(self) -> &'static str {
                <$ty>::label(self)
            }
        }
    };
}

pub(crate) use enumerated;
