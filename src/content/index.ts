// Content-script entry, injected on demand with scripting.executeScript and built as one IIFE.
// Its only effect is to define the functions the background worker then calls; injecting it
// again (the user clicks twice) just redefines the same functions.
import { CONTENT_ENTRY, FINDABLE_ENTRY, JUMP_ENTRY, type ExtractMode } from '../shared/messages.ts';
import { extractArticle } from './extract.ts';
import { findablePoints, showSentence } from './highlight.ts';

globalThis[CONTENT_ENTRY] = (mode: ExtractMode) =>
  extractArticle(document, { url: location.href, mode, selection: mode === 'selection' ? String(document.getSelection() ?? '') : undefined });
// "Show in page" (a point of the built-in brief): the arguments come from the worker, checked again here.
globalThis[JUMP_ENTRY] = (text: string) => typeof text === 'string' && showSentence(document, text);
globalThis[FINDABLE_ENTRY] = (texts: string[]) =>
  Array.isArray(texts) ? findablePoints(document, texts.map((t) => (typeof t === 'string' ? t : ''))) : [];
