export { messageOf } from './messageOf';
