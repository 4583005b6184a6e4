// Tokens are often pasted base64-wrapped (Kubernetes secret data, basic-auth
// headers, docker config auths). Plausible base64 runs are decoded so that the
// format detectors can read what is inside.

const MIN_RUN_LENGTH = 24;
const BASE64_RUN = new RegExp(`[A-Za-z0-9+/_-]{${MIN_RUN_LENGTH},}={0,2}`, 'g');
/** Runs longer than this are decoded up to this length only. */
const MAX_ENCODED_LENGTH = 16 * 1024;
/** At most this many runs of one value are decoded. */
const MAX_RUNS = 16;
const MIN_PRINTABLE_SHARE = 0.95;

function printableShare(text: string): number {
  let printable = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (
      (code >= 0x20 && code < 0x7f) ||
      code === 9 ||
      code === 10 ||
      code === 13
    ) {
      printable++;
    }
  }
  return printable / text.length;
}

function decode(run: string): string | undefined {
  let base64 = run.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (base64.length > MAX_ENCODED_LENGTH) {
    base64 = base64.slice(0, MAX_ENCODED_LENGTH);
  }
  // A length of 4n+1 is never valid base64; drop the stray character.
  if (base64.length % 4 === 1) {
    base64 = base64.slice(0, -1);
  }
  try {
    return atob(base64 + '='.repeat((4 - (base64.length % 4)) % 4));
  } catch {
    return undefined;
  }
}

/** The printable texts that base64 runs in `text` decode to. */
export function decodedTexts(text: string): string[] {
  const texts: string[] = [];
  if (text.length < MIN_RUN_LENGTH) {
    return texts;
  }
  let runs = 0;
  for (const [run] of text.matchAll(BASE64_RUN)) {
    if (++runs > MAX_RUNS) {
      break;
    }
    // Words joined by dashes or slashes are names and paths, not base64.
    if (!/\d/.test(run) && !/[A-Z]/.test(run)) {
      continue;
    }
    const decoded = decode(run);
    if (
      decoded !== undefined &&
      decoded.length >= 16 &&
      printableShare(decoded) >= MIN_PRINTABLE_SHARE
    ) {
      texts.push(decoded);
    }
  }
  return texts;
}
