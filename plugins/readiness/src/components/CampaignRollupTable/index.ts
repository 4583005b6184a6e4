export { CampaignRollupTable } from './CampaignRollupTable';
