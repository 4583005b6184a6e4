export { CampaignBurnUpChart } from './CampaignBurnUpChart';
