//! How a measurement is written: one short row per value, `(period, group,
//! value)`, e.g. `(7, Some(19), 40.0)` or, for a share kept as its counts,
//! `(7, None, (23, 118))`. Rows keep the file readable by hand and fast to
//! read back. The long form of format version 1, `Measurement(period: 7,
//! group: Some(19), value: Number(40.0))`, is still read, so older files and
//! blocks pasted from them load unchanged.

use std::fmt;

use serde::de::{self, Deserializer, MapAccess, SeqAccess, Visitor};
use serde::ser::{SerializeTuple, Serializer};
use serde::{Deserialize, Serialize};

use super::{Measurement, Value};
use crate::domain::Id;

impl Serialize for Measurement {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let mut row = s.serialize_tuple(3)?;
        row.serialize_element(&self.period)?;
        row.serialize_element(&self.group)?;
        row.serialize_element(&Written(self.value))?;
        row.end()
    }
}

impl<'de> Deserialize<'de> for Measurement {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(RowVisitor)
    }
}

/// A value as a row holds it: a plain number, or the two counts of a share.
struct Written(Value);

impl Serialize for Written {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        match self.0 {
            Value::Number(x) => s.serialize_f64(x),
            Value::Ratio(part, whole) => {
                let mut pair = s.serialize_tuple(2)?;
                pair.serialize_element(&part)?;
                pair.serialize_element(&whole)?;
                pair.end()
            }
        }
    }
}

impl<'de> Deserialize<'de> for Written {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        d.deserialize_any(WrittenVisitor).map(Written)
    }
}

struct WrittenVisitor;

impl<'de> Visitor<'de> for WrittenVisitor {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a number, or a share's two counts such as (23, 118)")
    }

    fn visit_f64<E: de::Error>(self, x: f64) -> Result<Value, E> {
        Ok(Value::Number(x))
    }

    fn visit_i64<E: de::Error>(self, x: i64) -> Result<Value, E> {
        Ok(Value::Number(x as f64))
    }

    fn visit_u64<E: de::Error>(self, x: u64) -> Result<Value, E> {
        Ok(Value::Number(x as f64))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let part: u32 = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let whole: u32 = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(3, &self));
        }
        Ok(Value::Ratio(part, whole))
    }
}

struct RowVisitor;

impl<'de> Visitor<'de> for RowVisitor {
    type Value = Measurement;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a measurement row (period, group, value), e.g. (7, Some(19), 40.0)")
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Measurement, A::Error> {
        let period: Id = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(0, &self))?;
        let group: Option<Id> = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(1, &self))?;
        let Written(value) = seq
            .next_element()?
            .ok_or_else(|| de::Error::invalid_length(2, &self))?;
        if seq.next_element::<de::IgnoredAny>()?.is_some() {
            return Err(de::Error::invalid_length(4, &self));
        }
        Ok(Measurement {
            period,
            group,
            value,
        })
    }

    /// The long form of format version 1.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Measurement, A::Error> {
        let (mut period, mut group, mut value) = (None, None, None);
        while let Some(key) = map.next_key::<String>()? {
            match key.as_str() {
                "period" if period.is_none() => period = Some(map.next_value::<Id>()?),
                "group" if group.is_none() => group = Some(map.next_value::<Option<Id>>()?),
                "value" if value.is_none() => value = Some(map.next_value::<Value>()?),
                "period" | "group" | "value" => return Err(de::Error::duplicate_field("value")),
                other => return Err(de::Error::unknown_field(other, FIELDS)),
            }
        }
        Ok(Measurement {
            period: period.ok_or_else(|| de::Error::missing_field("period"))?,
            group: group.unwrap_or(None),
            value: value.ok_or_else(|| de::Error::missing_field("value"))?,
        })
    }
}

const FIELDS: &[&str] = &["period", "group", "value"];

#[cfg(test)]
mod tests {
    use super::*;

    fn row(text: &str) -> Result<Measurement, ron::error::SpannedError> {
        ron::from_str(text)
    }

    #[test]
    fn rows_are_short_and_read_back() {
        for m in [
            Measurement {
                period: Id(7),
                group: Some(Id(19)),
                value: Value::Number(40.0),
            },
            Measurement {
                period: Id(7),
                group: None,
                value: Value::Ratio(23, 118),
            },
        ] {
            let text = ron::to_string(&m).unwrap();
            assert!(text.len() < 20, "{text}");
            assert_eq!(row(&text).unwrap(), m);
        }
        assert_eq!(
            ron::to_string(&Measurement {
                period: Id(7),
                group: None,
                value: Value::Ratio(23, 118),
            })
            .unwrap(),
            "(7,None,(23,118))"
        );
    }

    #[test]
    fn whole_numbers_and_the_long_form_are_read() {
        assert_eq!(row("(3, None, 12)").unwrap().value, Value::Number(12.0));
        let long = row("Measurement(period: 7, group: Some(19), value: Ratio(2, 9))").unwrap();
        assert_eq!(
            long,
            Measurement {
                period: Id(7),
                group: Some(Id(19)),
                value: Value::Ratio(2, 9),
            }
        );
        let no_group = row("Measurement(period: 7, value: Number(1.5))").unwrap();
        assert_eq!(no_group.group, None);
    }

    #[test]
    fn bad_rows_are_refused() {
        for bad in [
            "(7, None)",
            "(7, None, 1.0, 2.0)",
            "(7, None, (1, 2, 3))",
            "(7, None, (1))",
            "(7, None, \"x\")",
            "Measurement(period: 7, value: Number(1.0), colour: 1)",
            "Measurement(period: 7, group: None)",
        ] {
            assert!(row(bad).is_err(), "{bad}");
        }
    }
}
