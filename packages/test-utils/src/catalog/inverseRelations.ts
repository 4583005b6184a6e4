export { INVERSE_RELATION } from '@stagecraft/catalog-conventions-common';
