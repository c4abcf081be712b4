/**
 * The news sites Kontext runs on. German-language sites first, then international ones.
 * Each domain covers its subdomains; http and https both match. Kept here (not in the
 * manifest by hand) so the content script, the manifest and the e2e tests share one list.
 */
export const NEWS_DOMAINS = [
  // Austria
  'die-nachrichten.at',
  'derstandard.at',
  'diepresse.com',
  'krone.at',
  'kurier.at',
  'orf.at',
  'kleinezeitung.at',
  'salzburg.com',
  'profil.at',
  // Germany
  'tagesschau.de',
  'zdf.de',
  'spiegel.de',
  'zeit.de',
  'faz.net',
  'sueddeutsche.de',
  'welt.de',
  'taz.de',
  'handelsblatt.com',
  'tagesspiegel.de',
  'deutschlandfunk.de',
  'dw.com',
  'n-tv.de',
  'stern.de',
  'focus.de',
  'heise.de',
  // Switzerland
  'nzz.ch',
  'srf.ch',
  'tagesanzeiger.ch',
  // International
  'bbc.com',
  'bbc.co.uk',
  'reuters.com',
  'apnews.com',
  'cnn.com',
  'nytimes.com',
  'washingtonpost.com',
  'theguardian.com',
  'telegraph.co.uk',
  'theverge.com',
  'seattletimes.com',
  'breitbart.com',
  'news.yahoo.com',
  'aljazeera.com',
  'politico.eu',
  'lemonde.fr',
  'liberation.fr',
  'folha.uol.com.br',
  'aktualne.cz',
  'wikipedia.org',
] as const;

/** Match patterns for the manifest: every domain and its subdomains, http and https. */
export const NEWS_MATCHES: string[] = NEWS_DOMAINS.flatMap((domain) => [
  `*://${domain}/*`,
  `*://*.${domain}/*`,
]);
