export { createLimiter, mapConcurrently } from './mapConcurrently';
