export * from './types';
export { parseCampaignInput } from './parseCampaignInput';
export { groupHierarchy, type GroupHierarchy } from './groupHierarchy';
export { campaignScopeMatcher, entitiesInScope } from './campaignScope';
export {
  campaignOutcomes,
  campaignWindow,
  type CampaignInputs,
} from './campaignOutcomes';
export { campaignRollup, campaignTotals } from './campaignRollup';
export { campaignPhase, evaluateCampaign } from './evaluateCampaign';
