export { CampaignsPage } from './CampaignsPage';
export { CampaignsRoutes } from './CampaignsRoutes';
