import { mountOptions } from '@/src/options/mount';

mountOptions(document.getElementById('app')!);
