import { openOptionsOnAction } from '@/src/background/action';
import { serveMatching } from '@/src/background/match-service';
import { startInOpenTabs } from '@/src/background/open-tabs';

export default defineBackground(() => {
  openOptionsOnAction();
  serveMatching();
  startInOpenTabs();
});
