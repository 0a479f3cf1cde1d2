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
 */
export async function handleMessage(
  message: unknown,
  sender: Sender,
  handlers: Handlers,
  extensionId: string,
): Promise<Reply<unknown>> {
  if (sender.id !== extensionId)
    return { ok: false, error: 'Refused: message from outside Brightside' };
  if (typeof message !== 'object' || message === null || !('brightside' in message)) {
    return { ok: false, error: 'Refused: not a Brightside message' };
  }
  const { type, data } = message as { type?: unknown; data?: unknown };
  if (!isMessageType(type)) return { ok: false, error: `Unknown message type: ${String(type)}` };
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
    // The union of handlers narrows per type at the call site; TypeScript cannot follow it here.
    const handler = handlers[type] as (request: unknown, sender: Sender) => Promise<unknown>;
    return { ok: true, value: await handler(parsed.output, sender) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}
