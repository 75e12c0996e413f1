// Where the benchmark finds its inputs: the shared data sits next to the repo (../shared).
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../..');
export const SHARED = join(ROOT, '../shared');
export const PAGES_DIR = join(SHARED, 'data/readability-pages');
export const SEED_PATH = join(SHARED, 'fixtures/seed-article.html');
export const TRAIN_PATH = join(SHARED, 'data/cnndm-gpt4/train.jsonl');
export const VAL_PATH = join(SHARED, 'data/cnndm-gpt4/val.jsonl');
export const DIST_CHROME = join(ROOT, 'dist/chrome');
export const BARE_POPUP_DIR = join(ROOT, 'test/fixtures/bare-popup-extension');
