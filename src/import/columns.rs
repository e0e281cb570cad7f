//! The columns a record type has, read from its `Deserialize` implementation so that the
//! header checks can never disagree with what the rows accept.
//!
//! It knows nothing of files, lines or the database.

use serde::de::value::{Error as ProbeError, MapDeserializer, SeqDeserializer, U32Deserializer};
use serde::de::{self, DeserializeOwned, DeserializeSeed, Deserializer, IntoDeserializer, Visitor};

/// Every column (field) of the record type, in declaration order.
pub fn all<E: DeserializeOwned>() -> &'static [&'static str] {
    let mut probe = RecordProbe { fields: &[], omit: None };
    // The record is built from sample values only to learn its fields.
    let _ = E::deserialize(&mut probe);
    probe.fields
}

/// The columns a record cannot do without: a record with every field but one of these is
/// refused as missing it.
pub fn required<E: DeserializeOwned>() -> Vec<&'static str> {
    all::<E>()
        .iter()
        .copied()
        .filter(|field| {
            let mut probe = RecordProbe { fields: &[], omit: Some(field) };
            matches!(E::deserialize(&mut probe), Err(e) if e.to_string() == format!("missing field `{field}`"))
        })
        .collect()
}

/// Deserializes a record from a map of all its fields but `omit`, each with a sample value,
/// and notes the fields the record declares.
struct RecordProbe {
    fields: &'static [&'static str],
    omit: Option<&'static str>,
}

impl<'de> Deserializer<'de> for &mut RecordProbe {
    type Error = ProbeError;

    fn deserialize_any<V: Visitor<'de>>(self, _visitor: V) -> Result<V::Value, ProbeError> {
        Err(de::Error::custom("not a record"))
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ProbeError> {
        self.fields = fields;
        let omit = self.omit;
        let entries = fields.iter().copied().filter(move |f| Some(*f) != omit).map(|f| (f, Sample));
        visitor.visit_map(MapDeserializer::new(entries))
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option unit
        unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// A plausible value of any field type: a date-shaped text (a date is also a text), a
/// number, false, nothing, an empty list, an enum's first variant.
#[derive(Clone, Copy)]
struct Sample;

impl<'de> IntoDeserializer<'de, ProbeError> for Sample {
    type Deserializer = Sample;
    fn into_deserializer(self) -> Sample {
        self
    }
}

impl<'de> Deserializer<'de> for Sample {
    type Error = ProbeError;

    fn deserialize_any<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_unit()
    }
    fn deserialize_bool<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_bool(false)
    }
    fn deserialize_i64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_i64(1)
    }
    fn deserialize_u64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_u64(1)
    }
    fn deserialize_f64<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_f64(1.0)
    }
    fn deserialize_str<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_str("2000-01-01")
    }
    fn deserialize_string<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_str("2000-01-01")
    }
    fn deserialize_option<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_none()
    }
    fn deserialize_newtype_struct<V: Visitor<'de>>(self, _name: &'static str, visitor: V) -> Result<V::Value, ProbeError> {
        visitor.visit_newtype_struct(self)
    }
    fn deserialize_seq<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        SeqDeserializer::<_, ProbeError>::new(std::iter::empty::<Sample>()).deserialize_seq(visitor)
    }
    fn deserialize_map<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, ProbeError> {
        MapDeserializer::<_, ProbeError>::new(std::iter::empty::<(Sample, Sample)>()).deserialize_map(visitor)
    }
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, ProbeError> {
        visitor.visit_enum(self)
    }

    serde::forward_to_deserialize_any! {
        i8 i16 i32 i128 u8 u16 u32 u128 f32 char bytes byte_buf unit unit_struct tuple tuple_struct struct
        identifier ignored_any
    }
}

impl<'de> de::EnumAccess<'de> for Sample {
    type Error = ProbeError;
    type Variant = Sample;

    fn variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<(S::Value, Sample), ProbeError> {
        let first: U32Deserializer<ProbeError> = 0u32.into_deserializer();
        Ok((seed.deserialize(first)?, self))
    }
}

impl<'de> de::VariantAccess<'de> for Sample {
    type Error = ProbeError;

    fn unit_variant(self) -> Result<(), ProbeError> {
        Ok(())
    }
    fn newtype_variant_seed<S: DeserializeSeed<'de>>(self, seed: S) -> Result<S::Value, ProbeError> {
        seed.deserialize(self)
    }
    fn tuple_variant<V: Visitor<'de>>(self, _len: usize, visitor: V) -> Result<V::Value, ProbeError> {
        self.deserialize_seq(visitor)
    }
    fn struct_variant<V: Visitor<'de>>(self, _fields: &'static [&'static str], visitor: V) -> Result<V::Value, ProbeError> {
        self.deserialize_map(visitor)
    }
}
