export { GraphChooser } from './GraphChooser';
