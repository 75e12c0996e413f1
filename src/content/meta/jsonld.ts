// Article metadata from JSON-LD (schema.org), the most reliable source when a page has it.
// Handles a single object, arrays, @graph, and author/publisher given as strings, objects,
// arrays or {"@id"} references to other nodes of the graph. Malformed JSON is ignored.
import { cleanField, unescapeEntities } from '../text.ts';

export interface JsonLdArticle {
  headline?: string;
  author?: string;
  datePublished?: string;
  dateModified?: string;
  /** Dates of the page's other nodes (a WebPage's): they confirm a dateline, never stand alone. */
  otherDates?: string[];
  publisher?: string;
  description?: string;
  inLanguage?: string;
}

export const ARTICLE_TYPE =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|BlogPosting|LiveBlogPosting|DiscussionForumPosting|SocialMediaPosting|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|TechArticle)$/;

// Bound the work a hostile page can cause: script size and number of nodes inspected.
const MAX_SCRIPT_CHARS = 1_000_000;
const MAX_NODES = 2_000;

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Every object in the JSON-LD, flattened through arrays and @graph, with its @id index. */
function collectNodes(value: unknown, out: Json[]): void {
  const stack: unknown[] = [value];
  while (stack.length && out.length < MAX_NODES) {
    const item = stack.pop();
    if (Array.isArray(item)) {
      for (let i = item.length - 1; i >= 0; i--) stack.push(item[i]);
    } else if (isObject(item)) {
      out.push(item);
      if (item['@graph'] !== undefined) stack.push(item['@graph']);
      // A WebPage whose mainEntity is the thread or the article itself (XenForo, many CMSs).
      if (typeof item.mainEntity === 'object' && item.mainEntity !== null && !('@id' in item.mainEntity && Object.keys(item.mainEntity).length === 1)) stack.push(item.mainEntity);
    }
  }
}

/** A schema.org type without its vocabulary: "https://schema.org/Product" and "schema:Product" are "Product". */
export const typeName = (type: string) => type.replace(/^.*[/#:]/, '');

function typesOf(node: Json): string[] {
  const type = node['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map(typeName);
}

function isArticle(node: Json): boolean {
  return typesOf(node).some((t) => ARTICLE_TYPE.test(t));
}

/** Resolve {"@id": ...} to the node of the graph that defines it. */
function resolve(value: unknown, byId: Map<string, Json>): unknown {
  if (isObject(value) && typeof value['@id'] === 'string' && value.name === undefined) {
    return byId.get(value['@id']) ?? value;
  }
  return value;
}

function nameOf(value: unknown, byId: Map<string, Json>): string | undefined {
  const v = resolve(value, byId);
  if (typeof v === 'string') return cleanField(unescapeEntities(v), 200);
  if (isObject(v)) return cleanField(typeof v.name === 'string' ? unescapeEntities(v.name) : undefined, 200);
  return undefined;
}

/** "A", "A and B", "A, B and C". */
export function joinNames(names: string[]): string | undefined {
  const unique = [...new Set(names)];
  if (unique.length === 0) return undefined;
  if (unique.length === 1) return unique[0];
  return `${unique.slice(0, -1).join(', ')} and ${unique[unique.length - 1]}`;
}

function authorsOf(value: unknown, byId: Map<string, Json>): string | undefined {
  const list = Array.isArray(value) ? value : [value];
  const names = list
    .slice(0, 20)
    .map((a) => nameOf(a, byId))
    .filter((n): n is string => n !== undefined && !/^https?:\/\//i.test(n));
  return joinNames(names);
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === 'string') return cleanField(unescapeEntities(value));
  if (Array.isArray(value)) return stringOf(value[0]);
  if (isObject(value)) return stringOf(value['@value']);
  return undefined;
}

// Selectors match `type` values case-insensitively in HTML; so does this.
const isJsonLd = (script: Element) => script.getAttribute('type')?.toLowerCase() === 'application/ld+json';

/**
 * JSON.parse, then again after the two faults hand-written JSON-LD has most: raw line breaks
 * or tabs inside strings, and a comma before a closing bracket. Undefined when it still fails;
 * the other metadata sources then apply.
 */
function parseLenient(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Whitespace control characters are only legal between tokens; as spaces they are harmless there too.
      return JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return undefined;
    }
  }
}

function parseScripts(scripts: readonly Element[]): Json[] {
  const nodes: Json[] = [];
  for (const script of scripts.filter(isJsonLd)) {
    const text = script.textContent ?? '';
    if (text.length > MAX_SCRIPT_CHARS) continue;
    // Some CMSs wrap the JSON in CDATA markers.
    const json = parseLenient(text.replace(/^\s*<!\[CDATA\[|\]\]>\s*$/g, ''));
    if (json !== undefined) collectNodes(json, nodes);
  }
  return nodes;
}

/** The question a QAPage is about (its mainEntity), when the page has one. */
function questionOf(nodes: readonly Json[], byId: Map<string, Json>): Json | undefined {
  const page = nodes.find((n) => typesOf(n).includes('QAPage'));
  const entity = page ? resolve(Array.isArray(page.mainEntity) ? page.mainEntity[0] : page.mainEntity, byId) : undefined;
  return isObject(entity) ? entity : undefined;
}

/** The schema.org types of every JSON-LD node on the page ("Product", "QAPage", ...). */
export function jsonLdTypes(scripts: readonly Element[]): Set<string> {
  return new Set(parseScripts(scripts).flatMap(typesOf));
}

/** The first article node's metadata (from the page's <script> elements), or {} when it has none. */
export function readJsonLd(scripts: readonly Element[]): JsonLdArticle {
  const nodes = parseScripts(scripts);
  const byId = new Map<string, Json>();
  for (const node of nodes) {
    if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  }
  // A question-and-answer page is about its question: its asker, its date, its title.
  const article = nodes.find(isArticle) ?? questionOf(nodes, byId);
  // Other nodes' dates (Yoast gives every WebPage one, article or not) only confirm a dateline.
  const other = nodes.find((n) => n !== article && n.datePublished !== undefined);
  const otherDates = [stringOf(other?.datePublished), stringOf(other?.dateModified)].filter((d): d is string => d !== undefined);
  const others = otherDates.length > 0 ? { otherDates } : {};
  if (!article) return others;
  return {
    headline: stringOf(article.headline) ?? stringOf(article.name),
    author: authorsOf(article.author ?? article.creator, byId),
    datePublished: stringOf(article.datePublished) ?? stringOf(article.dateCreated),
    dateModified: stringOf(article.dateModified),
    ...others,
    publisher: nameOf(article.publisher, byId),
    description: stringOf(article.description),
    inLanguage: stringOf(article.inLanguage),
  };
}
