import { useSearchParams } from 'react-router-dom';
import {
  DEFAULT_TIME_RANGE,
  TimeRange,
  isTimeRange,
} from '@stagecraft/plugin-pipelines-common';

/**
 * The view state kept in the URL (`?range=1h&stage=...`), so that a page or an alert can
 * link straight to the same view: the time range (the default when absent or unknown), the
 * raw parameters, and `update`, which replaces some of them without a new history entry.
 */
export function useRangeInUrl() {
  const [params, setParams] = useSearchParams();
  const rangeParam = params.get('range');
  const range: TimeRange = isTimeRange(rangeParam)
    ? rangeParam
    : DEFAULT_TIME_RANGE;
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    Object.entries(changes).forEach(([k, v]) => next.set(k, v));
    setParams(next, { replace: true });
  };
  return { range, params, update };
}
