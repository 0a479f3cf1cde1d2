import { browser } from 'wxt/browser';
import type { Envelope, MessageRequest, MessageResponse, MessageType, Reply } from './protocol';

export class MessageError extends Error {
  override name = 'MessageError';
}

/** Sends a typed request to the background and returns its answer, or throws its error. */
export async function sendMessage<T extends MessageType>(
  type: T,
  data: MessageRequest<T>,
): Promise<MessageResponse<T>> {
  return unwrap(type, await browser.runtime.sendMessage(envelope(type, data)));
}

/** Sends a typed request to the content script of one tab. */
export async function sendTabMessage<T extends MessageType>(
  tabId: number,
  type: T,
  data: MessageRequest<T>,
): Promise<MessageResponse<T>> {
  return unwrap(type, await browser.tabs.sendMessage(tabId, envelope(type, data)));
}

function envelope<T extends MessageType>(type: T, data: MessageRequest<T>): Envelope<T> {
  return { brightside: 1, type, data };
}

function unwrap<T extends MessageType>(type: T, answer: unknown): MessageResponse<T> {
  const reply = answer as Reply<MessageResponse<T>> | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}
