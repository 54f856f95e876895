import { readFileSync } from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../support/paths';

const icons = path.join(repoRoot, 'resources', 'icons');

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** A small, strict PNG reader: signature, chunk CRCs, header, and the unfiltered RGBA pixels. */
function readPng(bytes: Buffer): { width: number; height: number; pixel(x: number, y: number): number[] } {
  expect(bytes.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  let offset = 8;
  let header: Buffer | null = null;
  const data: Buffer[] = [];
  const types: string[] = [];
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    const body = bytes.subarray(offset + 8, offset + 8 + length);
    expect(bytes.readUInt32BE(offset + 8 + length), `${type} CRC`).toBe(crc32(bytes.subarray(offset + 4, offset + 8 + length)));
    types.push(type);
    if (type === 'IHDR') header = body;
    if (type === 'IDAT') data.push(body);
    offset += 12 + length;
  }
  expect(types[0]).toBe('IHDR');
  expect(types[types.length - 1]).toBe('IEND');
  const width = header!.readUInt32BE(0);
  const height = header!.readUInt32BE(4);
  expect([header![8], header![9]]).toEqual([8, 6]); // 8-bit RGBA
  const raw = zlib.inflateSync(Buffer.concat(data));
  expect(raw.length).toBe(height * (width * 4 + 1));
  for (let y = 0; y < height; y++) expect(raw[y * (width * 4 + 1)]).toBe(0); // unfiltered rows
  return {
    width,
    height,
    pixel: (x, y) => [...raw.subarray(y * (width * 4 + 1) + 1 + x * 4, y * (width * 4 + 1) + 1 + x * 4 + 4)],
  };
}

describe('placeholder icons', () => {
  it('include a valid 512x512 PNG: transparent corners, opaque teal body, white ring', () => {
    const png = readPng(readFileSync(path.join(icons, '512x512.png')));
    expect([png.width, png.height]).toEqual([512, 512]);
    expect(png.pixel(0, 0)[3]).toBe(0);
    expect(png.pixel(511, 511)[3]).toBe(0);
    const body = png.pixel(256, 60);
    expect(body[3]).toBe(255);
    expect(body[2]! > body[0]!).toBe(true); // teal: more blue than red
    expect(png.pixel(120, 256)).toEqual([255, 255, 255, 255]); // the left of the ring
  });

  it('come in every size Linux packages take from the icon folder', () => {
    for (const size of [16, 32, 48, 64, 128, 256, 512, 1024]) {
      const png = readPng(readFileSync(path.join(icons, `${size}x${size}.png`)));
      expect([png.width, png.height], `${size}x${size}.png`).toEqual([size, size]);
    }
  });

  it('include a Windows .ico with 16 to 256 pixel images', () => {
    const ico = readFileSync(path.join(icons, 'icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const count = ico.readUInt16LE(4);
    const sizes: number[] = [];
    for (let i = 0; i < count; i++) {
      const entry = 6 + i * 16;
      const size = ico[entry] === 0 ? 256 : ico[entry]!;
      const length = ico.readUInt32LE(entry + 8);
      const at = ico.readUInt32LE(entry + 12);
      expect(at + length).toBeLessThanOrEqual(ico.length);
      expect(ico.readUInt16LE(entry + 6)).toBe(32);
      if (size === 256) {
        expect(readPng(ico.subarray(at, at + length)).width).toBe(256);
      } else {
        // BMP entries: a 40-byte header, double height (image and mask), 32 bits per pixel.
        expect([ico.readUInt32LE(at), ico.readInt32LE(at + 4), ico.readInt32LE(at + 8), ico.readUInt16LE(at + 14)]).toEqual([40, size, size * 2, 32]);
        expect(length).toBe(40 + size * size * 4 + Math.ceil(size / 32) * 4 * size);
      }
      sizes.push(size);
    }
    expect(sizes).toEqual([16, 24, 32, 48, 256]);
  });

  it('include a macOS .icns whose elements add up and hold PNGs up to 1024 pixels', () => {
    const icns = readFileSync(path.join(icons, 'icon.icns'));
    expect(icns.toString('latin1', 0, 4)).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const found = new Map<string, number>();
    let offset = 8;
    while (offset < icns.length) {
      const type = icns.toString('latin1', offset, offset + 4);
      const length = icns.readUInt32BE(offset + 4);
      found.set(type, readPng(icns.subarray(offset + 8, offset + length)).width);
      offset += length;
    }
    expect(offset).toBe(icns.length);
    expect(found.get('ic07')).toBe(128);
    expect(found.get('ic08')).toBe(256);
    expect(found.get('ic09')).toBe(512);
    expect(found.get('ic10')).toBe(1024);
    expect(found.get('icp4')).toBe(16);
  });
});
