import { TextClassifier } from './classifier';
import { type Document, extractFeatures, type FeatureBag, type FeatureSpec, sameSpec } from './features';
import { defaultTrainOptions, trainSoftmax } from './linear-model';
import { deserializeParts, type ModelParts, type SerializedClassifier, serializeParts } from './model-format';
import { Vocabulary } from './vocabulary';

export const SENTIMENT_MODEL_FORMAT = 'desk-sentiment-ensemble-v1';

/** Labelled text for sentiment training: 负面 / 中性 / 正面 (0/1 corpora are mapped to 负面 / 正面). */
export interface SentimentTrainingExample extends Document {
  label: string;
}

export interface SerializedSentimentModel {
  format: typeof SENTIMENT_MODEL_FORMAT;
  /** Logistic regression on TF-IDF, and on NB-weighted features (Wang & Manning's NBSVM). */
  members: SerializedClassifier[];
  /** Multinomial naive Bayes on binarised features: weights = log P(feature | label), bias = log prior. */
  naiveBayes: SerializedClassifier;
}

/**
 * Words and char 1–3-grams, as the topic model reads them. Grid on online-shopping reviews → hotel
 * reviews and → held-out food categories (see ARCHITECTURE.md, sentiment): char 1–2 lost 0.5 points.
 */
const SENTIMENT_SPEC: FeatureSpec = {
  words: true,
  charNgrams: [1, 2, 3],
  maxFieldChars: 600,
  maxWordChars: 200,
};
/** Reviews of another domain need more regularisation than topics: 2e-6 → 1e-4 gained 3 points. */
const NB_LAMBDA = 1e-4;
const TFIDF_LAMBDA = 2e-6;
const EPOCHS = 10;
/** Laplace smoothing of the naive Bayes counts. */
const ALPHA = 1;
/** NB log-odds are sums over many features: /4 brings them to the scale of the regressions. */
const NB_TEMPERATURE = 4;

interface Counts {
  perLabel: Float64Array[];
  docs: number[];
}

function countFeatures(bags: FeatureBag[], ys: number[], vocabulary: Vocabulary, classes: number): Counts {
  const perLabel = Array.from({ length: classes }, () => new Float64Array(vocabulary.size).fill(ALPHA));
  const docs = new Array<number>(classes).fill(0);
  bags.forEach((bag, d) => {
    docs[ys[d]!]!++;
    for (const key of bag.keys) {
      const i = vocabulary.indexOf(key);
      if (i >= 0) perLabel[ys[d]!]![i]! += 1;
    }
  });
  return { perLabel, docs };
}

/** log P(feature | label) per label, key-major like the regressions' weights. */
function logLikelihoods({ perLabel }: Counts, dims: number): Float32Array {
  const classes = perLabel.length;
  const weights = new Float32Array(dims * classes);
  perLabel.forEach((counts, c) => {
    const total = counts.reduce((a, b) => a + b, 0);
    for (let i = 0; i < dims; i++) weights[i * classes + c] = Math.log(counts[i]! / total);
  });
  return weights;
}

/** NB weight of a feature: its largest one-vs-rest |log-count ratio| (the binary NBSVM r, generalised). */
function nbScale(likelihood: Float32Array, classes: number, dims: number): Float32Array {
  return Float32Array.from({ length: dims }, (_, i) => {
    let best = 0;
    for (let c = 0; c < classes; c++) {
      let rest = 0;
      for (let o = 0; o < classes; o++) if (o !== c) rest += Math.exp(likelihood[i * classes + o]!);
      best = Math.max(best, Math.abs(likelihood[i * classes + c]! - Math.log(rest / (classes - 1))));
    }
    return best;
  });
}

export interface TrainedSentimentParts {
  labels: string[];
  tfidf: ModelParts;
  nbWeighted: ModelParts;
  naiveBayes: ModelParts;
}

export function trainSentimentParts(examples: SentimentTrainingExample[]): TrainedSentimentParts {
  const labels = [...new Set(examples.map((e) => e.label))].sort();
  if (labels.length < 2) throw new Error('training needs at least two labels');
  const spec = SENTIMENT_SPEC;
  const bags = examples.map((e) => extractFeatures(e, spec));
  const ys = examples.map((e) => labels.indexOf(e.label));
  const classes = labels.length;
  const vocabulary = Vocabulary.fit(bags, 2);
  const options = { ...defaultTrainOptions, epochs: EPOCHS };
  const tfidf = trainSoftmax(
    bags.map((b) => vocabulary.transform(b)),
    ys,
    classes,
    vocabulary.size,
    {
      ...options,
      lambda: TFIDF_LAMBDA,
    },
  );
  const counts = countFeatures(bags, ys, vocabulary, classes);
  const likelihood = logLikelihoods(counts, vocabulary.size);
  const nbVocabulary = new Vocabulary(vocabulary.keys, nbScale(likelihood, classes, vocabulary.size));
  const nbWeighted = trainSoftmax(
    bags.map((b) => nbVocabulary.transform(b)),
    ys,
    classes,
    vocabulary.size,
    {
      ...options,
      lambda: NB_LAMBDA,
    },
  );
  const prior = Float32Array.from(counts.docs, (n) => Math.log(n / examples.length));
  return {
    labels,
    tfidf: { labels, spec, vocabulary, model: tfidf },
    nbWeighted: { labels, spec, vocabulary: nbVocabulary, model: nbWeighted },
    naiveBayes: {
      labels,
      spec,
      vocabulary,
      model: { classes, dims: vocabulary.size, weights: likelihood, bias: prior },
    },
  };
}

/** Scores a featurised text with the three members; probabilities averaged, in `labels` order. */
export class SentimentEnsemble {
  private readonly members: TextClassifier[];

  constructor(private readonly parts: TrainedSentimentParts) {
    this.members = [parts.tfidf, parts.nbWeighted].map((p) => TextClassifier.deserialize(serializeParts(p)));
  }

  get labels(): string[] {
    return this.parts.labels;
  }

  get spec(): FeatureSpec {
    return this.parts.tfidf.spec;
  }

  features(doc: Document): FeatureBag {
    return extractFeatures(doc, this.spec);
  }

  probabilities(bag: FeatureBag): number[] {
    if (!sameSpec(bag.spec, this.spec)) throw new Error('features were extracted with another spec');
    const sum = this.naiveBayes(bag);
    for (const member of this.members) {
      for (const r of member.predictFeatures(bag).ranking)
        sum[this.labels.indexOf(r.label)]! += r.probability;
    }
    return sum.map((p) => p / (this.members.length + 1));
  }

  private naiveBayes(bag: FeatureBag): number[] {
    const { vocabulary, model } = this.parts.naiveBayes;
    const scores = Array.from(model.bias);
    for (const key of bag.keys) {
      const i = vocabulary.indexOf(key);
      if (i < 0) continue;
      for (let c = 0; c < model.classes; c++) scores[c]! += model.weights[i * model.classes + c]!;
    }
    const max = Math.max(...scores);
    const exp = scores.map((s) => Math.exp((s - max) / NB_TEMPERATURE));
    const total = exp.reduce((a, b) => a + b, 0);
    return exp.map((e) => e / total);
  }

  serialize(): SerializedSentimentModel {
    return {
      format: SENTIMENT_MODEL_FORMAT,
      members: [serializeParts(this.parts.tfidf), serializeParts(this.parts.nbWeighted)],
      naiveBayes: serializeParts(this.parts.naiveBayes),
    };
  }

  /** A stored ensemble; throws StaleModelError (from the parts) when it cannot be read. */
  static deserialize(data: SerializedSentimentModel): SentimentEnsemble {
    const [tfidf, nbWeighted] = data.members.map((m) => deserializeParts(m));
    const naiveBayes = deserializeParts(data.naiveBayes);
    return new SentimentEnsemble({
      labels: naiveBayes.labels,
      tfidf: tfidf!,
      nbWeighted: nbWeighted!,
      naiveBayes,
    });
  }
}
