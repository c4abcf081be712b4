import { resolve } from 'node:path';

/** The repository root (tests run from it). */
export const ROOT = process.cwd();
/** `shared/` sits beside the repository, on developer machines and in CI. */
export const SHARED = resolve(ROOT, '../shared');
export const FIXTURES = resolve(SHARED, 'fixtures');
