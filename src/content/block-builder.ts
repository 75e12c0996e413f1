// Accumulates the text of the block being read and turns it into Blocks when the block ends.
// Handles <br>: lines are kept apart unless they read as one wrapped sentence, so a heading-like
// line followed by <br> never gets glued onto the paragraph after it.
import type { Block, BlockKind } from '../core/types.ts';
import { normalizeText } from './text.ts';

export interface BlockContext {
  kind: BlockKind;
  level?: number;
  /** Inside <pre>: keep line breaks, split paragraphs on blank lines. */
  pre: boolean;
}

// A line that ends like this is finished; the next line starts a new block.
const LINE_END = /[.!?。！？…:"”’»)\]]$/u;
// A line that ends like this continues on the next line.
const LINE_CONTINUES = /[,;\-–—]$/u;
const STARTS_LOWER = /^\p{Ll}/u;

export class BlockBuilder {
  readonly blocks: Block[] = [];
  private lines: string[] = [];
  /** Number of consecutive <br> after each finished line. */
  private breaks: number[] = [];
  private current = '';

  append(text: string): void {
    this.current += text;
  }

  lineBreak(ctx: BlockContext): void {
    if (ctx.pre) {
      this.current += '\n';
      return;
    }
    const last = this.breaks.length - 1;
    if (last >= 0 && this.current.trim() === '') {
      this.breaks[last] = (this.breaks[last] ?? 0) + 1;
      this.current = '';
      return;
    }
    this.lines.push(this.current);
    this.breaks.push(1);
    this.current = '';
  }

  /** End the current block: emit what was read in the context it was read in. */
  flush(ctx: BlockContext): void {
    // Most flushes (a block's tag next to another's) have only whitespace, or nothing, to end.
    if (this.lines.length === 0 && !/\S/.test(this.current)) {
      this.current = '';
      return;
    }
    this.lines.push(this.current);
    this.breaks.push(0);
    const lines = this.lines;
    const breaks = this.breaks;
    this.lines = [];
    this.breaks = [];
    this.current = '';
    if (ctx.kind === 'heading') {
      this.emitHeading(lines, ctx.level);
    } else if (ctx.kind === 'code') {
      this.emitCode(lines.join('\n'));
    } else if (ctx.pre) {
      this.emitPre(lines.join(''), ctx.kind);
    } else {
      this.emitLines(lines, breaks, ctx.kind);
    }
  }

  private emitHeading(lines: string[], level: number | undefined): void {
    const text = normalizeText(lines.join(' '));
    if (text) this.blocks.push({ kind: 'heading', text, level: level ?? 2 });
  }

  /** One block per listing, its lines kept: blank lines inside code do not end it. */
  private emitCode(raw: string): void {
    const text = raw.replace(/[^\S\n]+$/gm, '').replace(/^\n+|\s+$/g, '');
    if (text.trim()) this.blocks.push({ kind: 'code', text });
  }

  private emitPre(raw: string, kind: BlockKind): void {
    for (const chunk of raw.split(/\n[ \t\r]*\n/)) {
      const text = normalizeText(chunk);
      if (text) this.blocks.push({ kind, text });
    }
  }

  private emitLines(lines: string[], breaks: number[], kind: BlockKind): void {
    // The block being built, as parts: appending to one string and then reading its end would
    // flatten the whole string every time (quadratic on 20,000 <br> lines).
    // No closure for "end the block": this runs once per block of the page.
    let parts: string[] = [];
    let pendingBreaks = 0;
    for (let i = 0; i < lines.length; i++) {
      const text = normalizeText(lines[i] ?? '');
      if (!text) {
        // An empty line between <br>s is a paragraph break.
        if (parts.length) pendingBreaks = Math.max(pendingBreaks, 2);
        continue;
      }
      const last = parts[parts.length - 1];
      if (last !== undefined && (pendingBreaks !== 1 || !continuesLine(last, text))) {
        this.blocks.push({ kind, text: parts.join(' ') });
        parts = [];
      }
      parts.push(text);
      pendingBreaks = breaks[i] ?? 0;
    }
    if (parts.length) this.blocks.push({ kind, text: parts.join(' ') });
  }
}

/** Whether the line after a single <br> is the same sentence wrapped, not a new block. */
function continuesLine(previous: string, next: string): boolean {
  if (LINE_END.test(previous)) return false;
  return LINE_CONTINUES.test(previous) || STARTS_LOWER.test(next);
}
