/**
 * The glossary's data model. Pure types: the JSON Schema in `glossary/glossary.schema.json`
 * describes the same shape for authors and tools; `validate.ts` checks it at runtime.
 */

export const ENTITY_TYPES = [
  'person',
  'organisation',
  'weapon',
  'place',
  'agreement',
  'media',
  'event',
  'other',
] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** The i18n message key of each type's label. */
export const TYPE_LABEL_KEYS: Record<EntityType, string> = {
  person: 'typePerson',
  organisation: 'typeOrganisation',
  weapon: 'typeWeapon',
  place: 'typePlace',
  agreement: 'typeAgreement',
  media: 'typeMedia',
  event: 'typeEvent',
  other: 'typeOther',
};

/** Languages a description can be written in; an entry needs one of them (see `descriptionIn`). */
export const DESCRIPTION_LANGUAGES = ['de', 'en'] as const;
export type DescriptionLanguage = (typeof DESCRIPTION_LANGUAGES)[number];

export interface Source {
  /** Shown as the link text, e.g. "Wikipedia (de)". */
  label: string;
  /** http or https only. */
  url: string;
  /** The day the facts were checked against this source, YYYY-MM-DD. */
  asOf: string;
}

/** Per-entry matching rules. Everything is optional; the defaults suit names. */
export interface MatchRules {
  /**
   * Case-sensitive, whole-word aliases; they take the entry's `endings`, but not the genitive.
   * Aliases written in capitals with at most five letters (CNS, CNN, DPRK) are treated as
   * acronyms even without this list.
   */
  caseSensitive?: string[];
  /** Aliases that match only as a word of their own: no endings, not inside a hyphenated compound. */
  wholeWord?: string[];
  /** Extra endings a word form may add (e.g. `n`, `en` for `Rakete`). Genitive `s`/`es` is always allowed. */
  endings?: string[];
  /** Short aliases that only count after one of the other aliases appeared on the page (`Lair` after `Sam Lair`). */
  afterFullName?: string[];
  /** Phrases that contain an alias but are not this entity (`Kursk-U-Boot`). */
  exclude?: string[];
  /** Fuzzy threshold for this entry: 0 exact … 1 anything; `false` turns fuzzy matching off. */
  fuzzy?: number | false;
}

export interface Entry {
  /** Stable, lower-case, e.g. `kn-23`. Never reused for another entity. */
  id: string;
  type: EntityType;
  /** Canonical name, shown as the tooltip's title; also matched. */
  name: string;
  /** The name in a language where it differs (`{ de: 'Nordkorea' }`): the title on pages in that language; also matched. */
  names?: Partial<Record<DescriptionLanguage, string>>;
  /** Other names and spellings; all matched. */
  aliases: string[];
  /** One per language; one of them may be empty (`''`), and the other is shown instead. */
  description: Record<DescriptionLanguage, string>;
  sources: Source[];
  match?: MatchRules;
}

export interface Glossary {
  /** The shape's version: bumped with a migration when the shape changes. */
  schemaVersion: 1;
  /** The content's version, bumped whenever the default glossary's facts change. */
  version: number;
  id: string;
  name: string;
  entries: Entry[];
}

/** Every name an entry is matched by: the canonical name, names in other languages, aliases. */
export function entryNames(entry: Entry): string[] {
  const names = [entry.name, ...Object.values(entry.names ?? {}), ...entry.aliases];
  return [...new Set(names.filter((n): n is string => !!n))];
}

/** The entry's title on a page in `language`. */
export function displayName(entry: Entry, language: DescriptionLanguage): string {
  return entry.names?.[language] ?? entry.name;
}

/**
 * The description to show in `language`, and the language it is written in: the other one where
 * the author wrote only that (an English-only glossary on a German page).
 */
export function descriptionIn(entry: Entry, language: DescriptionLanguage): { text: string; lang: DescriptionLanguage } {
  if (entry.description[language] !== '') return { text: entry.description[language], lang: language };
  const other = DESCRIPTION_LANGUAGES.find((l) => l !== language && entry.description[l] !== '') ?? language;
  return { text: entry.description[other], lang: other };
}
