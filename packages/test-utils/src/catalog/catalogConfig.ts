import { STAGECRAFT_ALLOWED_KINDS } from '@stagecraft/plugin-catalog-rules-common';
/** How often the catalog reprocesses, e.g. `{ seconds: 1 }`. */
export type ProcessingInterval = { seconds: number } | { milliseconds: number };

/** A `url` location for an http(s) target, a `file` location otherwise. */
export function catalogLocation(target: string) {
  return { type: /^https?:/.test(target) ? 'url' : 'file', target };
}

/** The `catalog` config block: Stagecraft's kinds, the locations, a fast processing loop. */
export function catalogConfig(options: {
  locations: string[];
  processingInterval: ProcessingInterval;
}) {
  return {
    rules: [{ allow: [...STAGECRAFT_ALLOWED_KINDS] }],
    locations: options.locations.map(catalogLocation),
    processingInterval: options.processingInterval,
  };
}
