import { prefixed, TokenFormatSpec } from './tokenFormat';

// OpenAI and Anthropic keys (sk-…) are in ../tokenFormats.ts.
export const AI_FORMATS = [
  prefixed(
    'huggingface-token',
    'a Hugging Face access token',
    ['hf_', 'api_org_'],
    '[A-Za-z]{34}',
  ),
  prefixed(
    'replicate-token',
    'a Replicate API token',
    'r8_',
    '[A-Za-z0-9]{37}',
  ),
  prefixed('groq-api-key', 'a Groq API key', 'gsk_', '[A-Za-z0-9]{52}'),
  prefixed(
    'perplexity-api-key',
    'a Perplexity API key',
    'pplx-',
    '[A-Za-z0-9]{48}',
  ),
  prefixed('xai-api-key', 'an xAI API key', 'xai-', '[A-Za-z0-9]{80}'),
  prefixed(
    'langsmith-api-key',
    'a LangSmith API key',
    ['lsv2_pt_', 'lsv2_sk_'],
    '[a-f0-9]{32}_[a-f0-9]{10}',
  ),
] as const satisfies readonly TokenFormatSpec[];
