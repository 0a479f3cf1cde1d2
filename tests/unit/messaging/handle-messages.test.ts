import { describe, expect, test, vi } from 'vitest';
import { handleMessage, type Handlers } from '@/lib/messaging/handle-messages';

const OWN_ID = 'brightside-id';
const ownSender = { id: OWN_ID };

function backgroundHandlers(): Partial<Handlers> {
  return {
    saveStory: vi.fn(async () => ({ id: 1, created: true })),
    getSavedUrls: vi.fn(async ({ urls }) => ({ saved: urls })),
  };
}

const envelope = (type: string, data: unknown) => ({ brightside: 1, type, data });

describe('handleMessage', () => {
  test('passes a valid request to its handler, normalised', async () => {
    const handlers = backgroundHandlers();
    const reply = await handleMessage(
      envelope('saveStory', {
        story: { url: 'https://www.bbc.co.uk/news/a?utm_source=x#top', title: '  Kind act  ' },
      }),
      ownSender,
      handlers,
      OWN_ID,
    );
    expect(reply).toEqual({ ok: true, value: { id: 1, created: true } });
    expect(handlers.saveStory).toHaveBeenCalledWith(
      { story: { url: 'https://www.bbc.co.uk/news/a', title: 'Kind act' } },
      ownSender,
    );
  });

  test('refuses messages from other extensions and web pages', async () => {
    const handlers = backgroundHandlers();
    const reply = await handleMessage(
      envelope('getSavedUrls', { urls: [] }),
      { id: 'someone-else', url: 'https://evil.example/' },
      handlers,
      OWN_ID,
    );
    expect(reply).toEqual({ ok: false, error: 'Refused: message from outside Brightside' });
    expect(handlers.getSavedUrls).not.toHaveBeenCalled();
  });

  test.each([
    [
      { story: { url: 'javascript:alert(1)', title: 'x' } },
      /at story\.url: URL must be an absolute http/,
    ],
    [{ story: { url: 'https://a.example/', title: '' } }, /at story\.title: title is empty/],
    [{ story: { url: 'https://a.example/', title: 'x', score: 7 } }, /at story\.score/],
    [{ story: 'not an object' }, /Invalid saveStory request at story/],
    [undefined, /Invalid saveStory request/],
  ])('a bad payload gets a clear error, not a crash: %j', async (data, error) => {
    const handlers = backgroundHandlers();
    const reply = await handleMessage(envelope('saveStory', data), ownSender, handlers, OWN_ID);
    expect(reply).toMatchObject({ ok: false, error: expect.stringMatching(error) });
    expect(handlers.saveStory).not.toHaveBeenCalled();
  });

  test('an unknown type is an error; a type this context does not handle is left to others', async () => {
    const handlers = backgroundHandlers();
    expect(await handleMessage(envelope('dropTables', {}), ownSender, handlers, OWN_ID)).toEqual({
      ok: false,
      error: 'Unknown message type: dropTables',
    });
    expect(handleMessage(envelope('getPageStories', {}), ownSender, handlers, OWN_ID)).toBe(
      undefined,
    );
    expect(handleMessage({ hello: 'world' }, ownSender, handlers, OWN_ID)).toBe(undefined);
  });

  test('a failing handler answers with its error', async () => {
    const reply = await handleMessage(
      envelope('getSavedUrls', { urls: [] }),
      ownSender,
      {
        getSavedUrls: async () => {
          throw new Error('QuotaExceededError: the disk is full');
        },
      },
      OWN_ID,
    );
    expect(reply).toEqual({ ok: false, error: 'QuotaExceededError: the disk is full' });
  });
});
