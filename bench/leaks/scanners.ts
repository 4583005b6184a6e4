import { findSecretValues } from '@stagecraft/plugin-secrets-common';
import { LabelledItem } from './labelledSet';

export type GuardScan = {
  /** Per item: the guard reported at least one finding. */
  flagged: boolean[];
  /** Items on which the guard threw (counted as flagged: the catalog refuses them). */
  errors: number;
  /** Guard time for the whole set, fastest of `rounds`. */
  bestMs: number;
};

export function scanWithGuard(items: LabelledItem[], rounds = 3): GuardScan {
  let flagged: boolean[] = [];
  let errors = 0;
  let bestMs = Infinity;
  for (let round = 0; round < rounds; round++) {
    const result: boolean[] = new Array(items.length);
    errors = 0;
    const start = performance.now();
    for (let i = 0; i < items.length; i++) {
      try {
        result[i] = findSecretValues(items[i].entity).length > 0;
      } catch {
        result[i] = true;
        errors++;
      }
    }
    bestMs = Math.min(bestMs, performance.now() - start);
    flagged = result;
  }
  return { flagged, errors, bestMs };
}

/**
 * Runs secretlint with its recommended preset on each item's YAML, one
 * document per item, as a `.yaml` file. Only counts findings: secretlint's
 * messages quote the secret, so they are never printed.
 */
export async function scanWithSecretlint(
  items: LabelledItem[],
): Promise<boolean[]> {
  // ESM only packages: loaded with import(), which Node 20 also allows
  // once the TypeScript transform has turned it into require().
  const { lintSource } = await import('@secretlint/core');
  const preset: any = await import(
    '@secretlint/secretlint-rule-preset-recommend'
  );
  const config = {
    rules: [
      {
        id: '@secretlint/secretlint-rule-preset-recommend',
        rule: preset.creator ?? preset.default?.creator,
      },
    ],
  };
  const flagged: boolean[] = [];
  for (const item of items) {
    const result = await lintSource({
      source: {
        content: item.yaml,
        filePath: '/catalog-info.yaml',
        ext: '.yaml',
        contentType: 'text',
      },
      options: { config },
    });
    flagged.push(result.messages.length > 0);
    // secretlint's profiler leaves performance marks behind on every call.
    performance.clearMarks();
    performance.clearMeasures();
  }
  return flagged;
}
