import {
  locateField,
  SourcePosition,
} from '@stagecraft/plugin-catalog-rules-common';
import { ParsedFile } from './lintFileText';
import { FileOutcome, FilePassOptions, lintOneFile } from './lintOneFile';

/** A field of an entity of a linted file, to place a whole-catalog finding on. */
export type LocateRequest = {
  file: string;
  documentIndex: number;
  field: string;
};

/**
 * The per-file pass over every file: each file's outcome, in the order of the
 * files, and a way to place whole-catalog findings in the YAML it parsed.
 */
export type FilePass = {
  outcomes: FileOutcome[];
  /** Positions of fields, `undefined` for a document that was not kept. */
  locate(
    requests: readonly LocateRequest[],
  ): Promise<(SourcePosition | undefined)[]>;
  /** Releases the parsed YAML (and the threads that hold it). */
  close(): Promise<void>;
};

/** Places requests in the YAML parsed by this thread. */
export function locateInParsedFiles(
  parsedFiles: ReadonlyMap<string, ParsedFile>,
  requests: readonly LocateRequest[],
): (SourcePosition | undefined)[] {
  return requests.map(({ file, documentIndex, field }) => {
    const parsed = parsedFiles.get(file);
    const doc = parsed?.documents[documentIndex];
    if (!parsed || !doc) {
      return undefined;
    }
    const { line, column, endLine, endColumn } = locateField(
      doc,
      parsed.lineCounter,
      field,
    );
    return { line, column, endLine, endColumn };
  });
}

/** Lints `files` one after the other and keeps their parsed YAML. */
export class FileLinter {
  readonly parsedFiles = new Map<string, ParsedFile>();

  constructor(private readonly options: FilePassOptions) {}

  async lint(absolutePath: string): Promise<FileOutcome> {
    const { outcome, parsed } = await lintOneFile(absolutePath, this.options);
    if (parsed) {
      this.parsedFiles.set(outcome.file, parsed);
    }
    return outcome;
  }

  locate(requests: readonly LocateRequest[]) {
    return locateInParsedFiles(this.parsedFiles, requests);
  }
}

/** The per-file pass in this thread. */
export async function filePassInProcess(
  files: readonly string[],
  options: FilePassOptions,
  onFileDone: () => void,
): Promise<FilePass> {
  const linter = new FileLinter(options);
  const outcomes: FileOutcome[] = [];
  for (const absolutePath of files) {
    outcomes.push(await linter.lint(absolutePath));
    onFileDone();
  }
  return {
    outcomes,
    locate: async requests => linter.locate(requests),
    close: async () => linter.parsedFiles.clear(),
  };
}
