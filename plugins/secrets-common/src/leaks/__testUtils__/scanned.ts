import { ScannedValue } from '../types';

/** Builds a `ScannedValue` for detector tests. */
export function scanned(value: string, key?: string): ScannedValue {
  return { value, head: value, key };
}
