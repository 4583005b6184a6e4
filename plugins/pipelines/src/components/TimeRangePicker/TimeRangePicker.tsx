import ToggleButton from '@material-ui/lab/ToggleButton';
import ToggleButtonGroup from '@material-ui/lab/ToggleButtonGroup';
import { TIME_RANGES, TimeRange } from '@stagecraft/plugin-pipelines-common';

export interface TimeRangePickerProps {
  value: TimeRange;
  onChange: (range: TimeRange) => void;
}

/** 1h / 3h / 12h / 24h / 7d. */
export function TimeRangePicker({ value, onChange }: TimeRangePickerProps) {
  return (
    <ToggleButtonGroup
      size="small"
      exclusive
      value={value}
      onChange={(_, next: TimeRange | null) => next && onChange(next)}
      aria-label="Time range"
    >
      {TIME_RANGES.map(range => (
        <ToggleButton key={range} value={range} aria-label={range}>
          {range}
        </ToggleButton>
      ))}
    </ToggleButtonGroup>
  );
}
