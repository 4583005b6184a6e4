export { LiveConfigCard, configRows } from './LiveConfigCard';
