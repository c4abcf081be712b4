import './style.css';
import { NEWS_MATCHES } from '@/src/content/news-sites';
import { startKontext } from '@/src/content/kontext';

export default defineContentScript({
  matches: NEWS_MATCHES,
  runAt: 'document_idle',
  allFrames: true,
  main(ctx) {
    startKontext(ctx);
  },
});
