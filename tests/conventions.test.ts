/** Tests that guard the project's conventions (STYLE.md): pure folders, i18n completeness. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import de from '../assets/public/_locales/de/messages.json';
import en from '../assets/public/_locales/en/messages.json';
import { ROOT } from './support/paths';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const PURE = ['src/glossary', 'src/match', 'src/extract'];
const BROWSER_ONLY = /\b(document|window|navigator|browser|chrome|localStorage|CSS\.highlights)\s*[.([]|from ['"](wxt\/browser|webextension-polyfill|#imports)['"]/;

describe('conventions', () => {
  it('keeps pure folders free of DOM and browser APIs', () => {
    const offenders: string[] = [];
    for (const folder of PURE) {
      let list: string[] = [];
      try {
        list = files(join(ROOT, folder));
      } catch {
        continue;
      }
      for (const file of list) {
        const code = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
        if (BROWSER_ONLY.test(code)) offenders.push(relative(ROOT, file));
        for (const [, target] of code.matchAll(/from ['"](\.\.?\/[^'"]+)['"]/g))
          if (/\/(page|highlight|tooltip|storage|messaging|content|options|background)\//.test(`/${target}/`))
            offenders.push(`${relative(ROOT, file)} imports ${target}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it('has every UI string in every locale', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(de).sort());
  });

  it('uses only message keys that exist', () => {
    const used = new Set<string>();
    for (const file of files(join(ROOT, 'src'))) {
      const code = readFileSync(file, 'utf8');
      for (const [, key] of code.matchAll(/\bt\('([A-Za-z]+)'/g)) used.add(key!);
      for (const [, key] of code.matchAll(/'((?:type|error|options|tooltip|field)[A-Z][A-Za-z]+)'/g)) used.add(key!);
    }
    const missing = [...used].filter((key) => !(key in de));
    expect(missing).toEqual([]);
    expect(used.size).toBeGreaterThan(20);
  });
});
