export { EntityReadinessSummaryCard } from './EntityReadinessSummaryCard';
