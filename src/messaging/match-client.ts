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
 */
import { browser, type Browser } from 'wxt/browser';
import type { Entry } from '../glossary/types';
import { ignoredMessage } from '../glossary/edits';
import { isServiceMessage, PORT_NAME, type ConfigMessage, type PageSettings, type ScanMessage } from './protocol';

/** Reconnections in a row without an answer before the client gives up (a background that refuses). */
const MAX_RECONNECTS = 3;

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
  private version: string | null = null;
  private reconnects = 0;
  private closed = false;
  private readonly configListeners: ((config: PageConfig) => void)[] = [];
  shortAliasEntries: ReadonlySet<number> = new Set();
  /** The first configuration, once the background has sent it. */
  readonly ready: Promise<PageConfig>;
  private resolveReady!: (config: PageConfig) => void;

  private readonly onStorageChange = (_changes: unknown, area: string) => {
    if (area === 'local' && !this.port) this.connect();
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
   * null when the answer is void (the configuration changed, or the extension went away).
   */
  scan(texts: string[]): Promise<number[] | null> {
    if (this.closed) return Promise.resolve(null);
    const message: ScanMessage = { type: 'scan', id: this.nextId++, texts };
    return new Promise((resolve) => {
      this.pending.set(message.id, { message, resolve });
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
    this.drop();
    try {
      browser.storage.onChanged.removeListener(this.onStorageChange);
    } catch {
      // Removing a listener throws once the extension is gone; there is nothing to remove then.
    }
    try {
      this.port?.disconnect();
    } catch {
      // Already gone with the extension.
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
      if (this.pending.size === 0) return;
      if (++this.reconnects > MAX_RECONNECTS) return this.drop();
      // The background stopped (an idle service worker): ask again.
      const again = this.connect();
      if (again) for (const { message } of this.pending.values()) again.postMessage(message);
    });
    return port;
  }

  private send(message: ScanMessage): void {
    const port = this.port ?? this.connect();
    try {
      port?.postMessage(message);
    } catch {
      // A port that died just now: its disconnect handler sends the request again.
    }
  }

  private receive(message: unknown): void {
    if (!isServiceMessage(message)) {
      console.warn('Kontext: ignored a malformed message from the background');
      return;
    }
    this.reconnects = 0;
    if (message.type === 'config') {
      const first = this.version === null;
      const changed = message.version !== this.version;
      this.version = message.version;
      this.shortAliasEntries = new Set(message.shortAliasEntries);
      if (!changed) return;
      if (message.ignoredEdits > 0) console.warn(ignoredMessage(message.ignoredEdits));
      this.entries.clear();
      const config = { version: message.version, settings: message.settings };
      if (first) this.resolveReady(config);
      else for (const listener of this.configListeners) listener(config);
      return;
    }
    const pending = this.pending.get(message.id);
    if (!pending) return;
    this.pending.delete(message.id);
    if (message.version !== this.version) return pending.resolve(null);
    for (const [index, entry] of message.entries) this.entries.set(index, entry);
    pending.resolve(message.mentions);
  }

  /** Makes every unanswered request void. */
  private drop(): void {
    for (const { resolve } of this.pending.values()) resolve(null);
    this.pending.clear();
  }
}
