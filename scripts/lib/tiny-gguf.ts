// Writes a tiny llama-architecture GGUF model with seeded random weights, for tests and benchmarks
// that need a real llama.cpp model without downloading one. The output is nonsense, but it is real
// inference: real tokenizer, real forward pass, real sampling (and grammar-constrained sampling).
//
// Format: GGUF v3 (https://github.com/ggml-org/ggml/blob/master/docs/gguf.md), little-endian,
// tensors F32, data aligned to 32 bytes. Tensor dims are written innermost-first (ggml `ne` order),
// so a weight matrix that maps n_in -> n_out is [n_in, n_out].
//
// Tokenizer: byte-level BPE ("gpt2" model, "gpt-2" pre-tokenizer): the 256 byte tokens (in GPT-2's
// bytes-to-unicode spelling, so any UTF-8 text tokenizes and any byte can be generated), ~1200
// merges learnt from a built-in list of common English words, and ChatML special tokens.
// `<|im_end|>` is the EOS token.
import { open } from 'node:fs/promises';

export interface TinyGgufOptions {
  /** PRNG seed for the weights (default 1). Same seed, same file. */
  seed?: number;
  nEmbd?: number; // default 64
  nLayer?: number; // default 2
  nHead?: number; // default 2 (attention cost over long prompts grows with heads x length^2)
  nHeadKv?: number; // default nHead
  nFf?: number; // default 128
  /** Training context length recorded in the file (default 32768). */
  contextLength?: number;
  /** Model name recorded in general.name (default "tiny-random"). */
  name?: string;
}

export const CHATML_TEMPLATE =
  "{% for message in messages %}{{ '<|im_start|>' + message['role'] + '\\n' + message['content'] + '<|im_end|>' + '\\n' }}{% endfor %}" +
  "{% if add_generation_prompt %}{{ '<|im_start|>assistant\\n' }}{% endif %}";

// GGUF metadata value types.
const T_UINT32 = 4;
const T_INT32 = 5;
const T_FLOAT32 = 6;
const T_BOOL = 7;
const T_STRING = 8;
const T_ARRAY = 9;
// ggml tensor types.
const GGML_TYPE_F32 = 0;
const ALIGNMENT = 32;

// Token types (llama_token_type).
const TOKEN_NORMAL = 1;
const TOKEN_CONTROL = 3;

/** GPT-2's reversible byte -> printable unicode char mapping. */
function bytesToUnicode(): string[] {
  const bs: number[] = [];
  for (let b = 0x21; b <= 0x7e; b++) bs.push(b);
  for (let b = 0xa1; b <= 0xac; b++) bs.push(b);
  for (let b = 0xae; b <= 0xff; b++) bs.push(b);
  const cs = [...bs];
  let n = 0;
  for (let b = 0; b < 256; b++) {
    if (!bs.includes(b)) {
      bs.push(b);
      cs.push(256 + n);
      n++;
    }
  }
  const out: string[] = new Array(256);
  bs.forEach((b, i) => (out[b] = String.fromCodePoint(cs[i]!)));
  return out;
}

// Merges: a small byte-level BPE trained, at write time and deterministically, on the common English
// words below (most frequent first, weighted by a Zipf curve, as they appear in running text: after a
// space, sometimes capitalized). It makes English prompts about 3x shorter in tokens than bytes,
// which matters: attention cost grows with the square of the prompt's length.
const WORDS = `the of and to a in is that for it as was with be by on not he this are or his from at which
but have an they you were her she there been one all we their has would when if so no will more can
who said its also two new first after some into only other time than then them over most these such
may like year years people state world could percent government company country president says news
week report city group public last three about where many while between under since before during
world million billion market business police health school family women children man men work
national international development information according officials public political economic
minister party election vote law court data study research university science technology energy
climate water war military security support service services system program project plan policy
local community million house home life day days month months today yesterday price prices cost
costs rate rates growth change changes increase increased decline power control force forces
number part high higher low lower large small long short early late major big best better good
great important recent recently federal national general general united states america american
europe european china chinese india russia japan british london washington york north south east
west central global region area areas water food oil gas car cars city cities town street road
because however although through against without within among around across toward towards until
make made making take taken taking give given show shown find found know known think thought
help helped need needed use used using want wanted call called ask asked tell told become became
include including included provide provided continue continued according announce announced
expect expected allow allowed remain remained believe believed require required consider
action actions question questions decision decisions problem problems issue issues interest
experience evidence history member members leader leaders official office department agency
president director executive chief secretary spokesman spokeswoman statement interview
people person patients patient doctors hospital disease virus vaccine care treatment medical
students teachers education schools learning children young old age ages million thousands
online internet software computer digital phone app apps social media platform users user
article story stories reported reporting reporter journalist newspaper magazine television
should might must shall very just even still again also already often never always ever
what how why who whom whose each every both either neither few several much any another same
different important possible available necessary likely certain clear free full whole real
said says say saying told tells according added noted explained argued wrote writes`;
// How many merges to learn (vocab = 256 bytes + merges + 3 special tokens).
const MERGE_COUNT = 1200;

function trainMerges(byteChar: string[]): [string, string][] {
  // Units are ids into `names`; a pair is the number a * PAIR + b. Pair counts are kept up to date
  // incrementally: a merge only revisits the words that contain the merged pair.
  const PAIR = 1 << 16;
  const names = [...byteChar];
  const words = WORDS.split(/\s+/).filter(Boolean);
  const seqs: number[][] = [];
  const weights: number[] = [];
  words.forEach((w, rank) => {
    const weight = Math.max(1, Math.round(2000 / (rank + 10)));
    for (const [text, k] of [[` ${w}`, 4], [` ${w[0]!.toUpperCase()}${w.slice(1)}`, 1], [w, 1]] as const) {
      seqs.push([...Buffer.from(text, 'utf8')]);
      weights.push(weight * k);
    }
  });
  const counts = new Map<number, number>();
  const where = new Map<number, Set<number>>();
  const account = (i: number, sign: 1 | -1): void => {
    const seq = seqs[i]!;
    for (let j = 0; j + 1 < seq.length; j++) {
      const key = seq[j]! * PAIR + seq[j + 1]!;
      const c = (counts.get(key) ?? 0) + sign * weights[i]!;
      if (c > 0) counts.set(key, c);
      else counts.delete(key);
      if (sign > 0) {
        let set = where.get(key);
        if (!set) where.set(key, (set = new Set()));
        set.add(i);
      }
    }
  };
  seqs.forEach((_, i) => account(i, 1));
  const merges: [string, string][] = [];
  while (merges.length < MERGE_COUNT) {
    let best = -1;
    let bestCount = 1; // a pair seen in one word only is not worth a token
    for (const [key, count] of counts) {
      if (count > bestCount || (count === bestCount && key < best)) {
        best = key;
        bestCount = count;
      }
    }
    if (best < 0) break;
    const a = Math.floor(best / PAIR);
    const b = best % PAIR;
    merges.push([names[a]!, names[b]!]);
    const id = names.push(names[a]! + names[b]!) - 1;
    for (const i of where.get(best) ?? []) {
      account(i, -1);
      const seq = seqs[i]!;
      const out: number[] = [];
      for (let j = 0; j < seq.length; j++) {
        if (j + 1 < seq.length && seq[j] === a && seq[j + 1] === b) {
          out.push(id);
          j++;
        } else out.push(seq[j]!);
      }
      seqs[i] = out;
      account(i, 1);
    }
    where.delete(best);
  }
  return merges;
}

const SPECIAL_TOKENS = ['<|endoftext|>', '<|im_start|>', '<|im_end|>'];

export interface TinyVocab {
  tokens: string[];
  types: number[];
  merges: string[];
  bosId: number;
  eosId: number;
}

let vocabCache: TinyVocab | undefined;

export function tinyVocab(): TinyVocab {
  if (vocabCache) return vocabCache;
  const byteChar = bytesToUnicode();
  const tokens = [...byteChar];
  const types = tokens.map(() => TOKEN_NORMAL);
  const merges: string[] = [];
  const known = new Set(tokens);
  for (const [a, b] of trainMerges(byteChar)) {
    merges.push(`${a} ${b}`);
    if (!known.has(a + b)) {
      known.add(a + b);
      tokens.push(a + b);
      types.push(TOKEN_NORMAL);
    }
  }
  for (const s of SPECIAL_TOKENS) {
    tokens.push(s);
    types.push(TOKEN_CONTROL);
  }
  vocabCache = {
    tokens,
    types,
    merges,
    bosId: tokens.indexOf('<|endoftext|>'),
    eosId: tokens.indexOf('<|im_end|>'),
  };
  return vocabCache;
}

/** mulberry32: tiny, fast, seeded PRNG in [0, 1). */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type MetaValue =
  | { t: 'u32'; v: number }
  | { t: 'i32'; v: number }
  | { t: 'f32'; v: number }
  | { t: 'bool'; v: boolean }
  | { t: 'str'; v: string }
  | { t: 'str[]'; v: string[] }
  | { t: 'i32[]'; v: number[] };

interface Tensor {
  name: string;
  dims: number[]; // ggml ne order (innermost first)
  data: Float32Array;
}

class ByteWriter {
  private chunks: Buffer[] = [];
  length = 0;
  private push(b: Buffer): void {
    this.chunks.push(b);
    this.length += b.length;
  }
  u32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeUInt32LE(v);
    this.push(b);
  }
  i32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeInt32LE(v);
    this.push(b);
  }
  u64(v: number): void {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(v));
    this.push(b);
  }
  f32(v: number): void {
    const b = Buffer.alloc(4);
    b.writeFloatLE(v);
    this.push(b);
  }
  u8(v: number): void {
    this.push(Buffer.from([v]));
  }
  str(s: string): void {
    const b = Buffer.from(s, 'utf8');
    this.u64(b.length);
    this.push(b);
  }
  raw(b: Buffer): void {
    this.push(b);
  }
  pad(to: number): void {
    const rem = this.length % to;
    if (rem !== 0) this.push(Buffer.alloc(to - rem));
  }
  buffer(): Buffer {
    return Buffer.concat(this.chunks, this.length);
  }
}

function writeMeta(w: ByteWriter, key: string, value: MetaValue): void {
  w.str(key);
  switch (value.t) {
    case 'u32':
      w.u32(T_UINT32);
      w.u32(value.v);
      break;
    case 'i32':
      w.u32(T_INT32);
      w.i32(value.v);
      break;
    case 'f32':
      w.u32(T_FLOAT32);
      w.f32(value.v);
      break;
    case 'bool':
      w.u32(T_BOOL);
      w.u8(value.v ? 1 : 0);
      break;
    case 'str':
      w.u32(T_STRING);
      w.str(value.v);
      break;
    case 'str[]':
      w.u32(T_ARRAY);
      w.u32(T_STRING);
      w.u64(value.v.length);
      for (const s of value.v) w.str(s);
      break;
    case 'i32[]':
      w.u32(T_ARRAY);
      w.u32(T_INT32);
      w.u64(value.v.length);
      for (const n of value.v) w.i32(n);
      break;
  }
}

/** Builds the GGUF file bytes in memory. */
export function buildTinyGguf(opts: TinyGgufOptions = {}): Buffer {
  const nEmbd = opts.nEmbd ?? 64;
  const nLayer = opts.nLayer ?? 2;
  const nHead = opts.nHead ?? 2;
  const nHeadKv = opts.nHeadKv ?? nHead;
  const nFf = opts.nFf ?? 128;
  const ctx = opts.contextLength ?? 32768;
  const headDim = nEmbd / nHead;
  if (!Number.isInteger(headDim) || headDim % 2 !== 0) throw new Error('nEmbd / nHead must be an even integer');
  const nEmbdKv = headDim * nHeadKv;
  const vocab = tinyVocab();
  const nVocab = vocab.tokens.length;
  const rand = mulberry32(opts.seed ?? 1);

  // Uniform in [-a, a]: std = a / sqrt(3). Scale like 1/sqrt(fan_in) so activations stay O(1).
  const random = (count: number, std: number): Float32Array => {
    const a = std * Math.sqrt(3);
    const out = new Float32Array(count);
    for (let i = 0; i < count; i++) out[i] = (rand() * 2 - 1) * a;
    return out;
  };
  const ones = (count: number): Float32Array => new Float32Array(count).fill(1);
  const tensors: Tensor[] = [];
  const matrix = (name: string, nIn: number, nOut: number, std = 1 / Math.sqrt(nIn)): void => {
    tensors.push({ name, dims: [nIn, nOut], data: random(nIn * nOut, std) });
  };

  tensors.push({ name: 'token_embd.weight', dims: [nEmbd, nVocab], data: random(nEmbd * nVocab, 1) });
  for (let l = 0; l < nLayer; l++) {
    tensors.push({ name: `blk.${l}.attn_norm.weight`, dims: [nEmbd], data: ones(nEmbd) });
    matrix(`blk.${l}.attn_q.weight`, nEmbd, nEmbd);
    matrix(`blk.${l}.attn_k.weight`, nEmbd, nEmbdKv);
    matrix(`blk.${l}.attn_v.weight`, nEmbd, nEmbdKv);
    matrix(`blk.${l}.attn_output.weight`, nEmbd, nEmbd);
    tensors.push({ name: `blk.${l}.ffn_norm.weight`, dims: [nEmbd], data: ones(nEmbd) });
    matrix(`blk.${l}.ffn_gate.weight`, nEmbd, nFf);
    matrix(`blk.${l}.ffn_up.weight`, nEmbd, nFf);
    matrix(`blk.${l}.ffn_down.weight`, nFf, nEmbd);
  }
  tensors.push({ name: 'output_norm.weight', dims: [nEmbd], data: ones(nEmbd) });
  // Logit std ~ 1.5: peaked enough to be "a model", flat enough that grammars get varied output.
  matrix('output.weight', nEmbd, nVocab, 1.5 / Math.sqrt(nEmbd));

  const meta: [string, MetaValue][] = [
    ['general.architecture', { t: 'str', v: 'llama' }],
    ['general.name', { t: 'str', v: opts.name ?? 'tiny-random' }],
    ['general.file_type', { t: 'u32', v: 0 }], // all F32
    ['general.alignment', { t: 'u32', v: ALIGNMENT }],
    ['llama.context_length', { t: 'u32', v: ctx }],
    ['llama.embedding_length', { t: 'u32', v: nEmbd }],
    ['llama.block_count', { t: 'u32', v: nLayer }],
    ['llama.feed_forward_length', { t: 'u32', v: nFf }],
    ['llama.attention.head_count', { t: 'u32', v: nHead }],
    ['llama.attention.head_count_kv', { t: 'u32', v: nHeadKv }],
    ['llama.attention.layer_norm_rms_epsilon', { t: 'f32', v: 1e-5 }],
    ['llama.rope.dimension_count', { t: 'u32', v: headDim }],
    ['llama.rope.freq_base', { t: 'f32', v: 10000 }],
    ['llama.vocab_size', { t: 'u32', v: nVocab }],
    ['tokenizer.ggml.model', { t: 'str', v: 'gpt2' }],
    ['tokenizer.ggml.pre', { t: 'str', v: 'gpt-2' }],
    ['tokenizer.ggml.tokens', { t: 'str[]', v: vocab.tokens }],
    ['tokenizer.ggml.token_type', { t: 'i32[]', v: vocab.types }],
    ['tokenizer.ggml.merges', { t: 'str[]', v: vocab.merges }],
    ['tokenizer.ggml.bos_token_id', { t: 'u32', v: vocab.bosId }],
    ['tokenizer.ggml.eos_token_id', { t: 'u32', v: vocab.eosId }],
    ['tokenizer.ggml.padding_token_id', { t: 'u32', v: vocab.bosId }],
    ['tokenizer.ggml.add_bos_token', { t: 'bool', v: false }],
    ['tokenizer.chat_template', { t: 'str', v: CHATML_TEMPLATE }],
  ];

  const w = new ByteWriter();
  w.raw(Buffer.from('GGUF', 'ascii'));
  w.u32(3); // version
  w.u64(tensors.length);
  w.u64(meta.length);
  for (const [k, v] of meta) writeMeta(w, k, v);
  let offset = 0;
  const offsets: number[] = [];
  for (const t of tensors) {
    w.str(t.name);
    w.u32(t.dims.length);
    for (const d of t.dims) w.u64(d);
    w.u32(GGML_TYPE_F32);
    w.u64(offset);
    offsets.push(offset);
    offset += t.data.byteLength;
    offset = Math.ceil(offset / ALIGNMENT) * ALIGNMENT;
  }
  w.pad(ALIGNMENT);
  const dataStart = w.length;
  tensors.forEach((t, i) => {
    const at = dataStart + offsets[i]!;
    if (w.length < at) w.raw(Buffer.alloc(at - w.length));
    w.raw(Buffer.from(t.data.buffer, t.data.byteOffset, t.data.byteLength));
  });
  w.pad(ALIGNMENT);
  return w.buffer();
}

/** Writes the tiny model to `path` (deterministic for a given seed and options). */
export async function writeTinyGguf(path: string, opts: TinyGgufOptions = {}): Promise<void> {
  const bytes = buildTinyGguf(opts);
  const fh = await open(path, 'w');
  try {
    await fh.writeFile(bytes);
  } finally {
    await fh.close();
  }
}
