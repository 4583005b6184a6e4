import { spawnSync } from 'child_process';
import net from 'net';

/** The Redis the replicas share: `STAGECRAFT_TEST_REDIS_URL`, else the machine's on loopback. */
export const REPLICA_REDIS_URL =
  process.env.STAGECRAFT_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';

function hostAndPort(url: string) {
  const parsed = new URL(url);
  return { host: parsed.hostname, port: Number(parsed.port || 6379) };
}

/** Whether Redis answers PING, asked synchronously so a test file can decide to skip. */
export function redisAnswers(url: string = REPLICA_REDIS_URL): boolean {
  const { host, port } = hostAndPort(url);
  const probe = `const s=require('net').connect(${port},${JSON.stringify(
    host,
  )});s.setTimeout(2000,()=>process.exit(1));s.on('error',()=>process.exit(1));s.on('data',d=>process.exit(String(d).startsWith('+PONG')?0:1));s.write('PING\\r\\n');`;
  return (
    spawnSync(process.execPath, ['-e', probe], { timeout: 5000 }).status === 0
  );
}

type Reply = string | number | null | Reply[];

/** Reads one RESP reply from `buffer` at `offset`; undefined until it has fully arrived. */
function parseReply(
  buffer: Buffer,
  offset: number,
): { reply: Reply; next: number } | undefined {
  const lineEnd = buffer.indexOf('\r\n', offset);
  if (lineEnd < 0) return undefined;
  const type = String.fromCharCode(buffer[offset]);
  const line = buffer.toString('utf8', offset + 1, lineEnd);
  const afterLine = lineEnd + 2;
  switch (type) {
    case '+':
      return { reply: line, next: afterLine };
    case '-':
      throw new Error(`Redis: ${line}`);
    case ':':
      return { reply: Number(line), next: afterLine };
    case '$': {
      const length = Number(line);
      if (length < 0) return { reply: null, next: afterLine };
      if (buffer.length < afterLine + length + 2) return undefined;
      return {
        reply: buffer.toString('utf8', afterLine, afterLine + length),
        next: afterLine + length + 2,
      };
    }
    case '*': {
      const count = Number(line);
      const items: Reply[] = [];
      let next = afterLine;
      for (let i = 0; i < count; i++) {
        const item = parseReply(buffer, next);
        if (!item) return undefined;
        items.push(item.reply);
        next = item.next;
      }
      return { reply: items, next };
    }
    default:
      throw new Error(`Redis: unexpected reply type ${type}`);
  }
}

/** Sends one command and waits for its reply, over a connection of its own. */
function command(url: string, args: string[]): Promise<Reply> {
  const { host, port } = hostAndPort(url);
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, host);
    let buffer = Buffer.alloc(0);
    socket.setTimeout(5000, () =>
      socket.destroy(new Error(`Redis at ${url} did not answer`)),
    );
    socket.on('error', reject);
    socket.on('data', (data: Buffer) => {
      buffer = Buffer.concat([buffer, data]);
      try {
        const parsed = parseReply(buffer, 0);
        if (!parsed) return;
        socket.end();
        resolve(parsed.reply);
      } catch (error) {
        socket.destroy();
        reject(error);
      }
    });
    socket.write(
      `*${args.length}\r\n${args
        .map(arg => `$${Buffer.byteLength(arg)}\r\n${arg}\r\n`)
        .join('')}`,
    );
  });
}

/** Every key starting with `prefix`. */
export async function redisKeys(
  prefix: string,
  url: string = REPLICA_REDIS_URL,
): Promise<string[]> {
  const keys: string[] = [];
  let cursor = '0';
  do {
    const [next, batch] = (await command(url, [
      'SCAN',
      cursor,
      'MATCH',
      `${prefix}*`,
      'COUNT',
      '1000',
    ])) as [string, string[]];
    keys.push(...batch);
    cursor = next;
  } while (cursor !== '0');
  return keys;
}

/** Deletes every key starting with `prefix`; answers how many there were. */
export async function deleteRedisKeys(
  prefix: string,
  url: string = REPLICA_REDIS_URL,
): Promise<number> {
  const keys = await redisKeys(prefix, url);
  for (let i = 0; i < keys.length; i += 500) {
    await command(url, ['DEL', ...keys.slice(i, i + 500)]);
  }
  return keys.length;
}
