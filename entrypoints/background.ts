import { openOptionsOnAction } from '@/src/background/action';
import { serveMatching } from '@/src/background/match-service';

export default defineBackground(() => {
  openOptionsOnAction();
  serveMatching();
});
