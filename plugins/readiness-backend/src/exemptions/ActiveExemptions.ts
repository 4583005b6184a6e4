import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  applyExemptions,
  EntityReadiness,
  Exemption,
  ROLL_UP_CHECK_IDS,
} from '@stagecraft/plugin-readiness-common';
import { ExemptionStore } from '../database/ExemptionStore';

/**
 * The approved, unexpired exemptions, read once per call (one query, whatever the number
 * of results), and applied to stored results as they are served.
 */
export class ActiveExemptions {
  constructor(
    private readonly deps: {
      store: Pick<ExemptionStore, 'listActive'>;
      productionCompleteRequires: readonly string[];
      now?: () => Date;
    },
  ) {}

  private now() {
    return this.deps.now?.() ?? new Date();
  }

  list(): Promise<Exemption[]> {
    return this.deps.store.listActive(this.now());
  }

  async applyTo(results: EntityReadiness[]): Promise<EntityReadiness[]> {
    const active = await this.list();
    if (active.length === 0) return results;
    const byEntity = new Map<string, Exemption[]>();
    for (const exemption of active) {
      const key = refKey(exemption.entityRef);
      byEntity.set(key, [...(byEntity.get(key) ?? []), exemption]);
    }
    const now = this.now();
    return results.map(result => {
      const exemptions = byEntity.get(refKey(result.entityRef));
      return exemptions
        ? applyExemptions(
            result,
            exemptions,
            now,
            ROLL_UP_CHECK_IDS,
            this.deps.productionCompleteRequires,
          )
        : result;
    });
  }
}
