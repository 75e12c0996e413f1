// Words by which an article says what is at stake or what follows: a consequence ("could
// force", "which means"), an implication, a first or a record, a warning, an expectation, a
// change in a number. Per language, for the languages of the pages we see most. A sentence
// needs one of these to be a candidate for "Why it matters"; without any, the card shows none.
// Weights: 3 for a cue that on its own says why something matters (a consequence, an
// implication, a first, a warning), 2 and 1 for cues that need another beside them.

interface Cue {
  re: RegExp;
  weight: number;
}

const cues = (weight: number, ...res: RegExp[]): Cue[] => res.map((re) => ({ re, weight }));

const EN: Cue[] = [
  ...cues(
    3,
    /\b(?:which|this|that) (?:means|meant|would mean|could mean|will mean)\b/i,
    /\bit (?:means|would mean|could mean|will mean) that\b/i,
    // Not a simile ("like seeing it for the first time") nor a life's first ("... in my life").
    /(?<!\bnot |\blike [^,.]{0,40})\bfor the first time\b(?! in (?:my|his|her|their|our|your) li(?:fe|ves))/i,
    /\b(?:implications?|consequences?|at stake|the stakes)\b/i,
    /\bif (?:successful|approved|passed|adopted|confirmed|enacted|upheld|it succeeds|it works|it goes ahead)\b/i,
    /\b(?:warn(?:s|ed|ing)?) (?:that|of)\b/i,
    /\b(?:paves? the way|opens? the door|sets? a precedent|turning point|game[- ]changer)\b/i,
  ),
  ...cues(
    2,
    /\b(?:could|would|will|may|might) (?:(?!not\b|never\b)\w+ )?(?:mean|lead to|result in|force|cost|threaten|jeopardi[sz]e|transform|reshape|spark|trigger|affect|undermine|save|position|revolutioni[sz]e|redefine)\b/i,
    /\b(?:as a result|consequently|in turn)\b/i,
    /(?<!\bnot )\b(?:its|their|a) first (?:time|ever)\b/i,
    /\b(?:biggest|largest|highest|lowest|worst|deadliest|fastest)\b[^.]{0,60}\b(?:ever|on record|in (?:history|decades|a decade|\d+ years)|since \d{4})\b/i,
    /\b(?:record[- ](?:high|low|levels?)|all-time (?:high|low)|unprecedented|landmark (?:ruling|case|decision|deal|law)|historic (?:deal|vote|decision|agreement|ruling|win|victory|moment|low|high))\b/i,
    /\b(?:raises?|raising|raised) (?:fears|concerns|questions|hopes|the prospect)\b/i,
  ),
  ...cues(
    1,
    // A modal says something may follow; with a verb of change it says what.
    /\b(?:could|would|will|may|might)\b/i,
    /\b(?:could|would|will|may|might) (?:(?!not\b|never\b)\w+ )?(?:change|give|allow|enable|help|leave|hurt|boost|end|stop|block|open|double|halve|raise|lower|push)\b/i,
    /\b(?:critical|crucial|essential|vital|key) (?:for|to)\b/i,
    /\bno longer\b/i,
    /\b(?:signals?|signalled|signaled|marks?|marking) (?:a|an|the)\b/i,
    /\b(?:pivotal|groundbreaking|major blow|milestone|breakthrough)\b/i,
    /\b(?:expected|set|likely|poised|due|on track) to\b/i,
    /\b(?:millions|billions|thousands|hundreds of thousands) of (?:people|customers|patients|users|families|households|residents|workers|dollars|pounds|euros)\b/i,
    /\b(?:rise|rose|risen|fall|fell|fallen|jump(?:ed)?|drop(?:ped)?|surge[ds]?|soar(?:ed)?|plunge[ds]?|doubl(?:e|ed)|tripl(?:e|ed)|cut|increase[ds]?|decrease[ds]?)\b[^.]{0,40}\b\d[\d,.]*\s?(?:%|per ?cent|percent)/i,
    /\b(?:risk|threat|danger|crisis|impact)\b/i,
  ),
];

/** Cues of other languages: fewer, the clearest ones (German, French, Spanish, Portuguese, Italian, Russian, Turkish, Arabic, Hebrew, Korean, Japanese, Chinese). */
const OTHER: Record<string, Cue[]> = {
  de: [
    ...cues(3, /\b(?:das|dies) bedeutet\b/i, /\bzum ersten Mal\b/i, /\berstmals\b/i, /\b(?:Folgen|Auswirkungen|Konsequenzen)\b/, /\b(?:Rekord|historisch|beispiellos)/i, /\bwarn(?:t|en|te) (?:vor|davor)\b/i),
    ...cues(1, /\b(?:Risiko|Gefahr|Krise)\b/, /\b(?:soll|sollen|dürfte|könnte|könnten) /),
  ],
  fr: [
    ...cues(3, /\b(?:cela|ce qui) (?:signifie|veut dire)\b/i, /\bpour la première fois\b/i, /\b(?:conséquences?|implications?|enjeux?)\b/i, /\b(?:record|historique|sans précédent)\b/i, /\bmet en garde\b/i),
    ...cues(1, /\b(?:risque|menace|danger|crise)\b/i, /\b(?:pourrait|pourraient|devrait|devraient)\b/i),
  ],
  es: [
    ...cues(3, /\b(?:esto|lo que) (?:significa|supone|implica)\b/i, /\bpor primera vez\b/i, /\b(?:consecuencias?|implicaciones?)\b/i, /\b(?:récord|histórico|sin precedentes)\b/i, /\badvirtió\b/i),
    ...cues(1, /\b(?:riesgo|amenaza|peligro|crisis)\b/i, /\b(?:podría|podrían|debería)\b/i),
  ],
  pt: [
    ...cues(3, /\b(?:isso|o que) (?:significa|implica)\b/i, /\bpela primeira vez\b/i, /\b(?:consequências?|implicações?)\b/i, /\b(?:recorde|histórico|sem precedentes)\b/i),
    ...cues(1, /\b(?:risco|ameaça|perigo|crise)\b/i, /\b(?:poderia|poderiam|deverá)\b/i),
  ],
  it: [
    ...cues(3, /\b(?:questo|ciò) significa\b/i, /\bper la prima volta\b/i, /\b(?:conseguenze|implicazioni)\b/i, /\b(?:record|storico|senza precedenti)\b/i),
    ...cues(1, /\b(?:rischio|minaccia|pericolo|crisi)\b/i, /\b(?:potrebbe|potrebbero|dovrebbe)\b/i),
  ],
  ru: [
    ...cues(3, /(?:это|что) означает/i, /впервые/i, /(?:последствия|рекорд|беспрецедент)/i),
    ...cues(1, /(?:риск|угроз|опасност|кризис)/i, /(?:может|могут|должен) /i),
  ],
  tr: [
    ...cues(3, /\bilk (?:kez|defa)\b/i, /anlamına (?:geliyor|gelir|gelecek)/i, /\b(?:sonuçları|etkileri)\b/i, /\brekor\b/i),
    ...cues(1, /\b(?:risk|tehdit|tehlike|kriz)/i, /(?:bilir|abilir|ebilir)\b/i),
  ],
  ar: [
    ...cues(3, /لأول مرة/, /(?:مما|ما) يعني/, /(?:تداعيات|عواقب)/, /(?:قياسي|غير مسبوق)/),
    ...cues(1, /(?:خطر|تهديد|أزمة)/, /(?:قد|سوف) /),
  ],
  he: [
    ...cues(3, /לראשונה/, /(?:משמעות|פירוש) הדבר/, /(?:השלכות|תוצאות)/, /(?:שיא|חסר תקדים)/),
    ...cues(1, /(?:סיכון|איום|משבר)/),
  ],
  ko: [
    ...cues(3, /처음으로/, /사상 (?:최대|최고|최저)/, /의미(?:한다|합니다)/, /(?:파장|영향을 미칠)/),
    ...cues(1, /(?:위험|위기|우려)/, /(?:전망|예상)/),
  ],
  ja: [
    ...cues(3, /初めて/, /過去最(?:高|低|大|多)/, /(?:影響|懸念|意味する|警告)/, /史上/),
    ...cues(1, /(?:可能性|見通し|リスク|危機)/),
  ],
  zh: [
    ...cues(3, /首次/, /(?:创|創)(?:纪录|紀錄|新高|新低)/, /(?:影响|影響|意味着|意味著|警告)/, /史上/),
    ...cues(1, /(?:可能|预计|預計|风险|風險|危机|危機)/),
  ],
};

/** How strongly the sentence says why something matters: the sum of the weights of its cues. */
export function significance(sentence: string, lang: string): number {
  const list = lang === 'en' ? EN : OTHER[lang];
  if (!list) return 0;
  let total = 0;
  for (const cue of list) if (cue.re.test(sentence)) total += cue.weight;
  return total;
}

/** Languages with cues: elsewhere the card shows no "Why it matters" sentence rather than a guess. */
export function hasSignificanceCues(lang: string): boolean {
  return lang === 'en' || lang in OTHER;
}
