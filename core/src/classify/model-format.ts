import { z } from 'zod';
import { featureKey } from './feature-hash';
import { defaultFeatureSpec, type FeatureSpec } from './features';
import type { LinearWeights } from './linear-model';
import { Vocabulary } from './vocabulary';

export const MODEL_FORMAT = 'desk-hashed-v2';

/** What is stored in the database: plain JSON, typed arrays as base64 (little-endian). */
export interface SerializedClassifier {
  format: typeof MODEL_FORMAT;
  labels: string[];
  features: FeatureSpec;
  /** Feature keys (Uint32), their IDF (Float32), weights (Float32, key-major: key × label). */
  keys: string;
  idf: string;
  weights: string;
  bias: number[];
}

/** Format v1 (the first release): feature strings and label-major weights. Converted on load. */
interface SerializedClassifierV1 {
  format: 'desk-linear-v1';
  labels: string[];
  vectorizer: {
    options: { wordBigrams: boolean; charNgrams: number[]; separateFields?: boolean };
    features: string[];
    idf: number[];
  };
  weights: string;
  bias: number[];
}

/** A stored model this version cannot use: callers fall back to the keyword rules / the lexicon. */
export class StaleModelError extends Error {
  override name = 'StaleModelError';
}

export interface ModelParts {
  labels: string[];
  spec: FeatureSpec;
  vocabulary: Vocabulary;
  model: LinearWeights;
}

const toBase64 = (a: Uint32Array | Float32Array) =>
  Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');

function fromBase64<T>(text: string, make: (buffer: ArrayBuffer) => T): T {
  const bytes = Buffer.from(text, 'base64');
  return make(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

export function serializeParts(parts: ModelParts): SerializedClassifier {
  return {
    format: MODEL_FORMAT,
    labels: parts.labels,
    features: parts.spec,
    keys: toBase64(parts.vocabulary.keys),
    idf: toBase64(parts.vocabulary.idf),
    weights: toBase64(parts.model.weights),
    bias: [...parts.model.bias],
  };
}

/** A stored spec is data from the database: check it before the feature code trusts it. */
const FeatureSpecSchema = z.object({
  words: z.boolean(),
  charNgrams: z.array(z.number().int().min(1).max(8)),
  maxFieldChars: z.number().int().positive(),
  maxWordChars: z.number().int().nonnegative(),
});

function fromV2(data: SerializedClassifier): ModelParts {
  const spec = FeatureSpecSchema.safeParse(data.features);
  if (!spec.success) throw new StaleModelError('model has no valid feature spec');
  const keys = fromBase64(data.keys, (b) => new Uint32Array(b));
  const idf = fromBase64(data.idf, (b) => new Float32Array(b));
  const weights = fromBase64(data.weights, (b) => new Float32Array(b));
  const classes = data.labels.length;
  if (idf.length !== keys.length || weights.length !== keys.length * classes)
    throw new StaleModelError('model arrays do not match its labels and keys');
  const model = { classes, dims: keys.length, weights, bias: Float32Array.from(data.bias) };
  return { labels: data.labels, spec: spec.data, vocabulary: new Vocabulary(keys, idf), model };
}

/** v1 features were the strings whose hashes are now the keys; weights turn from label-major. */
function fromV1(data: SerializedClassifierV1): ModelParts {
  const { options, features, idf } = data.vectorizer;
  if (options.wordBigrams || options.separateFields)
    throw new StaleModelError('model v1 with word bigrams or separate fields cannot be converted');
  const rows = fromBase64(data.weights, (b) => new Float32Array(b));
  const classes = data.labels.length;
  const dims = features.length;
  const weights = new Float32Array(rows.length);
  for (let c = 0; c < classes; c++)
    for (let f = 0; f < dims; f++) weights[f * classes + c] = rows[c * dims + f]!;
  const vocabulary = new Vocabulary(Uint32Array.from(features, featureKey), Float32Array.from(idf));
  const spec = { ...defaultFeatureSpec, charNgrams: options.charNgrams };
  return {
    labels: data.labels,
    spec,
    vocabulary,
    model: { classes, dims, weights, bias: Float32Array.from(data.bias) },
  };
}

/** The parts of a stored model, converting older formats; StaleModelError when it cannot. */
export function deserializeParts(data: unknown): ModelParts {
  const format = (data as { format?: unknown } | null)?.format;
  try {
    if (format === MODEL_FORMAT) return fromV2(data as SerializedClassifier);
    if (format === 'desk-linear-v1') return fromV1(data as SerializedClassifierV1);
  } catch (error) {
    if (error instanceof StaleModelError) throw error;
    throw new StaleModelError(`stored model ${String(format)} is damaged: ${(error as Error).message}`);
  }
  throw new StaleModelError(`unknown model format ${String(format)}`);
}
