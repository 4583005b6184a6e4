export { EdgeDriftList } from './EdgeDriftList';
