import './style.css';
import { NEWS_MATCHES } from '@/src/content/news-sites';
import { startKontext } from '@/src/content/kontext';

export default defineContentScript({
  matches: NEWS_MATCHES,
  runAt: 'document_idle',
  // Same-origin frames (and their about:blank/srcdoc children) get their own scan and registry.
  allFrames: true,
  matchAboutBlank: true,
  // And frames with no origin of their own: a sandboxed srcdoc frame, which Firefox leaves out otherwise.
  matchOriginAsFallback: true,
  main() {
    startKontext();
  },
});
