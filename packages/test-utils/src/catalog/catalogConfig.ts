/** How often the catalog reprocesses, e.g. `{ seconds: 1 }`. */
export type ProcessingInterval = { seconds: number } | { milliseconds: number };

/** The kinds Stagecraft's app-config allows the catalog to hold. */
export const CATALOG_KINDS = [
  'Component',
  'System',
  'API',
  'Resource',
  'Location',
  'Domain',
  'Group',
  'User',
];

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
    rules: [{ allow: CATALOG_KINDS }],
    locations: options.locations.map(catalogLocation),
    processingInterval: options.processingInterval,
  };
}
