import { openOptionsOnAction } from '@/src/background/action';

export default defineBackground(() => {
  openOptionsOnAction();
});
