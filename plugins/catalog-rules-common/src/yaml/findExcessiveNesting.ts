/**
 * Deepest nesting of collections accepted before parsing. Real catalog
 * entities nest about 10 levels; the YAML parser recurses per level and takes
 * seconds (or runs out of stack) on input nested thousands of levels deep.
 *
 * @public
 */
export const MAX_NESTING_DEPTH = 200;

type ScanState = {
  flowDepth: number;
  quote?: '"' | "'";
  /** Set while inside a block scalar (`|`, `>`): lines indented more than this are its text. */
  blockScalarIndent?: number;
  indents: number[];
};

const BLOCK_INDICATOR = /^[-?](?: |$)/;
const NODE_PROPERTY = /^[&!][^\s]*\s+/;

/**
 * Estimates collection nesting in one linear pass (indentation levels, block
 * sequence indicators and flow brackets, skipping quoted strings, comments
 * and block scalar text) and returns the offset where it first exceeds
 * `maxDepth`, or undefined. The estimate can only overcount by a few levels
 * on odd-but-valid indentation, never undercount what the parser would build.
 *
 * @public
 */
export function findExcessiveNesting(
  text: string,
  maxDepth: number = MAX_NESTING_DEPTH,
): number | undefined {
  const state: ScanState = { flowDepth: 0, indents: [] };
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) {
      lineEnd = text.length;
    }
    const found = scanLine(text, lineStart, lineEnd, state, maxDepth);
    if (found !== undefined) {
      return found;
    }
    lineStart = lineEnd + 1;
  }
  return undefined;
}

function scanLine(
  text: string,
  start: number,
  end: number,
  state: ScanState,
  maxDepth: number,
): number | undefined {
  let i = start;
  if (state.quote === undefined && state.flowDepth === 0) {
    while (i < end && text[i] === ' ') {
      i++;
    }
    const indent = i - start;
    const blank = i >= end || text[i] === '\r' || text[i] === '#';
    if (state.blockScalarIndent !== undefined) {
      if (blank || indent > state.blockScalarIndent) {
        return undefined;
      }
      state.blockScalarIndent = undefined;
    }
    if (blank || /^(?:---|\.\.\.)(?:\s|$)/.test(text.slice(i, i + 4))) {
      return undefined;
    }
    // Each block indicator (`- `, `? `) opens a level on the same line.
    while (BLOCK_INDICATOR.test(text.slice(i, i + 2))) {
      if (pushIndent(state, i - start) > maxDepth) {
        return i;
      }
      i++;
      while (i < end && text[i] === ' ') {
        i++;
      }
    }
    if (pushIndent(state, i - start) > maxDepth) {
      return i;
    }
    return scanContent(text, i, end, state, maxDepth, true);
  }
  return scanContent(text, i, end, state, maxDepth, false);
}

function pushIndent(state: ScanState, column: number): number {
  while (
    state.indents.length > 0 &&
    state.indents[state.indents.length - 1] >= column
  ) {
    state.indents.pop();
  }
  state.indents.push(column);
  return state.indents.length;
}

function scanContent(
  text: string,
  start: number,
  end: number,
  state: ScanState,
  maxDepth: number,
  atValueStart: boolean,
): number | undefined {
  let valueStart = atValueStart;
  // In flow context a node starts after one of these (or at the line start).
  let nodeStart = true;
  // Block indicators after a key (`a: - - -`, invalid but slow to parse).
  let inlineLevels = 0;
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (state.quote) {
      if (c === '\\' && state.quote === '"') {
        i++;
      } else if (c === state.quote) {
        if (state.quote === "'" && text[i + 1] === "'") {
          i++;
        } else {
          state.quote = undefined;
        }
      }
      continue;
    }
    if (c === ' ' || c === '\t') {
      continue;
    }
    if (c === '#' && (i === start || /\s/.test(text[i - 1]))) {
      return undefined;
    }
    // Both patterns start with one of their first characters: test those alone.
    if (
      valueStart &&
      state.flowDepth === 0 &&
      (c === '-' || c === '?') &&
      BLOCK_INDICATOR.test(text.slice(i, i + 2))
    ) {
      inlineLevels++;
      if (state.indents.length + inlineLevels > maxDepth) {
        return i;
      }
      continue;
    }
    if (valueStart && (c === '&' || c === '!')) {
      const property = NODE_PROPERTY.exec(
        text.slice(i, Math.min(end, i + 1024)),
      );
      if (property) {
        i += property[0].length - 1;
        continue;
      }
    }
    const inFlow = state.flowDepth > 0;
    if (c === '"' || c === "'") {
      if (inFlow ? nodeStart : valueStart) {
        state.quote = c;
      }
    } else if ((c === '[' || c === '{') && (inFlow || valueStart)) {
      state.flowDepth++;
      if (state.indents.length + state.flowDepth > maxDepth) {
        return i;
      }
    } else if ((c === ']' || c === '}') && inFlow) {
      state.flowDepth--;
    } else if ((c === '|' || c === '>') && valueStart && !inFlow) {
      state.blockScalarIndent = state.indents[state.indents.length - 1] ?? 0;
      return undefined;
    }
    valueStart = !inFlow && c === ':' && /\s/.test(text[i + 1] ?? ' ');
    nodeStart = '[{,:?'.includes(c);
  }
  return undefined;
}
