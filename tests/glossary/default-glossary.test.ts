import Ajv2020 from 'ajv/dist/2020';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import schema from '../../glossary/glossary.schema.json';
import raw from '../../glossary/default.json';
import { DEFAULT_GLOSSARY } from '../../src/glossary/default-glossary';
import { entryProblems, GlossarySchema } from '../../src/glossary/validate';
import { createMatcher } from '../../src/match/matcher';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FIXTURES } from '../support/paths';

const REQUIRED_IDS = [
  'kn-23', 'kn-24', 'cns', 'middlebury-institute', 'planet-labs', 'kim-jong-un', 'hamhung', 'sam-lair',
  'russia-north-korea-pact', 'kursk-oblast', 'pyongyang', 'moscow', 'north-korea', 'russia', 'ukraine', 'cnn',
];

describe('the default glossary', () => {
  it('validates against its JSON Schema', () => {
    const validate = new Ajv2020({ allErrors: true, strict: false }).compile(schema);
    const ok = validate(raw);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('validates against the runtime schema the extension uses', () => {
    const result = v.safeParse(GlossarySchema, DEFAULT_GLOSSARY);
    expect(result.issues ?? []).toEqual([]);
  });

  it('has the entries the article needs, each passing the editor rules', () => {
    const ids = DEFAULT_GLOSSARY.entries.map((e) => e.id);
    expect(ids).toEqual(expect.arrayContaining(REQUIRED_IDS));
    expect(new Set(ids).size).toBe(ids.length);
    for (const e of DEFAULT_GLOSSARY.entries) {
      const others = DEFAULT_GLOSSARY.entries.filter((o) => o !== e);
      expect(entryProblems(e, others), e.id).toEqual([]);
      expect(e.sources.length, e.id).toBeGreaterThan(0);
    }
  });

  it('has no alias that two entries claim', () => {
    expect(createMatcher(DEFAULT_GLOSSARY.entries).index.conflicts).toEqual([]);
  });

  it('finds every required entity in the seed article', () => {
    const text = readFileSync(resolve(FIXTURES, 'seed-article.txt'), 'utf8');
    const matcher = createMatcher(DEFAULT_GLOSSARY.entries);
    const seen = new Set(matcher.scan(text).map((m) => matcher.entries[m.entry]!.id));
    // KN-24's Hwasong-11B, Kursk, Planet Labs, CNS … all appear in the article.
    for (const id of REQUIRED_IDS) expect(seen.has(id), id).toBe(true);
  });
});
