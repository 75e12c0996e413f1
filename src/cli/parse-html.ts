// HTML text to a Document in Node, parsed the way a browser parses it where linkedom differs.
// The CLI and the extraction evaluation both read pages through this, so what they measure is
// what the content script sees on the live page.
import { parseHTML } from 'linkedom';

// A browser reads `<![CDATA[` in HTML content as a bogus comment that ends at the next `>`;
// linkedom reads it as a CDATA section running to `]]>`, which can swallow a whole page (a
// forum theme that opens its body with one showed 14 characters of text). Inside <script>,
// <style>, <svg> and <math> the text is left as it is: there it is raw text or foreign content.
const CDATA_OUTSIDE_RAW = /(<(script|style|svg|math)\b[\s\S]*?<\/\2\s*>)|<!\[CDATA\[/gi;

/** The markup with each HTML-content `<![CDATA[` opener turned into the comment a browser makes of it. */
export function browserLikeMarkup(html: string): string {
  if (!html.includes('<![CDATA[')) return html;
  return html.replace(CDATA_OUTSIDE_RAW, (match, raw: string | undefined) => raw ?? '<!--[CDATA[-->');
}

export function parseHtmlDocument(html: string): Document {
  return parseHTML(browserLikeMarkup(html)).document as unknown as Document;
}
