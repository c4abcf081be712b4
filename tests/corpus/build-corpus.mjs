#!/usr/bin/env node
/**
 * Builds and verifies the labelled matcher corpus.
 *
 *   node tests/corpus/build-corpus.mjs          build NAME.txt + NAME.expected.json + manifest.json, then verify
 *   node tests/corpus/build-corpus.mjs --check  verify only: the generated files must already be up to date
 *
 * Source of truth: NAME.annotated.txt. Markup:
 *   [[surface|entry-id]]  a labelled mention (surface may contain the tokens below)
 *   {{surface|kind}}      a decoy: text that looks like an entity but must NOT be labelled
 *   ⟦NBSP⟧ ⟦SHY⟧          U+00A0 no-break space / U+00AD soft hyphen (invisible, so spelled out)
 *
 * Texts listed in VERBATIM (the seed article) are never written: stripping the markup must reproduce
 * the existing NAME.txt byte for byte.
 *
 * Plain Node (>= 20), no dependencies.
 */
import { readFileSync, writeFileSync, readdirSync, existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const DIR = dirname(fileURLToPath(import.meta.url));
const CHECK_ONLY = process.argv.includes('--check');
const VERBATIM = new Set(['seed']);
/** English texts are named so (`…-en`); the others are German. */
const isEnglish = (name) => name.endsWith('-en');
/**
 * Texts written to be as hard as possible (nearly every name is also an ordinary word or part of
 * another name): reported on their own, not in the corpus's precision and recall (see README).
 */
const TRAPS = new Set(['tech-konzerne', 'us-politics-en', 'gesichtserkennung-ch', 'copilot-models-en', 'kieler-woche', 'medienpaket-orf-presse', 'telegraph-sale-en', 'booker-shortlist-smith-en', 'spirit-frontier-bid-en']);

const ENTITY_TYPES = ['person', 'organisation', 'weapon', 'place', 'agreement', 'media', 'event', 'other'];
const MATCH_KEYS = ['caseSensitive', 'endings', 'afterFullName', 'wholeWord', 'exclude', 'fuzzy'];
const DECOY_KINDS = {
  'acronym-case': 'acronym in the wrong case',
  'in-word': 'alias inside a longer word, not at its start (Niederösterreich, Oberösterreich)',
  prefix: 'alias at the start of a longer, different word (Muskeln, Merzig, ÖVPler)',
  'closed-compound': 'closed compound without hyphen (Deutschlandticket)',
  derived: 'adjective / demonym derived from a name (österreichische, Brandenburger, Chinese)',
  partial: 'part of a multi-word name on its own (Red Bull, Linien, Paris)',
  'before-full-name': 'afterFullName alias before the full name appeared',
  exclude: 'phrase listed in match.exclude (Nikola Tesla, Siemens Energy)',
  'other-person': 'someone else who shares a name or part of one (Gerd Müller, Mikl-Leitner, Ellie Reeves)',
  word: 'an ordinary word spelled like a name or a letter from one (Bauern, Maurer, in May)',
  'other-name': 'another name a letter or an ending away (Court of Appeals, Landgericht München II)',
};

const NBSP = '\u00A0';
const SHY = '\u00AD';
const LETTER = /[\p{L}\p{N}]/u;
/** Hyphens and dashes that join a compound. */
const HYPHENS = /[-\u2010\u2011]/;
const DASHES = '-\u2010\u2011\u2012\u2013\u2014';
const APOS = "'\u2019";

let errors = 0;
let warnings = 0;
const error = (name, msg) => {
  errors++;
  console.error(`✗ ${name}: ${msg}`);
};
const warn = (name, msg) => {
  warnings++;
  console.warn(`! ${name}: ${msg}`);
};

// ---------------------------------------------------------------------------------------------
// Annotation parsing

function expandTokens(s) {
  return s.replaceAll('⟦NBSP⟧', NBSP).replaceAll('⟦SHY⟧', SHY);
}

/** Strips the markup; returns the plain text, the mentions and the decoys with UTF-16 offsets. */
export function parseAnnotated(src) {
  const re = /\[\[([^\]|]+)\|([a-z0-9-]+)\]\]|\{\{([^}|]+)\|([a-z-]+)\}\}|⟦(NBSP|SHY)⟧/g;
  let out = '';
  let last = 0;
  const mentions = [];
  const decoys = [];
  for (const m of src.matchAll(re)) {
    out += src.slice(last, m.index);
    last = m.index + m[0].length;
    if (m[1] !== undefined) {
      const text = expandTokens(m[1]);
      mentions.push({ start: out.length, end: out.length + text.length, id: m[2], text });
      out += text;
    } else if (m[3] !== undefined) {
      const text = expandTokens(m[3]);
      decoys.push({ start: out.length, end: out.length + text.length, kind: m[4], text });
      out += text;
    } else {
      out += m[5] === 'NBSP' ? NBSP : SHY;
    }
  }
  out += src.slice(last);
  return { text: out, mentions, decoys };
}

// ---------------------------------------------------------------------------------------------
// Glossary helpers

function isAcronym(form, entry) {
  if (entry.match?.caseSensitive?.includes(form)) return true;
  const letters = form.match(/\p{L}/gu) ?? [];
  return /^[\p{Lu}\p{N}-]+$/u.test(form) && letters.length > 0 && letters.length <= 5;
}

/** Every name the matcher reads for an entry (as `namesOf` in src/glossary/types.ts): name, names per language, aliases. */
function formsOf(entry) {
  const forms = [...new Set([entry.name, ...Object.values(entry.names ?? {}), ...entry.aliases].filter(Boolean))];
  return forms.map((f) => ({ form: f, acronym: isAcronym(f, entry) }));
}

function suffixesOf(entry, form, acronym) {
  const base = ['s', '’s', "'s"];
  const endings = entry.match?.endings ?? [];
  // A listed word (a surname: `Jung`) takes the bare genitive apostrophe too (`Fuchs’`), and the
  // entry's own endings (`Linken` for `Linke`).
  if (acronym) return ['', ...base, '’', "'", ...(entry.match?.caseSensitive?.includes(form) ? endings : [])];
  // (An all-caps headline writes the genitive in capitals too: `TAIWAN'S`.)
  return ['', 'es', ...base, '’S', "'S", '’', "'", ...endings, ...endings.map((e) => e + 's')];
}

const fold = (s) =>
  s
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('ß', 'ss');
// (Quotation marks too: a name whose last words the text quotes, `Fregatte „Hessen“`, is a variant of `Fregatte Hessen`.)
const squash = (s) => fold(s).replace(/[\s\u00A0\u00AD\-\u2010-\u2015"\u201A\u201C-\u201E\u2018\u00AB\u00BB\u2039\u203A]+/g, '');
const normTypography = (s) =>
  s
    .replaceAll(SHY, '')
    .replace(/[\u00A0\u2000-\u200A\u202F]/g, ' ')
    .replace(/[\u2010-\u2015]/g, '-');

function levenshtein(a, b) {
  if (a === b) return 0;
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0];
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j];
      prev[j] = Math.min(prev[j] + 1, prev[j - 1] + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length];
}

/** True if `stem` is the name `form` with its first word in the genitive (`Kantons Tessin` of `Kanton Tessin`). */
function genitiveHead(stem, form) {
  const space = form.indexOf(' ');
  if (space < 0) return false;
  const [head, rest] = [form.slice(0, space), form.slice(space)];
  return stem === `${head}s${rest}` || stem === `${head}es${rest}`;
}

/** German endings of declined adjectives and nouns (`Gemeinsames` → `Gemeinsamen`, `Asylsystem` → `Asylsystems`). */
const DECLENSION = /^(?:e|en|em|er|es|n|s)?$/;

/**
 * True if `stem` is the name `form` of two words or more declined word by word: each word is the
 * alias's word, or the same stem with another declension ending (`des Gemeinsamen Europäischen
 * Asylsystems` of `Gemeinsames Europäisches Asylsystem`).
 */
function declinedWords(stem, form) {
  const a = stem.split(' ');
  const b = form.split(' ');
  if (a.length < 2 || a.length !== b.length || stem === form) return false;
  return a.every((word, i) => {
    const own = b[i];
    if (word === own) return true;
    let common = 0;
    while (common < word.length && common < own.length && word[common] === own[common]) common++;
    return common >= 3 && DECLENSION.test(word.slice(common)) && DECLENSION.test(own.slice(common));
  });
}

/**
 * How a labelled mention relates to its entry. Returns null if it does not match any alias even as a
 * typo. Categories: inflected, compound, variant (typography / spacing / hyphen / case / diacritics),
 * typo, acronym, afterFullName.
 */
function classify(mention, entry, txt) {
  const raw = mention.text;
  const tags = new Set();
  if (/[\u00A0\u00AD\u2010-\u2015]/.test(raw)) tags.add('variant');
  const s = normTypography(raw);
  let best = null;
  for (const { form, acronym } of formsOf(entry)) {
    for (const suf of suffixesOf(entry, form, acronym)) {
      if (!s.endsWith(suf)) continue;
      const stem = s.slice(0, s.length - suf.length);
      if (!stem) continue;
      let how = null;
      if (acronym) {
        if (stem === form) how = 'exact';
        // A code written without its gap (`KN23`, `F35`) is a spelling variant.
        else if (stem.replace(/[\s-]/g, '') === form.replace(/[\s-]/g, '')) how = 'variant';
      } else if (stem === form) how = 'exact';
      // A name's head noun in the genitive (`des Kantons Tessin`, `des Kreises Nordfriesland`).
      else if (genitiveHead(stem, form) || declinedWords(stem, form)) how = 'declined';
      else if (stem.toLowerCase() === form.toLowerCase()) how = 'case';
      else if (squash(stem) === squash(form)) how = 'variant';
      // (Also one written with a hyphen where the name has a space: `Gemini-Kooperation` of `Gemini Cooperation`.)
      else if (form.replace(/\p{L}/gu, '').length + 6 <= form.length && (levenshtein(fold(stem), fold(form)) === 1 || levenshtein(squash(stem), squash(form)) === 1))
        how = 'typo';
      // A declined name of four words or more differs in two letters (`des Deutschen Zentrums für Luft- und Raumfahrt`).
      else if (form.split(/\s+/).length >= 4 && levenshtein(fold(stem), fold(form)) === 2) how = 'variant';
      if (!how) continue;
      const rank = { exact: 0, declined: 0, case: 1, variant: 2, typo: 3 }[how];
      if (!best || rank < best.rank || (rank === best.rank && suf.length < best.suf.length))
        best = { form, acronym, suf, how, rank };
    }
  }
  if (!best) return null;
  if (best.suf || best.how === 'declined') tags.add('inflected');
  if (best.how === 'case' || best.how === 'variant') tags.add('variant');
  if (best.how === 'typo') tags.add('typo');
  if (best.acronym) tags.add('acronym');
  if (entry.match?.afterFullName?.includes(best.form)) tags.add('afterFullName');
  const before = txt[mention.start - 1] ?? '';
  const before2 = txt[mention.start - 2] ?? '';
  const after = txt[mention.end] ?? '';
  const after2 = txt[mention.end + 1] ?? '';
  if ((before && DASHES.includes(before) && LETTER.test(before2)) || (after && DASHES.includes(after) && LETTER.test(after2)))
    tags.add('compound');
  if (tags.size === 0 || (tags.size === 1 && tags.has('acronym'))) tags.add('plain');
  return { tags: [...tags].sort(), form: best.form };
}

function validateGlossary(name, g) {
  if (g.schemaVersion !== 1) error(name, 'glossary.schemaVersion must be 1');
  if (!Number.isInteger(g.version) || g.version < 1) error(name, 'glossary.version must be a positive integer');
  if (g.id !== `corpus-${name}`) error(name, `glossary.id must be corpus-${name}`);
  if (typeof g.name !== 'string' || !g.name) error(name, 'glossary.name missing');
  if (!Array.isArray(g.entries) || g.entries.length === 0) return error(name, 'glossary.entries empty');
  const ids = new Set();
  for (const e of g.entries) {
    const where = `entry ${e.id}`;
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(e.id ?? '')) error(name, `${where}: bad id`);
    if (ids.has(e.id)) error(name, `${where}: duplicate id`);
    ids.add(e.id);
    if (!ENTITY_TYPES.includes(e.type)) error(name, `${where}: bad type ${e.type}`);
    if (typeof e.name !== 'string' || !e.name.trim()) error(name, `${where}: name missing`);
    if (!Array.isArray(e.aliases) || e.aliases.some((a) => typeof a !== 'string' || !a.trim()))
      error(name, `${where}: aliases must be non-empty strings`);
    for (const l of ['de', 'en'])
      if (typeof e.description?.[l] !== 'string' || !e.description[l].trim()) error(name, `${where}: description.${l} missing`);
    if (!Array.isArray(e.sources)) error(name, `${where}: sources must be an array`);
    const forms = [e.name, ...(e.aliases ?? [])];
    if (new Set(forms).size !== forms.length) error(name, `${where}: duplicate alias`);
    if (e.match) {
      for (const k of Object.keys(e.match)) if (!MATCH_KEYS.includes(k)) error(name, `${where}: unknown match.${k}`);
      for (const a of e.match.caseSensitive ?? [])
        if (!forms.includes(a)) error(name, `${where}: caseSensitive ${a} is not an alias`);
      for (const a of e.match.afterFullName ?? [])
        if (!e.aliases.includes(a)) error(name, `${where}: afterFullName ${a} is not an alias`);
      for (const a of e.match.wholeWord ?? [])
        if (!forms.includes(a)) error(name, `${where}: wholeWord ${a} is not an alias`);
      const f = e.match.fuzzy;
      if (f !== undefined && f !== false && !(typeof f === 'number' && f >= 0 && f <= 1))
        error(name, `${where}: bad fuzzy`);
    }
  }
  return ids;
}

// ---------------------------------------------------------------------------------------------
// Verification of one text

function escapeRe(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Regex for exact (non-fuzzy) occurrences of a form, with the suffixes it may take. */
function formRegex(form, entry, acronym) {
  const body = form
    .split(/([\s\-\u2013])/)
    .map((p) => (/^\s$/.test(p) ? '[\\s\\u00A0]+' : p === '-' || p === '\u2013' ? '[-\\u2010-\\u2015\\s\\u00A0]' : escapeRe(p)))
    .join('');
  const sufs = suffixesOf(entry, form, acronym).filter(Boolean).map(escapeRe).join('|');
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?:${sufs})?(?![\\p{L}\\p{N}])`, acronym ? 'gu' : 'giu');
}

const overlaps = (a, b) => a.start < b.end && b.start < a.end;

function verifyText(name, txt, mentions, decoys, glossary) {
  const ids = validateGlossary(name, glossary) ?? new Set();
  const byId = new Map(glossary.entries.map((e) => [e.id, e]));
  const tagged = [];
  let prev = null;
  for (const m of mentions) {
    const where = `mention ${m.start}-${m.end} "${m.text}"`;
    if (txt.slice(m.start, m.end) !== m.text) error(name, `${where}: text does not equal txt.slice(start, end)`);
    if (!ids.has(m.id)) error(name, `${where}: unknown id ${m.id}`);
    if (prev && m.start < prev.start) error(name, `${where}: not sorted by start`);
    if (prev && m.start < prev.end) error(name, `${where}: overlaps "${prev.text}"`);
    if (LETTER.test(txt[m.start - 1] ?? '')) error(name, `${where}: starts inside a word`);
    if (LETTER.test(txt[m.end] ?? '')) error(name, `${where}: ends inside a word`);
    if (m.text !== m.text.trim()) error(name, `${where}: surrounding whitespace`);
    prev = m;
    const entry = byId.get(m.id);
    if (!entry) continue;
    const c = classify(m, entry, txt);
    if (!c) {
      error(name, `${where}: matches no alias of ${m.id} (not even as a one-edit typo)`);
      continue;
    }
    // Rule 5: afterFullName aliases need an earlier mention of the same entry via another alias.
    if (c.tags.includes('afterFullName')) {
      const earlier = tagged.find((t) => t.id === m.id && !t.tags.includes('afterFullName'));
      if (!earlier) error(name, `${where}: afterFullName alias before the full name`);
    }
    tagged.push({ ...m, tags: c.tags });
  }
  for (const d of decoys) {
    if (!DECOY_KINDS[d.kind]) error(name, `decoy "${d.text}": unknown kind ${d.kind}`);
    for (const m of mentions) if (overlaps(d, m)) error(name, `decoy "${d.text}" overlaps mention "${m.text}"`);
  }

  // Every exact alias occurrence must be labelled, or be a decoy / excluded phrase.
  for (const entry of glossary.entries) {
    const excluded = [];
    for (const phrase of entry.match?.exclude ?? [])
      for (const x of txt.matchAll(new RegExp(escapeRe(phrase), 'gi')))
        excluded.push({ start: x.index, end: x.index + x[0].length });
    for (const { form, acronym } of formsOf(entry)) {
      for (const x of txt.matchAll(formRegex(form, entry, acronym))) {
        const span = { start: x.index, end: x.index + x[0].length };
        // A label of the entry inside an alias written as the glossary writes it is too short: the
        // longest match is the mention (not in a compound: `Die Linken-Fraktion` is the group's).
        if (x[0] === form && !HYPHENS.test(txt[span.end] ?? '')) {
          const inside = mentions.find((m) => m.id === entry.id && m.start >= span.start && m.end <= span.end && m.end - m.start < span.end - span.start);
          if (inside) error(name, `label "${inside.text}" at ${inside.start} lies inside "${x[0]}", an alias of ${entry.id}: label the longer name`);
        }
        if (mentions.some((m) => overlaps(m, span))) continue;
        if (decoys.some((d) => overlaps(d, span))) continue;
        if (excluded.some((e) => overlaps(e, span))) continue;
        error(name, `unlabelled occurrence of "${x[0]}" (${entry.id}) at ${span.start}`);
      }
    }
  }

  // Near misses a fuzzy stage might pick up (one edit from a name ≥ 6 letters): must be labelled
  // as a typo or marked as a decoy, so that the author decided.
  const words = [...txt.matchAll(/[\p{L}\p{N}\u00AD]+/gu)].map((w) => ({ start: w.index, end: w.index + w[0].length, w: w[0] }));
  for (const entry of glossary.entries) {
    if (entry.match?.fuzzy === false) continue;
    for (const { form, acronym } of formsOf(entry)) {
      if (acronym || (form.match(/\p{L}/gu) ?? []).length < 6) continue;
      const k = form.split(/[\s\-\u2013]+/).length;
      const target = fold(form.split(/[\s\-\u2013]+/).join(' '));
      for (let i = 0; i + k <= words.length; i++) {
        const span = { start: words[i].start, end: words[i + k - 1].end };
        if (mentions.some((m) => overlaps(m, span)) || decoys.some((d) => overlaps(d, span))) continue;
        const win = fold(words.slice(i, i + k).map((w) => w.w.replaceAll(SHY, '')).join(' '));
        const d = Math.min(...['', 's', 'es', 'n', 'en'].map((suf) => levenshtein(win, target + suf)));
        if (d === 1) warn(name, `near miss "${txt.slice(span.start, span.end)}" ~ "${form}" at ${span.start}: label or mark as decoy`);
      }
    }
  }
  return tagged;
}

// ---------------------------------------------------------------------------------------------
// Main

/** JSON with invisible characters escaped so that reviewers can see them (JSON.parse restores them). */
const toJson = (value) =>
  JSON.stringify(value, null, 2).replace(/[\u00A0\u00AD\u200B-\u200D\u2060\uFEFF]/g, (c) => '\\u' + c.charCodeAt(0).toString(16).padStart(4, '0')) + '\n';

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.annotated.txt'))
  .map((f) => f.slice(0, -'.annotated.txt'.length))
  .sort((a, b) => (a === 'seed' ? -1 : b === 'seed' ? 1 : a.localeCompare(b)));

const manifest = { description: 'Generated by build-corpus.mjs; see README.md.', texts: [], totals: {} };
const expectedFiles = new Map();

for (const name of names) {
  const src = readFileSync(join(DIR, `${name}.annotated.txt`), 'utf8');
  const { text, mentions, decoys } = parseAnnotated(src);
  for (const bad of ['[[', ']]', '{{', '}}', '⟦', '⟧'])
    if (text.includes(bad)) error(name, `leftover markup "${bad}" in the plain text`);
  const txtPath = join(DIR, `${name}.txt`);
  if (VERBATIM.has(name)) {
    if (!existsSync(txtPath)) error(name, `${name}.txt missing (must be copied verbatim)`);
    else if (!readFileSync(txtPath).equals(Buffer.from(text, 'utf8')))
      error(name, 'annotated source without markup differs from seed.txt');
  } else expectedFiles.set(txtPath, text);

  const glossaryPath = join(DIR, `${name}.glossary.json`);
  if (!existsSync(glossaryPath)) {
    error(name, 'glossary missing');
    continue;
  }
  const glossary = JSON.parse(readFileSync(glossaryPath, 'utf8'));
  const expected = { mentions: mentions.map(({ start, end, id, text: t }) => ({ start, end, id, text: t })) };
  expectedFiles.set(join(DIR, `${name}.expected.json`), toJson(expected));

  const tagged = verifyText(name, text, mentions, decoys, glossary);
  const categories = {};
  for (const m of tagged) for (const t of m.tags) categories[t] = (categories[t] ?? 0) + 1;
  const decoyKinds = {};
  for (const d of decoys) decoyKinds[d.kind] = (decoyKinds[d.kind] ?? 0) + 1;
  manifest.texts.push({
    name,
    lang: isEnglish(name) ? 'en' : 'de',
    traps: TRAPS.has(name),
    words: (text.match(/[\p{L}\p{N}]+(?:[-’'][\p{L}\p{N}]+)*/gu) ?? []).length,
    entries: glossary.entries.length,
    mentions: mentions.length,
    categories,
    decoys: decoys.length,
    decoyKinds,
    taggedMentions: tagged.map(({ start, end, id, text: t, tags }) => ({ start, end, id, text: t, tags })),
    decoySpots: decoys,
  });
}

const sum = (list, key) => {
  const out = {};
  for (const t of list) for (const [k, v] of Object.entries(t[key])) out[k] = (out[k] ?? 0) + v;
  return out;
};
const nonSeed = manifest.texts.filter((t) => t.name !== 'seed');
manifest.totals = {
  texts: manifest.texts.length,
  mentions: manifest.texts.reduce((n, t) => n + t.mentions, 0),
  nonSeedMentions: nonSeed.reduce((n, t) => n + t.mentions, 0),
  categories: sum(manifest.texts, 'categories'),
  nonSeedCategories: sum(nonSeed, 'categories'),
  decoys: manifest.texts.reduce((n, t) => n + t.decoys, 0),
  decoyKinds: sum(manifest.texts, 'decoyKinds'),
};
manifest.categoryLegend = {
  inflected: 'genitive s/es/’s/’ or an allowed ending is part of the mention',
  compound: 'entity is a part of a hyphenated compound',
  variant: 'typography or spelling variant: NBSP, soft hyphen, dash, space/hyphen swap, case, diacritics',
  typo: 'one-edit misspelling, to be found by the fuzzy stage',
  acronym: 'acronym alias, case-sensitive and whole-word',
  afterFullName: 'short alias that only counts after the full name',
  plain: 'exact alias, nothing special',
};
manifest.decoyLegend = DECOY_KINDS;
expectedFiles.set(join(DIR, 'manifest.json'), toJson(manifest));

for (const [path, content] of expectedFiles) {
  const current = existsSync(path) ? readFileSync(path, 'utf8') : null;
  if (current === content) continue;
  if (CHECK_ONLY) error(path.slice(DIR.length + 1), 'out of date: run node tests/corpus/build-corpus.mjs');
  else writeFileSync(path, content);
}

for (const t of manifest.texts)
  console.log(
    `${t.name.padEnd(22)} ${String(t.words).padStart(4)} words  ${String(t.entries).padStart(2)} entries  ${String(t.mentions).padStart(3)} mentions  ${String(t.decoys).padStart(2)} decoys  ${JSON.stringify(t.categories)}`,
  );
console.log(`total: ${JSON.stringify(manifest.totals)}`);
if (warnings) console.log(`${warnings} warning(s)`);
if (errors) {
  console.error(`${errors} error(s)`);
  process.exit(1);
}
console.log(CHECK_ONLY ? 'corpus verified (up to date)' : 'corpus built and verified');
