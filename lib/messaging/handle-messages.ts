import * as v from 'valibot';
import type { Browser } from 'wxt/browser';
import {
  isMessageType,
  protocol,
  type MessageResponse,
  type MessageType,
  type Reply,
  type ValidRequest,
} from './protocol';

type Sender = Browser.runtime.MessageSender;

export type Handlers = {
  [T in MessageType]: (request: ValidRequest<T>, sender: Sender) => Promise<MessageResponse<T>>;
};

/**
 * Checks a message at the boundary and runs its handler. Messages from other extensions or web
 * pages are refused; a malformed payload gets a clear error instead of reaching a handler.
 * Each context handles its own part of the protocol: a message it has no handler for is left to
 * the others (`undefined`), so content scripts and the background share one channel.
 */
export function handleMessage(
  message: unknown,
  sender: Sender,
  handlers: Partial<Handlers>,
  extensionId: string,
): Promise<Reply<unknown>> | undefined {
  if (typeof message !== 'object' || message === null || !('brightside' in message)) {
    return undefined;
  }
  const { type, data } = message as { type?: unknown; data?: unknown };
  if (sender.id !== extensionId) {
    return Promise.resolve({ ok: false, error: 'Refused: message from outside Brightside' });
  }
  if (!isMessageType(type)) {
    return Promise.resolve({ ok: false, error: `Unknown message type: ${String(type)}` });
  }
  if (!handlers[type]) return undefined;
  return runHandler(type, data, sender, handlers);
}

async function runHandler(
  type: MessageType,
  data: unknown,
  sender: Sender,
  handlers: Partial<Handlers>,
): Promise<Reply<unknown>> {
  const parsed = v.safeParse(protocol[type], data);
  if (!parsed.success) {
    const issue = parsed.issues[0];
    const path = issue.path?.map((item) => String(item.key)).join('.') ?? '';
    return {
      ok: false,
      error: `Invalid ${type} request${path ? ` at ${path}` : ''}: ${issue.message}`,
    };
  }
  try {
    // Each handler takes its own request type; TypeScript cannot follow the pairing through `type`.
    const handler = handlers[type] as (request: unknown, sender: Sender) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.output, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
