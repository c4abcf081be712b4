/**
 * The matcher service: the background builds the matcher from the reader's glossary and settings
 * and answers the pages' `scan` requests (see `messaging/protocol.ts` for why the matcher lives
 * here). It is built on first use and again after every glossary or settings change, which it then
 * announces to every connected page with a new `config`.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Glossary } from '../glossary/types';
import { createMatcher, type Matcher } from '../match/matcher';
import { ignoredMessage } from '../glossary/edits';
import { scanBatch } from '../messaging/scan-batch';
import {
  isScanMessage,
  MENTION_FIELDS,
  PORT_NAME,
  type ConfigMessage,
  type MentionsMessage,
  type ScanMessage,
  type ServiceMessage,
} from '../messaging/protocol';
import { loadGlossaryChecked, watchGlossary } from '../storage/glossary-store';
import { readSettings, watchSettings, type Settings } from '../storage/settings';

type Port = Browser.runtime.Port;

/** What the service keeps per connected page, under the current config. */
interface PageState {
  /** The entries already sent to it. */
  sent: Set<number>;
  /**
   * The places' names it has used as people's (`MatchSession.others`), from all its batches since it
   * last read itself anew. The page keeps a copy and sends it along, for a worker that restarted.
   */
  others: Set<string>;
}

interface Service {
  glossary: Glossary;
  matcher: Matcher;
  config: ConfigMessage;
}

export function serveMatching(): void {
  let current: Promise<Service> | null = null;
  const ports = new Map<Port, PageState>();
  /** The service, built if needed; a build that failed is tried again at the next request. */
  const service = (): Promise<Service> => {
    if (current) return current;
    const building = build();
    current = building;
    building.catch((error: unknown) => {
      if (current === building) current = null;
      console.error('Kontext: could not build the matcher', error);
    });
    return building;
  };

  const changed = () => {
    current = null;
    service().then(
      (s) => {
        for (const [port, page] of ports) {
          page.sent.clear();
          page.others.clear();
          post(port, s.config);
        }
      },
      () => {},
    );
  };
  watchGlossary(changed);
  watchSettings(changed);

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== PORT_NAME || port.sender?.id !== browser.runtime.id || !port.sender.tab) return;
    const page: PageState = { sent: new Set(), others: new Set() };
    ports.set(port, page);
    port.onDisconnect.addListener(() => ports.delete(port));
    port.onMessage.addListener((message: unknown) => {
      if (!isScanMessage(message)) {
        console.warn('Kontext: ignored a malformed message from a page');
        // Still answer a request that can be named, so that the page does not wait for it.
        const id = (message as { id?: unknown } | null)?.id;
        if (Number.isSafeInteger(id) && (id as number) >= 0) post(port, { type: 'failed', id: id as number });
        return;
      }
      service()
        .then((s) => {
          if (ports.has(port)) post(port, answer(s, message, page));
        })
        .catch((error: unknown) => {
          console.error('Kontext: could not answer a page', error);
          if (ports.has(port)) post(port, { type: 'failed', id: message.id });
        });
    });
    service().then(
      (s) => {
        if (ports.has(port)) post(port, s.config);
      },
      // No config to give: let the page connect again (and this service build again) shortly.
      () => {
        ports.delete(port);
        port.disconnect();
      },
    );
  });
}

async function build(): Promise<Service> {
  const [{ glossary, ignored }, settings] = await Promise.all([loadGlossaryChecked(), readSettings()]);
  if (ignored > 0) console.warn(ignoredMessage(ignored));
  const matcher = createMatcher(glossary.entries, {
    fuzzy: settings.fuzzyThreshold > 0 ? { threshold: settings.fuzzyThreshold } : false,
  });
  const config: ConfigMessage = {
    type: 'config',
    version: versionOf(glossary, settings),
    settings: { scope: settings.scope, includeCode: settings.includeCode },
    heldEntries: [...matcher.heldEntries],
    ignoredEdits: ignored,
  };
  return { glossary, matcher, config };
}

/** The answer to a `scan`: its mentions, with the entries they name that the page was not sent yet. */
function answer(s: Service, { id, texts, language, forget, others }: ScanMessage, page: PageState): MentionsMessage {
  if (forget) page.others.clear();
  // What the page kept of earlier answers, which this worker may not have given (it restarted).
  if (others) for (const name of others) page.others.add(name);
  const known = page.others.size;
  const mentions = scanBatch(s.matcher, texts, language, page.others);
  const entries: MentionsMessage['entries'] = [];
  for (let k = 3; k < mentions.length; k += MENTION_FIELDS) {
    const entry = mentions[k]!;
    if (page.sent.has(entry)) continue;
    page.sent.add(entry);
    entries.push([entry, s.glossary.entries[entry]!]);
  }
  const reply: MentionsMessage = { type: 'mentions', id, version: s.config.version, mentions, entries };
  // A set iterates in insertion order: the names this batch added come last.
  if (page.others.size > known) reply.others = [...page.others].slice(known);
  return reply;
}

function post(port: Port, message: ServiceMessage): void {
  try {
    port.postMessage(message);
  } catch {
    // The page went away between the request and the answer.
  }
}

/**
 * A name for a glossary and settings: the same after the background restarts (a service worker
 * stops when idle), so pages do not read everything again when it wakes.
 */
function versionOf(glossary: Glossary, settings: Settings): string {
  const text = JSON.stringify([glossary, settings]);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${text.length.toString(36)}-${(h >>> 0).toString(36)}`;
}
