import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, isPng, PngError, readTextChunk, writeTextChunk } from './png';

function chunk(type: string, data: Uint8Array): Buffer {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
}

/** A valid 1×1 white RGB PNG, built by hand; `extra` chunks go between IHDR and IDAT. */
function onePixelPng(...extra: Buffer[]): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(1, 0);
  ihdr.writeUInt32BE(1, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // truecolour
  const idat = deflateSync(Buffer.from([0, 255, 255, 255])); // filter byte + one pixel
  return new Uint8Array(Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    ...extra,
    chunk('IDAT', idat),
    chunk('IEND', new Uint8Array()),
  ]));
}

function chunkTypes(png: Uint8Array): string[] {
  const b = Buffer.from(png);
  const types: string[] = [];
  for (let at = 8; at < b.length; ) {
    const len = b.readUInt32BE(at);
    types.push(b.toString('latin1', at + 4, at + 8));
    at += 12 + len;
  }
  return types;
}

const ITXT_HEAD = (keyword: string, compressed: boolean) =>
  Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0, compressed ? 1 : 0, 0, 0, 0])]);

describe('PNG text chunk', () => {
  it('the hand-made PNG is valid (Node zlib and CRC agree with a known value)', () => {
    // CRC-32 of "IEND" is the constant every PNG ends with.
    expect(crc32(Buffer.from('IEND', 'latin1'))).toBe(0xae426082);
    expect(isPng(onePixelPng())).toBe(true);
    expect(isPng(new TextEncoder().encode('{"format":"doelenboom"}'))).toBe(false);
    expect(isPng(new Uint8Array([0x89, 0x50]))).toBe(false);
  });

  it('round-trips UTF-8 text, placed before the first IDAT', async () => {
    const text = '{"plan":{"title":"Wijkdoelen Presikhaaf — één ✓"}}\n';
    const png = writeTextChunk(onePixelPng(), 'doelenboom', text);
    expect(isPng(png)).toBe(true);
    expect(chunkTypes(png)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    expect(await readTextChunk(png, 'doelenboom')).toBe(text);
    expect(await readTextChunk(png, 'ander')).toBeNull();
  });

  it('writing again replaces the earlier text instead of adding a second chunk', async () => {
    const once = writeTextChunk(onePixelPng(), 'doelenboom', 'een');
    const twice = writeTextChunk(once, 'doelenboom', 'twee');
    expect(chunkTypes(twice)).toEqual(['IHDR', 'iTXt', 'IDAT', 'IEND']);
    expect(await readTextChunk(twice, 'doelenboom')).toBe('twee');
  });

  it('returns null for a PNG without the chunk', async () => {
    const other = chunk('tEXt', Buffer.from('Software\0iets', 'latin1'));
    expect(await readTextChunk(onePixelPng(other), 'doelenboom')).toBeNull();
  });

  it('reads a compressed iTXt chunk', async () => {
    const text = 'gecomprimeerd: ' + 'doel '.repeat(1000);
    const data = Buffer.concat([ITXT_HEAD('doelenboom', true), deflateSync(Buffer.from(text, 'utf8'))]);
    expect(await readTextChunk(onePixelPng(chunk('iTXt', data)), 'doelenboom')).toBe(text);
  });

  it('refuses compressed text that inflates beyond the limit', async () => {
    const data = Buffer.concat([ITXT_HEAD('doelenboom', true), deflateSync(Buffer.alloc(200_000, 0x61))]);
    await expect(readTextChunk(onePixelPng(chunk('iTXt', data)), 'doelenboom', 100_000)).rejects.toMatchObject({ code: 'bad-text' });
  });

  it('refuses a chunk with a wrong CRC', async () => {
    const png = writeTextChunk(onePixelPng(), 'doelenboom', '{"a":1}');
    const text = Buffer.from(png).indexOf('{"a":1}');
    png[text + 5] = '2'.charCodeAt(0);
    const err = await readTextChunk(png, 'doelenboom').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PngError);
    expect(err).toMatchObject({ code: 'corrupt' });
  });

  it('refuses a truncated PNG and a file that is no PNG', async () => {
    const png = writeTextChunk(onePixelPng(), 'doelenboom', 'x'.repeat(100));
    await expect(readTextChunk(png.subarray(0, 60), 'doelenboom')).rejects.toMatchObject({ code: 'corrupt' });
    await expect(readTextChunk(new TextEncoder().encode('geen png'), 'doelenboom')).rejects.toMatchObject({ code: 'not-png' });
    expect(() => writeTextChunk(new Uint8Array(10), 'doelenboom', 'x')).toThrow(PngError);
  });

  it('refuses text that is not UTF-8', async () => {
    const data = Buffer.concat([ITXT_HEAD('doelenboom', false), Buffer.from([0xff, 0xfe, 0x41])]);
    await expect(readTextChunk(onePixelPng(chunk('iTXt', data)), 'doelenboom')).rejects.toMatchObject({ code: 'bad-text' });
  });

  it('handles a 1 MB text', async () => {
    const text = JSON.stringify({ nodes: Array.from({ length: 20_000 }, (_, i) => ({ id: `n${i}`, title: `Knoop ${i} met wat tekst erbij` })) });
    expect(text.length).toBeGreaterThan(1_000_000);
    const png = writeTextChunk(onePixelPng(), 'doelenboom', text);
    expect(await readTextChunk(png, 'doelenboom')).toBe(text);
  });
});
