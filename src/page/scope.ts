/**
 * Where the article is. News pages surround the text readers came for with navigation, teasers,
 * ads and cookie banners; Kontext reads the article — headline, lead, body, captions — when it can
 * find one, and the whole page otherwise (or when the reader asks for it).
 *
 * A small Readability-style scorer: each candidate is scored by the paragraph text it holds outside
 * links; of those holding at least 80 % of the best score, the tightest one wins — so a `<main>`
 * full of teasers loses to the story inside it. Elements marked as the article (`<article>`,
 * `itemprop=articleBody`) are tried first; then containers and the parents of long paragraphs. The
 * page's headline is added when it sits outside the chosen element.
 */

const ARTICLE = 'article, [itemprop="articleBody"], [role="article"]';
const CONTAINER = 'main, [role="main"], #content, .article, .story';
const MIN_PARAGRAPH_TEXT = 400;
const MAX_CANDIDATES = 60;

/** Paragraph text inside `el`, without link text (teaser lists are mostly links). */
function paragraphText(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    const text = p.textContent?.length ?? 0;
    let links = 0;
    for (const a of p.querySelectorAll('a')) links += a.textContent?.length ?? 0;
    total += Math.max(0, text - links);
  }
  return total;
}

/** Containers and the parents (and grandparents) of long paragraphs. */
function containers(doc: Document): Element[] {
  const found = new Set<Element>(doc.querySelectorAll(CONTAINER));
  for (const p of doc.querySelectorAll('p')) {
    if (found.size >= MAX_CANDIDATES) break;
    if ((p.textContent?.length ?? 0) < 80 || !p.parentElement) continue;
    found.add(p.parentElement);
    if (p.parentElement.parentElement && p.parentElement.parentElement !== doc.body) found.add(p.parentElement.parentElement);
  }
  return [...found];
}

interface Scored {
  el: Element;
  score: number;
  size: number;
}

/** Of the candidates holding at least 80 % of the best score, the tightest; or none. */
function pick(elements: Element[]): Scored | undefined {
  const scored = elements.slice(0, MAX_CANDIDATES).map((el) => ({ el, score: paragraphText(el), size: el.textContent?.length ?? 0 }));
  const best = Math.max(0, ...scored.map((c) => c.score));
  if (best < MIN_PARAGRAPH_TEXT) return undefined;
  return scored.filter((c) => c.score >= 0.8 * best).sort((a, b) => a.size - b.size)[0];
}

/** The roots to read: the article (plus its headline if outside it), or the body. */
export function findScope(doc: Document, scope: 'article' | 'page' = 'article'): Element[] {
  const body = doc.body ?? doc.documentElement;
  if (scope === 'page') return [body];
  // Elements marked as the article win over generic containers.
  const chosen = pick([...doc.querySelectorAll(ARTICLE)]) ?? pick(containers(doc));
  if (!chosen) return [body];
  // An articleBody inside an article: take the article, which holds headline, lead and captions.
  const article = chosen.el.parentElement?.closest('article');
  const root = article && paragraphText(article) <= chosen.score * 1.5 ? article : chosen.el;
  const headline = doc.querySelector('h1');
  return headline && !root.contains(headline) && !headline.contains(root) ? [headline, root] : [root];
}
