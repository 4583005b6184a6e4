import Typography from '@material-ui/core/Typography';
import { timeAgo } from '../../lib/timeAgo';

/** "`label` 3 hours ago" as a caption, with the exact time on hover. */
export function TimeAgoCaption({ label, at }: { label: string; at: string }) {
  return (
    <Typography variant="caption" color="textSecondary">
      {label}{' '}
      <time dateTime={at} title={at}>
        {timeAgo(at)}
      </time>
    </Typography>
  );
}
