import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Resvg } from '@resvg/resvg-js';
import { rgbaPng } from '../../src/lib/png.ts';

/** The pixels another decoder (resvg's) reads from a PNG: it draws the PNG as an image the PNG's size. */
function decoded(png: Buffer, width: number, height: number): Buffer {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><image width="${width}" height="${height}" image-rendering="pixelated" href="data:image/png;base64,${png.toString('base64')}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

test('a PNG of RGBA pixels reads back as the same pixels, row by row', () => {
  const width = 7;
  const height = 5;
  const pixels = new Uint8Array(width * height * 4);
  // Opaque and varied: each channel differs from pixel to pixel and from row to row.
  for (let i = 0; i < width * height; i++) pixels.set([(i * 37) % 256, (i * 91 + 13) % 256, (i * 53 + 200) % 256, 255], i * 4);
  const png = rgbaPng(width, height, pixels);
  assert.deepEqual([...png.subarray(0, 8)], [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  assert.deepEqual([png.readUInt32BE(16), png.readUInt32BE(20)], [width, height]);
  assert.deepEqual([...decoded(png, width, height)], [...pixels]);
});

test('pixels that do not fill the width and height are refused', () => {
  assert.throws(() => rgbaPng(2, 2, new Uint8Array(15)), /15 bytes are not 2 × 2 RGBA pixels/);
});
