/**
 * Runtime checks for glossary data. `GlossarySchema` (valibot) guards the shape of anything that
 * comes from outside the code — storage, imports; `entryProblems` adds the rules a person editing
 * an entry needs explained field by field (empty name, duplicate id, a link that is not http/https).
 * Problems are returned as i18n message keys with substitutions, so the UI can show them in the
 * reader's language and this module stays pure.
 */
import * as v from 'valibot';
import { FINAL_SIGNS, finalSigns, foldKey } from '../match/fold';
import { displayName, ENTITY_TYPES, entryNames, type DescriptionLanguage, type Entry } from './types';

export const ID_PATTERN = /^[a-z0-9][a-z0-9-]*$/;
/**
 * Ids that cannot be keys of the stored edits: schema libraries skip `prototype` (valibot's
 * `record` does), and every object answers to `constructor`. An entry under one was saved and
 * then lost at the next save.
 */
export const RESERVED_IDS: ReadonlySet<string> = new Set(['prototype', 'constructor']);
const DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const text = (max: number) => v.pipe(v.string(), v.trim(), v.nonEmpty(), v.maxLength(max));
/** Text that may be left empty. */
const optionalText = (max: number) => v.pipe(v.string(), v.trim(), v.maxLength(max));

export const SourceSchema = v.strictObject({
  label: text(200),
  url: v.pipe(v.string(), v.check(isWebUrl, 'not an http(s) link')),
  asOf: v.pipe(v.string(), v.regex(DATE_PATTERN)),
});

export const MatchRulesSchema = v.strictObject({
  caseSensitive: v.optional(v.array(text(200))),
  wholeWord: v.optional(v.array(text(200))),
  endings: v.optional(v.array(text(10))),
  afterFullName: v.optional(v.array(text(200))),
  exclude: v.optional(v.array(text(200))),
  fuzzy: v.optional(v.union([v.pipe(v.number(), v.minValue(0), v.maxValue(1)), v.literal(false)])),
});

export const EntrySchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(ID_PATTERN), v.maxLength(64), v.check((id) => !RESERVED_IDS.has(id), 'a reserved id')),
  type: v.picklist(ENTITY_TYPES),
  name: text(200),
  names: v.optional(v.strictObject({ de: v.optional(text(200)), en: v.optional(text(200)) })),
  aliases: v.pipe(v.array(text(200)), v.maxLength(100)),
  description: v.pipe(
    v.strictObject({ de: optionalText(2000), en: optionalText(2000) }),
    v.check((d) => d.de !== '' || d.en !== '', 'a description in one language at least'),
  ),
  sources: v.pipe(v.array(SourceSchema), v.maxLength(20)),
  match: v.optional(MatchRulesSchema),
});

export const GlossarySchema = v.object({
  schemaVersion: v.literal(1),
  version: v.pipe(v.number(), v.integer(), v.minValue(1)),
  id: v.pipe(v.string(), v.regex(ID_PATTERN)),
  name: text(200),
  entries: v.pipe(v.array(EntrySchema), v.maxLength(20000)),
});

/** http and https links only: no `javascript:`, `data:` or relative URLs reach a tooltip. */
export function isWebUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

export interface Problem {
  /** The form field the problem belongs to: `id`, `name`, `description.de`, `sources.0.url` … */
  field: string;
  /** i18n message key. */
  message: string;
  /** Substitutions for the message. */
  params?: string[];
}

/**
 * What is wrong with `entry` as an edit of the glossary `others` (the other entries; the entry's
 * own previous version excluded). An empty list means it may be saved. Names are told apart as the
 * matcher folds them (`foldKey`, which also takes `Muller` for `Müller`), so that no name is saved
 * that would be found for another entry. Another entry a message names is named in `language`.
 */
export function entryProblems(entry: Entry, others: readonly Entry[], language?: DescriptionLanguage): Problem[] {
  const problems: Problem[] = [];
  if (entry.id.trim() === '') problems.push({ field: 'id', message: 'errorIdEmpty' });
  else if (!ID_PATTERN.test(entry.id)) problems.push({ field: 'id', message: 'errorIdFormat' });
  else if (RESERVED_IDS.has(entry.id)) problems.push({ field: 'id', message: 'errorIdReserved', params: [entry.id] });
  else if (others.some((other) => other.id === entry.id))
    problems.push({ field: 'id', message: 'errorIdDuplicate', params: [entry.id] });
  if (entry.name.trim() === '') problems.push({ field: 'name', message: 'errorNameEmpty' });
  if (entry.description.de.trim() === '' && entry.description.en.trim() === '')
    for (const lang of ['de', 'en'] as const) problems.push({ field: `description.${lang}`, message: 'errorDescriptionEmpty' });
  const taken = new Map<string, Entry>();
  for (const other of others) for (const name of entryNames(other)) taken.set(nameKey(name), other);
  for (const name of entryNames(entry)) {
    const owner = taken.get(nameKey(name));
    if (name.trim() !== '' && owner) {
      problems.push({ field: name === entry.name ? 'name' : 'aliases', message: 'errorAliasDuplicate', params: [name, language ? displayName(owner, language) : owner.name] });
      break;
    }
  }
  const names = new Set(entryNames(entry));
  for (const rule of ['caseSensitive', 'wholeWord', 'afterFullName'] as const) {
    const unknown = entry.match?.[rule]?.find((alias) => !names.has(alias));
    if (unknown !== undefined) problems.push({ field: `match.${rule}`, message: 'errorRuleAlias', params: [unknown] });
  }
  entry.sources.forEach((source, i) => {
    if (source.label.trim() === '') problems.push({ field: `sources.${i}.label`, message: 'errorSourceLabel' });
    const url = source.url.trim();
    // An empty address (or the bare scheme) is a missing one, not a wrong one.
    if (url === '' || /^https?:\/\/$/i.test(url)) problems.push({ field: `sources.${i}.url`, message: 'errorUrlMissing' });
    else if (!isWebUrl(url)) problems.push({ field: `sources.${i}.url`, message: 'errorUrl', params: [source.url] });
    if (!DATE_PATTERN.test(source.asOf.trim())) problems.push({ field: `sources.${i}.asOf`, message: 'errorAsOf' });
  });
  for (const alias of [entry.name, ...entry.aliases]) {
    if (alias.trim() !== '' && foldKey(alias) === '') {
      problems.push({ field: alias === entry.name ? 'name' : 'aliases', message: 'errorAliasNoLetters', params: [alias] });
      break;
    }
    if (isOnlySymbolsAround(alias)) {
      problems.push({ field: alias === entry.name ? 'name' : 'aliases', message: 'errorAliasSymbols', params: [alias] });
      break;
    }
  }
  // Whatever else storage would refuse (`EntrySchema`: lengths, counts), field by field: an entry
  // the form saved and storage then ignored would be lost at the next save.
  const flagged = new Set(problems.map((p) => p.field));
  for (const issue of v.safeParse(EntrySchema, entry).issues ?? []) {
    const field = fieldOf(issue.path?.map((item) => String(item.key)) ?? []);
    // (A problem already shown for the field, or for a part of it or the whole: `description.de`, `description`.)
    if ([...flagged].some((f) => f === field || f.startsWith(`${field}.`) || field.startsWith(`${f}.`))) continue;
    flagged.add(field);
    const limit = String(issue.requirement ?? '');
    if (issue.type === 'max_length') problems.push({ field, message: Array.isArray(issue.input) ? 'errorTooMany' : 'errorTooLong', params: [limit] });
    else problems.push({ field, message: 'errorInvalid' });
  }
  return problems;
}

/** The form field of a schema path: `aliases.3` is the aliases field, `sources.0.url` its own. */
function fieldOf(path: string[]): string {
  const last = path.at(-1);
  if (path.length > 1 && last !== undefined && /^\d+$/.test(last) && path[0] !== 'sources') return path.slice(0, -1).join('.');
  return path.join('.');
}

/**
 * A name as the matcher tells it from others: its folded letters and digits, and the signs it ends
 * with (`FINAL_SIGNS`: `Disney+` is not `Disney`, `C#` not `C++`).
 */
function nameKey(name: string): string {
  return foldKey(name) + finalSigns(name.trim());
}

/**
 * True for a name that holds a single letter or digit among other signs (`(C)`, `C.`): the matcher
 * reads only the letters and digits of a name, and the signs it ends with (`C++`, `F#`), so it would
 * find every `C`.
 */
function isOnlySymbolsAround(name: string): boolean {
  const letters = name.replace(/[^\p{L}\p{N}]/gu, '');
  return letters.length === 1 && name.trim().replace(FINAL_SIGNS, '').length > 1;
}
