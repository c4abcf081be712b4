/**
 * Where the article is. News pages surround the text readers came for with navigation, teasers,
 * ads and cookie banners; Kontext highlights the article (headline, lead, body, captions) when it
 * can find one, else the main content, else the whole page.
 */

const ARTICLE_SELECTORS = ['[itemprop="articleBody"]', 'article', '[role="article"]', 'main', '[role="main"]'];

/** The smallest element that holds the article, or `body`. */
export function findScope(doc: Document): Element {
  const articles = [...doc.querySelectorAll('article')].filter((a) => textLength(a) > 500);
  if (articles.length === 1) return articles[0]!;
  for (const selector of ARTICLE_SELECTORS) {
    const candidates = [...doc.querySelectorAll(selector)].filter((el) => textLength(el) > 500);
    if (candidates.length === 1) return candidates[0]!;
  }
  return doc.body ?? doc.documentElement;
}

function textLength(el: Element): number {
  return (el.textContent ?? '').length;
}
