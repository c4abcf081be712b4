/**
 * Seeded generators for the benchmarks: a German news text of a given size that mentions entries
 * of a generated glossary — inflected, compounded, hyphen-variant and misspelt, as real pages do.
 * Pure: the Node benchmark and the browser benchmark share it.
 */
import type { Entry } from '../../src/glossary/types';

export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)]!;

const FIRST = ['Anna', 'Lukas', 'Marie', 'Jonas', 'Sophie', 'Elias', 'Hannah', 'Felix', 'Lena', 'Paul', 'Clara', 'Jakob', 'Theresa', 'Maximilian', 'Johanna', 'Tobias', 'Verena', 'Florian', 'Katharina', 'Sebastian', 'Min-jun', 'Olena', 'Dmytro', 'Giulia', 'Mateusz', 'Aylin', 'Karim', 'Ingrid'];
const LAST = ['Bergmann', 'Kalbach', 'Hofstetter', 'Lindqvist', 'Brandauer', 'Wimmer', 'Oberhuber', 'Schwarzl', 'Kovalenko', 'Nowak', 'Moretti', 'Yilmaz', 'Haddad', 'Eriksen', 'Pichler', 'Steiner', 'Gruber', 'Auer', 'Leitner', 'Fuchs', 'Reiter', 'Baumgartner', 'Holzer', 'Kern', 'Lechner', 'Weiss', 'Mayrhofer', 'Strobl'];
const ORG_A = ['Nord', 'Süd', 'Alpen', 'Donau', 'Rhein', 'Euro', 'Inter', 'Terra', 'Astra', 'Nova', 'Zentral', 'Ost', 'West', 'Baltic', 'Atlas', 'Helio', 'Quantum', 'Aqua'];
const ORG_B = ['werk', 'tec', 'bank', 'energie', 'logistik', 'media', 'pharma', 'stahl', 'systems', 'solar', 'data', 'motors', 'bau', 'chem', 'netz', 'versicherung'];
const ORG_C = ['AG', 'GmbH', 'Holding', 'Gruppe', 'SE', 'Institut', 'Stiftung', 'Verband'];
const PLACES = ['Karlsfeld', 'Oberwinden', 'Grünbach', 'Sankt Leonhard', 'Mühldorf', 'Neustift', 'Rabenstein', 'Altheim', 'Weißenbach', 'Hohenau', 'Kirchberg', 'Steinfeld', 'Lindau', 'Rosental', 'Bergheim', 'Waldkirchen'];
const WORDS = (
  'der die das und in zu den von mit sich des auf für ist im dem nicht ein eine als auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr durch man sein wurde sei ' +
  'Regierung Bericht Angaben Woche Jahr Millionen Euro Prozent Unternehmen Sprecher Zeitung Minister Ministerin Parlament Gemeinde Wahl Entscheidung Verhandlungen Kritik Forderung Projekt Polizei Gericht Urteil Behörde Stadt Land Bürgermeister Opposition Koalition Haushalt Steuern Energie Preise Klima Sicherheit Gesundheit Schule Verkehr Bahn Straße Wirtschaft Markt Export Import ' +
  'erklärte sagte berichtete kündigte forderte bestätigte kritisierte plant wollen sollen müssen könnte wurden worden neue neuen ersten letzten großen deutlich weiter bereits zuletzt derzeit jedoch allerdings außerdem demnach laut'
).split(' ');

export interface GeneratedGlossary {
  entries: Entry[];
  aliasCount: number;
}

/** A glossary of `count` entries with three names each: people, organisations, places, codes. */
export function generateGlossary(count: number, seed = 1): GeneratedGlossary {
  const random = rng(seed);
  const entries: Entry[] = [];
  const used = new Set<string>();
  const unique = (make: () => string): string => {
    for (;;) {
      const name = make();
      if (!used.has(name.toLowerCase())) {
        used.add(name.toLowerCase());
        return name;
      }
    }
  };
  for (let i = 0; i < count; i++) {
    const kind = i % 4;
    let name: string;
    let aliases: string[];
    let type: Entry['type'];
    if (kind === 0) {
      const first = pick(random, FIRST);
      const last = unique(() => pick(random, LAST) + (random() < 0.7 ? '-' + pick(random, LAST) : '') + (random() < 0.5 ? String.fromCharCode(97 + Math.floor(random() * 26)) + 'er' : ''));
      name = `${first} ${last}`;
      aliases = [`${first[0]}. ${last}`, `${first} ${last.split('-')[0]} ${i}`];
      type = 'person';
    } else if (kind === 1) {
      const core = unique(() => pick(random, ORG_A) + pick(random, ORG_B) + (random() < 0.6 ? pick(random, ORG_B) : ''));
      const cap = core[0]!.toUpperCase() + core.slice(1);
      name = `${cap} ${pick(random, ORG_C)}`;
      aliases = [cap, `${cap.toUpperCase().slice(0, 3)}${i}`];
      type = 'organisation';
    } else if (kind === 2) {
      const place = unique(() => pick(random, PLACES) + ' ' + pick(random, ['an der Ache', 'am See', 'im Tal', 'bei ' + pick(random, PLACES)]) + (random() < 0.5 ? ' ' + (i % 97) : ''));
      name = place;
      aliases = [place.replace(/ /g, '-'), `Gemeinde ${place}`];
      type = 'place';
    } else {
      const code = unique(() => `${String.fromCharCode(65 + Math.floor(random() * 26))}${String.fromCharCode(65 + Math.floor(random() * 26))}-${10 + Math.floor(random() * 90)}${random() < 0.5 ? String.fromCharCode(65 + Math.floor(random() * 26)) : ''}`);
      name = code;
      aliases = [code.replace('-', ''), `Projekt ${pick(random, ORG_A)}${i}`];
      type = 'weapon';
    }
    entries.push({
      id: `e${i}`,
      type,
      name,
      aliases,
      description: { de: `${name}.`, en: `${name}.` },
      sources: [],
    });
  }
  return { entries, aliasCount: entries.reduce((n, e) => n + 1 + e.aliases.length, 0) };
}

/** One way a mention may be written in running text. */
function writeMention(random: () => number, entry: Entry): string {
  const names = [entry.name, ...entry.aliases];
  const name = pick(random, names);
  const roll = random();
  if (roll < 0.15) return name + 's'; // genitive
  if (roll < 0.25) return name.replace(/ /g, '-') + '-Bericht'; // compound
  if (roll < 0.3 && name.length >= 8) {
    const at = 2 + Math.floor(random() * (name.length - 4));
    return name.slice(0, at) + name[at] + name.slice(at); // typo: a doubled letter
  }
  return name;
}

/** About `bytes` UTF-16 code units of German news prose; about one word in twenty mentions an entry. */
export function generateText(bytes: number, entries: readonly Entry[], seed = 2): string {
  const random = rng(seed);
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const words = 8 + Math.floor(random() * 14);
    let sentence = '';
    for (let w = 0; w < words; w++) {
      const word = random() < 0.05 ? writeMention(random, pick(random, entries)) : pick(random, WORDS);
      sentence += (w === 0 ? word[0]!.toUpperCase() + word.slice(1) : ' ' + word);
    }
    sentence += random() < 0.1 ? '.\n\n' : '. ';
    parts.push(sentence);
    length += sentence.length;
  }
  return parts.join('');
}
