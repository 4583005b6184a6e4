import {
  REVIEW_STATUS_FILTER_LABELS,
  REVIEW_STATUS_FILTERS,
  type ReviewFilters,
} from '@stagecraft/plugin-secrets-common';
import { FilterOption, SecretsFilterOptions } from '../../lib/filterOptions';
import { FilterBar, FilterSelect } from '../shared';

const withSelected = (options: FilterOption[], value?: string) =>
  // A value from the URL that no row has any more still shows as selected.
  value && !options.some(o => o.value === value)
    ? [...options, { value, label: value, count: 0 }]
    : options;

/** The filters that pick one related entity, with the options the rows offer. */
const ENTITY_FILTERS = [
  { key: 'store', label: 'Store', options: 'stores' },
  { key: 'owner', label: 'Owner', options: 'owners' },
  { key: 'system', label: 'System', options: 'systems' },
] as const;

export const FiltersBar = (props: {
  filters: ReviewFilters;
  options: SecretsFilterOptions;
  exportCount: number;
  onChange: (key: keyof ReviewFilters, value?: string) => void;
  onClear: () => void;
  onExport: () => void;
}) => {
  const { filters, options, onChange } = props;
  return (
    <FilterBar
      {...props}
      searchLabel="Search secrets"
      placeholder="Name, path, owner, finding…"
    >
      {ENTITY_FILTERS.map(({ key, label, options: optionsKey }) => (
        <FilterSelect
          key={key}
          id={key}
          label={label}
          value={filters[key]}
          options={withSelected(options[optionsKey], filters[key])}
          onChange={v => onChange(key, v)}
        />
      ))}
      <FilterSelect
        id="status"
        label="Compliance"
        value={filters.status}
        options={REVIEW_STATUS_FILTERS.map(value => ({
          value,
          label: REVIEW_STATUS_FILTER_LABELS[value],
        }))}
        onChange={v => onChange('status', v)}
      />
    </FilterBar>
  );
};
