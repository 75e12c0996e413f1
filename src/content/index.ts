// Content-script entry, injected on demand with scripting.executeScript and built as one IIFE.
// Its only effect is to define the function the background worker then calls; injecting it
// again (the user clicks twice) just redefines the same function.
import { CONTENT_ENTRY, type ExtractMode } from '../shared/messages.ts';
import { extractArticle } from './extract.ts';

globalThis[CONTENT_ENTRY] = (mode: ExtractMode) => extractArticle(document, { url: location.href, mode });
