import {
  DRIFT_KIND_LABELS,
  DRIFT_KINDS,
  type StoreDrift,
} from '@stagecraft/plugin-secrets-common';
import { DRIFT_SEVERITIES, DriftFilters } from '../../lib/driftFindings';
import { shortRef } from '../../lib/refs';
import { FilterBar, FilterSelect } from '../shared';

export const DriftFiltersBar = (props: {
  filters: DriftFilters;
  stores: readonly StoreDrift[];
  exportCount: number;
  onChange: (key: keyof DriftFilters, value?: string) => void;
  onClear: () => void;
  onExport: () => void;
}) => {
  const { filters, onChange } = props;
  const storeOptions = props.stores.map(s => ({
    value: s.store,
    label: s.title ?? shortRef(s.store, 'resource'),
  }));
  if (filters.store && !storeOptions.some(o => o.value === filters.store)) {
    storeOptions.push({ value: filters.store, label: filters.store });
  }
  return (
    <FilterBar
      {...props}
      searchLabel="Search drift findings"
      placeholder="Secret, item, evidence, fix…"
    >
      <FilterSelect
        id="drift-kind"
        label="Kind"
        value={filters.kind}
        options={DRIFT_KINDS.map(kind => ({
          value: kind,
          label: DRIFT_KIND_LABELS[kind],
        }))}
        onChange={v => onChange('kind', v)}
      />
      <FilterSelect
        id="drift-severity"
        label="Severity"
        value={filters.severity}
        options={DRIFT_SEVERITIES.map(s => ({ value: s, label: s }))}
        onChange={v => onChange('severity', v)}
      />
      <FilterSelect
        id="drift-store"
        label="Store"
        value={filters.store}
        options={storeOptions}
        onChange={v => onChange('store', v)}
      />
    </FilterBar>
  );
};
