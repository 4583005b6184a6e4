import { Typography } from '@material-ui/core';
import type {
  ComplianceFinding,
  SecretCompliance,
} from '@stagecraft/plugin-secrets-common';
import { FindingList, ListedFinding } from './FindingList/FindingList';
import { SeverityIcon } from './SeverityIcon/SeverityIcon';

export { SeverityIcon };

const listed = (finding: ComplianceFinding): ListedFinding => ({
  severity: finding.severity,
  text: finding.message,
  fix: finding.fix,
});

/** Each finding's message with the fix under it: for an entity page. */
export const FindingsWithFixes = ({
  compliance,
}: {
  compliance: SecretCompliance;
}) => {
  if (compliance.findings.length === 0) {
    return (
      <Typography variant="body2">
        Follows every secret convention. Nothing to fix.
      </Typography>
    );
  }
  return <FindingList findings={compliance.findings.map(listed)} />;
};

/** The findings' messages, errors first, at most `max` then "+N more": for table cells. */
export const FindingReasons = ({
  compliance,
  max = 3,
}: {
  compliance: SecretCompliance;
  max?: number;
}) =>
  compliance.findings.length === 0 ? null : (
    <FindingList dense max={max} findings={compliance.findings.map(listed)} />
  );
