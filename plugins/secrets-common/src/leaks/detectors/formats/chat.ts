import { TokenFormatSpec } from './tokenFormat';
import { decodeBase64Url } from '../base64url';

// Slack tokens and webhooks are in ../tokenFormats.ts.

/** A Discord bot token starts with the bot's user id, base64-encoded. */
function startsWithEncodedUserId(match: RegExpExecArray): boolean {
  const id = decodeBase64Url(match[0].split('.')[0]);
  return id !== undefined && /^\d{17,20}$/.test(id);
}

export const CHAT_FORMATS = [
  {
    id: 'discord-webhook',
    what: 'a Discord webhook URL, which works as a credential',
    anchors: ['discord.com/api/webhooks/', 'discordapp.com/api/webhooks/'],
    pattern:
      /discord(?:app)?\.com\/api\/webhooks\/\d{17,20}\/([A-Za-z0-9_-]{60,70})/,
  },
  {
    id: 'discord-bot-token',
    what: 'a Discord bot token',
    anchors: [],
    pattern:
      /(?<![A-Za-z0-9_.-])([MNO][A-Za-z0-9_-]{23,27}\.[A-Za-z0-9_-]{6}\.[A-Za-z0-9_-]{27,38})(?![A-Za-z0-9_.-])/,
    accept: startsWithEncodedUserId,
  },
  {
    id: 'telegram-bot-token',
    what: 'a Telegram bot token',
    anchors: [':AA'],
    pattern:
      /(?<![A-Za-z0-9_:-])\d{8,10}:AA([A-Za-z0-9_-]{33})(?![A-Za-z0-9_-])/,
  },
  {
    id: 'teams-webhook',
    what: 'a Microsoft Teams incoming-webhook URL, which works as a credential',
    anchors: ['webhook.office.com/webhookb2/'],
    pattern:
      /webhook\.office\.com\/webhookb2\/[a-f0-9-]{36}@[a-f0-9-]{36}\/IncomingWebhook\/([a-f0-9]{32})\/[a-f0-9-]{36}/i,
  },
] as const satisfies readonly TokenFormatSpec[];
