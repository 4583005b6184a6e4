import { Config } from '@backstage/config';

export interface BlastRadiusBackendConfig {
  /** How long an index is served before a background reload. */
  indexMaxAgeMs: number;
  /** How long loading the index may take before it counts as failed. */
  indexLoadTimeoutMs: number;
  catalogPageSize: number;
}

export const DEFAULT_INDEX_MAX_AGE_SECONDS = 60;
export const DEFAULT_INDEX_LOAD_TIMEOUT_SECONDS = 60;
export const DEFAULT_CATALOG_PAGE_SIZE = 1000;

function readNonNegative(
  config: Config | undefined,
  key: string,
  fallback: number,
  min: number,
): number {
  const value = config?.getOptionalNumber(key);
  if (value === undefined) {
    return fallback;
  }
  if (!Number.isFinite(value) || value < min) {
    throw new Error(
      `Invalid configuration at stagecraft.blastRadius.${key}: ${value} must be a number of at least ${min}`,
    );
  }
  return value;
}

/** Reads `stagecraft.blastRadius`; a bad value throws naming the key. */
export function readBlastRadiusConfig(root: Config): BlastRadiusBackendConfig {
  const config = root.getOptionalConfig('stagecraft.blastRadius');
  return {
    indexMaxAgeMs:
      readNonNegative(
        config,
        'indexMaxAgeSeconds',
        DEFAULT_INDEX_MAX_AGE_SECONDS,
        0,
      ) * 1000,
    indexLoadTimeoutMs:
      readNonNegative(
        config,
        'indexLoadTimeoutSeconds',
        DEFAULT_INDEX_LOAD_TIMEOUT_SECONDS,
        1,
      ) * 1000,
    catalogPageSize: Math.floor(
      readNonNegative(config, 'catalogPageSize', DEFAULT_CATALOG_PAGE_SIZE, 1),
    ),
  };
}
