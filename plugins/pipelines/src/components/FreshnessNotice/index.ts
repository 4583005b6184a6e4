export { FreshnessNotice } from './FreshnessNotice';
export type { FreshnessNoticeProps, StageDataIssue } from './FreshnessNotice';
