//! The demo's pictures, drawn at seed time: a logo, a banner and an illustrated avatar
//! per invented person (a head and shoulders in flat colours, no face, no real person).
//! They pass through the same upload rules as any picture ([`CleanImage`]).

use std::io::Cursor;

use image::{ImageFormat, Rgb, RgbImage};

use crate::domain::identity::CleanImage;

/// Background and clothing colours, all dark enough for white text.
const PALETTE: [[u8; 3]; 8] = [
    [0x1b, 0x4f, 0x8f],
    [0x6a, 0x1b, 0x9a],
    [0x0b, 0x6e, 0x4f],
    [0x8a, 0x3b, 0x12],
    [0x23, 0x5a, 0x6b],
    [0x7a, 0x1f, 0x3d],
    [0x3d, 0x4a, 0x1b],
    [0x4a, 0x3b, 0x7a],
];
const SKIN: [[u8; 3]; 5] = [
    [0xf1, 0xc2, 0x9a],
    [0xd9, 0xa0, 0x6e],
    [0xb5, 0x78, 0x4c],
    [0x8d, 0x55, 0x2c],
    [0x5e, 0x38, 0x1c],
];

fn clean(img: RgbImage, max_side: u32) -> Result<CleanImage, String> {
    let mut png = Vec::new();
    img.write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    CleanImage::from_upload(&png, max_side)
}

/// An avatar for person number `n`.
pub fn avatar(n: usize) -> Result<CleanImage, String> {
    const S: u32 = 128;
    let bg = PALETTE[n % PALETTE.len()];
    let coat = PALETTE[(n * 3 + 1) % PALETTE.len()];
    let skin = SKIN[(n * 7 + 2) % SKIN.len()];
    let lighter = |c: [u8; 3]| c.map(|v| v.saturating_add(90));
    let img = RgbImage::from_fn(S, S, |x, y| {
        let (fx, fy) = (x as f32, y as f32);
        let head = (fx - 64.0).powi(2) + (fy - 52.0).powi(2) < 24.0f32.powi(2);
        let body =
            (fx - 64.0).powi(2) / 48.0f32.powi(2) + (fy - 128.0).powi(2) / 44.0f32.powi(2) < 1.0;
        if head {
            Rgb(skin)
        } else if body {
            Rgb(coat)
        } else {
            Rgb(lighter(bg))
        }
    });
    clean(img, S)
}

/// The conference logo: three overlapping rings.
pub fn logo() -> Result<CleanImage, String> {
    const W: u32 = 240;
    const H: u32 = 96;
    let rings = [(60.0, PALETTE[0]), (120.0, PALETTE[2]), (180.0, PALETTE[1])];
    let img = RgbImage::from_fn(W, H, |x, y| {
        let (fx, fy) = (x as f32, y as f32);
        for (cx, colour) in rings {
            let d = ((fx - cx).powi(2) + (fy - 48.0).powi(2)).sqrt();
            if (30.0..40.0).contains(&d) {
                return Rgb(colour);
            }
        }
        Rgb([0xff, 0xff, 0xff])
    });
    clean(img, W)
}

/// The banner: diagonal bands in the demo's blues and greens.
pub fn banner() -> Result<CleanImage, String> {
    const W: u32 = 1200;
    const H: u32 = 240;
    let img = RgbImage::from_fn(W, H, |x, y| {
        let band = ((x + 2 * y) / 120) as usize;
        let c = PALETTE[[0, 4, 2, 0, 7][band % 5]];
        let t = y as f32 / H as f32;
        Rgb(c.map(|v| (f32::from(v) * (1.0 - 0.35 * t)) as u8))
    });
    clean(img, W)
}
