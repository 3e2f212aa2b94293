//! A conference's face: its accent colour (checked for contrast before it is accepted)
//! and the rules an uploaded picture must pass (size, type by content, re-encoding to
//! PNG so that no metadata — EXIF, GPS, comments — survives).

use std::fmt;
use std::io::Cursor;

use image::{ImageFormat, ImageReader};

use super::l10n::{Arg, current, tr, tr_with};

/// The page background (`--bg` in `static/style.css`), on which the accent colour is
/// used as the colour of links and headings.
pub const PAGE: Rgb = Rgb(0xf6, 0xf7, 0xf9);
/// White: the text written on the accent colour (header, buttons), and the cards'
/// background, on which it is a link colour too.
pub const WHITE: Rgb = Rgb(0xff, 0xff, 0xff);
/// WCAG 2.x AA for normal text.
pub const MIN_CONTRAST: f64 = 4.5;

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    /// Relative luminance (WCAG 2.x definition).
    pub fn luminance(self) -> f64 {
        fn channel(c: u8) -> f64 {
            let c = f64::from(c) / 255.0;
            if c <= 0.04045 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        }
        0.2126 * channel(self.0) + 0.7152 * channel(self.1) + 0.0722 * channel(self.2)
    }

    /// Contrast ratio between two colours, 1.0 to 21.0.
    pub fn contrast(self, other: Rgb) -> f64 {
        let (a, b) = (self.luminance(), other.luminance());
        let (hi, lo) = if a > b { (a, b) } else { (b, a) };
        (hi + 0.05) / (lo + 0.05)
    }
}

/// An accent colour that carries white text (header, buttons) and reads as a link
/// colour on white, both at WCAG AA (4.5:1).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AccentColour(Rgb);

/// A contrast message: the measured and the needed ratio, with the reader's decimal
/// separator ("4.5" in English, "4,5" in French).
fn contrast_message(key: &str, measured: f64) -> String {
    let decimal = |x: f64| {
        let s = format!("{x:.1}");
        match current().code() {
            "fr" | "ru" | "es" => s.replace('.', ","),
            _ => s,
        }
    };
    tr_with(
        key,
        &[
            ("contrast", Arg::Text(&decimal(measured))),
            ("min", Arg::Text(&decimal(MIN_CONTRAST))),
        ],
    )
}

impl AccentColour {
    /// Parses `#rrggbb` (or `rrggbb`, any case) and checks its contrast; the message
    /// says which contrast fails and by how much.
    pub fn parse(raw: &str) -> Result<Self, String> {
        let s = raw.trim().trim_start_matches('#');
        let bytes = (s.len() == 6 && s.chars().all(|c| c.is_ascii_hexdigit()))
            .then(|| hex::decode(s).ok())
            .flatten()
            .ok_or_else(|| tr("form-colour-format"))?;
        let rgb = Rgb(bytes[0], bytes[1], bytes[2]);
        let on_white = rgb.contrast(WHITE);
        if on_white < MIN_CONTRAST {
            return Err(contrast_message("form-colour-too-light", on_white));
        }
        let on_page = rgb.contrast(PAGE);
        if on_page < MIN_CONTRAST {
            return Err(contrast_message("form-colour-links-too-light", on_page));
        }
        Ok(Self(rgb))
    }

    pub fn rgb(self) -> Rgb {
        self.0
    }

    /// `1b4f8f`: the form used in the theme stylesheet's address.
    pub fn hex(self) -> String {
        format!("{:02x}{:02x}{:02x}", self.0.0, self.0.1, self.0.2)
    }
}

impl fmt::Display for AccentColour {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "#{}", self.hex())
    }
}

/// Largest upload accepted, in bytes.
pub const MAX_IMAGE_BYTES: usize = 2 * 1024 * 1024;
/// Largest side accepted, in pixels (a decompression bomb is refused before decoding).
pub const MAX_IMAGE_SIDE: u32 = 4000;

/// A picture that passed the upload rules, re-encoded as PNG.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CleanImage {
    pub png: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

impl CleanImage {
    pub const CONTENT_TYPE: &'static str = "image/png";

    /// Checks size and type (by the file's content, never its name or declared type),
    /// decodes, shrinks to at most `max_side` pixels and re-encodes as PNG, so nothing
    /// but the pixels survives.
    pub fn from_upload(bytes: &[u8], max_side: u32) -> Result<Self, String> {
        if bytes.is_empty() {
            return Err(tr("form-picture-missing"));
        }
        if bytes.len() > MAX_IMAGE_BYTES {
            let kb = |n: usize| current().number(n.div_ceil(1024) as i64);
            return Err(tr_with(
                "form-picture-too-large",
                &[
                    ("size", Arg::Text(&kb(bytes.len()))),
                    ("max", Arg::Text(&kb(MAX_IMAGE_BYTES))),
                ],
            ));
        }
        let format = image::guess_format(bytes)
            .ok()
            .filter(|f| matches!(f, ImageFormat::Png | ImageFormat::Jpeg))
            .ok_or_else(|| tr("form-picture-not-png-or-jpeg"))?;
        let mut reader = ImageReader::with_format(Cursor::new(bytes), format);
        let mut limits = image::Limits::default();
        limits.max_image_width = Some(MAX_IMAGE_SIDE);
        limits.max_image_height = Some(MAX_IMAGE_SIDE);
        limits.max_alloc = Some(128 * 1024 * 1024);
        reader.limits(limits);
        let img = reader.decode().map_err(|_| tr("form-picture-unreadable"))?;
        let img = if img.width() > max_side || img.height() > max_side {
            img.thumbnail(max_side, max_side)
        } else {
            img
        };
        let mut png = Vec::new();
        img.write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .map_err(|_| tr("form-picture-not-converted"))?;
        Ok(Self {
            png,
            width: img.width(),
            height: img.height(),
        })
    }

    /// The address of the picture: the SHA-256 of its bytes, in hex.
    pub fn hash(&self) -> String {
        use sha2::{Digest, Sha256};
        hex::encode(Sha256::digest(&self.png))
    }
}

/// The first paragraph of a Markdown description as plain text, cut to `max`
/// characters: the short description on the list of conferences.
pub fn summary_of(markdown: &str, max: usize) -> String {
    use pulldown_cmark::{Event, Parser, Tag, TagEnd};
    let mut out = String::new();
    let mut in_paragraph = false;
    for event in Parser::new(markdown) {
        match event {
            Event::Start(Tag::Paragraph) => in_paragraph = true,
            Event::End(TagEnd::Paragraph) if !out.trim().is_empty() => break,
            Event::Text(t) | Event::Code(t) if in_paragraph => out.push_str(&t),
            Event::SoftBreak | Event::HardBreak if in_paragraph => out.push(' '),
            _ => {}
        }
    }
    super::text::ellipsize(out.trim(), max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn summary_is_the_first_paragraph_as_text() {
        let md = "# Title\n\nA **bold** [idea](https://example.org)\nfor all.\n\nSecond.";
        assert_eq!(summary_of(md, 100), "A bold idea for all.");
    }

    #[test]
    fn contrast_matches_wcag_examples() {
        assert!((WHITE.contrast(Rgb(0, 0, 0)) - 21.0).abs() < 0.01);
        assert!((WHITE.contrast(Rgb(0x76, 0x76, 0x76)) - 4.54).abs() < 0.01);
    }

    #[test]
    fn dark_accent_is_accepted_and_light_one_refused_with_the_ratio() {
        let c = AccentColour::parse("#1B4F8F").expect("dark blue");
        assert_eq!(c.to_string(), "#1b4f8f");
        let e = AccentColour::parse("#ffd700").expect_err("gold");
        assert!(e.contains(":1"), "{e}");
        assert!(AccentColour::parse("blue").is_err());
        assert!(AccentColour::parse("#12345").is_err());
    }

    #[test]
    fn non_pictures_are_refused_and_pictures_re_encoded() {
        assert!(CleanImage::from_upload(b"GIF89a....", 100).is_err());
        assert!(CleanImage::from_upload(b"<svg></svg>", 100).is_err());
        let mut png = Vec::new();
        image::RgbImage::from_pixel(300, 200, image::Rgb([10, 20, 30]))
            .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
            .expect("png");
        let clean = CleanImage::from_upload(&png, 150).expect("clean");
        assert_eq!((clean.width, clean.height), (150, 100));
        assert_eq!(&clean.png[1..4], b"PNG");
    }
}
