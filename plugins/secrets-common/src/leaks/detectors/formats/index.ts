import { LeakDetector } from '../../types';
import { AI_FORMATS } from './ai';
import { CHAT_FORMATS } from './chat';
import { CLOUD_FORMATS } from './cloud';
import { EMAIL_AND_SMS_FORMATS } from './email';
import { OBSERVABILITY_FORMATS } from './observability';
import { PAYMENT_FORMATS } from './payment';
import { REGISTRY_FORMATS } from './registries';
import { SAAS_FORMATS } from './saas';
import { SOURCE_AND_CI_FORMATS } from './sourceAndCi';
import { tokenFormatDetector } from './tokenFormat';

export const TOKEN_FORMATS = [
  ...CLOUD_FORMATS,
  ...SOURCE_AND_CI_FORMATS,
  ...CHAT_FORMATS,
  ...PAYMENT_FORMATS,
  ...EMAIL_AND_SMS_FORMATS,
  ...OBSERVABILITY_FORMATS,
  ...REGISTRY_FORMATS,
  ...AI_FORMATS,
  ...SAAS_FORMATS,
] as const;

export type TokenFormatId = (typeof TOKEN_FORMATS)[number]['id'];

export const TOKEN_FORMAT_DETECTORS: readonly LeakDetector[] =
  TOKEN_FORMATS.map(tokenFormatDetector);
