// Reads the WCXB development split laid out as ../shared/README.md describes: html/NNNN.html.gz
// (the page as fetched) and ground-truth/NNNN.json.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { decodeHtml } from '../../cli/decode.ts';

export interface Truth {
  title: string;
  author: string;
  publishDate: string;
  mainContent: string;
  with: string[];
  without: string[];
}

export interface WcxbPage {
  id: string;
  url: string;
  /** article, forum, product, collection, listing, documentation or service. */
  type: string;
  truth: Truth;
  html(): string;
}

const list = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []);
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** `only`: these pages alone (by id), without reading the others' ground truth. */
export function readWcxb(dir: string, { type, limit, only }: { type?: string; limit?: number; only?: readonly string[] } = {}): WcxbPage[] {
  const ids = only ? [...only] : readdirSync(join(dir, 'ground-truth')).filter((f) => f.endsWith('.json')).map((f) => f.slice(0, -5)).sort();
  const pages: WcxbPage[] = [];
  for (const id of ids) {
    const raw = JSON.parse(readFileSync(join(dir, 'ground-truth', `${id}.json`), 'utf8'));
    const primary = text(raw._internal?.page_type?.primary);
    const pageType = primary === 'category' ? 'collection' : primary || 'unknown';
    if (type && pageType !== type) continue;
    const gt = raw.ground_truth ?? {};
    pages.push({
      id,
      url: text(raw.url),
      type: pageType,
      truth: { title: text(gt.title), author: text(gt.author), publishDate: text(gt.publish_date), mainContent: text(gt.main_content), with: list(gt.with), without: list(gt.without) },
      // Decoded as the brief command decodes a file: BOM, valid UTF-8, then the declared charset.
      html: () => decodeHtml(gunzipSync(readFileSync(join(dir, 'html', `${id}.html.gz`)))).text,
    });
    if (limit && pages.length >= limit) break;
  }
  return pages;
}
