export { daysSince, lastReviewedOf, type RunbookReview } from './lastReviewed';
export {
  loadRunbookPages,
  techDocsRunbooksOf,
  type RunbookPageFacts,
  type RunbookPages,
  type RunbookSource,
} from './runbookPages';
export {
  markdownSourcesOf,
  techDocsPageKey,
  techDocsPageOf,
  type TechDocsPage,
} from './techDocsPage';
export { docsDirOf, techDocsDirOf } from './docsSite';
export {
  docsFolderOf,
  markdownOfSites,
  type SiteReader,
} from './docsSiteReader';
