/**
 * The page of the browser benchmark: a seeded news page built from `generateText` /
 * `generateGlossary` — header with navigation, one `<article>` (headline, lead, body paragraphs
 * with inline links / em / strong, sub-headings, lists, figures with captions, quotes), a sidebar
 * of teasers and a footer. The article text is `bytes` characters of generated prose; the markup
 * around it is sized so that the page holds about 18,000 text nodes per MiB of article text.
 * Pure: run in Node by `browser-bench.mjs` (bundled with esbuild).
 */
import * as v from 'valibot';
import type { Entry } from '../../src/glossary/types';
import { EntrySchema } from '../../src/glossary/validate';
import { generateGlossary, generateText, rng } from './generate';

export interface BenchPage {
  html: string;
  /** Characters of article prose. */
  textChars: number;
  /** Text nodes the generator wrote, in the whole page and inside `<article>` (whitespace ones included). */
  textNodes: number;
  articleTextNodes: number;
}

export interface BenchGlossary {
  entries: Entry[];
  aliasCount: number;
  /** Every name and alias, as given to mark.js. */
  aliases: string[];
}

export function benchGlossary(): BenchGlossary {
  const { entries, aliasCount } = generateGlossary(1000, 11);
  return { entries, aliasCount, aliases: entries.flatMap((e) => [e.name, ...e.aliases]) };
}

/** Entries that EntrySchema rejects (the extension would drop them when it reads storage). */
export function invalidEntries(entries: readonly Entry[]): string[] {
  return entries.filter((e) => !v.safeParse(EntrySchema, e).success).map((e) => e.id);
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SECTIONS = ['Politik', 'Wirtschaft', 'Inland', 'Ausland', 'Chronik', 'Kultur', 'Sport', 'Wissenschaft', 'Meinung', 'Panorama', 'Gesundheit', 'Klima'];

/**
 * Builds the page. `inlineRate`: chance per word of starting an inline element (1–3 words); with
 * the default, 1 MiB of prose gives about 18,000 text nodes.
 */
export function buildPage(entries: readonly Entry[], bytes: number, seed = 12, inlineRate = 0.052): BenchPage {
  const random = rng(seed * 7919 + 17);
  const prose = generateText(bytes, entries, seed);
  const paragraphs = prose.split('\n\n').map((p) => p.trim()).filter(Boolean);
  let textNodes = 0;
  let articleTextNodes = 0;
  let inArticle = false;
  const out: string[] = [];
  /** Writes a text node (counted). */
  const text = (s: string) => {
    if (s.length === 0) return;
    out.push(escapeHtml(s));
    textNodes++;
    if (inArticle) articleTextNodes++;
  };
  const tag = (s: string) => out.push(s);
  const nl = () => text('\n'); // whitespace between blocks: a text node as in real markup

  /** A paragraph's words with inline elements sprinkled over them. */
  const inline = (sentence: string) => {
    const words = sentence.split(' ');
    let pending = '';
    for (let i = 0; i < words.length; ) {
      if (i > 0 && random() < inlineRate) {
        const n = Math.min(words.length - i, 1 + Math.floor(random() * 3));
        text(pending + ' ');
        pending = '';
        const roll = random();
        const [open, close] =
          roll < 0.55
            ? [`<a href="/thema/${(words[i] ?? 'x').toLowerCase().replace(/[^a-z0-9äöüß-]/g, '')}">`, '</a>']
            : roll < 0.8
              ? ['<em>', '</em>']
              : ['<strong>', '</strong>'];
        tag(open);
        text(words.slice(i, i + n).join(' '));
        tag(close);
        i += n;
        continue;
      }
      pending += (i === 0 ? '' : ' ') + words[i];
      i++;
    }
    text(pending);
  };

  const teaser = () => {
    const p = paragraphs[Math.floor(random() * paragraphs.length)]!;
    const first = p.split('. ')[0]!;
    return first.length > 90 ? first.slice(0, first.lastIndexOf(' ', 90)) : first;
  };

  tag('<!doctype html>\n<html lang="de">\n<head>\n<meta charset="utf-8">\n<title>');
  text(`Kontext-Benchmark: ${teaser()}`);
  tag('</title>\n<meta name="viewport" content="width=device-width, initial-scale=1">\n');
  tag(
    '<style>body{font:17px/1.55 Georgia,serif;margin:0;color:#222}header,footer{background:#f3f1ec;padding:8px 24px}' +
      'nav ul{display:flex;flex-wrap:wrap;gap:12px;list-style:none;padding:0;margin:0}main{display:flex;gap:32px;padding:0 24px}' +
      'article{flex:3;max-width:760px}aside{flex:1;font-size:14px}figure{margin:1.2em 0}figure .img{height:120px;background:#ddd}' +
      'figcaption{font-size:14px;color:#555}.lead{font-weight:bold}blockquote{border-left:3px solid #999;margin-left:0;padding-left:12px}</style>\n',
  );
  tag('</head>\n<body>\n<header>');
  nl();
  tag('<a class="logo" href="/">');
  text('Die Nachrichten');
  tag('</a>');
  nl();
  tag('<nav><ul>');
  for (const section of SECTIONS) {
    tag(`<li><a href="/${section.toLowerCase()}">`);
    text(section);
    tag('</a></li>');
  }
  tag('</ul></nav>');
  nl();
  tag('</header>\n<main>');
  nl();

  // The article: headline, lead, body.
  inArticle = true;
  tag('<article>');
  nl();
  tag('<h1>');
  text(teaser());
  tag('</h1>');
  nl();
  tag('<p class="byline">');
  text('Von ');
  tag('<a href="/autor/redaktion">');
  text('Redaktion');
  tag('</a>');
  text(', ');
  tag('<time datetime="2025-01-01T08:00">');
  text('1. Jänner 2025, 08:00');
  tag('</time>');
  tag('</p>');
  nl();
  tag('<p class="lead">');
  inline(paragraphs[0]!);
  tag('</p>');
  nl();
  tag('<div itemprop="articleBody">');
  nl();
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    const roll = random();
    if (roll < 0.07) {
      tag('<h2>');
      text(teaser());
      tag('</h2>');
      nl();
    }
    if (roll > 0.95) {
      // A list: one item per sentence.
      tag('<ul>');
      for (const sentence of p.split(/(?<=\.) /)) {
        tag('<li>');
        inline(sentence);
        tag('</li>');
        nl();
      }
      tag('</ul>');
    } else if (roll > 0.9) {
      // A figure: the first sentence is the caption, the rest a paragraph.
      const [caption, ...rest] = p.split(/(?<=\.) /);
      tag('<figure><div class="img" role="img" aria-label="Bild"></div><figcaption>');
      inline(caption!);
      text(' ');
      tag('<small>');
      text('Foto: Agentur');
      tag('</small>');
      tag('</figcaption></figure>');
      nl();
      if (rest.length > 0) {
        tag('<p>');
        inline(rest.join(' '));
        tag('</p>');
      }
    } else if (roll > 0.87) {
      tag('<blockquote><p>');
      inline(p);
      tag('</p></blockquote>');
    } else {
      tag('<p>');
      inline(p);
      tag('</p>');
    }
    nl();
  }
  tag('</div>');
  nl();
  tag('</article>');
  inArticle = false;
  nl();

  // Sidebar and footer: teasers and links, outside the article (Kontext's article scope skips them).
  tag('<aside>');
  nl();
  const teasers = Math.max(20, Math.round((bytes / (1 << 20)) * 120));
  for (let block = 0; block < teasers / 10; block++) {
    tag('<h3>');
    text(SECTIONS[block % SECTIONS.length]!);
    tag('</h3>');
    nl();
    tag('<ul>');
    for (let t = 0; t < 10; t++) {
      tag(`<li><a href="/artikel/${block}-${t}">`);
      text(teaser());
      tag('</a></li>');
    }
    tag('</ul>');
    nl();
  }
  tag('</aside>');
  nl();
  tag('</main>\n<footer>');
  nl();
  tag('<p>');
  text('© 2025 Die Nachrichten — Impressum · Datenschutz · Kontakt');
  tag('</p>');
  nl();
  tag('</footer>\n</body>\n</html>\n');
  return { html: out.join(''), textChars: prose.length, textNodes, articleTextNodes };
}
