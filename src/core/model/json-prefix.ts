// A JSON reader for text that may stop anywhere: a model's answer while it streams. It returns
// what the prefix holds so far, with open objects and arrays closed and any unfinished string,
// number or key left out, so the card can show the headline, then each point, as they complete.

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

class End extends Error {}
const END = new End();

export interface PrefixResult {
  value: JsonValue | undefined;
  /** True when the value is complete (its closing brace was read). */
  complete: boolean;
  /** Index just past the value, when complete. */
  end: number;
}

/** Reads one JSON value starting at `start` (whitespace allowed before it). Throws SyntaxError on text that is not JSON. */
export function readJsonPrefix(text: string, start = 0): PrefixResult {
  let i = start;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] as string)) i++;
    if (i >= text.length) throw END;
  };
  const bad = (): never => {
    throw new SyntaxError(`Unexpected ${JSON.stringify(text[i])} at ${i}`);
  };
  const string = (): string => {
    const from = i;
    i++; // opening quote
    while (i < text.length) {
      const c = text[i];
      if (c === '\\') i += 2;
      else if (c === '"') {
        i++;
        return JSON.parse(text.slice(from, i)) as string;
      } else i++;
    }
    throw END;
  };
  const literal = (): JsonValue => {
    const m = /^(?:-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(i, i + 40));
    const rest = text.slice(i);
    // "tr", "-", "1." at the very end are the start of a literal, not an error.
    if (!m && (['true', 'false', 'null'].some((w) => w.startsWith(rest)) || /^-?(?:\d+\.?\d*(?:[eE][+-]?\d*)?)?$/.test(rest))) throw END;
    if (!m) bad();
    const token = (m as RegExpExecArray)[0];
    // A number (or word) that reaches the end of the text may go on in the next chunk.
    if (i + token.length >= text.length) throw END;
    i += token.length;
    return JSON.parse(token) as JsonValue;
  };
  // Containers under construction, so that on END the partial value can be returned.
  let root: JsonValue | undefined;
  const value = (attach: (v: JsonValue) => void): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      const obj: { [key: string]: JsonValue } = {};
      attach(obj);
      i++;
      ws();
      if (text[i] === '}') {
        i++;
        return;
      }
      for (;;) {
        ws();
        if (text[i] !== '"') bad();
        const key = string();
        ws();
        if (text[i] !== ':') bad();
        i++;
        value((v) => {
          obj[key] = v;
        });
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') {
          i++;
          return;
        } else bad();
      }
    } else if (c === '[') {
      const arr: JsonValue[] = [];
      attach(arr);
      i++;
      ws();
      if (text[i] === ']') {
        i++;
        return;
      }
      for (;;) {
        value((v) => {
          arr.push(v);
        });
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') {
          i++;
          return;
        } else bad();
      }
    } else if (c === '"') {
      attach(string());
    } else {
      attach(literal());
    }
  };
  try {
    value((v) => {
      root = v;
    });
    return { value: root, complete: true, end: i };
  } catch (error) {
    if (error === END) return { value: root, complete: false, end: i };
    throw error;
  }
}
