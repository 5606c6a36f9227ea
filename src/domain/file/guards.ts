// Checks that run before the file is trusted to be JSON of any use: its size, and keys that
// could reach an object's prototype.
import { nlFile } from '../../i18n/file';
import { MAX_FILE_BYTES } from './constants';

const MB = 1024 * 1024;

/**
 * The Dutch refusal for a file of `bytes` bytes, or null if it is small enough to read.
 * `max` is the limit in bytes: a doelenboom file's unless told (a back-up has its own).
 */
export function checkFileSize(bytes: number, max: number = MAX_FILE_BYTES): string | null {
  return bytes > max ? nlFile.tooLarge(max / MB) : null;
}

/** The UTF-8 byte length of `text` (a lone surrogate counts as U+FFFD, as TextEncoder writes it). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4;
      i++;
    } else bytes += 3;
  }
  return bytes;
}

/**
 * The size refusal for a file read as `text`, or null. Cheap for the common cases: a UTF-8
 * byte is at least one and at most three UTF-16 units' worth, so only texts between
 * max/3 and max units are counted exactly.
 */
export function checkTextSize(text: string, max: number = MAX_FILE_BYTES): string | null {
  if (text.length * 3 <= max) return null;
  if (text.length > max) return checkFileSize(text.length, max);
  return checkFileSize(utf8Length(text), max);
}

/** Keys that could set or read an object's prototype if the data were ever merged into one. */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

interface Step {
  value: unknown;
  key: string | number;
  parent: Step | null;
}

function pathOf(step: Step): string {
  let path = '';
  for (let s: Step | null = step; s?.parent; s = s.parent) {
    path = (typeof s.key === 'number' ? `[${s.key}]` : s.parent.parent ? `.${s.key}` : s.key) + path;
  }
  return path;
}

/**
 * A Dutch message for every key named `__proto__`, `constructor` or `prototype` anywhere in
 * a parsed JSON value. Walks with an explicit stack, so deep nesting cannot overflow it.
 */
export function findForbiddenKeys(root: unknown): string[] {
  const errors: string[] = [];
  const stack: Step[] = [{ value: root, key: '', parent: null }];
  while (stack.length > 0) {
    const step = stack.pop() as Step;
    const { value } = step;
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], key: i, parent: step });
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (let i = keys.length - 1; i >= 0; i--) {
        const key = keys[i] as string;
        const child: Step = { value: (value as Record<string, unknown>)[key], key, parent: step };
        if (FORBIDDEN_KEYS.has(key)) errors.push(nlFile.forbiddenKey(pathOf(child), key));
        else stack.push(child);
      }
    }
  }
  return errors;
}

/**
 * The JSON of a file's text, or the Dutch reason it is not: too large (refused before parsing,
 * which would cost time and memory) or not JSON. A byte order mark is not JSON, but some
 * editors write one, so it is skipped.
 */
export function readJsonText(text: string, max: number = MAX_FILE_BYTES): { ok: true; doc: unknown } | { ok: false; error: string } {
  const sizeError = checkTextSize(text, max);
  if (sizeError) return { ok: false, error: sizeError };
  try {
    return { ok: true, doc: JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) };
  } catch {
    return { ok: false, error: nlFile.notJson };
  }
}
