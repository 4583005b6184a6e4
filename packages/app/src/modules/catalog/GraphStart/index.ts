export { GraphStart } from './GraphStart';
