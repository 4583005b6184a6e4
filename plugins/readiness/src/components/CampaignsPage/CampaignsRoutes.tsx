import { Route, Routes } from 'react-router-dom';
import { CampaignPage } from '../CampaignPage';
import { CampaignsPage } from './CampaignsPage';

/** The campaigns list at the mount point and one campaign's page under it (`/:id`). */
export function CampaignsRoutes() {
  return (
    <Routes>
      <Route path="/" element={<CampaignsPage />} />
      <Route path="/:id" element={<CampaignPage />} />
    </Routes>
  );
}
