import type { DriftFinding } from '@stagecraft/plugin-secrets-common';
import { DRIFT_KIND_LABELS } from '@stagecraft/plugin-secrets-common';
import { FindingList } from './FindingList/FindingList';

/** Drift findings with their evidence and fix, errors first: for entity cards. */
export const DriftFindingsList = (props: {
  findings: readonly DriftFinding[];
  /** Show the secret or item each finding is about (a store's findings). */
  showSubject?: boolean;
  max?: number;
}) => (
  <FindingList
    max={props.max}
    findings={props.findings.map(finding => ({
      severity: finding.severity,
      fix: finding.fix,
      text: (
        <>
          <strong>{DRIFT_KIND_LABELS[finding.kind]}</strong>
          {props.showSubject && (finding.item ?? finding.secret) && (
            <>
              {' · '}
              <code>{finding.item ?? finding.secret}</code>
            </>
          )}
          {': '}
          {finding.evidence}
        </>
      ),
    }))}
  />
);
