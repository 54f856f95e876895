// Draws Coherence's placeholder icon and writes it in the formats packaging needs, with no
// image tools and nothing downloaded: PNG is written with node:zlib, ICO and ICNS are simple
// containers around PNG (and, for small Windows sizes, BMP) images.
//
//   node electron/build/makeIcons.mjs            writes resources/icons/
//
//   resources/icons/<N>x<N>.png   16 ... 1024 (Linux takes the folder; 512x512.png is the window icon)
//   resources/icons/icon.ico      Windows: 16-48 as BMP (old tools choke on small PNG entries), 256 as PNG
//   resources/icons/icon.icns     macOS: PNG entries 16 ... 1024
//
// The picture: a teal rounded square, a white open ring (a "C"), and an amber mark in its gap
// (a coded passage). Drawn analytically with 4x4 supersampling, so every size is crisp.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const ICON_DIR = path.join(repoRoot, 'resources', 'icons');
export const PNG_SIZES = [16, 32, 48, 64, 128, 256, 512, 1024];

const TEAL_TOP = [38, 128, 138];
const TEAL_BOTTOM = [20, 82, 92];
const WHITE = [255, 255, 255];
const AMBER = [244, 177, 60];

/** Colour (r, g, b, a in 0..1) at a point of the unit square (0,0 top left, 1,1 bottom right). */
function paint(x, y) {
  // Rounded square with a small margin, as desktop icons have.
  const margin = 0.04;
  const radius = 0.2;
  const inset = Math.max(Math.abs(x - 0.5) - (0.5 - margin - radius), 0) ** 2 + Math.max(Math.abs(y - 0.5) - (0.5 - margin - radius), 0) ** 2;
  if (inset > radius * radius) return null;
  const t = (y - margin) / (1 - 2 * margin);
  let colour = TEAL_TOP.map((c, i) => c + (TEAL_BOTTOM[i] - c) * t);

  const dx = x - 0.47;
  const dy = y - 0.5;
  const distance = Math.hypot(dx, dy);
  const angle = Math.atan2(dy, dx); // 0 points right
  if (distance > 0.19 && distance < 0.29 && Math.abs(angle) > 0.75) colour = WHITE;
  if (Math.hypot(x - 0.7, y - 0.5) < 0.075) colour = AMBER;
  return colour;
}

/** RGBA pixels, row by row, premultiplied-average supersampled then straightened. */
export function renderIcon(size) {
  const samples = 4;
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < samples; sy++) {
        for (let sx = 0; sx < samples; sx++) {
          const colour = paint((px + (sx + 0.5) / samples) / size, (py + (sy + 0.5) / samples) / size);
          if (!colour) continue;
          r += colour[0];
          g += colour[1];
          b += colour[2];
          covered++;
        }
      }
      const at = (py * size + px) * 4;
      if (covered > 0) {
        pixels[at] = Math.round(r / covered);
        pixels[at + 1] = Math.round(g / covered);
        pixels[at + 2] = Math.round(b / covered);
        pixels[at + 3] = Math.round((covered / (samples * samples)) * 255);
      }
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

export function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/** An 8-bit RGBA PNG. */
export function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    rows[y * (size * 4 + 1)] = 0; // filter: none
    pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** A 32-bit BMP as stored inside an ICO: bottom-up BGRA plus an all-clear AND mask. */
function encodeIcoBitmap(size, pixels) {
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0);
  header.writeInt32LE(size, 4);
  header.writeInt32LE(size * 2, 8); // XOR image and AND mask stacked
  header.writeUInt16LE(1, 12);
  header.writeUInt16LE(32, 14);
  const colour = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const from = (y * size + x) * 4;
      const to = ((size - 1 - y) * size + x) * 4;
      colour[to] = pixels[from + 2];
      colour[to + 1] = pixels[from + 1];
      colour[to + 2] = pixels[from];
      colour[to + 3] = pixels[from + 3];
    }
  }
  const maskRow = Math.ceil(size / 32) * 4;
  return Buffer.concat([header, colour, Buffer.alloc(maskRow * size)]);
}

export function encodeIco(images) {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(images.length, 4);
  const entries = [];
  const bodies = [];
  let offset = 6 + 16 * images.length;
  for (const { size, pixels } of images) {
    const body = size >= 256 ? encodePng(size, pixels) : encodeIcoBitmap(size, pixels);
    const entry = Buffer.alloc(16);
    entry[0] = size >= 256 ? 0 : size;
    entry[1] = size >= 256 ? 0 : size;
    entry.writeUInt16LE(1, 4); // planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(body.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += body.length;
    entries.push(entry);
    bodies.push(body);
  }
  return Buffer.concat([header, ...entries, ...bodies]);
}

/** ICNS element types that hold PNG data, by pixel size (Retina types reuse larger images). */
export const ICNS_TYPES = [
  ['icp4', 16],
  ['icp5', 32],
  ['ic11', 32],
  ['ic12', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic13', 256],
  ['ic09', 512],
  ['ic14', 512],
  ['ic10', 1024],
];

export function encodeIcns(pngBySize) {
  const elements = ICNS_TYPES.map(([type, size]) => {
    const png = pngBySize.get(size);
    if (!png) throw new Error(`No ${size}px image for ICNS element ${type}`);
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(8 + png.length, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(elements);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + body.length, 4);
  return Buffer.concat([head, body]);
}

export function writeIcons(dir = ICON_DIR) {
  mkdirSync(dir, { recursive: true });
  const pixelsBySize = new Map(PNG_SIZES.map((size) => [size, renderIcon(size)]));
  const pngBySize = new Map();
  for (const [size, pixels] of pixelsBySize) {
    const png = encodePng(size, pixels);
    pngBySize.set(size, png);
    writeFileSync(path.join(dir, `${size}x${size}.png`), png);
  }
  const icoSizes = [16, 24, 32, 48, 256];
  const icoImages = icoSizes.map((size) => ({ size, pixels: pixelsBySize.get(size) ?? renderIcon(size) }));
  writeFileSync(path.join(dir, 'icon.ico'), encodeIco(icoImages));
  writeFileSync(path.join(dir, 'icon.icns'), encodeIcns(pngBySize));
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) {
  const dir = writeIcons();
  console.log(`icons written to ${path.relative(repoRoot, dir)}`);
}
