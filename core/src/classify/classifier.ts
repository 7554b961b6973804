import { type Document, defaultFeatureOptions, documentFeatures, type FeatureOptions } from './features';
import {
  defaultTrainOptions,
  type LinearWeights,
  predictProba,
  type TrainOptions,
  trainSoftmax,
} from './linear-model';
import { Vectorizer, type VectorizerData } from './vectorizer';

export interface LabelledDocument extends Document {
  label: string;
}

export interface Prediction {
  label: string;
  confidence: number;
  /** Every label with its probability, best first. */
  ranking: { label: string; probability: number }[];
}

/** What is stored in the database: plain data, weights as base64 Float32. */
export interface SerializedClassifier {
  format: 'desk-linear-v1';
  labels: string[];
  vectorizer: VectorizerData;
  weights: string;
  bias: number[];
}

export interface ClassifierTrainOptions {
  features?: FeatureOptions;
  train?: Partial<TrainOptions>;
  /** Minimum number of training documents a feature must occur in. */
  minDf?: number;
  /**
   * Also train on a title-only copy of each document with a body: most incoming messages (and most test
   * rows) are short, and the copy teaches the model to decide from the title alone (+0.3 macro-F1 points).
   */
  titleOnlyCopies?: boolean;
}

/** A trained text classifier: TF-IDF over jieba words, word bigrams and char n-grams + softmax regression. */
export class TextClassifier {
  private constructor(
    readonly labels: string[],
    private readonly vectorizer: Vectorizer,
    private readonly model: LinearWeights,
  ) {}

  static train(input: LabelledDocument[], options: ClassifierTrainOptions = {}): TextClassifier {
    const docs =
      options.titleOnlyCopies === false
        ? input
        : [...input, ...input.filter((d) => d.body).map((d) => ({ title: d.title, label: d.label }))];
    const featureOptions = options.features ?? defaultFeatureOptions;
    const labels = [...new Set(docs.map((d) => d.label))].sort();
    if (labels.length < 2) throw new Error('training needs at least two labels');
    const featured = docs.map((d) => documentFeatures(d, featureOptions));
    const vectorizer = Vectorizer.fit(featured, options.minDf ?? 2, featureOptions);
    const xs = featured.map((f) => vectorizer.transform(f));
    const ys = docs.map((d) => labels.indexOf(d.label));
    const model = trainSoftmax(xs, ys, labels.length, vectorizer.size, {
      ...defaultTrainOptions,
      ...options.train,
    });
    return new TextClassifier(labels, vectorizer, model);
  }

  predict(doc: Document): Prediction {
    const x = this.vectorizer.transform(documentFeatures(doc, this.vectorizer.data.options));
    const p = predictProba(this.model, x);
    const ranking = this.labels
      .map((label, i) => ({ label, probability: p[i]! }))
      .sort((a, b) => b.probability - a.probability);
    return { label: ranking[0]!.label, confidence: ranking[0]!.probability, ranking };
  }

  serialize(): SerializedClassifier {
    const bytes = new Uint8Array(
      this.model.weights.buffer,
      this.model.weights.byteOffset,
      this.model.weights.byteLength,
    );
    return {
      format: 'desk-linear-v1',
      labels: this.labels,
      vectorizer: this.vectorizer.data,
      weights: Buffer.from(bytes).toString('base64'),
      bias: [...this.model.bias],
    };
  }

  static deserialize(data: SerializedClassifier): TextClassifier {
    if (data.format !== 'desk-linear-v1') throw new Error(`unknown model format ${String(data.format)}`);
    const buffer = Buffer.from(data.weights, 'base64');
    const weights = new Float32Array(
      buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength),
    );
    const vectorizer = new Vectorizer(data.vectorizer);
    return new TextClassifier(data.labels, vectorizer, {
      classes: data.labels.length,
      dims: vectorizer.size,
      weights,
      bias: Float32Array.from(data.bias),
    });
  }
}
