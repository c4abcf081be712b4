/**
 * The matcher service and its client over (fake) ports: what a page asks and gets, what happens
 * when the glossary changes or the service worker stops, and what is refused.
 */
import { fakeBrowser } from 'wxt/testing';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { serveMatching } from '../../src/background/match-service';
import { DEFAULT_GLOSSARY } from '../../src/glossary/default-glossary';
import { MatchClient } from '../../src/messaging/match-client';
import { isScanMessage, isServiceMessage, MAX_CHARS, MAX_OTHERS, MENTION_FIELDS, MentionFlag, PORT_NAME } from '../../src/messaging/protocol';
import { glossaryEdits } from '../../src/storage/glossary-store';
import { settingsItem } from '../../src/storage/settings';
import { installFakePorts, type FakePort, type FakePorts } from '../support/fake-ports';

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Mentions as [text, covered text, entry id, flags]. */
function read(client: MatchClient, texts: string[], flat: ArrayLike<number>) {
  const out: [number, string, string | undefined, number][] = [];
  for (let k = 0; k < flat.length; k += MENTION_FIELDS)
    out.push([flat[k]!, texts[flat[k]!]!.slice(flat[k + 1]!, flat[k + 2]!), client.entry(flat[k + 3]!)?.id, flat[k + 4]!]);
  return out;
}

describe('matcher service', () => {
  let ports: FakePorts;
  let client: MatchClient | undefined;

  beforeEach(() => {
    fakeBrowser.reset();
    ports = installFakePorts();
    serveMatching();
  });
  afterEach(() => client?.close());

  it('sends a page its settings, then the mentions in the texts it sends, with the entries they name', async () => {
    client = new MatchClient();
    const config = await client.ready;
    expect(config.settings).toEqual({ scope: 'article', includeCode: false });
    const texts = ['Nordkoreas KN-23-Raketen aus Hamhung', 'Nichts hier.', 'Bilder von Planet Labs und Plannet Labs'];
    const flat = await client.scan(texts, 'de');
    expect(flat).not.toBeNull();
    expect(read(client, texts, flat!)).toEqual([
      [0, 'Nordkoreas', 'north-korea', 0],
      [0, 'KN-23', 'kn-23', 0],
      [0, 'Hamhung', 'hamhung', 0],
      [2, 'Planet Labs', 'planet-labs', 0],
      [2, 'Plannet Labs', 'planet-labs', MentionFlag.Fuzzy],
    ]);
    expect(client.entryById('planet-labs')?.name).toBe('Planet Labs');
  });

  it('reads names in the page\'s language: no bare genitive on an English page', async () => {
    client = new MatchClient();
    await client.ready;
    const texts = ['Nordkoreas Raketen, North Korea’s missiles'];
    expect(read(client, texts, (await client.scan(texts, 'en-GB'))!).map(([, text]) => text)).toEqual(['North Korea’s']);
    expect(read(client, texts, (await client.scan(texts, 'de'))!).map(([, text]) => text)).toEqual(['Nordkoreas', 'North Korea’s']);
  });

  it('marks short aliases conditional, for the page to decide by position', async () => {
    const lair = DEFAULT_GLOSSARY.entries.find((e) => e.match?.afterFullName?.length);
    expect(lair, 'an entry with a short alias in the default glossary').toBeDefined();
    client = new MatchClient();
    await client.ready;
    const short = lair!.match!.afterFullName![0]!;
    const texts = [`${lair!.name} sagte etwas.`, `Dann sagte ${short} mehr.`];
    const flat = (await client.scan(texts, 'de'))!;
    const found = read(client, texts, flat);
    expect(found.map(([, text, id, flags]) => [text, id, flags & MentionFlag.Conditional])).toEqual([
      [lair!.name, lair!.id, 0],
      [short, lair!.id, MentionFlag.Conditional],
    ]);
    expect(client.heldEntries.has(flat[3]!)).toBe(true);
  });

  it('remembers for a page, from batch to batch, the places’ names it used for people; another page starts afresh', async () => {
    client = new MatchClient();
    await client.ready;
    const quote = ['„Nein“, sagte Hamhung.'];
    expect(read(client, quote, (await client.scan(quote, 'de'))!).map(([, text]) => text)).toEqual(['Hamhung']);
    expect(read(client, [''], (await client.scan(['Die Ingenieurin Lena Hamhung widerspricht.'], 'de'))!)).toEqual([]);
    expect(read(client, quote, (await client.scan(quote, 'de'))!)).toEqual([]);
    // A page that reads itself anew from its start forgets them.
    expect(read(client, quote, (await client.scan(quote, 'de', true))!).map(([, text]) => text)).toEqual(['Hamhung']);
    const other = new MatchClient();
    await other.ready;
    expect(read(other, quote, (await other.scan(quote, 'de'))!).map(([, text]) => text)).toEqual(['Hamhung']);
    other.close();
  });

  it('keeps that memory when the service worker stops and starts again', async () => {
    client = new MatchClient();
    await client.ready;
    const quote = ['„Nein“, sagte Hamhung.'];
    await client.scan(['Die Ingenieurin Lena Hamhung widerspricht.'], 'de');
    ports.stopBackground();
    await tick();
    expect(read(client, quote, (await client.scan(quote, 'de'))!)).toEqual([]);
    expect(ports.backgroundEnds, 'a new port to a new worker').toHaveLength(1);
    // Reading anew still forgets, and an answer to a request from before that teaches nothing.
    const before = client.scan(['Der Ingenieur Paul Hamhung.'], 'de');
    expect(read(client, quote, (await client.scan(quote, 'de', true))!).map(([, text]) => text)).toEqual(['Hamhung']);
    await before;
    ports.stopBackground();
    await tick();
    expect(read(client, quote, (await client.scan(quote, 'de'))!).map(([, text]) => text)).toEqual(['Hamhung']);
  });

  it('announces a glossary change with a new version; the new glossary answers from then on', async () => {
    client = new MatchClient();
    const first = await client.ready;
    const changes: string[] = [];
    client.onChange((config) => changes.push(config.version));
    const planet = DEFAULT_GLOSSARY.entries.find((e) => e.id === 'planet-labs')!;
    await glossaryEdits.setValue({
      upserts: { 'planet-labs': { ...planet, aliases: [...planet.aliases, 'Planetenlabor'] } },
      deleted: [],
    });
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(changes[0]).not.toBe(first.version);
    const flat = (await client.scan(['Das Planetenlabor meldet'], 'de'))!;
    expect(read(client, ['Das Planetenlabor meldet'], flat)).toEqual([[0, 'Planetenlabor', 'planet-labs', 0]]);
  });

  it('announces settings changes too', async () => {
    client = new MatchClient();
    await client.ready;
    const seen: unknown[] = [];
    client.onChange((config) => seen.push(config.settings));
    await settingsItem.setValue({ scope: 'page' });
    await vi.waitFor(() => expect(seen).toEqual([{ scope: 'page', includeCode: false }]));
  });

  it('asks again when the service worker stopped while a request was on its way', async () => {
    client = new MatchClient();
    await client.ready;
    const answer = client.scan(['Kim Jong Un in Hamhung'], 'de');
    ports.stopBackground();
    const flat = await answer;
    expect(flat).not.toBeNull();
    expect(read(client, ['Kim Jong Un in Hamhung'], flat!).map(([, text]) => text)).toEqual(['Kim Jong Un', 'Hamhung']);
    expect(ports.backgroundEnds).toHaveLength(1);
  });

  it('hears of a glossary change made while the service worker was stopped', async () => {
    client = new MatchClient();
    await client.ready;
    const changes: string[] = [];
    client.onChange((config) => changes.push(config.version));
    ports.stopBackground();
    await tick();
    const planet = DEFAULT_GLOSSARY.entries.find((e) => e.id === 'planet-labs')!;
    await glossaryEdits.setValue({ upserts: { 'planet-labs': { ...planet, aliases: ['Planetenlabor'] } }, deleted: [] });
    await vi.waitFor(() => expect(changes).toHaveLength(1));
    expect(ports.backgroundEnds).toHaveLength(1);
  });

  it('makes answers void once the glossary changed under them', async () => {
    client = new MatchClient();
    await client.ready;
    // The answer is made under the old glossary, the change arrives before it.
    const end = ports.backgroundEnds[0]!;
    const texts = ['Hamhung'];
    const pending = client.scan(texts, 'de');
    end.postMessage({ type: 'config', version: 'other', settings: { scope: 'article', includeCode: false }, heldEntries: [], ignoredEdits: 0 });
    await tick();
    expect(await pending).toBeNull();
  });

  it('answers malformed requests it can name with a failure, and ignores ports of other names', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    client = new MatchClient();
    await client.ready;
    const connect = (name: string) => (fakeBrowser.runtime as unknown as { connect: (o: { name: string }) => FakePort }).connect({ name });
    const answers: unknown[] = [];
    const page = connect(PORT_NAME);
    page.onMessage.addListener((m) => answers.push(m));
    const other = connect('something-else');
    const otherAnswers: unknown[] = [];
    other.onMessage.addListener((m) => otherAnswers.push(m));
    await tick();
    page.postMessage({ type: 'scan', id: 1, texts: 'Hamhung', language: 'de' });
    page.postMessage({ type: 'scan', id: 2, texts: ['x'.repeat(MAX_CHARS + 1)], language: 'de' });
    page.postMessage({ type: 'evil' });
    other.postMessage({ type: 'scan', id: 3, texts: ['Hamhung'], language: 'de' });
    await vi.waitFor(() => expect(answers).toHaveLength(3));
    await tick();
    expect(answers.map((a) => (a as { type: string; id?: number }).type + ((a as { id?: number }).id ?? ''))).toEqual(['config', 'failed1', 'failed2']);
    expect(otherAnswers).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(3);
    warn.mockRestore();
  });

  it('answers nobody but its own content scripts', async () => {
    fakeBrowser.reset();
    const sender = { id: 'another-extension', tab: { id: 1 } as { id: number } | undefined };
    const foreign = installFakePorts(sender);
    serveMatching();
    const stranger = new MatchClient();
    let answered = false;
    void stranger.ready.then(() => (answered = true));
    await tick();
    await tick();
    expect(answered).toBe(false);
    stranger.close();
    // The same service answers its own content scripts, but not its own pages that are no tab.
    sender.id = fakeBrowser.runtime.id;
    sender.tab = undefined;
    const extensionPage = new MatchClient();
    let pageAnswered = false;
    void extensionPage.ready.then(() => (pageAnswered = true));
    await tick();
    await tick();
    expect(pageAnswered).toBe(false);
    extensionPage.close();
    sender.tab = { id: 2 };
    client = new MatchClient();
    await expect(client.ready).resolves.toMatchObject({ settings: { scope: 'article' } });
    expect(foreign.backgroundEnds.length).toBeGreaterThanOrEqual(3);
  });

  it('builds again after a build failed, and the page gets its config then', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage broke'));
    client = new MatchClient();
    await expect(client.ready).resolves.toMatchObject({ settings: { scope: 'article' } });
    expect(error).toHaveBeenCalledWith('Kontext: could not build the matcher', expect.any(Error));
    expect(ports.backgroundEnds).toHaveLength(2);
    const flat = await client.scan(['Hamhung'], 'de');
    expect(flat && read(client, ['Hamhung'], flat).map(([, text]) => text)).toEqual(['Hamhung']);
    vi.restoreAllMocks();
  });

  it('takes a failed answer as no answer', async () => {
    fakeBrowser.reset();
    const silent = installFakePorts();
    const requests: unknown[] = [];
    silent.onConnect.addListener((end) => {
      end.onMessage.addListener((m) => requests.push(m));
      end.postMessage({ type: 'config', version: 'v', settings: { scope: 'page', includeCode: false }, heldEntries: [], ignoredEdits: 0 });
    });
    client = new MatchClient();
    await client.ready;
    const answer = client.scan(['Hamhung'], 'de');
    await vi.waitFor(() => expect(requests).toHaveLength(1));
    silent.backgroundEnds[0]!.postMessage({ type: 'failed', id: (requests[0] as { id: number }).id });
    expect(await answer).toBeNull();
  });

  it('connects again when the port drops before the first config', async () => {
    let first = true;
    ports.onConnect.addListener((end) => {
      if (!first) return;
      first = false;
      end.disconnect();
    });
    client = new MatchClient();
    await expect(client.ready).resolves.toMatchObject({ settings: { scope: 'article' } });
    expect(ports.backgroundEnds).toHaveLength(2);
  });

  it('gives up on a request nobody answers, after a while', async () => {
    vi.useFakeTimers();
    try {
      fakeBrowser.reset();
      installFakePorts();
      // No service: the port stays open and silent.
      const silent = new MatchClient();
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const answer = silent.scan(['Hamhung'], 'de');
      await vi.advanceTimersByTimeAsync(31_000);
      expect(await answer).toBeNull();
      expect(warn).toHaveBeenCalledWith('Kontext: the background did not answer in time');
      warn.mockRestore();
      silent.close();
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('message guards', () => {
  it('accept well-formed messages and refuse everything else', () => {
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a', 'b'], language: 'de-AT' })).toBe(true);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a', 'b'], language: '' })).toBe(true);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a'], language: 'de', forget: true })).toBe(true);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a'], language: 'de', forget: 'yes' })).toBe(false);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a'], language: 'de', others: ['levin'] })).toBe(true);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a'], language: 'de', others: 'levin' })).toBe(false);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a'], language: 'de', others: [3] })).toBe(false);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a'], language: 'de', others: Array(MAX_OTHERS + 1).fill('a') })).toBe(false);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a'], language: 'de', others: ['x'.repeat(401)] })).toBe(false);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a', 'b'] })).toBe(false);
    expect(isScanMessage({ type: 'scan', id: 3, texts: ['a'], language: 'x'.repeat(36) })).toBe(false);
    expect(isScanMessage({ type: 'scan', id: -1, texts: [], language: 'de' })).toBe(false);
    expect(isScanMessage({ type: 'scan', id: 1, texts: [1], language: 'de' })).toBe(false);
    expect(isScanMessage(null)).toBe(false);
    const entry = DEFAULT_GLOSSARY.entries[0]!;
    expect(isServiceMessage({ type: 'mentions', id: 1, version: 'v', mentions: [0, 1, 2, 0, 0], entries: [[0, entry]] })).toBe(true);
    expect(isServiceMessage({ type: 'mentions', id: 1, version: 'v', mentions: [], entries: [], others: ['levin'] })).toBe(true);
    expect(isServiceMessage({ type: 'mentions', id: 1, version: 'v', mentions: [], entries: [], others: [null] })).toBe(false);
    expect(isServiceMessage({ type: 'mentions', id: 1, version: 'v', mentions: [0, 1, 2], entries: [] })).toBe(false);
    expect(isServiceMessage({ type: 'mentions', id: 1, version: 'v', mentions: [], entries: [[0, { id: 'x' }]] })).toBe(false);
    expect(isServiceMessage({ type: 'config', version: 'v', settings: { scope: 'all', includeCode: false }, heldEntries: [], ignoredEdits: 0 })).toBe(false);
    expect(isServiceMessage({ type: 'config', version: 'v', settings: { scope: 'page', includeCode: true }, heldEntries: [2], ignoredEdits: 1 })).toBe(true);
  });
});
