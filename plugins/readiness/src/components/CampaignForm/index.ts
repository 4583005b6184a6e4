export { CampaignForm } from './CampaignForm';
