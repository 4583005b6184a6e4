import { refKey } from '@stagecraft/catalog-conventions-common';
import {
  applyExemptions,
  EntityReadiness,
  Exemption,
  ROLL_UP_CHECK_IDS,
} from '@stagecraft/plugin-readiness-common';
import { ExemptionStore } from '../database/ExemptionStore';
import { HistoryRow, historyWithExemptions } from '../service/summarizeResults';

/**
 * The approved, unexpired exemptions, read once per call (one query, whatever the number
 * of results), and applied to stored results as they are served.
 */
export class ActiveExemptions {
  constructor(
    private readonly deps: {
      store: Pick<ExemptionStore, 'listActive' | 'listPeriodsSince'>;
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

  /** History rows with the exemptions in force at each day's close (`historyWithExemptions`). */
  async applyToHistory(rows: HistoryRow[]): Promise<HistoryRow[]> {
    if (rows.length === 0) return rows;
    const firstDay = rows.reduce(
      (first, row) => (row.day < first ? row.day : first),
      rows[0].day,
    );
    return historyWithExemptions(
      rows,
      await this.deps.store.listPeriodsSince(
        new Date(`${firstDay}T00:00:00.000Z`),
      ),
      this.now(),
      this.deps.productionCompleteRequires,
    );
  }
}
