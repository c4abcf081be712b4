/**
 * The alias index: every alias of every entry, folded to its key (see `fold.ts`), in one trie
 * stored in flat typed arrays. The scanner walks it from each word start, so a page costs time
 * in proportion to its text, whatever the size of the glossary.
 *
 * Layout: nodes are numbered in breadth-first order; node n's children are the edges
 * `edgeStart[n] … edgeStart[n] + edgeCount[n]`, sorted by folded code. Nodes with many children
 * also get a dense row (`dense[row * alphabet + symbol]`) over the compact alphabet of characters
 * that occur in aliases, so that busy nodes near the root cost one read instead of a search. The
 * root's children are in a table indexed by folded code, since every word start looks there.
 */
import type { Entry } from '../glossary/types';
import { foldKey, transliterateUmlauts } from './fold';

/** How an alias may match. */
export const enum AliasFlag {
  /** Exact case, whole word, no endings (acronyms). */
  CaseSensitive = 1,
  /** A phrase that is not this entity (`match.exclude`): it wins its span and yields nothing. */
  Excluded = 2,
  /** Counts only after another alias of the same entry appeared earlier (`match.afterFullName`). */
  AfterFullName = 4,
}

export interface AliasRecord {
  entry: number;
  /** The alias as written in the glossary. */
  alias: string;
  flags: number;
  /** Folded word characters of the alias, for the case-sensitive check: the original letters. */
  letters: string;
  /** Index into `MatcherIndex.endings`: the word endings this alias may take. */
  endings: number;
}

export interface MatcherIndex {
  rootNext: Int32Array;
  /** Compact symbol (1 … alphabet−1) per folded code; 0 for characters in no alias. */
  symbol: Uint16Array;
  alphabet: number;
  /** Dense row per node, or -1. */
  denseRow: Int32Array;
  dense: Int32Array;
  edgeStart: Int32Array;
  edgeCount: Uint16Array;
  edgeCode: Uint16Array;
  edgeTarget: Int32Array;
  /** Alias record per node, or -1. */
  terminal: Int32Array;
  aliases: AliasRecord[];
  /** Distinct sets of folded endings (`['s', 'es']`, …). */
  endings: string[][];
  /** Keys that two entries both claim; the first entry keeps them. */
  conflicts: { key: string; entries: [number, number] }[];
  /** Approximate bytes held by the typed arrays and records. */
  bytes: number;
}

/** Genitive endings every name may take: `Nordkoreas`, `Russlandes`. */
const GENITIVE = ['s', 'es'];
/** Nodes with at least this many children get a dense transition row. */
const DENSE_MIN_CHILDREN = 4;
const ACRONYM = /^[\p{Lu}\d]{2,5}$/u;

/** True for aliases written as acronyms: capitals (and digits), 2–5 characters, e.g. `CNS`. */
export function isAcronym(alias: string): boolean {
  return ACRONYM.test(alias) && /\p{Lu}/u.test(alias);
}

interface BuildNode {
  children: Map<number, BuildNode>;
  terminal: number;
}

function newNode(): BuildNode {
  return { children: new Map(), terminal: -1 };
}

/** The names an entry is matched by: its canonical name and its aliases. */
export function entryNames(entry: Entry): string[] {
  return [entry.name, ...entry.aliases];
}

export function buildAliasIndex(entries: readonly Entry[]): MatcherIndex {
  const root = newNode();
  const aliases: AliasRecord[] = [];
  const endings: string[][] = [];
  const endingIds = new Map<string, number>();
  const conflicts: MatcherIndex['conflicts'] = [];
  const keyOwner = new Map<string, number>();

  const endingSet = (list: string[]): number => {
    const sorted = [...new Set(list.map(foldKey).filter((e) => e.length > 0))].sort();
    const id = sorted.join('|');
    let index = endingIds.get(id);
    if (index === undefined) {
      index = endings.length;
      endings.push(sorted);
      endingIds.set(id, index);
    }
    return index;
  };
  const noEndings = endingSet([]);

  const insert = (key: string, record: number): void => {
    let node = root;
    for (let i = 0; i < key.length; i++) {
      const code = key.charCodeAt(i);
      let next = node.children.get(code);
      if (!next) {
        next = newNode();
        node.children.set(code, next);
      }
      node = next;
    }
    if (node.terminal === -1) {
      node.terminal = record;
      return;
    }
    const existing = aliases[node.terminal]!;
    const incoming = aliases[record]!;
    // An excluded phrase overrides a plain alias of the same entry; across entries the first wins.
    if (existing.entry !== incoming.entry) {
      if (!(existing.flags & AliasFlag.Excluded) && !(incoming.flags & AliasFlag.Excluded))
        conflicts.push({ key, entries: [existing.entry, incoming.entry] });
    } else if (incoming.flags & AliasFlag.Excluded) node.terminal = record;
  };

  entries.forEach((entry, entryIndex) => {
    const rules = entry.match ?? {};
    const caseSensitive = new Set(rules.caseSensitive ?? []);
    const afterFullName = new Set(rules.afterFullName ?? []);
    const nameEndings = endingSet([...GENITIVE, ...(rules.endings ?? [])]);
    const seenKeys = new Set<string>();
    const add = (alias: string, flags: number): void => {
      const key = foldKey(alias);
      if (key.length === 0) return;
      const variants = [key];
      const transliterated = foldKey(transliterateUmlauts(alias));
      if (transliterated !== key) variants.push(transliterated);
      const record = aliases.length;
      aliases.push({
        entry: entryIndex,
        alias,
        flags,
        letters: alias.replace(/[^\p{L}\p{N}]/gu, ''),
        endings: flags & (AliasFlag.CaseSensitive | AliasFlag.Excluded) ? noEndings : nameEndings,
      });
      for (const variant of variants) {
        if (seenKeys.has(variant) && !(flags & AliasFlag.Excluded)) continue;
        seenKeys.add(variant);
        const owner = keyOwner.get(variant);
        if (owner === undefined) keyOwner.set(variant, entryIndex);
        insert(variant, record);
      }
    };
    for (const alias of entryNames(entry)) {
      let flags = 0;
      if (caseSensitive.has(alias) || isAcronym(alias)) flags |= AliasFlag.CaseSensitive;
      if (afterFullName.has(alias)) flags |= AliasFlag.AfterFullName;
      add(alias, flags);
    }
    for (const phrase of rules.exclude ?? []) add(phrase, AliasFlag.Excluded);
  });

  return freeze(root, aliases, endings, conflicts);
}

function freeze(
  root: BuildNode,
  aliases: AliasRecord[],
  endings: string[][],
  conflicts: MatcherIndex['conflicts'],
): MatcherIndex {
  const order: BuildNode[] = [root];
  const ids = new Map<BuildNode, number>([[root, 0]]);
  let edges = 0;
  for (let i = 0; i < order.length; i++) {
    const node = order[i]!;
    const codes = [...node.children.keys()].sort((a, b) => a - b);
    edges += codes.length;
    for (const code of codes) {
      const child = node.children.get(code)!;
      ids.set(child, order.length);
      order.push(child);
    }
  }
  const edgeStart = new Int32Array(order.length);
  const edgeCount = new Uint16Array(order.length);
  const edgeCode = new Uint16Array(edges);
  const edgeTarget = new Int32Array(edges);
  const terminal = new Int32Array(order.length);
  const rootNext = new Int32Array(65536);
  const symbol = new Uint16Array(65536);
  let alphabet = 1;
  const denseRow = new Int32Array(order.length).fill(-1);
  let rows = 0;
  order.forEach((node, id) => {
    for (const code of node.children.keys()) if (symbol[code] === 0) symbol[code] = alphabet++;
    if (id !== 0 && node.children.size >= DENSE_MIN_CHILDREN) denseRow[id] = rows++;
  });
  const dense = new Int32Array(rows * alphabet);
  let cursor = 0;
  order.forEach((node, id) => {
    terminal[id] = node.terminal;
    edgeStart[id] = cursor;
    const codes = [...node.children.keys()].sort((a, b) => a - b);
    edgeCount[id] = codes.length;
    for (const code of codes) {
      edgeCode[cursor] = code;
      edgeTarget[cursor] = ids.get(node.children.get(code)!)!;
      if (id === 0) rootNext[code] = edgeTarget[cursor]!;
      if (denseRow[id]! >= 0) dense[denseRow[id]! * alphabet + symbol[code]!] = edgeTarget[cursor]!;
      cursor++;
    }
  });
  const bytes =
    rootNext.byteLength +
    symbol.byteLength +
    denseRow.byteLength +
    dense.byteLength +
    edgeStart.byteLength +
    edgeCount.byteLength +
    edgeCode.byteLength +
    edgeTarget.byteLength +
    terminal.byteLength +
    aliases.reduce((sum, a) => sum + 48 + 2 * (a.alias.length + a.letters.length), 0);
  return { rootNext, symbol, alphabet, denseRow, dense, edgeStart, edgeCount, edgeCode, edgeTarget, terminal, aliases, endings, conflicts, bytes };
}

/** The child of `node` along folded code `code`, or 0 (the root is never a child). */
export function child(index: MatcherIndex, node: number, code: number): number {
  if (node === 0) return index.rootNext[code]!;
  const row = index.denseRow[node]!;
  if (row >= 0) {
    const s = index.symbol[code]!;
    return s === 0 ? 0 : index.dense[row * index.alphabet + s]!;
  }
  const start = index.edgeStart[node]!;
  const end = start + index.edgeCount[node]!;
  const codes = index.edgeCode;
  for (let e = start; e < end; e++) {
    const c = codes[e]!;
    if (c === code) return index.edgeTarget[e]!;
    if (c > code) return 0;
  }
  return 0;
}
