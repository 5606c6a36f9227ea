// The doelenboom file, version 2 (docs/file-format-v2.md): the one way plans are read and written.
export { CURRENT_VERSION, FILE_FORMAT, MAX_FILE_BYTES } from './constants';
export { checkFileSize } from './guards';
export { parse, parseWith, type ParseOptions, type ParseResult } from './parse';
export { serialize, toFileObject, type DoelenboomFile } from './serialize';
export { migrations, type Migration, type Migrations } from './migrations';
