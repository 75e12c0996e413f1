// Dates as pages write them for readers: "Dec 12, 2025", "16 December 2025", "12.12.2025",
// "2025-02-22", "14. Januar 2026", "14 de enero de 2026", "2026年1月14日". Each is read into
// an ISO calendar date (yyyy-mm-dd); the card formats it in the reader's locale.

// Month names of the main languages of the web, lower-cased, without accents (see fold).
const MONTHS: Record<string, number> = {};
const NAMES: string[][] = [
  // English
  ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
  ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'],
  // German
  ['januar', 'februar', 'marz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
  ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dez'],
  ['janner', 'feber'],
  // French
  ['janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre'],
  ['janv', 'fevr', 'mars', 'avr', 'mai', 'juin', 'juil', 'aout', 'sept', 'oct', 'nov', 'dec'],
  // Spanish
  ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
  ['ene', 'feb', 'mar', 'abr', 'may', 'jun', 'jul', 'ago', 'sept', 'oct', 'nov', 'dic'],
  ['', '', '', '', '', '', '', '', 'setiembre'],
  // Italian
  ['gennaio', 'febbraio', 'marzo', 'aprile', 'maggio', 'giugno', 'luglio', 'agosto', 'settembre', 'ottobre', 'novembre', 'dicembre'],
  ['gen', 'feb', 'mar', 'apr', 'mag', 'giu', 'lug', 'ago', 'set', 'ott', 'nov', 'dic'],
  // Portuguese
  ['janeiro', 'fevereiro', 'marco', 'abril', 'maio', 'junho', 'julho', 'agosto', 'setembro', 'outubro', 'novembro', 'dezembro'],
  ['jan', 'fev', 'mar', 'abr', 'mai', 'jun', 'jul', 'ago', 'set', 'out', 'nov', 'dez'],
  // Dutch
  ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december'],
  ['jan', 'feb', 'mrt', 'apr', 'mei', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec'],
];
for (const list of NAMES) list.forEach((name, i) => { if (name) MONTHS[name] ??= i + 1; });

/** Lower case without diacritics: "März" -> "marz", "février" -> "fevrier". */
const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '');

// Latin letters, accented ones too. Spelled out rather than \p{L}: a /u pattern with Unicode
// property classes is costly to compile, and V8 compiles it again after its cache is flushed.
const LETTER = 'A-Za-z\\u00C0-\\u024F';
// A month word: letters with an optional dot ("Dec.", "janv.").
const MONTH_WORD = `[${LETTER}]{3,10}\\.?`;
const DAY = '(\\d{1,2})(?:st|nd|rd|th|er|º|°)?\\.?';
const YEAR = '((?:19|20)\\d{2})';
const WEEKDAY = `(?:[${LETTER}]{3,9}\\.?,?\\s+)?`;

/** For other modules' patterns: an English "Month d, yyyy" / "d Month yyyy" / ISO date. */
export const DATE_PATTERN =
  '(?<![A-Za-z\\d])(?:(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\\.?,?\\s+)?[A-Za-z]{3,9}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?[,.]?\\s+(?:19|20)\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+[A-Za-z]{3,9}\\.?,?\\s+(?:19|20)\\d{2}|(?:19|20)\\d{2}-\\d{2}-\\d{2})';

type Reader = { re: RegExp; read: (m: RegExpExecArray, usOrder: boolean) => [number, number, number] | undefined };

const month = (word: string | undefined) => (word ? MONTHS[fold(word).replace(/\.$/, '')] : undefined);

const READERS: Reader[] = [
  // 2025-02-22, 2025/02/22 (year first is never ambiguous)
  { re: new RegExp(`(?<![\\d.])${YEAR}[-/.](\\d{1,2})[-/.](\\d{1,2})(?![\\d])`, 'g'), read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // 2026年1月14日, 2026년 1월 14일
  { re: /((?:19|20)\d{2})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/g, read: (m) => [+m[1]!, +m[2]!, +m[3]!] },
  // Dec 12, 2025 / Friday December 19, 2025 / Dec. 19 2025
  {
    re: new RegExp(`(?<![${LETTER}])${WEEKDAY}(${MONTH_WORD})\\s+${DAY}[,.]?\\s+${YEAR}(?!\\d)`, 'g'),
    read: (m) => {
      const mo = month(m[1]);
      return mo ? [+m[3]!, mo, +m[2]!] : undefined;
    },
  },
  // 16 December 2025 / 14. Januar 2026 / 14 de enero de 2026 / 1er mars 2025
  {
    re: new RegExp(`(?<![${LETTER}\\d])${DAY}\\s+(?:de\\s+)?(${MONTH_WORD}),?\\s+(?:de\\s+)?${YEAR}(?!\\d)`, 'g'),
    read: (m) => {
      const mo = month(m[2]);
      return mo ? [+m[3]!, mo, +m[1]!] : undefined;
    },
  },
  // 12.12.2025, 23.07.2025 (day first, as in most of Europe); 10/08/2024 (month first in the US)
  {
    re: new RegExp(`(?<![\\d.])(\\d{1,2})([./])(\\d{1,2})\\2${YEAR}(?![\\d])`, 'g'),
    read: (m, usOrder) => {
      const a = +m[1]!;
      const b = +m[3]!;
      const year = +m[4]!;
      if (m[2] === '.') return [year, b, a];
      // Unambiguous when one side cannot be a month; otherwise the page's locale decides.
      if (a > 12) return [year, b, a];
      if (b > 12) return [year, a, b];
      return usOrder ? [year, a, b] : [year, b, a];
    },
  },
];

function iso(year: number, monthNumber: number, day: number): string | undefined {
  if (monthNumber < 1 || monthNumber > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, monthNumber - 1, day));
  if (date.getUTCDate() !== day) return undefined; // 31 June
  return `${year}-${String(monthNumber).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date found in `text` and where it starts. */
export interface FoundDate {
  date: string;
  index: number;
  end: number;
}

/**
 * The earliest date written in `text`, as yyyy-mm-dd. `lang` decides "10/08/2024": month
 * first for en-US and for English without a region, day first elsewhere.
 */
export function findDate(text: string, lang?: string): FoundDate | undefined {
  const usOrder = !lang || /^en(?:-us)?$/i.test(lang);
  let best: FoundDate | undefined;
  for (const { re, read } of READERS) {
    re.lastIndex = 0;
    // exec on the pattern itself: matchAll would copy it, and the copy be compiled again.
    for (let m = re.exec(text); m; m = re.exec(text)) {
      if (best && m.index >= best.index) break;
      const parts = read(m, usOrder);
      const date = parts && iso(...parts);
      if (date) {
        best = { date, index: m.index, end: m.index + m[0].length };
        break;
      }
    }
  }
  return best;
}
