export { CampaignEntitiesTable } from './CampaignEntitiesTable';
export { OwedChecks } from './OwedChecks';
