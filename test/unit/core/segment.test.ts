import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitSentences, splitWords } from '../../../src/core/index.ts';

const PAGES = join(import.meta.dirname, '../../../../shared/data/readability-pages');
const icuWords = (text: string): string[] =>
  Array.from(new Intl.Segmenter('en', { granularity: 'word' }).segment(text)).filter((s) => s.isWordLike).map((s) => s.segment);

describe('splitSentences', () => {
  it('does not split after titles, initials or abbreviations', () => {
    expect(splitSentences('Mr. Smith went to Washington. Dr. Jones stayed home.')).toEqual([
      'Mr. Smith went to Washington.',
      'Dr. Jones stayed home.',
    ]);
    expect(splitSentences('J. K. Rowling wrote it. It costs $3.5 million today.')).toEqual([
      'J. K. Rowling wrote it.',
      'It costs $3.5 million today.',
    ]);
    expect(splitSentences('The U.S. President spoke. See No. 5 on the list.')).toEqual([
      'The U.S. President spoke.',
      'See No. 5 on the list.',
    ]);
  });

  it('still splits after an abbreviation that ends a sentence', () => {
    expect(splitSentences('He moved to the U.S. The next year he left.')).toEqual([
      'He moved to the U.S.',
      'The next year he left.',
    ]);
  });

  it('keeps decimals, and quotes followed by a lower-case continuation, whole', () => {
    expect(splitSentences('Growth was 2.5 per cent. "Why?" he asked.')).toEqual([
      'Growth was 2.5 per cent.',
      '"Why?" he asked.',
    ]);
  });

  it('splits where a space is missing after the full stop', () => {
    expect(splitSentences('The vote ended.Then the count began.')).toEqual([
      'The vote ended.',
      'Then the count began.',
    ]);
  });

  it('ends a photo caption glued onto the next sentence at its marker, but not a sentence that goes on', () => {
    const text =
      'Teenagers have undergone weight loss surgery (file picture) Obese teenagers have had operations, figures show. ' +
      "A train approached (above) 'It was close,' he said. " +
      "Mr Scurfield (pictured) 'gave his life' for them. Ms Lee (left) and Mr Ray (right) met on Monday.";
    expect(splitSentences(text, 'en')).toEqual([
      'Teenagers have undergone weight loss surgery (file picture)',
      'Obese teenagers have had operations, figures show.',
      'A train approached (above)',
      "'It was close,' he said.",
      "Mr Scurfield (pictured) 'gave his life' for them.",
      'Ms Lee (left) and Mr Ray (right) met on Monday.',
    ]);
  });

  it('splits Japanese and keeps a quotation with its verb', () => {
    expect(splitSentences('東京は日本の首都です。「大丈夫。」と彼は言った。人口は多い！', 'ja')).toEqual([
      '東京は日本の首都です。',
      '「大丈夫。」と彼は言った。',
      '人口は多い！',
    ]);
  });

  it('splits Chinese without a declared language', () => {
    expect(splitSentences('北京是中国的首都。人口很多！你好吗？')).toEqual(['北京是中国的首都。', '人口很多！', '你好吗？']);
  });

  it('splits Arabic and Hebrew (right-to-left) text', () => {
    expect(splitSentences('هذه جملة أولى. هل هذه جملة ثانية؟ نعم، هذه ثالثة.', 'ar')).toHaveLength(3);
    expect(splitSentences('זה משפט ראשון. זה משפט שני!', 'he')).toEqual(['זה משפט ראשון.', 'זה משפט שני!']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences('  \n ')).toEqual([]);
  });
});

describe('splitWords', () => {
  it('segments Japanese and Chinese without spaces into dictionary words', () => {
    expect(splitWords('東京は日本の首都です。', 'ja')).toEqual(['東京', 'は', '日本', 'の', '首都', 'です']);
    expect(splitWords('北京是中国的首都。')).toEqual(['北京', '是', '中国', '的', '首都']);
  });

  it('drops punctuation and keeps words of spaced languages', () => {
    expect(splitWords('Hello, world! It’s 2026.', 'en')).toEqual(['Hello', 'world', 'It’s', '2026']);
    expect(splitWords('שלום עולם.', 'he')).toEqual(['שלום', 'עולם']);
  });

  it('joins letters and digits across the marks Unicode word breaking joins them across, and no others', () => {
    const tricky = "the U.S. don't 1,000.5 3;4 a.45 e-mail 2015's x² 4½ Novak\u200f l·l 12:30";
    const words = splitWords(tricky, 'en');
    expect(words).toEqual(icuWords(tricky));
    expect(words).toEqual(expect.arrayContaining(['U.S', "don't", '1,000.5', 'e', 'mail', '2015', 's']));
  });

  it('follows ICU where Unicode word breaking has exceptions: Hangul, Hebrew quotes, other ideographs', () => {
    const cases = ['2024년 3월 서울에서', '가0 a가', 'צה"ל אמר ג\' לארה"ב', '𗟗𗟘 Tangut, 𛅰𛅱 Nüshu'];
    for (const text of cases) expect(splitWords(text, 'en'), text).toEqual(icuWords(text));
    expect(splitWords('2024년', 'ko')).toEqual(['2024', '년']);
    expect(splitWords('צה"ל', 'he')).toEqual(['צה"ל']);
  });

  it('gives exactly the word-like segments of Intl.Segmenter on real pages in spaced scripts', () => {
    const pages = readdirSync(PAGES).slice(0, 60);
    let compared = 0;
    for (const page of pages) {
      const path = join(PAGES, page, 'expected.html');
      if (!existsSync(path)) continue;
      const text = readFileSync(path, 'utf8').replace(/<[^>]+>/g, ' ').replace(/&[a-z]+;/g, ' ');
      for (const sentence of splitSentences(text).slice(0, 80)) {
        expect(splitWords(sentence), `${page}: ${sentence}`).toEqual(icuWords(sentence));
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });
});

