// The doelenboom inside a PNG (docs/file-format.md, "In a PNG"): the file's text in one `iTXt`
// chunk with keyword `doelenboom`, placed before the first `IDAT`. Pure byte work, no DOM.
import { MAX_FILE_BYTES } from './constants';

/** Why a PNG could not be read: not a PNG at all, a broken chunk, or an unreadable text chunk. */
export type PngErrorCode = 'not-png' | 'corrupt' | 'bad-text';

export class PngError extends Error {
  readonly code: PngErrorCode;
  constructor(code: PngErrorCode, message: string) {
    super(message);
    this.name = 'PngError';
    this.code = code;
  }
}

const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/** Whether `bytes` start with the PNG signature. */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= SIGNATURE.length && SIGNATURE.every((b, i) => bytes[i] === b);
}

let crcTable: Uint32Array | null = null;

function table(): Uint32Array {
  if (crcTable) return crcTable;
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  crcTable = t;
  return t;
}

/** CRC-32 (ISO 3309, as PNG uses it) of `bytes[start, end)`. */
export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  const t = table();
  let c = 0xffffffff;
  for (let i = start; i < end; i++) c = t[(c ^ bytes[i]!) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Chunk {
  /** Offset of the chunk's length field. */
  start: number;
  type: string;
  dataStart: number;
  dataEnd: number;
  /** Offset just after the CRC. */
  end: number;
}

const readU32 = (b: Uint8Array, at: number) => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

function writeU32(b: Uint8Array, at: number, v: number) {
  b[at] = (v >>> 24) & 0xff;
  b[at + 1] = (v >>> 16) & 0xff;
  b[at + 2] = (v >>> 8) & 0xff;
  b[at + 3] = v & 0xff;
}

const typeName = (b: Uint8Array, at: number) => String.fromCharCode(b[at]!, b[at + 1]!, b[at + 2]!, b[at + 3]!);

/** The chunks of `png`, in order, up to and including IEND. Checks the structure, not the CRCs. */
function* chunks(png: Uint8Array): Generator<Chunk> {
  if (!isPng(png)) throw new PngError('not-png', 'Not a PNG file');
  let at: number = SIGNATURE.length;
  while (at < png.length) {
    if (at + 12 > png.length) throw new PngError('corrupt', `Truncated chunk at byte ${at}`);
    const length = readU32(png, at);
    const type = typeName(png, at + 4);
    if (!/^[A-Za-z]{4}$/.test(type)) throw new PngError('corrupt', `Invalid chunk type at byte ${at}`);
    const dataStart = at + 8;
    const dataEnd = dataStart + length;
    const end = dataEnd + 4;
    if (end > png.length) throw new PngError('corrupt', `Chunk ${type} at byte ${at} runs past the end of the file`);
    yield { start: at, type, dataStart, dataEnd, end };
    if (type === 'IEND') return;
    at = end;
  }
  throw new PngError('corrupt', 'PNG has no IEND chunk');
}

function checkCrc(png: Uint8Array, c: Chunk) {
  if (crc32(png, c.start + 4, c.dataEnd) !== readU32(png, c.dataEnd)) {
    throw new PngError('corrupt', `Chunk ${c.type} at byte ${c.start} has a wrong CRC`);
  }
}

const latin1 = (b: Uint8Array, from: number, to: number) => {
  let s = '';
  for (let i = from; i < to; i++) s += String.fromCharCode(b[i]!);
  return s;
};

/** The keyword of an iTXt/tEXt/zTXt chunk (bytes up to the first NUL), or null when it has none. */
function keywordOf(png: Uint8Array, c: Chunk): { keyword: string; next: number } | null {
  const nul = png.indexOf(0, c.dataStart);
  if (nul < 0 || nul >= c.dataEnd || nul - c.dataStart > 79) return null;
  return { keyword: latin1(png, c.dataStart, nul), next: nul + 1 };
}

function encodeChunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  writeU32(out, 0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  writeU32(out, 8 + data.length, crc32(out, 4, 8 + data.length));
  return out;
}

/**
 * A copy of `png` with an uncompressed `iTXt` chunk (`keyword`, UTF-8 `text`) before its first
 * IDAT. An earlier iTXt chunk with the same keyword is left out, so the PNG holds only the new text.
 */
export function writeTextChunk(png: Uint8Array, keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword) || keyword !== keyword.trim()) throw new Error(`Invalid PNG keyword "${keyword}"`);
  const textBytes = new TextEncoder().encode(text);
  // keyword NUL, compression flag 0, method 0, empty language tag NUL, empty translated keyword NUL, text.
  const data = new Uint8Array(keyword.length + 5 + textBytes.length);
  for (let i = 0; i < keyword.length; i++) data[i] = keyword.charCodeAt(i);
  data.set(textBytes, keyword.length + 5);
  const chunk = encodeChunk('iTXt', data);

  const kept: Uint8Array[] = [png.subarray(0, SIGNATURE.length)];
  let inserted = false;
  for (const c of chunks(png)) {
    if (c.type === 'IDAT' && !inserted) {
      kept.push(chunk);
      inserted = true;
    }
    if (c.type === 'iTXt' && keywordOf(png, c)?.keyword === keyword) continue;
    kept.push(png.subarray(c.start, c.end));
  }
  if (!inserted) throw new PngError('corrupt', 'PNG has no IDAT chunk');
  const out = new Uint8Array(kept.reduce((n, part) => n + part.length, 0));
  let at = 0;
  for (const part of kept) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** Inflates zlib data (DecompressionStream 'deflate'), refusing more than `limit` bytes. */
async function inflate(data: Uint8Array, limit: number): Promise<Uint8Array> {
  const stream = new Blob([data.slice()]).stream().pipeThrough(new DecompressionStream('deflate'));
  const reader = stream.getReader();
  const parts: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.length;
      if (total > limit) {
        await reader.cancel();
        throw new PngError('bad-text', 'Compressed text is too large');
      }
      parts.push(value);
    }
  } catch (err) {
    if (err instanceof PngError) throw err;
    throw new PngError('bad-text', 'Compressed text cannot be inflated');
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/**
 * The text of the first `iTXt` chunk with `keyword` (compressed or not), or null when the PNG has
 * none. Throws a `PngError` for a file that is not a PNG, a broken chunk structure, a wrong CRC
 * (of any chunk up to the text) or text that cannot be read.
 */
export async function readTextChunk(png: Uint8Array, keyword: string, limit = MAX_FILE_BYTES): Promise<string | null> {
  for (const c of chunks(png)) {
    checkCrc(png, c);
    if (c.type !== 'iTXt') continue;
    const head = keywordOf(png, c);
    if (!head || head.keyword !== keyword) continue;
    let at = head.next;
    if (at + 2 > c.dataEnd) throw new PngError('bad-text', 'iTXt chunk is too short');
    const compressed = png[at]!;
    const method = png[at + 1]!;
    at += 2;
    for (let i = 0; i < 2; i++) {
      // Language tag, then translated keyword: each ends with NUL.
      const nul = png.indexOf(0, at);
      if (nul < 0 || nul >= c.dataEnd) throw new PngError('bad-text', 'iTXt chunk is malformed');
      at = nul + 1;
    }
    const body = png.subarray(at, c.dataEnd);
    let bytes: Uint8Array;
    if (compressed === 0) bytes = body;
    else if (compressed === 1 && method === 0) bytes = await inflate(body, limit);
    else throw new PngError('bad-text', 'iTXt chunk uses an unknown compression');
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new PngError('bad-text', 'iTXt text is not UTF-8');
    }
  }
  return null;
}
