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
  const envelope: Envelope<T> = { brightside: 1, type, data };
  const reply = (await browser.runtime.sendMessage(envelope)) as
    Reply<MessageResponse<T>> | undefined;
  if (!reply) throw new MessageError(`No answer to ${type}`);
  if (!reply.ok) throw new MessageError(reply.error);
  return reply.value;
}
