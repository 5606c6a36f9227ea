// The envelope of a doelenboom file (docs/file-format-v2.md).

/** The value of `format` in every doelenboom file. */
export const FILE_FORMAT = 'doelenboom';

/** The file format version this app writes, and the newest it reads. */
export const CURRENT_VERSION = 2;

/** Files larger than this (in UTF-8 bytes) are refused before they are parsed. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;
