/**
 * The content script's side of the matcher service (see `protocol.ts`): one port to the
 * background, requests answered in order, and the entries the answers name.
 *
 * A service worker that stopped while idle drops the port; the next request connects again and
 * any requests still unanswered are sent again (they are idempotent). A `config` with a new
 * version (the glossary or settings changed) makes every answer still on its way void: the page
 * reads everything again under the new one. The background announces changes only on open ports,
 * so a client without one connects when the extension's storage changes (a stopped service worker
 * is woken by that change too, and greets every new port with its config).
 *
 * The client also keeps the places' names the answers say the page used for people
 * (`MentionsMessage.others`) and sends them with its requests: a worker that stopped lost its own
 * record, and a bare `Levin` that speaks after `Dr Hannah Levin` is still the person after it wakes.
 *
 * Nothing waits forever: a port that drops before the first config or with requests open is
 * connected again, at once and then after growing pauses, a few times; a request without an
 * answer after `REQUEST_TIMEOUT_MS` is void; and a background that keeps failing is given up on
 * (until the next storage change), with one line in the console.
 */
import { browser, type Browser } from 'wxt/browser';
import { ignoredMessage } from '../glossary/edits';
import type { Entry } from '../glossary/types';
import { isServiceMessage, MAX_OTHERS, PORT_NAME, type PageSettings, type ScanMessage } from './protocol';

/** Reconnections in a row without an answer before the client gives up. */
const MAX_RECONNECTS = 4;
/** The pause before the second reconnection; it doubles for each one after. */
const RETRY_MS = 200;
/** A request not answered by then is void (the page goes on without its mentions). */
const REQUEST_TIMEOUT_MS = 30_000;

export interface PageConfig {
  version: string;
  settings: PageSettings;
}

interface Pending {
  message: ScanMessage;
  resolve: (mentions: number[] | null) => void;
}

export class MatchClient {
  private port: Browser.runtime.Port | null = null;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly entries = new Map<number, Entry>();
  /** The places' names the page used for people (`MentionsMessage.others`), since `forgotAt`. */
  private readonly others = new Set<string>();
  /** The id of the last request that read the page anew: answers to earlier ones teach nothing. */
  private forgotAt = 0;
  private version: string | null = null;
  private reconnects = 0;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private closed = false;
  private complained = false;
  private readonly configListeners: ((config: PageConfig) => void)[] = [];
  heldEntries: ReadonlySet<number> = new Set();
  /** The first configuration, once the background has sent it. */
  readonly ready: Promise<PageConfig>;
  private resolveReady!: (config: PageConfig) => void;

  private readonly onStorageChange = (_changes: unknown, area: string) => {
    if (area !== 'local' || this.port || this.closed) return;
    this.reconnects = 0;
    this.connect();
  };

  constructor() {
    this.ready = new Promise((resolve) => (this.resolveReady = resolve));
    this.connect();
    browser.storage.onChanged.addListener(this.onStorageChange);
  }

  /** Calls `listener` with every later configuration whose version differs from the one before. */
  onChange(listener: (config: PageConfig) => void): void {
    this.configListeners.push(listener);
  }

  /**
   * The mentions in `texts` — flat, `MENTION_FIELDS` numbers each (see `MentionsMessage`) — or
   * null when the answer is void (the configuration changed, the request failed or timed out, or
   * the extension went away). `forget`: see `ScanMessage.forget`.
   */
  scan(texts: string[], language: string, forget = false): Promise<number[] | null> {
    if (this.closed) return Promise.resolve(null);
    const message: ScanMessage = { type: 'scan', id: this.nextId++, texts, language };
    if (forget) {
      message.forget = true;
      this.others.clear();
      this.forgotAt = message.id;
    }
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        if (!this.pending.delete(message.id)) return;
        this.complain('Kontext: the background did not answer in time');
        resolve(null);
      }, REQUEST_TIMEOUT_MS);
      this.pending.set(message.id, {
        message,
        resolve: (mentions) => {
          clearTimeout(timer);
          resolve(mentions);
        },
      });
      this.send(message);
    });
  }

  /** The entry with index `index` in the current glossary, if an answer has named it. */
  entry(index: number): Entry | undefined {
    return this.entries.get(index);
  }

  entryById(id: string): Entry | undefined {
    for (const entry of this.entries.values()) if (entry.id === id) return entry;
    return undefined;
  }

  /** Disconnects; answers still on their way are void. */
  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
    this.drop();
    try {
      browser.storage.onChanged.removeListener(this.onStorageChange);
      this.port?.disconnect();
    } catch {
      // Both throw once the extension is gone; there is nothing to remove or disconnect then.
    }
    this.port = null;
  }

  private connect(): Browser.runtime.Port | null {
    if (this.closed) return null;
    let port: Browser.runtime.Port;
    try {
      port = browser.runtime.connect({ name: PORT_NAME });
    } catch {
      // The extension was updated or removed: nothing will answer.
      this.close();
      return null;
    }
    this.port = port;
    port.onMessage.addListener((message: unknown) => this.receive(message));
    port.onDisconnect.addListener(() => {
      if (this.port !== port) return;
      this.port = null;
      // Nothing to ask and the config is known: connect again when there is (a stopped worker).
      if (this.pending.size === 0 && this.version !== null) return;
      if (++this.reconnects > MAX_RECONNECTS) {
        this.complain('Kontext: the background does not answer');
        return this.drop();
      }
      const pause = this.reconnects === 1 ? 0 : RETRY_MS * 2 ** (this.reconnects - 2);
      this.retry = setTimeout(() => {
        const again = this.port ?? this.connect();
        if (again) for (const { message } of this.pending.values()) this.post(again, message);
      }, pause);
    });
    return port;
  }

  private send(message: ScanMessage): void {
    const port = this.port ?? this.connect();
    try {
      if (port) this.post(port, message);
    } catch {
      // A port that died just now: its disconnect handler sends the request again.
    }
  }

  private post(port: Browser.runtime.Port, message: ScanMessage): void {
    if (this.others.size > 0) message.others = [...this.others];
    else delete message.others;
    port.postMessage(message);
  }

  private receive(message: unknown): void {
    if (!isServiceMessage(message)) {
      this.complain('Kontext: ignored a malformed message from the background');
      return;
    }
    if (message.type === 'config') {
      const first = this.version === null;
      const changed = message.version !== this.version;
      this.version = message.version;
      this.heldEntries = new Set(message.heldEntries);
      if (!changed) return;
      if (message.ignoredEdits > 0) console.warn(ignoredMessage(message.ignoredEdits));
      this.entries.clear();
      this.others.clear();
      const config = { version: message.version, settings: message.settings };
      if (first) this.resolveReady(config);
      else for (const listener of this.configListeners) listener(config);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.type === 'failed') return pending.resolve(null);
    this.reconnects = 0;
    if (message.version !== this.version) return pending.resolve(null);
    for (const [index, entry] of message.entries) this.entries.set(index, entry);
    if (message.others && message.id >= this.forgotAt)
      for (const name of message.others) if (this.others.size < MAX_OTHERS) this.others.add(name);
    pending.resolve(message.mentions);
  }

  /** Makes every unanswered request void. */
  private drop(): void {
    for (const { resolve } of this.pending.values()) resolve(null);
    this.pending.clear();
  }

  /** Says what went wrong, once per page (the background logs the details). */
  private complain(text: string): void {
    if (!this.complained) console.warn(text);
    this.complained = true;
  }
}
