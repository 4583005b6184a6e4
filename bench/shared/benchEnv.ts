const isSetting = (text: string) =>
  text.trim() !== '' && Number.isFinite(Number(text)) && Number(text) >= 0;

/**
 * A bench's numeric setting: the environment variable `name`, or `fallback` when unset.
 * A value that is not a number (a typo) stops the bench with an error naming the variable,
 * where `Number()` alone would run it with NaN.
 */
export function numberFromEnv(name: string, fallback: number): number {
  const text = process.env[name];
  if (text === undefined) return fallback;
  if (!isSetting(text)) {
    throw new Error(`${name} must be a number of 0 or more, not '${text}'`);
  }
  return Number(text);
}

/** A bench's list of numbers, comma-separated (`1000,5000`), or `fallback` when unset. */
export function numbersFromEnv(name: string, fallback: number[]): number[] {
  const text = process.env[name];
  if (text === undefined) return fallback;
  const parts = text.split(',');
  if (!parts.every(isSetting)) {
    throw new Error(
      `${name} must be numbers of 0 or more separated by commas, not '${text}'`,
    );
  }
  return parts.map(Number);
}
