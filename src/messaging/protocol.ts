/**
 * The messages between a page's content script and the background's matcher service, over one
 * long-lived port per frame (`PORT_NAME`). The matcher lives in the background: it is built once
 * per glossary, not once per page, stays compiled and keeps its fuzzy verdicts from page to page,
 * and costs the page's main thread nothing. The content script reads the page, sends the text of
 * its runs in batches and draws what comes back.
 *
 *   content → background: `scan` (texts of runs)
 *   background → content: `config` (on connect and after every glossary or settings change),
 *                         `mentions` (the answer to a `scan`, with the entries it names),
 *                         `failed` (a `scan` that could not be answered: never left waiting)
 *
 * Every message is checked on arrival by the guards below (cheap, no schema library in the
 * content script): a malformed message is dropped, never half-used.
 */
import type { EntityType, Entry } from '../glossary/types';
import { ENTITY_TYPES } from '../glossary/types';

export const PORT_NAME = 'kontext-page';

/** What the page side needs of the reader's settings. */
export interface PageSettings {
  scope: 'article' | 'page';
  includeCode: boolean;
}

/** Numbers per mention in `MentionsMessage.mentions`. */
export const MENTION_FIELDS = 5;
/** `flags` bits of a mention. */
export const MentionFlag = { Conditional: 1, Fuzzy: 2 } as const;

export interface ScanMessage {
  type: 'scan';
  id: number;
  texts: string[];
  /** The page's language (`<html lang>`, may be empty): see `MatchSession.language`. */
  language: string;
  /**
   * The page starts reading itself anew, in document order (a new view of a single-page app, a
   * scope that moved): the names its earlier reads used for people are forgotten
   * (`MatchSession.others`).
   */
  forget?: boolean;
  /**
   * The places' names the page's earlier answers said it used for people (`MentionsMessage.others`),
   * sent while there are any: a service worker that stopped while idle lost its own record of them.
   */
  others?: string[];
}

/** The longest language tag a `scan` may carry (BCP 47 allows 35 characters). */
const MAX_LANGUAGE = 35;
/** Bounds of `others`: no more names than a glossary has aliases' keys worth keeping, none longer than an alias. */
export const MAX_OTHERS = 10_000;
const MAX_OTHER_LENGTH = 400;

export interface ConfigMessage {
  type: 'config';
  /** Names the glossary and settings the answers are made with; changes with either. */
  version: string;
  settings: PageSettings;
  /** Entries (by index) some of whose mentions count only after another of them (`Matcher.heldEntries`). */
  heldEntries: number[];
  /**
   * Stored glossary edits the background had to ignore (invalid): the page says so in its console,
   * where a reader wondering why an entry is not highlighted looks.
   */
  ignoredEdits: number;
}

export interface MentionsMessage {
  type: 'mentions';
  id: number;
  version: string;
  /** Flat: text index, start, end, entry index, flags — `MENTION_FIELDS` numbers per mention. */
  mentions: number[];
  /** The entries these mentions name that were not sent on this port since the last `config`. */
  entries: [number, Entry][];
  /** The places' names this batch was the first to use for people (`MatchSession.others`), if any. */
  others?: string[];
}

export interface FailedMessage {
  type: 'failed';
  id: number;
}

export type PageMessage = ScanMessage;
export type ServiceMessage = ConfigMessage | MentionsMessage | FailedMessage;

/** Bounds of one `scan`: more is refused, not half-read. */
export const MAX_TEXTS = 10_000;
export const MAX_CHARS = 4_000_000;

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;
const isIndex = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

export function isScanMessage(value: unknown): value is ScanMessage {
  if (!isObject(value) || value.type !== 'scan' || !isIndex(value.id) || !Array.isArray(value.texts)) return false;
  if (typeof value.language !== 'string' || value.language.length > MAX_LANGUAGE) return false;
  if (value.forget !== undefined && typeof value.forget !== 'boolean') return false;
  if (value.others !== undefined && !isNames(value.others)) return false;
  if (value.texts.length > MAX_TEXTS) return false;
  let chars = 0;
  for (const text of value.texts) {
    if (typeof text !== 'string') return false;
    chars += text.length;
  }
  return chars <= MAX_CHARS;
}

export function isServiceMessage(value: unknown): value is ServiceMessage {
  if (!isObject(value)) return false;
  if (value.type === 'failed') return isIndex(value.id);
  if (typeof value.version !== 'string') return false;
  if (value.type === 'config') {
    const settings = value.settings;
    return (
      isObject(settings) &&
      (settings.scope === 'article' || settings.scope === 'page') &&
      typeof settings.includeCode === 'boolean' &&
      Array.isArray(value.heldEntries) &&
      value.heldEntries.every(isIndex) &&
      isIndex(value.ignoredEdits)
    );
  }
  if (value.type === 'mentions') {
    const { mentions, entries } = value;
    return (
      isIndex(value.id) &&
      Array.isArray(mentions) &&
      mentions.length % MENTION_FIELDS === 0 &&
      mentions.every(isIndex) &&
      Array.isArray(entries) &&
      entries.every((pair) => Array.isArray(pair) && isIndex(pair[0]) && isEntryShape(pair[1])) &&
      (value.others === undefined || isNames(value.others))
    );
  }
  return false;
}

const isNames = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_OTHERS &&
  value.every((name) => typeof name === 'string' && name.length <= MAX_OTHER_LENGTH);

/** What the content script relies on in an entry (the background validated it against the schema). */
function isEntryShape(value: unknown): value is Entry {
  return (
    isObject(value) &&
    typeof value.id === 'string' &&
    typeof value.name === 'string' &&
    ENTITY_TYPES.includes(value.type as EntityType) &&
    Array.isArray(value.aliases) &&
    isObject(value.description) &&
    Array.isArray(value.sources)
  );
}
