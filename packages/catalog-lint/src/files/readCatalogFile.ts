import fs from 'node:fs';

/**
 * Largest file read, in bytes. The largest of 132 real-world catalog files
 * is 206 KB; the YAML parser needs seconds for a few MB of pathological input
 * (a million one-line errors), so the cap keeps a hostile file from stalling CI.
 */
export const DEFAULT_MAX_FILE_SIZE = 1024 * 1024;

export type FileProblem = {
  ruleId: 'file/too-large' | 'file/not-text' | 'file/unreadable';
  message: string;
};

export type ReadResult = { text: string } | { problem: FileProblem };

const utf8 = new TextDecoder('utf-8', { fatal: true });

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.ceil(bytes / 1024)} KB`;
}

/**
 * Reads a catalog file as UTF-8 text, refusing files over `maxSize` bytes
 * and files that are not text (a NUL byte or invalid UTF-8) before any
 * parsing happens.
 */
export function readCatalogFile(path: string, maxSize: number): ReadResult {
  let buffer: Buffer;
  try {
    const size = fs.statSync(path).size;
    if (size > maxSize) {
      return {
        problem: {
          ruleId: 'file/too-large',
          message: `The file is ${describeSize(size)}, over the ${describeSize(
            maxSize,
          )} limit (--max-file-size); not read.`,
        },
      };
    }
    buffer = fs.readFileSync(path);
  } catch (error) {
    return {
      problem: {
        ruleId: 'file/unreadable',
        message: `The file cannot be read: ${
          (error as NodeJS.ErrnoException).code ?? (error as Error).message
        }.`,
      },
    };
  }
  if (buffer.indexOf(0) !== -1) {
    return {
      problem: {
        ruleId: 'file/not-text',
        message: 'Not a text file: it contains NUL bytes.',
      },
    };
  }
  try {
    return { text: utf8.decode(buffer) };
  } catch {
    return {
      problem: {
        ruleId: 'file/not-text',
        message: 'Not a text file: it is not valid UTF-8.',
      },
    };
  }
}
